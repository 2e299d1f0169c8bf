// A print stamp Crystal Reports' default CSV export writes on every record (the report header's
// `Print Date:` text and its date, in two cells beside the column labels): the file's stamp, read
// once, when every record writes it alike. Expected values worked out by hand.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importExport } from '../../../main/import/import-export.ts';
import { repeatedStamps, RepeatedStampCheck } from '../../../main/import/read/repeated-stamp.ts';
import { readAll, tempDir } from './read-helpers.ts';

const LABELS = ['Date', 'Time', 'Patient', 'Chart', 'Birth Date', 'Status'];
const q = (cells: string[]): string => cells.map((c) => `"${c}"`).join(',');
/** Report header (title, `Print Date:` and its value), page header (labels), details, group footer. */
const record = (printed: string, d: string[]) =>
  q([
    'Appointment List',
    'Harbor Clinic',
    'Print Date:',
    printed,
    'Page 1 of 1',
    ...LABELS,
    ...d,
    'Count:',
    '3',
  ]);
const DETAILS = [
  ['3/15/2027', '8:00AM', 'Smith, John', 'SMI001', '1/2/1970', 'Confirmed'],
  ['3/15/2027', '9:30AM', 'Jones, Mary', 'JON002', '5/26/1980', 'Cancelled'],
  ['3/16/2027', '10:15AM', 'Okafor, James', 'OKA003', '11/3/1991', 'Scheduled'],
];

async function stampLinesOf(text: string): Promise<string[] | undefined> {
  const t = tempDir();
  try {
    return (await readAll(t.write('schedule.csv', text))).info.stampLines;
  } finally {
    t.cleanup();
  }
}

describe('a print stamp on every record', () => {
  it('a label cell and the value cell after it, or one cell with both, outside the named cells', () => {
    const rows = [
      [
        'Schedule',
        'Print Date:',
        '3/12/2027',
        'Printed: 3/12/2027 8:02 AM',
        'Appointments:',
        '4',
        'Date',
        '3/15/2027',
      ],
      [
        'Schedule',
        'Print Date:',
        '3/12/2027',
        'Printed: 3/12/2027 8:02 AM',
        'Appointments:',
        '4',
        'Date',
        '3/16/2027',
      ],
    ];
    const all = repeatedStamps(rows, () => true);
    expect(all.map((s) => s.line)).toEqual(['Print Date: 3/12/2027', 'Printed: 3/12/2027 8:02 AM']);
    expect(all[0]!.cells).toEqual([
      { at: 1, value: 'Print Date:' },
      { at: 2, value: '3/12/2027' },
    ]);
    // Cells a column label names are the record's own values, never the report's stamp.
    expect(repeatedStamps(rows, (j) => j !== 2 && j !== 3)).toEqual([]);
    // A value that differs between records (two runs pasted together) states nothing.
    expect(
      repeatedStamps([rows[0]!, rows[1]!.map((v) => (v === '3/12/2027' ? '3/13/2027' : v))], () => true),
    ).toEqual([expect.objectContaining({ line: 'Printed: 3/12/2027 8:02 AM' })]);
    // A label the stamp reader does not know (`Report Date:` is a day sheet's day) is no stamp.
    expect(
      repeatedStamps(
        rows.map((r) => ['Report Date:', '3/12/2027', ...r.slice(4)]),
        () => true,
      ),
    ).toEqual([]);
  });

  it('one row read later that writes another value, and the stamp says nothing', () => {
    const stamps = repeatedStamps(
      [
        ['Print Date:', '3/12/2027', 'x'],
        ['Print Date:', '3/12/2027', 'y'],
      ],
      () => true,
    );
    const check = new RepeatedStampCheck(stamps);
    check.note(['Print Date:', ' 3/12/2027 ', 'z']);
    expect(check.lines()).toEqual(['Print Date: 3/12/2027']);
    check.note(['Print Date:', '3/13/2027', 'z']);
    check.note(['Print Date:', '3/12/2027', 'z']);
    expect(check.lines()).toEqual([]);
  });

  it('the reader keeps it with the footer stamps, unless a row past the sample disagrees', async () => {
    const same = DETAILS.map((d) => record('3/12/2027', d));
    expect(await stampLinesOf(`${same.join('\r\n')}\r\n`)).toEqual(['Print Date: 3/12/2027']);
    // 400 records (past the 64 KB sample), the last one printed a day later.
    const many = Array.from({ length: 400 }, (_, i) =>
      record(i === 399 ? '3/13/2027' : '3/12/2027', DETAILS[i % 3]!),
    );
    expect(many.join('\r\n').length).toBeGreaterThan(65536);
    expect(await stampLinesOf(`${many.join('\r\n')}\r\n`)).toBeUndefined();
  });

  it("is the corpus layout 162's stamp: 12 March 2027, the whole day in New York (EST, UTC-5)", async () => {
    const file = path.resolve(
      __dirname,
      '../../fixtures/exports/162-crystal-csv-page-fields-every-row/AppointmentSchedule.csv',
    );
    const gen = importExport(file, { practiceId: 'p', timeZone: 'America/New_York' });
    let r = await gen.next();
    while (!r.done) r = await gen.next();
    expect(r.value.statedPrintTime).toEqual({
      from: new Date('2027-03-12T05:00:00.000Z'),
      to: new Date('2027-03-13T04:59:59.999Z'),
      text: 'Print Date: 3/12/2027',
    });
  });
});
