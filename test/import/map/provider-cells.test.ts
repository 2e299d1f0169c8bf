// Provider cells that had gone wrong: an all-capitals `HALL, DAVID DO` sent as "David Do Hall", a
// ditto mark sent as a provider called `"`, and `Booked With` / `With` / `Team Member` columns
// (booking apps, hand-kept diaries) left unread, every appointment as Unassigned provider.
// Expected values worked out by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { collect, tempDir, writeLines } from '../convert/support.ts';
import { providerDisplayName } from '../../../main/import/map/names.ts';
import { isDittoMark } from '../../../main/import/map/ditto-marks.ts';

const ny = { timeZone: 'America/New_York' };

describe('a credential that is also a name, after the given name of a name in capitals', () => {
  it.each([
    ['HALL, DAVID DO', 'David Hall'],
    ['PHAM, MINH OD', 'Minh Pham'],
    ['KING, ROBERT PA', 'Robert King'],
  ])('%s: neither middle name nor credential is sent → %s', (raw, shown) => {
    expect(providerDisplayName(raw)).toBe(shown);
  });

  it.each([
    ['HALL, DAVID D.O.', 'David Hall, DO'], // dotted: only a credential
    ['Hall, David DO', 'David Hall, DO'], // capitals beside mixed case: the credential
    ['Hall, David Do', 'David Do Hall'], // written as a name: the middle name Do
    ['NGUYEN, DO', 'Do Nguyen'], // alone after the comma: the given name Do
    ['HALL, DAVID NP', 'David Hall, NP'],
    ['HALL, DAVID PA-C', 'David Hall, PA-C'],
    ['HALL, DAVID LCSW', 'David Hall, LCSW'],
    ['HALL, DAVID DPM', 'David Hall, DPM'],
    ['HALL, DAVID DC', 'David Hall, DC'],
    ['HALL, DAVID MD', 'David Hall, MD'],
  ])('%s → %s', (raw, shown) => {
    expect(providerDisplayName(raw)).toBe(shown);
  });

  it('in a file, the row goes with the provider "David Hall"', async () => {
    const file = writeLines(tempDir(), 'day.csv', [
      'Date,Time,Patient,DOB,Provider,Type',
      '12/14/2026,9:00 AM,"SMITH, JOHN",01/02/1970,"HALL, DAVID DO",Follow Up',
      '',
    ]);
    const r = await collect(file, ny);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['David Hall']);
  });
});

describe('a ditto mark in the provider, location or type cell', () => {
  const day = (provider: string, type: string, location: string): string[] => [
    'Date,Time,Patient,DOB,Provider,Type,Location',
    '12/14/2026,9:00 AM,"Smith, John",01/02/1970,"Lee, Anna",Follow Up,North Clinic',
    `12/14/2026,9:30 AM,"Jones, Mary",03/04/1971,${provider},${type},${location}`,
    '12/14/2026,10:00 AM,"Brown, Ann",05/06/1972,"Walsh, Tom",New Patient,North Clinic',
    '',
  ];

  it.each([
    ['""""', 'Follow Up', 'North Clinic', 'Provider'],
    ['〃', 'Follow Up', 'North Clinic', 'Provider'],
    ['do.', 'Follow Up', 'North Clinic', 'Provider'],
    ['same', 'Follow Up', 'North Clinic', 'Provider'],
    ['"Lee, Anna"', "''", 'North Clinic', 'Type'],
    ['"Lee, Anna"', 'Follow Up', 'ditto', 'Location'],
  ])(
    'provider %s, type %s, location %s: a row error in %s, the row above never copied',
    async (p, t, l, column) => {
      const r = await collect(writeLines(tempDir(), 'list.csv', day(p, t, l)), ny);
      expect(r.errors.map((e) => [e.line, e.column])).toEqual([[3, column]]);
      expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Smith', 'Brown']);
    },
  );

  it('only the marks themselves: a provider named Do, Sam or Sameh is no ditto mark', () => {
    expect(isDittoMark('"')).toBe(true);
    expect(isDittoMark(' Ditto ')).toBe(true);
    expect(isDittoMark('As above')).toBe(true);
    expect(isDittoMark('Do')).toBe(false);
    expect(isDittoMark('Sameh')).toBe(false);
    expect(isDittoMark("O'Neil")).toBe(false);
  });
});

describe('whom the appointment is with', () => {
  const list = (header: string): string[] => [
    `Date,Time,Patient,DOB,${header},Type`,
    '12/14/2026,9:00 AM,"Smith, John",01/02/1970,"Lee, Anna",Follow Up',
    '12/14/2026,9:30 AM,"Jones, Mary",03/04/1971,"Walsh, Tom",New Patient',
    '',
  ];
  const sent = (r: Awaited<ReturnType<typeof collect>>): string[][] =>
    r.appointments.map((a) => [a.participant.identifier, a.participant.providerName]);

  it.each(['Booked With', 'With', 'Appointment With', 'Team Member', 'Seen By', 'Attending'])(
    "'%s' is the provider",
    async (header) => {
      const r = await collect(writeLines(tempDir(), 'list.csv', list(header)), ny);
      expect(r.summary.doubts).toEqual([]);
      expect(sent(r)).toEqual([
        ['lee-anna', 'Anna Lee'],
        ['walsh-tom', 'Tom Walsh'],
      ]);
    },
  );

  it.each(['Booked By', 'Pay With'])(
    "'%s' is not: the appointments go as Unassigned provider",
    async (header) => {
      const r = await collect(writeLines(tempDir(), 'list.csv', list(header)), ny);
      expect(sent(r)).toEqual([
        ['unassigned', 'Unassigned provider'],
        ['unassigned', 'Unassigned provider'],
      ]);
    },
  );
});

describe('the same word without a comma', () => {
  it('in a Last First column it is undecidable too: HALL DAVID DO → David Hall', () => {
    expect(providerDisplayName('HALL DAVID DO', 'last-first')).toBe('David Hall');
    expect(providerDisplayName('NGUYEN DO', 'last-first')).toBe('Do Nguyen');
  });

  it('in First Last it is the family name: ANH THI DO keeps Do', () => {
    expect(providerDisplayName('ANH THI DO', 'first-last')).toBe('Anh Thi Do');
  });
});
