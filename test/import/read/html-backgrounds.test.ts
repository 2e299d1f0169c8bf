// Web pages that mark a row by its background colour (html-backgrounds.ts, row-colours.ts): a
// `bgcolor`, an inline style, a class the page's stylesheet colours. Each page is written by hand;
// rows on 15 March 2027 at 9:00, 9:30, 10:00, 10:30 (Los Angeles, UTC-7: 16:00Z onwards).
import { describe, expect, it } from 'vitest';
import { cssColour, declaredBackground } from '../../../main/import/read/html-backgrounds.ts';
import { htmlRecords } from '../../../main/import/read/html-tables.ts';
import { colourName, colouredRows } from '../../../main/import/read/row-colours.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { ROW_PATIENTS } from './row-patients.ts';

const files = exportFiles('html-backgrounds');
const LA = { timeZone: 'America/Los_Angeles' };
const NAMES = ROW_PATIENTS;
const TIMES = ['9:00 AM', '9:30 AM', '10:00 AM', '10:30 AM', '11:00 AM', '11:30 AM', '12:00 PM', '12:30 PM'];

/** A page: a header row, then rows k = 0… with `attrs(k)` on each `<tr>` and status `status(k)`. */
function page(
  n: number,
  attrs: (k: number) => string,
  status: (k: number) => string = () => 'Scheduled',
  css = '',
) {
  const rows = Array.from(
    { length: n },
    (_, k) =>
      `<tr${attrs(k)}><td>03/15/2027</td><td>${TIMES[k]}</td><td>${NAMES[k]}</td><td>04/02/1980</td><td>${status(k)}</td></tr>`,
  ).join('\n');
  return `<html><head><style>${css}</style></head><body><table>
<tr style="background:#003366;color:white"><th>Date</th><th>Time</th><th>Patient</th><th>DOB</th><th>Status</th></tr>
${rows}</table></body></html>`;
}
const utc = (k: number) => new Date(Date.UTC(2027, 2, 15, 16, 30 * k)).toISOString();
type Result = Awaited<ReturnType<typeof collect>>;
const sent = (r: Result) => r.appointments.map((a) => `${a.start.toISOString()} ${a.status}`);

describe('colours as a page writes them', () => {
  it('reads #rgb, #rrggbb, rgb(), names; white and transparent are none', () => {
    expect(cssColour('#fcc')).toBe('#FFCCCC');
    expect(cssColour('#F8D7DA')).toBe('#F8D7DA');
    expect(cssColour('rgb(255, 0, 0)')).toBe('#FF0000');
    expect(cssColour('LightGrey')).toBe('#D3D3D3');
    expect(cssColour('white')).toBeUndefined();
    expect(cssColour('rgba(0,0,0,0)')).toBeUndefined();
    expect(declaredBackground('color: red; background: #eee url(x.png) no-repeat')).toBe('#EEEEEE');
    expect(declaredBackground('background: none')).toBeNull();
    expect(declaredBackground('color: red')).toBeUndefined();
  });
  it('names colours a person would: F8D7DA light red, D3D3D3 light grey, FFFF00 yellow, 808080 grey', () => {
    expect(colourName('#F8D7DA')).toBe('light red');
    expect(colourName('#D3D3D3')).toBe('light grey');
    expect(colourName('#EEF3F8')).toBe('light grey');
    expect(colourName('#FFFF00')).toBe('yellow');
    expect(colourName('#808080')).toBe('grey');
  });
});

