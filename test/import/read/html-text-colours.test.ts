// Web pages that mark a row by the colour of its text (html-backgrounds.ts inkOf, row-colours.ts):
// an old report's `<font color="red">`, an inline `style="color:#c00"`, a class the page's
// stylesheet colours. Each page is written by hand; rows on 15 March 2027 at 9:00, 9:30, 10:00…
// (Los Angeles, UTC-7: 16:00Z onwards).
import { describe, expect, it } from 'vitest';
import { declaredInk } from '../../../main/import/read/html-backgrounds.ts';
import { htmlRecords } from '../../../main/import/read/html-tables.ts';
import { colouredRows } from '../../../main/import/read/row-colours.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { ROW_PATIENTS } from './row-patients.ts';

const files = exportFiles('html-text-colours');
const LA = { timeZone: 'America/Los_Angeles' };
const TIMES = ['9:00 AM', '9:30 AM', '10:00 AM', '10:30 AM', '11:00 AM', '11:30 AM'];

/** A page: a bold header, then rows k = 0… with `attrs(k)` on each `<tr>`, the patient's cell
 *  as `patient(k, name)`, status `status(k)`, and a Visit column `visit(k)`. */
function page(
  n: number,
  opts: {
    attrs?: (k: number) => string;
    patient?: (k: number, name: string) => string;
    status?: (k: number) => string;
    visit?: (k: number) => string;
    css?: string;
  } = {},
) {
  const rows = Array.from(
    { length: n },
    (_, k) =>
      `<tr${opts.attrs?.(k) ?? ''}><td>03/15/2027</td><td>${TIMES[k]}</td><td>${
        opts.patient?.(k, ROW_PATIENTS[k]!) ?? ROW_PATIENTS[k]
      }</td><td>04/02/1980</td><td>${opts.status?.(k) ?? 'Scheduled'}</td><td>${opts.visit?.(k) ?? 'Office'}</td></tr>`,
  ).join('\n');
  return `<html><head><style>${opts.css ?? ''}</style></head><body><table>
<tr style="color:#ffffff;font-weight:bold"><th><b>Date</b></th><th>Time</th><th>Patient</th><th>DOB</th><th>Status</th><th>Visit</th></tr>
${rows}</table></body></html>`;
}
const utc = (k: number) => new Date(Date.UTC(2027, 2, 15, 16, 30 * k)).toISOString();
type Result = Awaited<ReturnType<typeof collect>>;
const sent = (r: Result) => r.appointments.map((a) => `${a.start.toISOString()} ${a.status}`);
const errorLines = (r: Result) => r.errors.map((e) => e.line);

describe('text colours as a page writes them', () => {
  it('reads color and leaves background-color to the background', () => {
    expect(declaredInk('color: #c00')).toBe('#CC0000');
    expect(declaredInk('background-color: #c00')).toBeUndefined();
    expect(declaredInk('color: black')).toBeNull();
    expect(declaredInk('color: #333')).toBeNull();
    expect(declaredInk('color: grey')).toBe('#808080');
  });
});

