// Crystal Reports' CSV export in its default mode writes no header line: every record carries the
// report header, the page header (the column labels as text), the group header and footer around
// its own values. The labels name the run of cells whose values fit them.
import { describe, expect, it } from 'vitest';
import { importExport } from '../../../main/import/import-export.ts';
import type { ImportItem } from '../../../main/model/import-summary.ts';
import { readAll, tempDir } from './read-helpers.ts';

const LABELS = ['Date', 'Time', 'Patient', 'Chart', 'Birth Date', 'Status'];
const q = (cells: string[]): string => cells.map((c) => `"${c}"`).join(',');
/** Report header, page header (page number, labels), group header (provider), details, group footer. */
function crystal(details: string[][]): string {
  return (
    details
      .map((d, i) =>
        q([
          'Appointment List',
          'Harbor Clinic',
          'Print Date:',
          '3/12/2027',
          `Page ${i < 2 ? 1 : 2} of 2`,
          ...LABELS,
          'Lee, Anna MD',
          ...d,
          'Appointments:',
          String(details.length),
        ]),
      )
      .join('\r\n') + '\r\n'
  );
}
const DETAILS = [
  ['3/15/2027', '8:00AM', 'Smith, John', 'SMI001', '1/2/1970', 'Confirmed'],
  ['3/15/2027', '9:30AM', 'Jones, Mary', 'JON002', '5/26/1980', 'Cancelled'],
  ['3/16/2027', '10:15AM', 'Okafor, James', 'OKA003', '11/3/1991', 'Scheduled'],
];

async function items(file: string): Promise<{ items: ImportItem[]; doubts: unknown[] }> {
  const gen = importExport(file, {
    practiceId: '1c7ecf9f-9700-4e70-b976-9356db658274',
    timeZone: 'America/New_York',
  });
  const out: ImportItem[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { items: out, doubts: r.value.doubts ?? [] };
    out.push(r.value);
  }
}

describe('column labels written on every record (Crystal Reports CSV, default mode)', () => {
  it('reads every line as a row, the labels naming the cells after the group header', async () => {
    const t = tempDir();
    try {
      const { info, rows } = await readAll(t.write('Schedule.csv', crystal(DETAILS)));
      expect(info.headerLine).toBe(0);
      // Labels at 5..10; the provider at 11; the values they name at 12..17.
      expect(info.headers.slice(12, 18)).toEqual(LABELS);
      expect(info.headers[3]).toBe('Column 4');
      expect(rows.map((r) => [r.line, r.record.Patient])).toEqual([
        [1, 'Smith, John'],
        [2, 'Jones, Mary'],
        [3, 'Okafor, James'],
      ]);
    } finally {
      t.cleanup();
    }
  });

  it('sends each line on its own date and time, never the print date repeated on every line', async () => {
    const t = tempDir();
    try {
      // One day's list: the appointment date is the same on every line, as the print date is.
      const oneDay = DETAILS.map((d) => ['3/15/2027', ...d.slice(1)]);
      const got = await items(t.write('Day.csv', crystal(oneDay)));
      expect(got.doubts).toEqual([]);
      const appts = got.items.flatMap((i) => (i.kind === 'appointment' ? [i] : []));
      expect(appts.map((i) => [i.line, i.appointment.start.toISOString(), i.appointment.status])).toEqual([
        [1, '2027-03-15T12:00:00.000Z', 'NEW'],
        [2, '2027-03-15T13:30:00.000Z', 'CANCEL'],
        [3, '2027-03-15T14:15:00.000Z', 'NEW'],
      ]);
      expect(appts.map((i) => i.appointment.patient.patientId)).toEqual(['SMI001', 'JON002', 'OKA003']);
    } finally {
      t.cleanup();
    }
  });

  it('a file with a header line, and a headerless file whose repeated cells name nothing, are read as before', async () => {
    const t = tempDir();
    try {
      const plain = await readAll(
        t.write(
          'plain.csv',
          'Date,Time,Patient,Location,Clinic,Country\n3/15/2027,8:00 AM,"Smith, John",Main,Harbor,USA\n3/16/2027,9:00 AM,"Jones, Mary",Main,Harbor,USA\n',
        ),
      );
      expect(plain.info.headerLine).toBe(1);
      expect(plain.rows).toHaveLength(2);
      // The same three words on every line and no run of values they fit: no labels.
      const { repeatedLabels } = await import('../../../main/import/read/repeated-labels.ts');
      const records = [
        { line: 1, values: ['Main Office', 'Harbor Clinic', 'Front Desk', '3/15/2027', 'Smith'] },
        { line: 2, values: ['Main Office', 'Harbor Clinic', 'Front Desk', '3/16/2027', 'Jones'] },
      ];
      expect(repeatedLabels(records, 5, (c) => /\p{L}/u.test(c) && !/\d/.test(c))).toBeUndefined();
    } finally {
      t.cleanup();
    }
  });
});
