// One-column names with no comma in the automatic order: `SMITH JOHN A` (a middle initial last)
// shows the export writes last name first, so the same file's `GARCIA MARIA` would go as first
// name Garcia, last name Maria. Held until a person confirms the mapping or sets the order.
// Expected outcomes worked out by hand.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('name-order');
const head = 'APPTNO|APPTDATE|APPTTIME|PATIENT NAME|BIRTHDATE|DOCTOR|STATUS';
const chicago = { timeZone: 'America/Chicago' };
const rows = [
  head,
  '100231|20270302|0900|SMITH JOHN A|19800412|LEE DAVID|SCHEDULED',
  '100232|20270302|0930|GARCIA MARIA|19751103|LEE DAVID|SCHEDULED',
];

describe('names written last name first without a comma', () => {
  it('holds the two-word names of a file that writes SMITH JOHN A (lines, not names, in the doubt)', async () => {
    const r = await collect(files.write(rows, 'txt'), chicago);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'patientName',
        column: 'PATIENT NAME',
        message: expect.stringContaining('the name on line 2 is written last name first'),
        samples: [],
      },
    ]);
    expect(r.summary.doubts[0]!.message).not.toContain('GARCIA');
  });

  it('does not hold a file of two-word names alone, nor of names with a comma', async () => {
    const plain = await collect(files.write([head, rows[2]!], 'txt'), chicago);
    expect(plain.summary.doubts).toEqual([]);
    const comma = await collect(
      files.write([head, '100231|20270302|0900|SMITH, JOHN A|19800412|LEE DAVID|SCHEDULED', rows[2]!], 'txt'),
      chicago,
    );
    expect(comma.summary.doubts).toEqual([]);
  });

  it('with the order set to last-first, both split as written: Smith John A, Garcia Maria', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'APPTNO',
        date: 'APPTDATE',
        time: 'APPTTIME',
        patientName: 'PATIENT NAME',
        dob: 'BIRTHDATE',
        providerName: 'DOCTOR',
        status: 'STATUS',
      },
      head.split('|'),
    );
    const p = JSON.parse(fs.readFileSync(profile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(profile, JSON.stringify({ ...p, patientNameOrder: 'last-first' }));
    const r = await collect(files.write(rows, 'txt'), { ...chicago, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'John Smith',
      'Maria Garcia',
    ]);
  });
});
