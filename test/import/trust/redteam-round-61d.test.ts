// Red team, round 61d: the four gaps 60j left open, each probed several ways.
//   A. A location column's sites on another clock, whichever way the column is read: a person or a
//      room among `City, ST` sites, state codes in lower or mixed case (unkept-sites.ts). Before:
//      the column read as people was left out and Evansville's (Central) visit went on the
//      Indianapolis clock, an hour early.
//   B. A start header naming the practice's side's zone (`Start (Clinic TZ)`): the practice's clock
//      (whose-clock.ts), never a zone column of its own (zone-column.ts). Before: held.
//   C. Accents and case never change which place a location names (us-zone-places.ts): before,
//      `Clínica San José` at a Chicago practice went while `Clinica San Jose` was held as San Jose,
//      California. Both are held now: a site named San Jose may be the city (the list's reading,
//      unchanged), and a mark is no proof it is not.
//   D. A provider id column beside a preset's provider name (OpenEMR's appointment report, whose
//      stock CSV is Provider, Date, Time, Patient, [Address,] DOB, Type, Status:
//      https://github.com/openemr/openemr/blob/master/interface/reports/appointments_report.php):
//      the provider's identity, as recognition makes it. Open: two providers named Nina Patel go
//      as one (`patel-nina`); see section D.
// Outcomes were worked out by hand before the first run. Calendar, by hand: 22 and 23 March 2027
// are after the US change to daylight time (14 March). Indianapolis EDT (UTC-4): 9:00 = 13:00Z,
// 10:00 = 14:00Z, 13:30 = 17:30Z; Evansville and Gary (Central, CDT, UTC-5): 13:30 = 18:30Z.
// Chicago: 9:00 = 14:00Z. Los Angeles (PDT, UTC-7): 9:00 = 16:00Z, 10:00 = 17:00Z, 13:30 = 20:30Z.
// Measured on main (ba8ecfc5) before this round's fixes: 16 of the 34 missed their outcome. A: 5
// wrong sends (Evansville or Gary on the Indianapolis clock, an hour early; the titled person and
// the room among sites were held already) and the answered file not asked; B: 4 false holds; C: 1
// (the accented San José spellings sent at Chicago, the plain one held); D: 5 files sent with the
// two Nina Patels as one provider. After: A, B and C met; D open (it.fails).
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { reviewPractice } from './review-practice.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-61d');
const run = probeRunner(files);
const runIn = async (timeZone: string, rows: string[]): Promise<Run> =>
  collect(files.write(rows), { timeZone }).catch(() => 'refused' as const);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const IND = 'America/Indiana/Indianapolis';
const INDY = ['2027-03-22T13:00 NEW Hollis', '2027-03-22T14:00 NEW Obi', '2027-03-23T17:30 NEW Lindqvist'];

/** The location-zone question's locations, or undefined when the file is not asked about them. */
const askedLocations = (r: Run): string[] | undefined =>
  r === 'refused' ? undefined : r.summary.doubts?.find((d) => d.check === 'location-zone')?.subjects;