describe('a web schedule marking rows by text colour', () => {
  it('<font color="red"> around one patient (line 3) is a row error naming the colour', async () => {
    const html = page(4, { patient: (k, p) => (k === 1 ? `<font color="red">${p}</font>` : p) });
    expect([...htmlRecords(html).drawn.keys()]).toEqual([2]);
    const r = await collect(files.write(html, 'html'), LA);
    expect(errorLines(r)).toEqual([3]);
    expect(r.errors[0]!.column).toBe('Patient');
    expect(r.errors[0]!.value).toBe('Nguyen, An');
    expect(r.errors[0]!.message).toContain('written in red (#FF0000) text on the page');
    expect(sent(r)).toEqual([`${utc(0)} NEW`, `${utc(2)} NEW`, `${utc(3)} NEW`]);
  });
  it('style="color:#c00" on a row (line 4) marks it', async () => {
    const r = await collect(
      files.write(page(4, { attrs: (k) => (k === 2 ? ' style="color:#c00"' : '') }), 'html'),
      LA,
    );
    expect(errorLines(r)).toEqual([4]);
    expect(r.errors[0]!.message).toContain('red (#CC0000) text');
  });
  it('a class the page colours grey (tr.noshow td { color: #999 }) marks its row', async () => {
    const css = 'tr.noshow td { color: #999999 }';
    const r = await collect(
      files.write(page(4, { attrs: (k) => (k === 3 ? ' class="noshow"' : ''), css }), 'html'),
      LA,
    );
    expect(errorLines(r)).toEqual([5]);
    expect(r.errors[0]!.message).toContain('grey (#999999) text');
  });
  it('a red row that says Cancelled goes as a cancellation', async () => {
    const html = page(4, {
      attrs: (k) => (k === 1 ? ' style="color:red"' : ''),
      status: (k) => (k === 1 ? 'Cancelled' : 'Scheduled'),
    });
    const r = await collect(files.write(html, 'html'), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual([`${utc(0)} NEW`, `${utc(1)} CANCEL`, `${utc(2)} NEW`, `${utc(3)} NEW`]);
  });
});

describe('controls: text colours that mark nothing', () => {
  it('black text given on one row (style="color:#000") and a white bold header: all go', async () => {
    const r = await collect(
      files.write(page(4, { attrs: (k) => (k === 2 ? ' style="color:#000000"' : '') }), 'html'),
      LA,
    );
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual([0, 1, 2, 3].map((k) => `${utc(k)} NEW`));
  });
  it('a blue telehealth link (<a href> coloured blue) beside plain Office cells: all go', async () => {
    const visit = (k: number) =>
      k % 2
        ? `<a href="https://telehealth.example.com/j/${k}" style="color:#0563c1">Join video visit</a>`
        : 'Office';
    const r = await collect(files.write(page(4, { visit }), 'html'), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(4);
  });
  it('a link inside a red row is the row’s mark still (the patient’s cell is red)', async () => {
    const html = page(4, {
      attrs: (k) => (k === 0 ? ' style="color:red"' : ''),
      patient: (k, p) => `<a href="/chart/${k}">${p}</a>`,
    });
    const r = await collect(files.write(html, 'html'), LA);
    // The patient's link is a link's colour; the row's other text (its date, its time) is red.
    expect(errorLines(r)).toEqual([2]);
  });
  it('black set on a cell inside a red row is black', () => {
    const html = `<table><tr><th>Patient</th><th>Status</th></tr><tr style="color:red"><td style="color:black">Okafor, Grace</td><td style="color:black">Scheduled</td></tr><tr><td>Nguyen, An</td><td>Scheduled</td></tr></table>`;
    expect(htmlRecords(html).drawn.size).toBe(0);
  });
});

describe('a colour by status only where no row is left plain', () => {
  const rows = (statuses: string[], colour: (s: string) => string | undefined) =>
    statuses.map((s, i) => ({ line: i + 2, colours: [colour(s), colour(s)], texts: [ROW_PATIENTS[i]!, s] }));
  const ST = ['Confirmed', 'Scheduled', 'Checked Out', 'Confirmed', 'Scheduled', 'Checked Out'];
  it('a red Confirmed group and a grey Scheduled group beside plain Checked Out rows are marks', () => {
    const c = (s: string) => (s === 'Confirmed' ? '#FF0000' : s === 'Scheduled' ? '#A6A6A6' : undefined);
    expect([...colouredRows(rows(ST, c)).keys()]).toEqual([2, 3, 5, 6]);
  });
  it('a yellow Confirmed group and a blue Scheduled group beside plain rows are the status drawn', () => {
    const c = (s: string) => (s === 'Confirmed' ? '#FFF3CD' : s === 'Scheduled' ? '#D1ECF1' : undefined);
    expect(colouredRows(rows(ST, c)).size).toBe(0);
  });
  it('every status its colour, grey among them, is the status drawn', () => {
    const c = (s: string) => (s === 'Confirmed' ? '#FF0000' : s === 'Scheduled' ? '#A6A6A6' : '#C6EFCE');
    expect(colouredRows(rows(ST, c)).size).toBe(0);
  });
});