describe('colouredRows: which colours mark a row', () => {
  const rows = (colours: Array<string | undefined>) =>
    colours.map((c, i) => ({ line: i + 2, colours: [c], texts: ['x'] }));
  it('one colour on some rows among none marks them', () => {
    expect([...colouredRows(rows([undefined, '#F00', undefined, undefined])).keys()]).toEqual([3]);
  });
  it('two colours alternating are stripes; a third colour on a stripe row is a mark', () => {
    const e = '#EEE';
    expect(colouredRows(rows([e, undefined, e, undefined, e, undefined, e, undefined])).size).toBe(0);
    const marked = colouredRows(rows([e, undefined, '#F00', undefined, e, undefined, e, undefined, e]));
    expect([...marked.keys()]).toEqual([4]);
  });
  it('six rows alternating exactly (GridView AlternatingRowStyle on a short report) are stripes', () => {
    const c = '#EEF3F8';
    expect(colouredRows(rows([undefined, c, undefined, c, undefined, c])).size).toBe(0);
  });
  it('two coloured rows of four on alternate lines are marks, not stripes (too few rows to tell)', () => {
    expect([...colouredRows(rows([undefined, '#CCC', undefined, '#CCC'])).keys()]).toEqual([3, 5]);
  });
  it('a colour on every row is the column look', () => {
    expect(colouredRows(rows(['#EEE', '#EEE', '#EEE', '#EEE'])).size).toBe(0);
  });
  it('a colour on most rows beside one with none marks the coloured ones (a day mostly cancelled)', () => {
    expect([...colouredRows(rows(['#EEE', '#EEE', undefined, '#EEE'])).keys()]).toEqual([2, 3, 5]);
  });
  it('colours that are each one status, on two rows or more each, are the status drawn: no mark', () => {
    const status = ['Scheduled', 'Pending', 'Scheduled', 'Completed', 'Pending', 'Completed', 'Scheduled'];
    const colour = (w: string) => (w === 'Pending' ? '#FFF3CD' : w === 'Completed' ? '#D1ECF1' : undefined);
    const table = status.map((w, i) => ({
      line: i + 2,
      colours: ['#D1ECF1', colour(w)].slice(1),
      texts: [w],
    }));
    expect(colouredRows(table).size).toBe(0);
  });
  it('one colour on two rows sharing a value no other row has is still a mark (chance, not a rule)', () => {
    const type = ['Follow-up', 'New Patient', 'Follow-up', 'New Patient', 'Follow-up'];
    const table = type.map((w, i) => ({
      line: i + 2,
      colours: [i === 1 || i === 3 ? '#FF0000' : undefined, undefined],
      texts: ['Smith', w],
    }));
    expect([...colouredRows(table).keys()]).toEqual([3, 5]);
  });
  it('a tie of none and a colour: the colour is the mark (two rows, one red)', () => {
    expect([...colouredRows(rows([undefined, '#F00'])).keys()]).toEqual([3]);
  });
});

describe('a web schedule marking rows by background', () => {
  it('a row on a pink background (bgcolor) that says Scheduled is a row error naming the colour', async () => {
    const html = page(4, (k) => (k === 2 ? ' bgcolor="#FFCCCC"' : ''));
    expect([...htmlRecords(html).drawn.keys()]).toEqual([3]);
    const r = await collect(files.write(html, 'html'), LA);
    expect(sent(r)).toEqual([`${utc(0)} NEW`, `${utc(1)} NEW`, `${utc(3)} NEW`]);
    expect(r.errors.map((e) => e.line)).toEqual([4]);
    expect(r.errors[0]!.message).toContain('shown on a light red (#FFCCCC) background on the page');
  });
  it('a class the page colours (tr.cxl td { background-color: #d3d3d3 }) marks its row', async () => {
    const html = page(
      4,
      (k) => (k === 1 ? ' class="cxl"' : ''),
      undefined,
      'tr.cxl td { background-color: #d3d3d3 }',
    );
    const r = await collect(files.write(html, 'html'), LA);
    expect(r.errors.map((e) => e.line)).toEqual([3]);
    expect(r.errors[0]!.message).toContain('grey (#D3D3D3)');
  });
  it('a coloured row that says Cancelled goes as a cancellation', async () => {
    const html = page(
      4,
      (k) => (k === 1 ? ' style="background-color: #f8d7da"' : ''),
      (k) => (k === 1 ? 'Cancelled' : 'Scheduled'),
    );
    const r = await collect(files.write(html, 'html'), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual([`${utc(0)} NEW`, `${utc(1)} CANCEL`, `${utc(2)} NEW`, `${utc(3)} NEW`]);
  });
  it('zebra rows (tr.odd / tr.even coloured) and a coloured header mark nothing', async () => {
    const css = 'tr.odd { background: #f9f9f9 } tr.even { background-color: #ffffff }';
    const html = page(8, (k) => ` class="${k % 2 ? 'even' : 'odd'}"`, undefined, css);
    const r = await collect(files.write(html, 'html'), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((k) => `${utc(k)} NEW`));
  });
  it('a hover rule (tr:hover) is no colour the page is shown in', async () => {
    const html = page(3, () => ' class="r"', undefined, 'tr.r:hover { background: #ff0000 }');
    const r = await collect(files.write(html, 'html'), LA);
    expect(r.errors).toEqual([]);
  });
});