// ---------------------------------------------------------------------------------------------
// A. Sites on another clock in a location column read as people, rooms or codes (Indianapolis)
// ---------------------------------------------------------------------------------------------
describe("A. a location column's sites, whichever way the column is read", () => {
  const at = (header: string, sites: string[]): Promise<Run> =>
    runIn(IND, lines([DATE, TIME, DOB, PID, APPT, PATIENT, PROVIDER, [header, sites]]));

  // Lindqvist's site is on Central time: asked, naming that site.
  it.each<[string, string, string[], string]>([
    [
      'a person among the sites',
      'Location',
      ['Indianapolis, IN', 'Hollis, Grace', 'Evansville, IN'],
      'Evansville, IN',
    ],
    [
      'lower-case codes',
      'Location',
      ['Indianapolis, in', 'Indianapolis, in', 'Evansville, in'],
      'Evansville, in',
    ],
    ['a person, a mixed-case code', 'Location', ['Fort Wayne, IN', 'Obi, Adaeze', 'Gary, In'], 'Gary, In'],
    [
      'a titled person, an AP code',
      'Facility',
      ['Indianapolis, IN', 'Dr. Raj Lee', 'Evansville, Ind.'],
      'Evansville, Ind.',
    ],
    [
      'all in lower case, a person',
      'Site',
      ['muncie, in', 'hollis, grace', 'evansville, in'],
      'evansville, in',
    ],
    ['a room among the sites', 'Location', ['Indianapolis, IN', 'OP3', 'Evansville, in'], 'Evansville, in'],
    [
      'a person, a state spelt out in lower case',
      'Location',
      ['Indianapolis, IN', 'Hollis, Grace', 'Evansville, indiana'],
      'Evansville, indiana',
    ],
  ])('%s (%s): held, asking about the Central site', async (_, header, sites, asked) => {
    const r = await at(header, sites);
    expect(held(r)).toBe(true);
    expect(askedLocations(r)).toContain(asked);
  });

  // Every site on the practice's clock: sent, and no person's name goes as a site.
  it.each<[string, string, string[]]>([
    [
      'a person among Indianapolis-time sites',
      'Location',
      ['Indianapolis, IN', 'Hollis, Grace', 'Fort Wayne, IN'],
    ],
    [
      'lower-case codes, all on Indianapolis time',
      'Location',
      ['Indianapolis, in', 'Fort Wayne, in', 'Muncie, in'],
    ],
    ["the patient's own place", 'Patient Location', ['Evansville, IN', 'Gary, IN', 'Evansville, IN']],
    ["another thing's place", 'Pharmacy Location', ['Evansville, IN', 'Gary, IN', 'Evansville, IN']],
  ])('%s (%s): sent at the practice times', async (_, header, sites) => {
    const r = await at(header, sites);
    expect(sent(r)).toEqual(INDY);
    if (r === 'refused') return;
    expect(r.appointments.map((a) => a.location)).not.toContain('Hollis, Grace');
  });

  it("answered 'Evansville, IN keeps America/Chicago': Lindqvist read on Central time", async () => {
    const p = reviewPractice(os.tmpdir(), '61d0c0a1-54dd-4a0b-8f3e-0000000000', IND);
    const f = p.file(
      lines([
        DATE,
        TIME,
        DOB,
        PID,
        APPT,
        PATIENT,
        PROVIDER,
        ['Location', ['Indianapolis, IN', 'Hollis, Grace', 'Evansville, IN']],
      ]),
    );
    const first = await p.read(f);
    expect(first.doubts.map((d) => d.check)).toEqual(['location-zone']);
    await p.confirm(f, { locationZones: [{ location: 'Evansville, IN', zone: 'America/Chicago' }] });
    const r = await p.read(f);
    expect(r.held).toBe(false);
    expect(r.sent).toEqual(['03-22T13:00Z NEW Hollis', '03-22T14:00Z NEW Obi', '03-23T18:30Z NEW Lindqvist']);
    expect(r.places.join(' ')).not.toContain('Hollis, Grace');
  });
});

