// Charts that are no living patient's: a test chart, a duplicate or merged chart renamed DO NOT
// USE, a patient marked deceased in the name. Each went as a NEW appointment under a made-up
// person (`SMITH, JOHN DO NOT USE` → first name "John Do Not Use", `Brown, Ann (DO NOT USE)` →
// Ann Brown). Expected lines and names written by hand from each cell.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const ny = { timeZone: 'America/New_York' };
const NOT_A_CHART = "not a real patient's chart: a test, duplicate or do-not-use record";

/** One row per name (line 2 onward), each with its status. */
function exportOf(name: string, rows: Array<[string, string]>): string {
  const f = path.join(dir, `${name}.csv`);
  fs.writeFileSync(
    f,
    [
      'Appt ID,Appt Date,Appt Time,Patient,Birthdate,Provider,Status',
      ...rows.map(
        ([n, status], i) =>
          `${8001 + i},12/14/2026,${8 + Math.floor(i / 4)}:${String((i % 4) * 15).padStart(2, '0')} AM,"${n}",04/05/${1950 + i},Dr Lee,${status}`,
      ),
    ].join('\r\n'),
  );
  return f;
}

describe('test, duplicate and do-not-use charts', () => {
  it('refuses each such name, bracketed or not, in any case, and sends the real names around it', async () => {
    const r = await collect(
      exportOf(
        'flagged',
        [
          'Carter, Emily',
          'TEST, PATIENT ONE', // line 3
          'TESTPATIENT, TWO', // line 4
          'SMITH, JOHN DO NOT USE', // line 5
          'DUPLICATE, DO NOT USE', // line 6
          'Brown, Ann (DO NOT USE)', // line 7
          'Grant, Olivia (TEST)', // line 8
          'DO NOT USE, SMITH JOHN', // line 9
          'Smith, John (MERGED)', // line 10
          'Lee, Ann [DUP CHART]', // line 11
          'Test, Mary', // line 12
          'Tester, Paul',
          'Testa, Gina',
          'Merced, Luis',
          'Dupont, Claire',
          'Contest, Ray',
        ].map((n) => [n, 'Scheduled']),
      ),
      ny,
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual(
      [
        'TEST, PATIENT ONE',
        'TESTPATIENT, TWO',
        'SMITH, JOHN DO NOT USE',
        'DUPLICATE, DO NOT USE',
        'Brown, Ann (DO NOT USE)',
        'Grant, Olivia (TEST)',
        'DO NOT USE, SMITH JOHN',
        'Smith, John (MERGED)',
        'Lee, Ann [DUP CHART]',
        'Test, Mary',
      ].map((v, i) => [i + 3, 'Patient', v, NOT_A_CHART]),
    );
    expect(r.errors[0]!.hint).toMatch(/^Book the appointment under the patient's real chart/);
    // A real family name Test is rare; the hint says what to do for one.
    expect(r.errors[0]!.hint).toContain('really is Test');
    expect(r.errors[2]!.hint).not.toContain('Test');
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Emily Carter',
      'Paul Tester',
      'Gina Testa',
      'Luis Merced',
      'Claire Dupont',
      'Ray Contest',
    ]);
  });

  it('reads the flag in a first-name or last-name column too', async () => {
    const f = path.join(dir, 'split-names.csv');
    fs.writeFileSync(
      f,
      [
        'Appt Date,Appt Time,Last Name,First Name,DOB,Provider,Status',
        '12/14/2026,9:00 AM,Carter,Emily,04/11/1992,Dr Lee,Scheduled',
        '12/14/2026,9:30 AM,Grant,Olivia (TEST),12/01/1979,Dr Lee,Scheduled',
        '12/14/2026,10:00 AM,Smith DO NOT USE,John,05/14/1961,Dr Lee,Scheduled',
      ].join('\r\n'),
    );
    const r = await collect(f, ny);
    expect(r.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual([
      [3, 'First Name', 'Olivia (TEST)', NOT_A_CHART],
      [4, 'Last Name', 'Smith DO NOT USE', NOT_A_CHART],
    ]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Carter']);
  });
});

describe('a patient marked deceased in the name', () => {
  it('refuses the booked row and still sends the cancellation', async () => {
    const r = await collect(
      exportOf('deceased-name', [
        ['Carter, Emily', 'Scheduled'],
        ['Young, Paul (DECEASED)', 'Scheduled'], // line 3
        ['Hughes, Nora - EXPIRED', 'Confirmed'], // line 4
        ['Young, Paul (DECEASED)', 'Cancelled'], // line 5: goes, as Paul Young
      ]),
      ny,
    );
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual([
      [3, 'Young, Paul (DECEASED)', 'the patient is marked deceased'],
      [4, 'Hughes, Nora - EXPIRED', 'the patient is marked deceased'],
    ]);
    expect(r.errors[0]!.hint).toMatch(/^Cancel the appointment in the scheduling software/);
    expect(r.appointments.map((a) => `${a.status} ${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'NEW Emily Carter',
      'CANCEL Paul Young',
    ]);
  });
});
