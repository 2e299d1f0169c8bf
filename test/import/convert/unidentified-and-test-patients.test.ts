// Rows for no real, identified patient: a patient registered before anyone knew who they were
// (`UNKNOWN, MALE`, `UNK, UNK`, `Unidentified Female`, a trauma alias `Trauma, Alpha`), a test or
// anonymous chart under the `XX` prefix hospitals give them (`XXTEST, MARY`; Maine Medical
// Center's `XXDigamma, Theta`; UW Health's `XXWisconsin, Unidentified`), a sample or fake chart
// (`SAMPLE, PATIENT`), a ditto mark for the patient of the row above (`do.`, `"`), and a birth date
// a program writes for "none" (`00/00/0000`, `0001-01-01`, SQL Server's `1753-01-01`, `9999-12-31`).
// Each is a row error naming the line, the column and the value; the file's other rows go. Real
// names that share a word (`Doe, John`, `Testa`, `Sample, Joe`, `Alias, Zulu` (a Malay name),
// `Funk, Unity`) go as written. Expected names and lines worked out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const NY = { timeZone: 'America/New_York' };
let n = 0;

/** An export of one column of names (`Last, First`), or of split columns when a name has `|`
 *  (`Last|First`), each on a row of its own starting at line 2, one birth date per row. */
function exportOf(names: string[], dobs?: string[]): string {
  const split = names.some((x) => x.includes('|'));
  const f = path.join(dir, `patients-${++n}.csv`);
  const head = split
    ? 'Appt Date,Appt Time,Last Name,First Name,DOB,Provider,Status'
    : 'Appt Date,Appt Time,Patient,DOB,Provider,Status';
  const rows = names.map((x, i) => {
    const time = `${8 + Math.floor(i / 4)}:${String((i % 4) * 15).padStart(2, '0')} AM`;
    const who = split
      ? x
          .split('|')
          .map((p) => `"${p.replace(/"/g, '""')}"`)
          .join(',')
      : `"${x.replace(/"/g, '""')}"`;
    return `03/02/2027,${time},${who},${dobs?.[i] ?? `05/06/${1960 + i}`},Dr Lee,Confirmed`;
  });
  fs.writeFileSync(f, [head, ...rows].join('\r\n'));
  return f;
}

const lines = (r: Awaited<ReturnType<typeof collect>>) => r.errors.map((e) => e.line);
const sent = (r: Awaited<ReturnType<typeof collect>>) =>
  r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`);

describe('unidentified patients', () => {
  it('refuses stand-in names in one column, each a row error with its value, and sends the rest', async () => {
    const r = await collect(
      exportOf([
        'Fletcher, Diane', // line 2
        'UNKNOWN, MALE', // 3
        'UNK, UNK', // 4
        'Unidentified, Female', // 5
        'Trauma, Alpha', // 6
        'Unknown Male', // 7
        'UNKNOWN', // 8: read as an empty cell before, and held the whole file as a patient printed once
        'Smith, Unknown', // 9
        'Okafor, Samuel', // 10
      ]),
      NY,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(lines(r)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(r.errors[0]).toMatchObject({ column: 'Patient', value: 'UNKNOWN, MALE' });
    expect(r.errors[0]!.message).toContain('not identified');
    expect(r.errors[5]).toMatchObject({ value: 'UNKNOWN' });
    expect(sent(r)).toEqual(['Diane Fletcher', 'Samuel Okafor']);
  });

  it('refuses them in split columns too, where `Unknown` alone reads as an empty cell', async () => {
    const r = await collect(
      exportOf(['Fletcher|Diane', 'UNKNOWN|UNKNOWN', 'Unknown|Male', 'Trauma|Bravo', 'Okafor|Samuel']),
      NY,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(lines(r)).toEqual([3, 4, 5]);
    for (const e of r.errors) expect(e.message).toContain('not identified');
    expect(sent(r)).toEqual(['Diane Fletcher', 'Samuel Okafor']);
  });

  it('sends real names that share a word or are the stand-ins of other places', async () => {
    const r = await collect(
      exportOf(['Doe, John', 'Doe, Jane', 'Funk, Unity', 'Alias, Zulu', 'Unger, Tom', 'Traum, Lea']),
      NY,
    );
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual(['John Doe', 'Jane Doe', 'Unity Funk', 'Zulu Alias', 'Tom Unger', 'Lea Traum']);
  });
});

describe('test, sample and anonymous charts', () => {
  it('refuses XX-prefixed charts and sample or fake dummies, keeps names that only share a word', async () => {
    const r = await collect(
      exportOf([
        'XXTEST, MARY', // line 2
        'XXDigamma, Theta', // 3
        'XXWisconsin, Unidentified', // 4
        'Sample, Patient', // 5
        'SAMPLE, SAMPLE', // 6
        'Fake, Patient', // 7
        'Sample, Joe', // 8
        'Xu, Li', // 9
        'Testa, Maria', // 10
      ]),
      NY,
    );
    expect(lines(r)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(r.errors[0]).toMatchObject({ column: 'Patient', value: 'XXTEST, MARY' });
    expect(sent(r)).toEqual(['Joe Sample', 'Li Xu', 'Maria Testa']);
  });
});

describe('a ditto mark for the patient of the row above', () => {
  it('is a row error in one column, alone or on either side of the comma', async () => {
    const r = await collect(
      exportOf(['Fletcher, Diane', '"', 'do.', 'do., do.', '〃, Mary', 'Okafor, Samuel']),
      NY,
    );
    expect(lines(r)).toEqual([3, 4, 5, 6]);
    for (const e of r.errors) expect(e.message).toContain('ditto mark');
    expect(sent(r)).toEqual(['Diane Fletcher', 'Samuel Okafor']);
  });

  it('is a row error in a split name column (`do.` had gone as patient Do. Do.)', async () => {
    const r = await collect(exportOf(['Fletcher|Diane', 'do.|do.', 'Smith|"', 'Okafor|Samuel']), NY);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'Last Name', 'do.'],
      [4, 'First Name', '"'],
    ]);
    expect(sent(r)).toEqual(['Diane Fletcher', 'Samuel Okafor']);
  });
});

describe("a program's placeholder birth date", () => {
  it('names 00/00/0000, 0001, 1753 and 9999 dates a placeholder, not a date of the wrong format', async () => {
    const dobs = [
      '04/17/1968',
      '00/00/0000',
      '0000-00-00',
      '01/01/0001',
      '1753-01-01',
      '9999-12-31',
      '00.00.1945',
      '11/02/1985',
    ];
    const r = await collect(
      exportOf(
        dobs.map((_, i) => `Person${'abcdefgh'[i]}, Ann`),
        dobs,
      ),
      NY,
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'DOB', '00/00/0000'],
      [4, 'DOB', '0000-00-00'],
      [5, 'DOB', '01/01/0001'],
      [6, 'DOB', '1753-01-01'],
      [7, 'DOB', '9999-12-31'],
      [8, 'DOB', '00.00.1945'],
    ]);
    for (const e of r.errors) {
      expect(e.message).toContain('placeholder');
      expect(e.hint).not.toContain('date format');
    }
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1968-04-17', '1985-11-02']);
  });
});