// ---------------------------------------------------------------------------------------------
// B. A start header naming the practice's side's zone (Los Angeles)
// ---------------------------------------------------------------------------------------------
describe("B. a start on the clinic's, the office's or the provider's named zone", () => {
  const PRACTICE_TIMES = ['9:00 AM', '10:00 AM', '1:30 PM'];
  const NY_TIMES = ['12:00 PM', '1:00 PM', '4:30 PM'];
  const OTHERS: Cols = [PATIENT, DOB, PID, PROVIDER, APPT];

  it.each<[string, Cols]>([
    ["'Start (Clinic TZ)' alone", [['Start (Clinic TZ)', PRACTICE_TIMES]]],
    ["'Appt Time (Office TZ)' alone", [['Appt Time (Office TZ)', PRACTICE_TIMES]]],
    ["'Start Time (Provider Time Zone)' alone", [['Start Time (Provider Time Zone)', PRACTICE_TIMES]]],
    [
      "'Start (Patient TZ)' (New York) before 'Start (Clinic TZ)'",
      [
        ['Start (Patient TZ)', NY_TIMES],
        ['Start (Clinic TZ)', PRACTICE_TIMES],
      ],
    ],
  ])('%s: sent at the practice times', async (_, starts) => {
    expect(sent(await run([DATE, ...starts, ...OTHERS]))).toEqual(ALL_THREE);
  });

  // Whose zone is not said, or another zone is written beside: asked, never read on a guess.
  it.each<[string, Cols]>([
    ["'Start (TZ)' alone", [['Start (TZ)', PRACTICE_TIMES]]],
    ["'Start (Patient TZ)' alone (New York)", [['Start (Patient TZ)', NY_TIMES]]],
    [
      "'Start (Clinic TZ)' beside 'Clinic TZ' = America/New_York",
      [
        ['Start (Clinic TZ)', NY_TIMES],
        ['Clinic TZ', ['America/New_York', 'America/New_York', 'America/New_York']],
      ],
    ],
  ])('%s: held', async (_, starts) => {
    expect(held(await run([DATE, ...starts, ...OTHERS]))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Accents and case never change the place a location names
// ---------------------------------------------------------------------------------------------
describe('C. a location spelt with or without accents, in any case', () => {
  const at = (zone: string, site: string): Promise<Run> =>
    runIn(zone, lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, ['Location', [site, site, site]]]));

  // [spellings, practice zone, held]: every spelling gets the outcome worked out by hand.
  it.each<[string[], string, boolean]>([
    // San Jose, California (the list's reading of the plain name): Pacific, two hours from Chicago.
    [
      ['Clinica San Jose', 'Clínica San José', 'CLÍNICA SAN JOSÉ', 'clinica san josé'],
      'America/Chicago',
      true,
    ],
    // El Paso, Texas keeps Mountain time.
    [['Clinica El Paso', 'Clínica El Paso', 'CLÍNICA EL PASO'], 'America/Chicago', true],
    // Not on the list (a Spanish word, not the New Mexico town): the practice's clock.
    [['Clinica Espanola', 'Clínica Española'], 'America/Chicago', false],
    // Montreal and Saint-Jérôme keep Eastern time, as New York; not on the US list either way.
    [['Montreal', 'Montréal', 'MONTRÉAL'], 'America/New_York', false],
    [['Saint-Jerome', 'Saint-Jérôme'], 'America/New_York', false],
    // Puerto Rico's Atlantic time (UTC-4, no daylight time) is New York's in March: no other clock
    // at these visits, and the towns are not on the list.
    [['San German', 'San Germán'], 'America/New_York', false],
    [['Mayaguez', 'Mayagüez'], 'America/New_York', false],
    // Española NM and Cañon City CO keep Mountain time, as Denver.
    [['Espanola, NM', 'Española, NM'], 'America/Denver', false],
    [['Canon City, CO', 'Cañon City, CO'], 'America/Denver', false],
  ])('%j at a practice on %s: held %s', async (spellings, zone, isHeld) => {
    for (const site of spellings) expect(held(await at(zone, site)), site).toBe(isHeld);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A provider id column beside the OpenEMR report preset's provider name (Los Angeles)
// ---------------------------------------------------------------------------------------------
describe("D. two providers of one name, told apart by the file's provider id", () => {
  const ROWS = [
    ['Patel,Nina', '2027-03-22', '09:00:00', 'Grace Hollis', '1970-06-02', 'Office Visit', '- None'],
    ['Patel,Nina', '2027-03-22', '10:00:00', 'Adaeze Obi', '1999-04-05', 'Office Visit', '- None'],
    ['Lee,Raj', '2027-03-23', '13:30:00', 'Sven Lindqvist', '1963-08-29', 'Office Visit', '- None'],
  ];
  const HEADERS = ['Provider', 'Date', 'Time', 'Patient', 'DOB', 'Type', 'Status'];
  /** The OpenEMR report's columns with `header` = `ids` inserted at `at`. */
  const report = (header: string, ids: string[], at: number): string[] => {
    const q = (v: string): string => `"${v}"`;
    const withId = (cells: string[], id: string): string[] => [...cells.slice(0, at), id, ...cells.slice(at)];
    return [
      withId(HEADERS, header).map(q).join(','),
      ...ROWS.map((r, i) => withId(r, ids[i]!).map(q).join(',')),
    ];
  };
  const identifiers = (r: Run): string[] | null =>
    held(r) || r === 'refused' ? null : r.appointments.map((a) => a.participant.identifier ?? '');

  // Open (it.fails records the gap). Extending the preset with the provider id (presetGaps, as it
  // is extended with an appointment id or a location) met these five, but broke two engine probes
  // (redteam-round-59e, a provider renumbered 7 → 107 under the same name): a layout the OpenEMR
  // preset matches had kept her name as her identity, and with the id it sent three UPDATEs, or,
  // without appointment ids, derived new ones. Which a practice wants (a renumbered provider, or
  // two providers of one name) needs the engine's ledger to tell, not the preset alone.
  it.fails.each<[string, string, string[], number]>([
    ['Provider ID after Provider', 'Provider ID', ['12', '37', '5'], 1],
    ['Provider ID last', 'Provider ID', ['12', '37', '5'], 7],
    ['Provider ID of letters and digits', 'Provider ID', ['NPATEL1', 'NPATEL2', 'RLEE'], 1],
    ['ProviderID written as one word', 'ProviderID', ['12', '37', '5'], 2],
    ['Provider Id after the status', 'Provider Id', ['12', '37', '5'], 7],
  ])('%s: sent, each provider under their own id', async (_, header, ids, at) => {
    const r = await runIn('America/Los_Angeles', report(header, ids, at));
    expect(sent(r)).toEqual(ALL_THREE);
    expect(identifiers(r)).toEqual(ids);
  });

  it('without a provider id column: the two Patels are one provider, as the file names them', async () => {
    const r = await runIn('America/Los_Angeles', [
      HEADERS.map((h) => `"${h}"`).join(','),
      ...ROWS.map((row) => row.map((v) => `"${v}"`).join(',')),
    ]);
    expect(sent(r)).toEqual(ALL_THREE);
    const ids = identifiers(r)!;
    expect(ids[0]).toBe(ids[1]);
  });
});
