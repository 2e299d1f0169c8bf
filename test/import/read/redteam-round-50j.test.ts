// Red-team probes, round 50j: the reading layer (printed text reports, web tables, Excel
// structure, XML) pushed to send a wrong row: a value in its neighbour's column, a line glued to
// the next, a merged cell read once, a record's gap filled from the next record. Every right
// outcome was worked out by hand from the file before the probe first ran; a probe lists the
// appointments that are right (a row error or a hold instead of one is never wrong, a send that is
// not in the list is). A probe whose name starts with FAULT was a wrong send before its fix.
// Calendar, by hand: 15 March 2027 is a Monday (1 Jan 2027 is a Friday, 15 March is day 74); Excel
// serial 46461 is 15 March 2027 (46447 is 1 March). Los Angeles is on daylight time from 14 March
// 2027 (UTC-7): 9:00 AM is 16:00Z, 10:00 AM 17:00Z, 11:00 AM 18:00Z, 12:00 PM 19:00Z.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportFileError } from '../../../main/import/read/export-file-error.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { workbook } from './xlsx-builder.ts';

const files = exportFiles('redteam-round-50j');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
/** The importer's outcome for the file, or the file's refusal (an ExportFileError: nothing sent). */
async function run(content: string | string[] | Uint8Array, ext: string): Promise<Result | ExportFileError> {
  try {
    return await collect(files.write(content, ext), { timeZone: 'America/Los_Angeles' });
  } catch (e) {
    if (e instanceof ExportFileError) return e;
    throw e;
  }
}

/** A sent appointment as `MM-DDTHH:MM first|last dob provider status`. */
const shown = (a: Result['appointments'][number]): string =>
  `${a.start.toISOString().slice(5, 16)} ${a.patient.firstName}|${a.patient.lastName} ${a.patient.dob} ${a.participant.providerName} ${a.status}`;

type Verdict = 'right' | 'held' | 'refused' | 'partial' | 'wrong';
const verdicts: Record<string, Verdict> = {};
afterAll(() => {
  // The tally for the round's report (REDTEAM_OUT=file): which probes were right, held, partial.
  if (process.env.REDTEAM_OUT) fs.writeFileSync(process.env.REDTEAM_OUT, JSON.stringify(verdicts, null, 1));
});

/**
 * Right: every appointment of `right` sent, nothing else; partial: some of them sent, the others
 * row errors; held: the file held; wrong: anything sent that is not in `right` (or `alsoRight`,
 * another right reading of the same row), or one appointment twice.
 */
function judge(
  name: string,
  r: Result | ExportFileError,
  right: string[],
  alsoRight: string[] = [],
): Verdict {
  if (r instanceof ExportFileError) {
    // A refusal names the file and what to do: nothing is sent.
    expect(r.error.file).toMatch(/export-\d+\./);
    return (verdicts[name] = 'refused');
  }
  const got = r.appointments.map(shown);
  const ok = new Set([...right, ...alsoRight]);
  const v: Verdict = held(r)
    ? 'held'
    : got.some((g) => !ok.has(g)) || new Set(got).size !== got.length
      ? 'wrong'
      : got.length === right.length
        ? 'right'
        : 'partial';
  verdicts[name] = v;
  if (v === 'wrong') expect(got).toEqual(right);
  return v;
}

const CLARA = (hhmm: string, st = 'NEW', prov = 'Dr. Ames', day = '03-15') =>
  `${day}T${hhmm} Clara|Abbott 1951-04-22 ${prov} ${st}`;
const LUIS = (hhmm: string, st = 'NEW', prov = 'Dr. Ames', day = '03-15') =>
  `${day}T${hhmm} Luis|Brennan 1990-11-28 ${prov} ${st}`;
const ADA = (hhmm: string, st = 'NEW', prov = 'Dr. Ames', day = '03-15') =>
  `${day}T${hhmm} Ada|Chen 1958-07-23 ${prov} ${st}`;
const CY = (hhmm: string, st = 'NEW', prov = 'Dr. Ames', day = '03-15') =>
  `${day}T${hhmm} Cy|Dunn 1961-01-30 ${prov} ${st}`;

// ---------------------------------------------------------------------------------------------
// 1. Printed text reports
// ---------------------------------------------------------------------------------------------
const TOP = [
  'Lakeside Clinic                                                    Page: 1',
  'Date: Monday, March 15, 2027',
  '',
];
const LABELS = 'Time     Patient               Chart     Birth Date  Provider   Status';
const DASHES = '-------- --------------------- --------- ----------- ---------- ----------';

describe('1. printed text reports', () => {
  it('a name longer than its column pushes the chart, birth date and status right', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '10:00 am Vanderhoeven-Smithson, Margaret ABB002 11/28/1990 Dr. Ames Confirmed',
        '11:00 am Chen, Ada             CHE003    07/23/1958  Dr. Ames   Cancelled',
      ],
      'txt',
    );
    judge('text: overlong name', r, [
      CLARA('16:00'),
      `03-15T17:00 Margaret|Vanderhoeven-Smithson 1990-11-28 Dr. Ames NEW`,
      ADA('18:00', 'CANCEL'),
    ]);
  });

  it('a reason wrapped onto a continuation line is no row of its own', async () => {
    const r = await run(
      [
        ...TOP,
        'Time     Patient               Birth Date  Provider   Reason          Status',
        '-------- --------------------- ----------- ---------- --------------- ----------',
        '9:00 am  Abbott, Clara         04/22/1951  Dr. Ames   Annual physical Confirmed',
        '                                                      and flu shot',
        '10:00 am Brennan, Luis         11/28/1990  Dr. Ames   Refill          Cancelled',
      ],
      'txt',
    );
    judge('text: wrapped reason', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('the second half of a name wrapped under it: never a patient without the first name', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott-Fitzgerald,    ABB001    04/22/1951  Dr. Ames   Confirmed',
        '         Clara',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: wrapped name', r, [
      `03-15T16:00 Clara|Abbott-Fitzgerald 1951-04-22 Dr. Ames NEW`,
      LUIS('17:00'),
    ]);
  });

  it('a form feed and the page header again between a row and its continuation line', async () => {
    const r = await run(
      [
        ...TOP,
        'Time     Patient               Birth Date  Provider   Reason          Status',
        '-------- --------------------- ----------- ---------- --------------- ----------',
        '9:00 am  Abbott, Clara         04/22/1951  Dr. Ames   Annual physical Confirmed',
        '\fLakeside Clinic                                                    Page: 2',
        'Date: Monday, March 15, 2027',
        '',
        'Time     Patient               Birth Date  Provider   Reason          Status',
        '-------- --------------------- ----------- ---------- --------------- ----------',
        '                                                      and flu shot',
        '10:00 am Brennan, Luis         11/28/1990  Dr. Ames   Refill          Cancelled',
      ],
      'txt',
    );
    judge('text: page break inside a row', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('columns one place further right on page 2, under dashes of their own', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Cancelled',
        '\fLakeside Clinic                                                    Page: 2',
        'Date: Monday, March 15, 2027',
        '',
        ' ' + LABELS,
        ' ' + DASHES,
        ' 11:00 am Chen, Ada             CHE003    07/23/1958  Dr. Ames   Confirmed',
        ' 12:00 pm Dunn, Cy              DUN004    01/30/1961  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: page 2 shifted with its own dashes', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL'),
      ADA('18:00'),
      CY('19:00'),
    ]);
  });

  it('columns one place further right on page 2 with no labels again', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '\fLakeside Clinic                                                    Page: 2',
        'Date: Monday, March 15, 2027',
        ' 11:00 am Chen, Ada             CHE003    07/23/1958  Dr. Ames   Cancelled',
      ],
      'txt',
    );
    judge('text: page 2 shifted, no labels', r, [CLARA('16:00'), ADA('18:00', 'CANCEL')]);
  });

  it('one line whose gaps are tabs (expanded to 8 by the printer on the others)', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '10:00 am\tBrennan, Luis\t\tBRE002\t04/22/1951\tDr. Ames\tCancelled',
        '11:00 am Chen, Ada             CHE003    07/23/1958  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    // Brennan's line written with tabs gives his birth date as 04/22/1951 on purpose: a send of
    // it is read from the line as printed; the tab stops decide where the fields fall.
    judge(
      'text: a tabbed line',
      r,
      [CLARA('16:00'), ADA('18:00')],
      ['03-15T17:00 Luis|Brennan 1951-04-22 Dr. Ames CANCEL'],
    );
  });

  it('a right-aligned chart number column, values starting left of the label', async () => {
    const r = await run(
      [
        ...TOP,
        'Time     Patient                  Chart Birth Date  Provider   Status',
        '-------- --------------------- -------- ----------- ---------- ----------',
        '9:00 am  Abbott, Clara             1001 04/22/1951  Dr. Ames   Confirmed',
        '10:00 am Brennan, Luis              987 11/28/1990  Dr. Ames   Cancelled',
      ],
      'txt',
    );
    const v = judge('text: right-aligned chart', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
    if (v === 'right' && !(r instanceof ExportFileError))
      expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['1001', '987']);
  });

  it('a totals line under the rows with a count where the time is', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
        '-------- --------------------- --------- ----------- ---------- ----------',
        '2        Appointments                                Dr. Ames   2 Confirmed',
      ],
      'txt',
    );
    judge('text: totals line', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('a provider subtotal line `Dr. Ames   Total: 2` between groups', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
        '         Total for Dr. Ames: 2                                 ',
        '11:00 am Chen, Ada             CHE003    07/23/1958  Dr. Baker  Confirmed',
      ],
      'txt',
    );
    judge('text: subtotal line', r, [CLARA('16:00'), LUIS('17:00'), ADA('18:00', 'NEW', 'Dr. Baker')]);
  });

  it('labels only (no dashes): a name running into the chart column', async () => {
    const r = await run(
      [
        ...TOP,
        'Time      Patient              Chart    Birth Date   Provider   Status',
        '9:00 am   Abbott, Clara        ABB001   04/22/1951   Dr. Ames   Confirmed',
        '10:00 am  Brennan-Oduya, Luisito BRE002 11/28/1990   Dr. Ames   Confirmed',
        '11:00 am  Chen, Ada            CHE003   07/23/1958   Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: labels only, overlong name', r, [
      CLARA('16:00'),
      `03-15T17:00 Luisito|Brennan-Oduya 1990-11-28 Dr. Ames NEW`,
      ADA('18:00'),
    ]);
  });

  it('a second day line between rows moves the rows under it', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '',
        'Date: Tuesday, March 16, 2027',
        '',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: second day line', r, [CLARA('16:00'), LUIS('17:00', 'NEW', 'Dr. Ames', '03-16')]);
  });

  it("page 2's header states only the print date: its rows are not sent on the print date", async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '\fLakeside Clinic                                                    Page: 2',
        'Printed: 03/12/2027  4:12 pm',
        '',
        LABELS,
        DASHES,
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: page 2 print date only', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('a status wrapped onto the next line under its own column', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Cancelled',
        '                                                                by patient',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: wrapped status', r, [CLARA('16:00', 'CANCEL'), LUIS('17:00')]);
  });

  it('a continuation line holding a second patient name under the first (two booked in one slot)', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '         Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
        '11:00 am Chen, Ada             CHE003    07/23/1958  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: second patient in a slot', r, [CLARA('16:00'), ADA('18:00')]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Web tables (an HTML report saved from the scheduling software's browser view)
// ---------------------------------------------------------------------------------------------
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>Appointments</title></head><body><table border="1">${body}</table></body></html>`;
const tr = (...cells: string[]) =>
  `<tr>${cells.map((c) => (c.startsWith('<t') ? c : `<td>${c}</td>`)).join('')}</tr>`;
const HEAD = tr(...['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'].map((h) => `<th>${h}</th>`));

describe('2. web tables', () => {
  it('a date cell spanning three rows (rowspan) belongs to each', async () => {
    const r = await run(
      page(
        HEAD +
          tr(
            '<td rowspan="3">03/15/2027</td>',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            'Dr. Ames',
            'Scheduled',
          ) +
          tr('10:00 AM', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled') +
          tr('11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled') +
          tr('03/16/2027', '12:00 PM', 'Dunn, Cy', '01/30/1961', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    judge('html: rowspan date', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL'),
      ADA('18:00'),
      CY('19:00', 'NEW', 'Dr. Ames', '03-16'),
    ]);
  });

  it('a provider cell in the middle spanning two rows: the status is not read as the provider', async () => {
    const r = await run(
      page(
        HEAD +
          tr(
            '03/15/2027',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            '<td rowspan="2">Dr. Baker</td>',
            'Scheduled',
          ) +
          tr('03/15/2027', '10:00 AM', 'Brennan, Luis', '11/28/1990', 'Cancelled') +
          tr('03/15/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    judge('html: rowspan provider', r, [
      CLARA('16:00', 'NEW', 'Dr. Baker'),
      LUIS('17:00', 'CANCEL', 'Dr. Baker'),
      ADA('18:00'),
    ]);
  });

  it('two stacked rowspans (a day over three rows, a provider over two of them)', async () => {
    const r = await run(
      page(
        HEAD +
          tr(
            '<td rowspan="3">03/15/2027</td>',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            '<td rowspan="2">Dr. Baker</td>',
            'Scheduled',
          ) +
          tr('10:00 AM', 'Brennan, Luis', '11/28/1990', 'Cancelled') +
          tr('11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    judge('html: stacked rowspans', r, [
      CLARA('16:00', 'NEW', 'Dr. Baker'),
      LUIS('17:00', 'CANCEL', 'Dr. Baker'),
      ADA('18:00'),
    ]);
  });

  it('a patient cell spanning the birth-date column (colspan, no birth date): the provider stays the provider', async () => {
    const r = await run(
      page(
        HEAD +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
          tr('03/15/2027', '10:00 AM', '<td colspan="2">Brennan, Luis</td>', 'Dr. Baker', 'Cancelled') +
          tr('03/15/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    judge(
      'html: colspan over birth date',
      r,
      [CLARA('16:00'), ADA('18:00')],
      ['03-15T17:00 Luis|Brennan  Dr. Baker CANCEL'],
    );
  });

  it('a header `Patient` spanning two columns (last, first) over the body', async () => {
    const r = await run(
      page(
        tr(
          ...['Date', 'Time', '<th colspan="2">Patient</th>', 'DOB', 'Provider', 'Status'].map((h) =>
            h.startsWith('<') ? h : `<th>${h}</th>`,
          ),
        ) +
          tr('03/15/2027', '9:00 AM', 'Abbott', 'Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
          tr('03/15/2027', '10:00 AM', 'Brennan', 'Luis', '11/28/1990', 'Dr. Ames', 'Cancelled'),
      ),
      'html',
    );
    judge('html: colspan header', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('a nested table in a notes cell whose row looks like an appointment', async () => {
    const r = await run(
      page(
        tr(...['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status', 'Notes'].map((h) => `<th>${h}</th>`)) +
          tr(
            '03/15/2027',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            'Dr. Ames',
            'Scheduled',
            '<td><table><tr><td>03/22/2027</td><td>10:00 AM</td><td>Follow-up</td></tr></table></td>',
          ) +
          tr('03/15/2027', '10:00 AM', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled', ''),
      ),
      'html',
    );
    judge('html: nested table', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('`<br>` between last and first name, and between the date and time of one cell', async () => {
    const r = await run(
      page(
        tr(...['Appointment', 'Patient', 'DOB', 'Provider', 'Status'].map((h) => `<th>${h}</th>`)) +
          tr('03/15/2027<br>9:00 AM', 'Abbott,<br>Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
          tr('03/15/2027<br/>10:00 AM', 'Brennan,<br />Luis', '11/28/1990', 'Dr. Ames', 'Cancelled'),
      ),
      'html',
    );
    judge('html: br in cells', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('a hidden column (display:none) holding an earlier date beside the shown one', async () => {
    const r = await run(
      page(
        tr(
          '<th style="display:none">Date</th>',
          ...['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'].map((h) => `<th>${h}</th>`),
        ) +
          tr(
            '<td style="display:none">03/08/2027</td>',
            '03/15/2027',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            'Dr. Ames',
            'Scheduled',
          ) +
          tr(
            '<td style="display:none">03/09/2027</td>',
            '03/15/2027',
            '10:00 AM',
            'Brennan, Luis',
            '11/28/1990',
            'Dr. Ames',
            'Cancelled',
          ),
      ),
      'html',
    );
    judge('html: hidden column', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('`<th>` group lines in the body naming the provider of the rows under them', async () => {
    const head = tr(...['Date', 'Time', 'Patient', 'DOB', 'Status'].map((h) => `<th>${h}</th>`));
    const r = await run(
      page(
        head +
          tr('<th colspan="5">Provider: Dr. Ames</th>') +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Scheduled') +
          tr('03/15/2027', '10:00 AM', 'Brennan, Luis', '11/28/1990', 'Cancelled') +
          tr('<th colspan="5">Provider: Dr. Baker</th>') +
          tr('03/15/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Scheduled'),
      ),
      'html',
    );
    judge('html: th group lines', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL'),
      ADA('18:00', 'NEW', 'Dr. Baker'),
    ]);
  });

  it('a hidden row (display:none) between two shown rows', async () => {
    const r = await run(
      page(
        HEAD +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
          '<tr style="display:none"><td>03/15/2027</td><td>10:00 AM</td><td>Brennan, Luis</td><td>11/28/1990</td><td>Dr. Ames</td><td>Scheduled</td></tr>' +
          tr('03/15/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    // What a hidden row is (a booking moved, a row a filter hides) is not shown: it is never sent.
    judge('html: hidden row', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('a rowspan reaching past a `<tbody>` boundary stops there (HTML table model)', async () => {
    const r = await run(
      page(
        `<thead>${HEAD}</thead><tbody>` +
          tr(
            '<td rowspan="3">03/15/2027</td>',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            'Dr. Ames',
            'Scheduled',
          ) +
          tr('10:00 AM', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Scheduled') +
          `</tbody><tbody>` +
          tr('03/16/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled') +
          '</tbody>',
      ),
      'html',
    );
    judge('html: rowspan past tbody', r, [
      CLARA('16:00'),
      LUIS('17:00'),
      ADA('18:00', 'NEW', 'Dr. Ames', '03-16'),
    ]);
  });

  it('FAULT: a row with one cell fewer (the status left out, no span): the provider is not read as the status', async () => {
    const r = await run(
      page(
        HEAD +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
          tr('03/15/2027', '10:00 AM', 'Brennan, Luis', '11/28/1990', 'Cancelled') +
          tr('03/15/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    judge('html: short row', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('a row whose last cell (an empty note) is left out, the note empty on other rows too: read', async () => {
    const head = tr(
      ...['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status', 'Notes'].map((h) => `<th>${h}</th>`),
    );
    const r = await run(
      page(
        head +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled', 'Interpreter') +
          tr('03/15/2027', '10:00 AM', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled', '') +
          tr('03/15/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    expect(
      judge('html: last empty cell left out', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL'), ADA('18:00')]),
    ).toBe('right');
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Excel workbooks (parts written by hand, xlsx-builder.ts)
// ---------------------------------------------------------------------------------------------
const xt = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const xn = (ref: string, v: string, s = '') => `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${v}</v></c>`;
const xrow = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
const XHEAD = xrow(
  1,
  ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'].map((h, i) => xt(`${'ABCDEF'[i]}1`, h)),
);
/** A booking row: date serial in A (style 1), time fraction in B (style 2), then text. */
const xbook = (
  r: number,
  day: string | null,
  time: string,
  name: string,
  dob: string,
  prov: string,
  st: string,
) =>
  xrow(r, [
    ...(day === null ? [] : [xn(`A${r}`, day, '1')]),
    xn(`B${r}`, time, '2'),
    xt(`C${r}`, name),
    xt(`D${r}`, dob),
    xt(`E${r}`, prov),
    xt(`F${r}`, st),
  ]);
const book = (xml: string, opts: { date1904?: boolean; styles?: string } = {}) =>
  workbook([{ name: 'Appointments', xml }], opts);

describe('3. Excel workbooks', () => {
  it('a date merged down over four rows: only the first cell holds it', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          `${xbook(3, null, '0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled')}` +
          `${xbook(4, null, '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled')}` +
          `${xbook(5, null, '0.5', 'Dunn, Cy', '01/30/1961', 'Dr. Ames', 'Scheduled')}</sheetData>` +
          '<mergeCells count="1"><mergeCell ref="A2:A5"/></mergeCells>',
      ),
      'xlsx',
    );
    judge('xlsx: merged date', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL'), ADA('18:00'), CY('19:00')]);
  });

  it('a provider merged down over two rows, the third row its own', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Baker', 'Scheduled')}` +
          xrow(3, [
            xn('A3', '46461', '1'),
            xn('B3', '0.41666666666666669', '2'),
            xt('C3', 'Brennan, Luis'),
            xt('D3', '11/28/1990'),
            xt('F3', 'Cancelled'),
          ]) +
          `${xbook(4, '46461', '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled')}</sheetData>` +
          '<mergeCells count="1"><mergeCell ref="E2:E3"/></mergeCells>',
      ),
      'xlsx',
    );
    judge('xlsx: merged provider', r, [
      CLARA('16:00', 'NEW', 'Dr. Baker'),
      LUIS('17:00', 'CANCEL', 'Dr. Baker'),
      ADA('18:00'),
    ]);
  });

  it('a hidden row (hidden="1") is not sent', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          xbook(
            3,
            '46461',
            '0.41666666666666669',
            'Brennan, Luis',
            '11/28/1990',
            'Dr. Ames',
            'Scheduled',
          ).replace('<row r="3">', '<row r="3" hidden="1">') +
          `${xbook(4, '46461', '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled')}</sheetData>`,
      ),
      'xlsx',
    );
    judge('xlsx: hidden row', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('an autofilter on Status hiding the cancelled row', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          xbook(
            3,
            '46461',
            '0.41666666666666669',
            'Brennan, Luis',
            '11/28/1990',
            'Dr. Ames',
            'Cancelled',
          ).replace('<row r="3">', '<row r="3" hidden="1">') +
          `${xbook(4, '46461', '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled')}</sheetData>` +
          '<autoFilter ref="A1:F4"><filterColumn colId="5"><filters><filter val="Scheduled"/></filters></filterColumn></autoFilter>',
      ),
      'xlsx',
    );
    judge('xlsx: autofilter', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('a hidden column holding the entry date, headed `Date` like the appointment date', async () => {
    const head = xrow(
      1,
      ['Date', 'Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'].map((h, i) =>
        xt(`${'ABCDEFG'[i]}1`, h),
      ),
    );
    const rowOf = (r: number, entry: string, time: string, name: string, dob: string, st: string) =>
      xrow(r, [
        xn(`A${r}`, entry, '1'),
        xn(`B${r}`, '46461', '1'),
        xn(`C${r}`, time, '2'),
        xt(`D${r}`, name),
        xt(`E${r}`, dob),
        xt(`F${r}`, 'Dr. Ames'),
        xt(`G${r}`, st),
      ]);
    const r = await run(
      book(
        `<cols><col min="1" max="1" hidden="1" width="0"/></cols><sheetData>${head}` +
          `${rowOf(2, '46454', '0.375', 'Abbott, Clara', '04/22/1951', 'Scheduled')}${rowOf(3, '46455', '0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Cancelled')}</sheetData>`,
      ),
      'xlsx',
    );
    judge('xlsx: hidden Date column', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('formulas with cached values: the cached value is read', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          xrow(3, [
            '<c r="A3" s="1"><f>A2</f><v>46461</v></c>',
            '<c r="B3" s="2"><f>B2+1/24</f><v>0.41666666666666669</v></c>',
            '<c r="C3" t="str"><f>"Brennan, "&amp;"Luis"</f><v>Brennan, Luis</v></c>',
            xt('D3', '11/28/1990'),
            '<c r="E3" t="str"><f>E2</f><v>Dr. Ames</v></c>',
            xt('F3', 'Cancelled'),
          ]) +
          '</sheetData>',
      ),
      'xlsx',
    );
    judge('xlsx: formulas', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('a formula with no cached value (saved by a program that does not calculate) is no time', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          xrow(3, [
            '<c r="A3" s="1"><f>A2</f></c>',
            '<c r="B3" s="2"><f>B2+1/24</f></c>',
            xt('C3', 'Brennan, Luis'),
            xt('D3', '11/28/1990'),
            xt('E3', 'Dr. Ames'),
            xt('F3', 'Scheduled'),
          ]) +
          '</sheetData>',
      ),
      'xlsx',
    );
    judge('xlsx: formula without value', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('a time cell holding a date and time (shown h:mm) beside a date column of another day', async () => {
    // Row 3's time cell is 46460.416… (14 March 10:00) shown `10:00`; its Date cell says 15 March:
    // the row is 15 March at 10:00 (as the sheet shows it) or a row error, never 14 March.
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          `${xbook(3, '46461', '46460.416666666664', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Scheduled')}</sheetData>`,
      ),
      'xlsx',
    );
    judge('xlsx: time cell with another date', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('a workbook in the 1904 date system', async () => {
    // 15 March 2027 is 46461 in the 1900 system and 46461 - 1462 = 44999 in the 1904 one.
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '44999', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          `${xbook(3, '44999', '0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled')}</sheetData>`,
        { date1904: true },
      ),
      'xlsx',
    );
    judge('xlsx: 1904 dates', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('text `03/04/2027` in a column of real date cells', async () => {
    // The text is 4 March or 3 April; the date cells say nothing of the order it was typed in.
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          xrow(3, [
            xt('A3', '03/04/2027'),
            xn('B3', '0.41666666666666669', '2'),
            xt('C3', 'Brennan, Luis'),
            xt('D3', '11/28/1990'),
            xt('E3', 'Dr. Ames'),
            xt('F3', 'Scheduled'),
          ]) +
          `${xbook(4, '46461', '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled')}</sheetData>`,
      ),
      'xlsx',
    );
    // Month-first is the birth dates' order in the same sheet's text (04/22/1951, 11/28/1990): 4
    // March, before daylight time (UTC-8), so 10:00 AM is 18:00Z.
    judge(
      'xlsx: text date among dates',
      r,
      [CLARA('16:00'), ADA('18:00')],
      ['03-04T18:00 Luis|Brennan 1990-11-28 Dr. Ames NEW'],
    );
  });

  it('two tables side by side on one sheet (two providers), a blank column between', async () => {
    const h = ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'];
    const head = xrow(1, [
      ...h.map((x, i) => xt(`${'ABCDEF'[i]}1`, x)),
      ...h.map((x, i) => xt(`${'HIJKLM'[i]}1`, x)),
    ]);
    const two = (r: number, a: string[], b: string[]) =>
      xrow(r, [
        xn(`A${r}`, '46461', '1'),
        xn(`B${r}`, a[0]!, '2'),
        xt(`C${r}`, a[1]!),
        xt(`D${r}`, a[2]!),
        xt(`E${r}`, 'Dr. Ames'),
        xt(`F${r}`, a[3]!),
        xn(`H${r}`, '46461', '1'),
        xn(`I${r}`, b[0]!, '2'),
        xt(`J${r}`, b[1]!),
        xt(`K${r}`, b[2]!),
        xt(`L${r}`, 'Dr. Baker'),
        xt(`M${r}`, b[3]!),
      ]);
    const r = await run(
      book(
        `<sheetData>${head}${two(2, ['0.375', 'Abbott, Clara', '04/22/1951', 'Scheduled'], ['0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Scheduled'])}` +
          `${two(3, ['0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Cancelled'], ['0.5', 'Dunn, Cy', '01/30/1961', 'Cancelled'])}</sheetData>`,
      ),
      'xlsx',
    );
    const v = judge('xlsx: two tables side by side', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL'),
      ADA('18:00', 'NEW', 'Dr. Baker'),
      CY('19:00', 'CANCEL', 'Dr. Baker'),
    ]);
    // Half the schedule sent without a word is no right reading either.
    expect(['right', 'held', 'refused']).toContain(v);
  });

  it('a cell left out of a row (no time cell B3): the patient is not read as the time', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          xrow(3, [
            xn('A3', '46461', '1'),
            xt('C3', 'Brennan, Luis'),
            xt('D3', '11/28/1990'),
            xt('E3', 'Dr. Ames'),
            xt('F3', 'Scheduled'),
          ]) +
          `${xbook(4, '46461', '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled')}</sheetData>`,
      ),
      'xlsx',
    );
    judge('xlsx: cell left out', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('cells with no `r` reference (a generator writing them in order)', async () => {
    const strip = (x: string) => x.replace(/ r="[A-Z]+\d+"/g, '');
    const r = await run(
      book(
        `<sheetData>${strip(XHEAD)}${strip(xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled'))}` +
          `${strip(xbook(3, '46461', '0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled'))}</sheetData>`,
      ),
      'xlsx',
    );
    judge('xlsx: no cell references', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('a provider group row merged across the sheet between rows with no provider column', async () => {
    const head = xrow(
      1,
      ['Date', 'Time', 'Patient', 'DOB', 'Status'].map((h, i) => xt(`${'ABCDE'[i]}1`, h)),
    );
    const b = (r: number, time: string, name: string, dob: string, st: string) =>
      xrow(r, [
        xn(`A${r}`, '46461', '1'),
        xn(`B${r}`, time, '2'),
        xt(`C${r}`, name),
        xt(`D${r}`, dob),
        xt(`E${r}`, st),
      ]);
    const r = await run(
      book(
        `<sheetData>${head}${xrow(2, [xt('A2', 'Provider: Dr. Ames')])}${b(3, '0.375', 'Abbott, Clara', '04/22/1951', 'Scheduled')}` +
          `${xrow(4, [xt('A4', 'Provider: Dr. Baker')])}${b(5, '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Scheduled')}</sheetData>` +
          '<mergeCells count="2"><mergeCell ref="A2:E2"/><mergeCell ref="A4:E4"/></mergeCells>',
      ),
      'xlsx',
    );
    judge('xlsx: merged group rows', r, [CLARA('16:00'), ADA('18:00', 'NEW', 'Dr. Baker')]);
  });

  it('rich-text shared strings (runs) and a shared string index', async () => {
    const strings =
      '<si><r><t xml:space="preserve">Abbott, </t></r><r><rPr><b/></rPr><t>Clara</t></r></si><si><t>Dr. Ames</t></si>';
    const r = await run(
      workbook(
        [
          {
            name: 'Appointments',
            xml:
              `<sheetData>${XHEAD}${xrow(2, [xn('A2', '46461', '1'), xn('B2', '0.375', '2'), '<c r="C2" t="s"><v>0</v></c>', xt('D2', '04/22/1951'), '<c r="E2" t="s"><v>1</v></c>', xt('F2', 'Scheduled')])}` +
              `${xbook(3, '46461', '0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled')}</sheetData>`,
          },
        ],
        { strings },
      ),
      'xlsx',
    );
    judge('xlsx: rich text', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. XML exports
// ---------------------------------------------------------------------------------------------
const xml = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n${body}\n`;
const appt = (f: Record<string, string>) =>
  `<Appointment>${Object.entries(f)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join('')}</Appointment>`;

describe('4. XML exports', () => {
  it('appointments nested under their patient (the patient given once)', async () => {
    const r = await run(
      xml(
        '<Patients>' +
          '<Patient><LastName>Abbott</LastName><FirstName>Clara</FirstName><DOB>1951-04-22</DOB><Appointments>' +
          '<Appointment><ApptID>A1</ApptID><Start>2027-03-15T09:00:00</Start><Provider>Dr. Ames</Provider><Status>Scheduled</Status></Appointment>' +
          '<Appointment><ApptID>A2</ApptID><Start>2027-03-15T11:00:00</Start><Provider>Dr. Ames</Provider><Status>Cancelled</Status></Appointment>' +
          '</Appointments></Patient>' +
          '<Patient><LastName>Brennan</LastName><FirstName>Luis</FirstName><DOB>1990-11-28</DOB><Appointments>' +
          '<Appointment><ApptID>A3</ApptID><Start>2027-03-15T10:00:00</Start><Provider>Dr. Ames</Provider><Status>Scheduled</Status></Appointment>' +
          '</Appointments></Patient></Patients>',
      ),
      'xml',
    );
    judge('xml: nested under patients', r, [CLARA('16:00'), CLARA('18:00', 'CANCEL'), LUIS('17:00')]);
  });

  it('attributes and elements mixed in one record', async () => {
    const r = await run(
      xml(
        '<Schedule>' +
          '<Appointment ApptID="A1" Date="2027-03-15" Status="Scheduled"><Time>09:00</Time><Patient Last="Abbott" First="Clara"><DOB>1951-04-22</DOB></Patient><Provider>Dr. Ames</Provider></Appointment>' +
          '<Appointment ApptID="A2" Date="2027-03-15" Status="Cancelled"><Time>10:00</Time><Patient Last="Brennan" First="Luis"><DOB>1990-11-28</DOB></Patient><Provider>Dr. Ames</Provider></Appointment>' +
          '</Schedule>',
      ),
      'xml',
    );
    judge('xml: attributes and elements', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it("an element missing from one record: the next record's provider does not slide in", async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          appt({
            ApptID: 'A1',
            Start: '2027-03-15T09:00:00',
            LastName: 'Abbott',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Status: 'Cancelled',
          }) +
          appt({
            ApptID: 'A3',
            Start: '2027-03-15T11:00:00',
            LastName: 'Chen',
            FirstName: 'Ada',
            DOB: '1958-07-23',
            Provider: 'Dr. Baker',
            Status: 'Scheduled',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    const v = judge('xml: missing provider', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL', 'Unassigned provider'),
      ADA('18:00', 'NEW', 'Dr. Baker'),
    ]);
    expect(v).not.toBe('wrong');
  });

  it("the status missing from the first record: it is not the next one's Cancelled", async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          appt({
            ApptID: 'A1',
            Start: '2027-03-15T09:00:00',
            LastName: 'Abbott',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: 'Dr. Ames',
          }) +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Cancelled',
            Reason: 'Refill',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    judge('xml: first record without status', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('CDATA sections and entities in names and notes', async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          appt({
            ApptID: 'A1',
            Start: '2027-03-15T09:00:00',
            LastName: '<![CDATA[Abbott]]>',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: '<![CDATA[Dr. Ames]]>',
            Status: 'Scheduled',
            Notes: '<![CDATA[<b>Status: Cancelled</b> & rebooked]]>',
          }) +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'O&apos;Brien',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Cancelled',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    judge('xml: CDATA', r, [CLARA('16:00'), "03-15T17:00 Luis|O'Brien 1990-11-28 Dr. Ames CANCEL"]);
  });

  it('a namespace prefix changing mid-file (one namespace, two prefixes)', async () => {
    const rec = (p: string, f: Record<string, string>) =>
      `<${p}:Appointment xmlns:${p}="urn:example:sched">${Object.entries(f)
        .map(([k, v]) => `<${p}:${k}>${v}</${p}:${k}>`)
        .join('')}</${p}:Appointment>`;
    const r = await run(
      xml(
        '<Export>' +
          rec('a', {
            ApptID: 'A1',
            Start: '2027-03-15T09:00:00',
            LastName: 'Abbott',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          rec('a', {
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Cancelled',
          }) +
          rec('b', {
            ApptID: 'A3',
            Start: '2027-03-15T11:00:00',
            LastName: 'Chen',
            FirstName: 'Ada',
            DOB: '1958-07-23',
            Provider: 'Dr. Baker',
            Status: 'Cancelled',
          }) +
          '</Export>',
      ),
      'xml',
    );
    judge('xml: prefix changes', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL'),
      ADA('18:00', 'CANCEL', 'Dr. Baker'),
    ]);
  });

  it('a default namespace on some records only', async () => {
    const r = await run(
      xml(
        '<Export>' +
          appt({
            ApptID: 'A1',
            Start: '2027-03-15T09:00:00',
            LastName: 'Abbott',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Cancelled',
          }).replace('<Appointment>', '<Appointment xmlns="urn:example:sched">') +
          '</Export>',
      ),
      'xml',
    );
    judge('xml: default namespace on one record', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('the same field as an attribute on one record and an element on the next', async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          '<Appointment Status="Cancelled"><ApptID>A1</ApptID><Start>2027-03-15T09:00:00</Start><LastName>Abbott</LastName><FirstName>Clara</FirstName><DOB>1951-04-22</DOB><Provider>Dr. Ames</Provider></Appointment>' +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    judge('xml: attribute then element', r, [CLARA('16:00', 'CANCEL'), LUIS('17:00')]);
  });

  it('text around a value on lines of its own (pretty-printed with indents)', async () => {
    const r = await run(
      xml(
        '<Appointments>\n  <Appointment>\n    <ApptID>A1</ApptID>\n    <Start>\n      2027-03-15T09:00:00\n    </Start>\n    <LastName>\n      Abbott\n    </LastName>\n    <FirstName>Clara</FirstName>\n    <DOB>1951-04-22</DOB>\n    <Provider>Dr. Ames</Provider>\n    <Status>Scheduled</Status>\n  </Appointment>\n' +
          '  ' +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Cancelled',
          }) +
          '\n</Appointments>',
      ),
      'xml',
    );
    judge('xml: pretty-printed values', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('a patient with two appointments and a second patient with none (the first patient is not carried on)', async () => {
    const r = await run(
      xml(
        '<Patients>' +
          '<Patient><LastName>Abbott</LastName><FirstName>Clara</FirstName><DOB>1951-04-22</DOB>' +
          '<Appointment><ApptID>A1</ApptID><Start>2027-03-15T09:00:00</Start><Provider>Dr. Ames</Provider><Status>Scheduled</Status></Appointment>' +
          '</Patient>' +
          '<Patient><LastName>Brennan</LastName><FirstName>Luis</FirstName><DOB>1990-11-28</DOB></Patient>' +
          '<Patient><LastName>Chen</LastName><FirstName>Ada</FirstName><DOB>1958-07-23</DOB>' +
          '<Appointment><ApptID>A3</ApptID><Start>2027-03-15T11:00:00</Start><Status>Cancelled</Status></Appointment>' +
          '</Patient></Patients>',
      ),
      'xml',
    );
    judge('xml: nested, one patient without appointments', r, [
      CLARA('16:00'),
      ADA('18:00', 'CANCEL', 'Unassigned provider'),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Second round: stale values under merges, HTML5 spans and hiding, SpreadsheetML, more text
// ---------------------------------------------------------------------------------------------
describe('5. second round', () => {
  it('FAULT: a merged date whose covered cell still holds an old value (written by a program, not Excel)', async () => {
    // Excel shows A2's 15 March over A2:A3; the 22 March (46468) left in A3 is not shown.
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          `${xbook(3, '46468', '0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled')}</sheetData>` +
          '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>',
      ),
      'xlsx',
    );
    judge('xlsx: stale value under a merge', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('a Cancelled column of TRUE/FALSE cells (t="b")', async () => {
    const head = xrow(
      1,
      ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Cancelled'].map((h, i) => xt(`${'ABCDEF'[i]}1`, h)),
    );
    const b = (r: number, time: string, name: string, dob: string, flag: string) =>
      xrow(r, [
        xn(`A${r}`, '46461', '1'),
        xn(`B${r}`, time, '2'),
        xt(`C${r}`, name),
        xt(`D${r}`, dob),
        xt(`E${r}`, 'Dr. Ames'),
        `<c r="F${r}" t="b"><v>${flag}</v></c>`,
      ]);
    const r = await run(
      book(
        `<sheetData>${head}${b(2, '0.375', 'Abbott, Clara', '04/22/1951', '0')}${b(3, '0.41666666666666669', 'Brennan, Luis', '11/28/1990', '1')}</sheetData>`,
      ),
      'xlsx',
    );
    judge('xlsx: boolean cancelled', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('an error cell (#N/A) in the provider column', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          xrow(3, [
            xn('A3', '46461', '1'),
            xn('B3', '0.41666666666666669', '2'),
            xt('C3', 'Brennan, Luis'),
            xt('D3', '11/28/1990'),
            '<c r="E3" t="e"><f>VLOOKUP(G3,Providers!A:B,2,0)</f><v>#N/A</v></c>',
            xt('F3', 'Scheduled'),
          ]) +
          '</sheetData>',
      ),
      'xlsx',
    );
    judge('xlsx: #N/A provider', r, [CLARA('16:00')]);
  });

  it('a date column of plain numbers (General format, no date style)', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}` +
          xrow(2, [
            xn('A2', '46461'),
            xn('B2', '0.375', '2'),
            xt('C2', 'Abbott, Clara'),
            xt('D2', '04/22/1951'),
            xt('E2', 'Dr. Ames'),
            xt('F2', 'Scheduled'),
          ]) +
          xrow(3, [
            xn('A3', '46461'),
            xn('B3', '0.41666666666666669', '2'),
            xt('C3', 'Brennan, Luis'),
            xt('D3', '11/28/1990'),
            xt('E3', 'Dr. Ames'),
            xt('F3', 'Cancelled'),
          ]) +
          '</sheetData>',
      ),
      'xlsx',
    );
    judge('xlsx: dates as General numbers', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('a date cell formatted to show only the weekday (`dddd`)', async () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dddd"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="0"/></cellXfs></styleSheet>';
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}${xbook(3, '46461', '0.41666666666666669', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Scheduled')}</sheetData>`,
        { styles },
      ),
      'xlsx',
    );
    // The sheet shows `Monday`; the cell holds 15 March. Sent on 15 March, or asked: never
    // another Monday.
    judge('xlsx: weekday-only format', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('HTML: rowspan="0" (to the end of its section) on the date cell', async () => {
    const r = await run(
      page(
        `<thead>${HEAD}</thead><tbody>` +
          tr(
            '<td rowspan="0">03/15/2027</td>',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            'Dr. Ames',
            'Scheduled',
          ) +
          tr('10:00 AM', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled') +
          tr('11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled') +
          '</tbody>',
      ),
      'html',
    );
    judge('html: rowspan=0', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL'), ADA('18:00')]);
  });

  it('HTML: a row hidden by the `hidden` attribute and one by a class whose rule hides it', async () => {
    const r = await run(
      `<html><head><style>.gone { display: none }</style></head><body><table>${HEAD}` +
        tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
        '<tr hidden><td>03/15/2027</td><td>10:00 AM</td><td>Brennan, Luis</td><td>11/28/1990</td><td>Dr. Ames</td><td>Scheduled</td></tr>' +
        '<tr class="gone"><td>03/15/2027</td><td>11:00 AM</td><td>Chen, Ada</td><td>07/23/1958</td><td>Dr. Ames</td><td>Scheduled</td></tr>' +
        tr('03/15/2027', '12:00 PM', 'Dunn, Cy', '01/30/1961', 'Dr. Ames', 'Scheduled') +
        '</table></body></html>',
      'html',
    );
    judge('html: hidden attribute and class', r, [CLARA('16:00'), CY('19:00')]);
  });

  it('HTML: a hidden cell (the `hidden` attribute) in the middle of a row shifts nothing', async () => {
    const r = await run(
      page(
        tr(
          ...['Date', 'Time', '<th hidden>Key</th>', 'Patient', 'DOB', 'Provider', 'Status'].map((h) =>
            h.startsWith('<') ? h : `<th>${h}</th>`,
          ),
        ) +
          tr(
            '03/15/2027',
            '9:00 AM',
            '<td hidden>8812</td>',
            'Abbott, Clara',
            '04/22/1951',
            'Dr. Ames',
            'Scheduled',
          ) +
          tr(
            '03/15/2027',
            '10:00 AM',
            '<td hidden>8813</td>',
            'Brennan, Luis',
            '11/28/1990',
            'Dr. Ames',
            'Cancelled',
          ),
      ),
      'html',
    );
    judge('html: hidden key cell', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('HTML: a header row in `<thead>` of two rows (group labels over column labels)', async () => {
    const r = await run(
      page(
        `<thead><tr><th colspan="2">Appointment</th><th colspan="2">Patient</th><th colspan="2">Visit</th></tr>${HEAD}</thead><tbody>` +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
          tr('03/15/2027', '10:00 AM', 'Brennan, Luis', '11/28/1990', 'Dr. Ames', 'Cancelled') +
          '</tbody>',
      ),
      'html',
    );
    judge('html: two header rows', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('SpreadsheetML: a cell left out with ss:Index on the next one', async () => {
    const ns = `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles><Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style><Style ss:ID="t"><NumberFormat ss:Format="h:mm AM/PM"/></Style></Styles>`;
    const S = (v: string, a = '') => `<Cell${a}><Data ss:Type="String">${v}</Data></Cell>`;
    const D = (v: string, st: string, a = '') =>
      `<Cell ss:StyleID="${st}"${a}><Data ss:Type="DateTime">${v}</Data></Cell>`;
    const R = (...c: string[]) => `<Row>${c.join('')}</Row>`;
    const r = await run(
      `${ns}<Worksheet ss:Name="Appointments"><Table>` +
        R(...['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'].map((h) => S(h))) +
        R(
          D('2027-03-15T00:00:00.000', 'd'),
          D('1899-12-31T09:00:00.000', 't'),
          S('Abbott, Clara'),
          S('04/22/1951'),
          S('Dr. Ames'),
          S('Scheduled'),
        ) +
        R(
          D('2027-03-15T00:00:00.000', 'd'),
          D('1899-12-31T10:00:00.000', 't'),
          S('Brennan, Luis'),
          S('11/28/1990'),
          S('Cancelled', ' ss:Index="6"'),
        ) +
        R(
          D('2027-03-15T00:00:00.000', 'd', ' ss:MergeDown="1"'),
          D('1899-12-31T11:00:00.000', 't'),
          S('Chen, Ada'),
          S('07/23/1958'),
          S('Dr. Baker'),
          S('Scheduled'),
        ) +
        R(
          D('1899-12-31T12:00:00.000', 't', ' ss:Index="2"'),
          S('Dunn, Cy'),
          S('01/30/1961'),
          S('Dr. Baker'),
          S('Cancelled'),
        ) +
        '</Table></Worksheet></Workbook>\n',
      'xml',
    );
    judge('spreadsheetml: Index and MergeDown', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL', 'Unassigned provider'),
      ADA('18:00', 'NEW', 'Dr. Baker'),
      CY('19:00', 'CANCEL', 'Dr. Baker'),
    ]);
  });

  it('text: page 2 prints its columns in another order under labels and dashes of its own', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '\fLakeside Clinic                                                    Page: 2',
        'Date: Monday, March 15, 2027',
        '',
        'Time     Patient               Chart     Birth Date  Status     Provider',
        '-------- --------------------- --------- ----------- ---------- ----------',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Cancelled  Dr. Baker',
      ],
      'txt',
    );
    judge('text: page 2 other column order', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL', 'Dr. Baker')]);
  });

  it('text: a row with no time after a form feed (the slot printed on page 1)', async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '\fLakeside Clinic                                                    Page: 2',
        'Date: Monday, March 15, 2027',
        '',
        LABELS,
        DASHES,
        '         Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
        '11:00 am Chen, Ada             CHE003    07/23/1958  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: no time after a page break', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('text: a status spilling one place into the gap (`Cancelled` under a 9-wide column)', async () => {
    const r = await run(
      [
        ...TOP,
        'Time     Patient               Chart     Birth Date  Status    Provider',
        '-------- --------------------- --------- ----------- --------- ----------',
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Confirmed Dr. Ames',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Cancelled Dr. Ames',
        '11:00 am Chen, Ada             CHE003    07/23/1958  No Show   Dr. Ames',
      ],
      'txt',
    );
    judge(
      'text: values fill their columns',
      r,
      [CLARA('16:00'), LUIS('17:00', 'CANCEL'), ADA('18:00', 'CANCEL')],
      [ADA('18:00', 'NEW')],
    );
  });

  it('XML: an empty element and a filled one of the same name in one record', async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          '<Appointment><ApptID>A1</ApptID><Start>2027-03-15T09:00:00</Start><LastName>Abbott</LastName><FirstName>Clara</FirstName><DOB>1951-04-22</DOB><Provider/><Provider>Dr. Baker</Provider><Status>Scheduled</Status></Appointment>' +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Cancelled',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    judge(
      'xml: empty then filled leaf',
      r,
      [CLARA('16:00', 'NEW', 'Dr. Baker'), LUIS('17:00', 'CANCEL')],
      [CLARA('16:00', 'NEW', 'Unassigned provider')],
    );
  });

  it('XML: a record without its DOB between two records that have one', async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          appt({
            ApptID: 'A1',
            Start: '2027-03-15T09:00:00',
            LastName: 'Abbott',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          appt({
            ApptID: 'A3',
            Start: '2027-03-15T11:00:00',
            LastName: 'Chen',
            FirstName: 'Ada',
            DOB: '1958-07-23',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    judge('xml: missing DOB', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('XML: appointments as attributes nested under patients written with attributes (FOR XML AUTO)', async () => {
    const r = await run(
      xml(
        '<root>' +
          '<Patient LastName="Abbott" FirstName="Clara" DOB="1951-04-22"><Appt ApptID="A1" StartTime="2027-03-15T09:00:00" Provider="Dr. Ames" Status="Scheduled"/><Appt ApptID="A2" StartTime="2027-03-15T11:00:00" Status="Cancelled"/></Patient>' +
          '<Patient LastName="Brennan" FirstName="Luis" DOB="1990-11-28"><Appt ApptID="A3" StartTime="2027-03-15T10:00:00" Provider="Dr. Ames" Status="Scheduled"/></Patient>' +
          '</root>',
      ),
      'xml',
    );
    // A2 leaves its provider out (a NULL): it is no provider, never the A1's Dr. Ames.
    judge('xml: FOR XML AUTO with a NULL', r, [
      CLARA('16:00'),
      CLARA('18:00', 'CANCEL', 'Unassigned provider'),
      LUIS('17:00'),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Third round: lines under a row, a cell over two columns, a start split in two
// ---------------------------------------------------------------------------------------------
describe('6. third round', () => {
  it("text: a guardian line under the patient's name is no part of the name", async () => {
    const r = await run(
      [
        ...TOP,
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '         (Guardian: Abbott, M)',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Confirmed',
      ],
      'txt',
    );
    judge('text: guardian line', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('text: a phone line under the name and a reason line with a time in it', async () => {
    const r = await run(
      [
        ...TOP,
        'Time     Patient               Birth Date  Provider   Reason          Status',
        '-------- --------------------- ----------- ---------- --------------- ----------',
        '9:00 am  Abbott, Clara         04/22/1951  Dr. Ames   Annual physical Confirmed',
        '         Ph: (555) 201-3344                           10:30 am labs',
        '10:00 am Brennan, Luis         11/28/1990  Dr. Ames   Refill          Confirmed',
      ],
      'txt',
    );
    judge('text: phone and time under a row', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('text: the run date in the page header and the schedule day in a title', async () => {
    const r = await run(
      [
        'Lakeside Clinic                      Run Date: 03/12/2027   Page: 1',
        'Appointments for Monday, March 15, 2027',
        '',
        LABELS,
        DASHES,
        '9:00 am  Abbott, Clara         ABB001    04/22/1951  Dr. Ames   Confirmed',
        '10:00 am Brennan, Luis         BRE002    11/28/1990  Dr. Ames   Cancelled',
      ],
      'txt',
    );
    judge('text: run date and schedule day', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('HTML: a hidden span with an old date inside the shown date cell', async () => {
    const r = await run(
      page(
        HEAD +
          tr(
            '<td><span style="display:none">03/08/2027</span>03/15/2027</td>',
            '9:00 AM',
            'Abbott, Clara',
            '04/22/1951',
            'Dr. Ames',
            'Scheduled',
          ) +
          tr(
            '<td><span style="display:none">03/09/2027</span>03/15/2027</td>',
            '10:00 AM',
            'Brennan, Luis',
            '11/28/1990',
            'Dr. Ames',
            'Cancelled',
          ),
      ),
      'html',
    );
    judge('html: hidden span in a cell', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('HTML: the birth date under the name in one cell (`Abbott, Clara<br>DOB 04/22/1951`)', async () => {
    const r = await run(
      page(
        tr(...['Date', 'Time', 'Patient', 'Provider', 'Status'].map((h) => `<th>${h}</th>`)) +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara<br>DOB 04/22/1951', 'Dr. Ames', 'Scheduled') +
          tr('03/15/2027', '10:00 AM', 'Brennan, Luis<br>DOB 11/28/1990', 'Dr. Ames', 'Cancelled'),
      ),
      'html',
    );
    judge('html: DOB under the name', r, [CLARA('16:00'), LUIS('17:00', 'CANCEL')]);
  });

  it('HTML: one cell over the Date and Time columns holding both (colspan=2): never midnight', async () => {
    const r = await run(
      page(
        HEAD +
          tr('03/15/2027', '9:00 AM', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled') +
          tr(
            '<td colspan="2">03/15/2027 10:00 AM</td>',
            'Brennan, Luis',
            '11/28/1990',
            'Dr. Ames',
            'Cancelled',
          ) +
          tr('03/15/2027', '11:00 AM', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled'),
      ),
      'html',
    );
    judge('html: date and time in one spanning cell', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL'),
      ADA('18:00'),
    ]);
  });

  it('XML: a record without its <Time> (Date and Time in two elements): never midnight', async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          appt({
            ApptID: 'A1',
            ApptDate: '2027-03-15',
            ApptTime: '09:00',
            LastName: 'Abbott',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          appt({
            ApptID: 'A2',
            ApptDate: '2027-03-15',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          appt({
            ApptID: 'A3',
            ApptDate: '2027-03-15',
            ApptTime: '11:00',
            LastName: 'Chen',
            FirstName: 'Ada',
            DOB: '1958-07-23',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    judge('xml: missing time element', r, [CLARA('16:00'), ADA('18:00')]);
  });

  it('XML: element names in another case on one record (`<provider>`)', async () => {
    const r = await run(
      xml(
        '<Appointments>' +
          appt({
            ApptID: 'A1',
            Start: '2027-03-15T09:00:00',
            LastName: 'Abbott',
            FirstName: 'Clara',
            DOB: '1951-04-22',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          appt({
            ApptID: 'A2',
            Start: '2027-03-15T10:00:00',
            LastName: 'Brennan',
            FirstName: 'Luis',
            DOB: '1990-11-28',
            provider: 'Dr. Baker',
            status: 'Cancelled',
          }) +
          appt({
            ApptID: 'A3',
            Start: '2027-03-15T11:00:00',
            LastName: 'Chen',
            FirstName: 'Ada',
            DOB: '1958-07-23',
            Provider: 'Dr. Ames',
            Status: 'Scheduled',
          }) +
          '</Appointments>',
      ),
      'xml',
    );
    judge('xml: case of element names', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL', 'Dr. Baker'),
      ADA('18:00'),
    ]);
  });

  it('xlsx: a start cell shown as a date only (m/d/yyyy) holding 9:00, no time column', async () => {
    const head = xrow(
      1,
      ['Appointment', 'Patient', 'DOB', 'Provider', 'Status'].map((h, i) => xt(`${'ABCDE'[i]}1`, h)),
    );
    const b = (r: number, v: string, name: string, dob: string) =>
      xrow(r, [
        xn(`A${r}`, v, '1'),
        xt(`B${r}`, name),
        xt(`C${r}`, dob),
        xt(`D${r}`, 'Dr. Ames'),
        xt(`E${r}`, 'Scheduled'),
      ]);
    const r = await run(
      book(
        `<sheetData>${head}${b(2, '46461.375', 'Abbott, Clara', '04/22/1951')}${b(3, '46461.416666666664', 'Brennan, Luis', '11/28/1990')}</sheetData>`,
      ),
      'xlsx',
    );
    judge('xlsx: date-only format over a time', r, [CLARA('16:00'), LUIS('17:00')]);
  });

  it('FAULT: xlsx: a merged provider (E2:E3) with an old provider left in the covered cell', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Baker', 'Scheduled')}` +
          xrow(3, [
            xn('A3', '46461', '1'),
            xn('B3', '0.41666666666666669', '2'),
            xt('C3', 'Brennan, Luis'),
            xt('D3', '11/28/1990'),
            xt('E3', 'Dr. Ames'),
            xt('F3', 'Cancelled'),
          ]) +
          `${xbook(4, '46461', '0.45833333333333331', 'Chen, Ada', '07/23/1958', 'Dr. Ames', 'Scheduled')}</sheetData>` +
          '<mergeCells count="1"><mergeCell ref="E2:E3"/></mergeCells>',
      ),
      'xlsx',
    );
    // E3's `Dr. Ames` is under the merge: the sheet shows Dr. Baker for Brennan.
    judge('xlsx: stale provider under a merge', r, [
      CLARA('16:00', 'NEW', 'Dr. Baker'),
      LUIS('17:00', 'CANCEL', 'Dr. Baker'),
      ADA('18:00'),
    ]);
  });

  it('xlsx: a patient merged across the DOB column (C3:D3) with an old DOB left under it', async () => {
    const r = await run(
      book(
        `<sheetData>${XHEAD}${xbook(2, '46461', '0.375', 'Abbott, Clara', '04/22/1951', 'Dr. Ames', 'Scheduled')}` +
          `${xbook(3, '46461', '0.41666666666666669', 'Brennan, Luis', '01/01/1900', 'Dr. Ames', 'Cancelled')}</sheetData>` +
          '<mergeCells count="1"><mergeCell ref="C3:D3"/></mergeCells>',
      ),
      'xlsx',
    );
    judge('xlsx: stale DOB under a merge across', r, [CLARA('16:00')]);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Appointments nested under patients, more of them than patients
// ---------------------------------------------------------------------------------------------
describe('7. appointments nested under patients', () => {
  it('FOR XML AUTO with more appointments than patients: each <Appt> with its patient', async () => {
    // Chosen by count, the three <Appt> outnumbered the two <Patient> and were taken as the
    // records without the patients' names (the file was refused).
    const r = await run(
      xml(
        '<root>' +
          '<Patient LastName="Abbott" FirstName="Clara" DOB="1951-04-22"><Appt ApptID="A1" StartTime="2027-03-15T09:00:00" Provider="Dr. Ames" Status="Scheduled"/><Appt ApptID="A2" StartTime="2027-03-15T11:00:00" Provider="Dr. Ames" Status="Cancelled"/></Patient>' +
          '<Patient LastName="Brennan" FirstName="Luis" DOB="1990-11-28"><Appt ApptID="A3" StartTime="2027-03-15T10:00:00" Provider="Dr. Ames" Status="Scheduled"/></Patient>' +
          '</root>',
      ),
      'xml',
    );
    const v = judge('xml: more appointments than patients', r, [
      CLARA('16:00'),
      CLARA('18:00', 'CANCEL'),
      LUIS('17:00'),
    ]);
    expect(v).toBe('right');
  });

  it('a provider group around its appointments is not read as the patient', async () => {
    const r = await run(
      xml(
        '<Schedule>' +
          '<Provider Name="Dr. Ames"><Appt ApptID="A1" StartTime="2027-03-15T09:00:00" PatientName="Abbott, Clara" DOB="1951-04-22" Status="Scheduled"/><Appt ApptID="A2" StartTime="2027-03-15T10:00:00" PatientName="Brennan, Luis" DOB="1990-11-28" Status="Cancelled"/></Provider>' +
          '<Provider Name="Dr. Baker"><Appt ApptID="A3" StartTime="2027-03-15T11:00:00" PatientName="Chen, Ada" DOB="1958-07-23" Status="Scheduled"/></Provider>' +
          '</Schedule>',
      ),
      'xml',
    );
    judge('xml: provider groups', r, [
      CLARA('16:00'),
      LUIS('17:00', 'CANCEL'),
      ADA('18:00', 'NEW', 'Dr. Baker'),
    ]);
  });
});
