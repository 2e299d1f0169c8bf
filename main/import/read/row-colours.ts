// Rows a practice marks by colour: a cell filled (Excel) or given a background (a web page) unlike
// the cells above and below it in its column. Front desks fill a cancelled or no-show row red or
// grey by hand ("highlight cancelled appointments in red"), and web schedules draw a cancelled
// row on a coloured background; read as text, the row goes as booked with the same words as the
// others. What a colour means is not written in the cell, so a coloured row whose own text says
// booked is a row error naming the line and the colour (map-row.ts), never a guess at cancelled.
//
// Not every colour marks a row: a colour on every row of a column (a shaded time column, a
// whole sheet filled), a header's colour, and zebra striping (every other row shaded, by hand or
// by a page's `tr.odd` rule) are the sheet's look. Decided per column, over the table's rows:
// the plain colour is the one most of its cells have when every cell has one (a cell with none
// makes none the plain colour, however few), or, where two colours
// alternate by row (on six rows or more), each one on its own rows; a cell with a colour other than its plain one marks
// its row. A cell with no colour never marks: it is what every row would have but for a mark.

import { DATE_TEXT } from './sheet-choice.ts';

/** A row's first cell coloured unlike its column: its place and its colour. */
export interface ColouredCell {
  column: number;
  colour: string;
}

/** Cells' colours (undefined: none) by row, in table order with each row's line; only cells with
 *  text count, as only they can be named in a row error. */
export interface ColourRow {
  line: number;
  colours: ReadonlyArray<string | undefined>;
  texts: readonly string[];
}

/** The rows (by line) with a cell coloured unlike its column. */
export function colouredRows(rows: readonly ColourRow[]): Map<number, ColouredCell> {
  const out = new Map<number, ColouredCell>();
  const mostly = new Map<number, ColouredCell>();
  let width = 0;
  for (const r of rows) width = Math.max(width, r.colours.length);
  for (let col = 0; col < width; col++) {
    const cells = rows.filter((r) => (r.texts[col] ?? '').trim() !== '');
    if (!cells.some((r) => r.colours[col] !== undefined)) continue;
    const coloured = cells.map((r) => ({ line: r.line, colour: r.colours[col] }));
    const plain = plainColour(coloured);
    const most = mode(coloured).colour;
    for (const r of cells) {
      const colour = r.colours[col];
      if (colour === undefined || colour === plain(r.line) || out.has(r.line)) continue;
      out.set(r.line, { column: col, colour });
      if (colour === most) mostly.set(r.line, { column: col, colour });
    }
  }
  if (colouredByColumn(rows, out)) {
    // Colours by a column's words, but a red, pink, grey or black group beside rows left plain is
    // no word drawn: a red `Confirmed` group and a grey `Scheduled` group beside plain `Checked
    // Out` rows are a day cancelled by hand as likely as a status drawn, and stay marks. Where
    // every row has a colour, each colour is a word's (a page drawing all its statuses).
    const plainRows = rows.some(
      (r) =>
        !out.has(r.line) && r.colours.every((c) => c === undefined) && r.texts.some((t) => t.trim() !== ''),
    );
    for (const [line, m] of out) if (!plainRows || !cancelLike(m.colour)) out.delete(line);
    return out;
  }
  // A colour on most of a column's rows beside some with none is a mark (plainColour), unless it
  // is one word drawn: every row of the colour says one status, type or provider that no other
  // row says (a page drawing its Confirmed rows green, the others plain). Not red or grey, the
  // colours of a cancelled row: a day cancelled in red after one patient checked in has its red
  // rows all `Confirmed` and its plain one `Checked In`, and they are marks.
  const drawn = [...mostly.values()].every((m) => !cancelLike(m.colour));
  if (mostly.size >= 2 && drawn && colouredByColumn(rows, mostly, 1))
    for (const line of mostly.keys()) out.delete(line);
  return out;
}

/** Red, pink, grey or black (light ones too): the colours a person marks a cancelled or missed
 *  row with, never taken for a word's colour beside plain rows. */
export function cancelLike(colour: string): boolean {
  return /red|pink|grey|black/.test(colourName(colour));
}

/**
 * Whether the marks are a column's values drawn as colours: a page or sheet that colours every
 * row by its status, type or provider (`Pending` yellow, `Completed` blue; each provider a
 * colour), which web schedules do. Then a colour says what the row's own text says, and marks
 * nothing more. Only when two colours or more, each on two rows or more, are each one word of one
 * column, found on no row of another colour: one colour on a few rows (a front desk's red
 * cancellations) may share a value by chance (two cancelled rows both `New Patient`), and is a
 * mark. Dates and numbers never explain a colour (a day's rows all cancelled is a mark).
 */
function colouredByColumn(
  rows: readonly ColourRow[],
  marks: ReadonlyMap<number, ColouredCell>,
  colours = 2,
): boolean {
  if (marks.size < 2 * colours) return false;
  let width = 0;
  for (const r of rows) width = Math.max(width, r.texts.length);
  for (let col = 0; col < width; col++) {
    const valueOf = new Map<string, string>();
    const colourOf = new Map<string, string>();
    let explained = true;
    for (const r of rows) {
      const value = (r.texts[col] ?? '').trim().toLowerCase();
      const colour = marks.get(r.line)?.colour ?? '';
      if (colour !== '' && (!/\p{L}/u.test(value) || DATE_TEXT.test(value))) explained = false;
      if (colour !== '' && (valueOf.get(colour) ?? value) !== value) explained = false;
      if ((colourOf.get(value) ?? colour) !== colour) explained = false;
      if (!explained) break;
      if (colour !== '') valueOf.set(colour, value);
      colourOf.set(value, colour);
    }
    if (!explained) continue;
    const counts = new Map<string, number>();
    for (const m of marks.values()) counts.set(m.colour, (counts.get(m.colour) ?? 0) + 1);
    if ([...counts.values()].filter((n) => n >= 2).length >= colours) return true;
  }
  return false;
}

type Cell = { line: number; colour: string | undefined };

/** The colour a column's cell has when nothing marks it: the column's own, or its stripe's. */
function plainColour(cells: readonly Cell[]): (line: number) => string | undefined {
  const all = mode(cells);
  const even = mode(cells.filter((c) => c.line % 2 === 0));
  const odd = mode(cells.filter((c) => c.line % 2 === 1));
  // Stripes: two colours, each on every row of its own parity (three or more: ASP.NET GridView's
  // AlternatingRowStyle on a short report), or on four or more and four in five of them (a mark
  // may break a stripe), and more cells fit them than fit one colour for all. Fewer rows prove
  // no stripes: two cancelled rows of four, lines 3 and 5, would look like them.
  // Stripes are pale, for the text on them to read (Excel's banding, a grid's alternating row);
  // three red rows on alternate lines of six are marks.
  const stripe = (m: { colour: string | undefined; count: number }, of: number) =>
    pale(m.colour) && ((m.count === of && m.count >= 3) || (m.count >= 4 && m.count >= 0.8 * of));
  // Or a colour on every row of one parity (three or more) beside three in four of the other's
  // with theirs: one row of a striped sheet marked in the stripe's colour (line 6 filled the grey
  // of lines 3, 5, 7, 9). Never the other way round: three cancelled rows of four odd lines beside
  // plain even ones are marks, not a stripe.
  const whole = (m: { colour: string | undefined; count: number }, of: number) =>
    m.colour !== undefined && pale(m.colour) && m.count === of && m.count >= 3;
  const most = (m: { colour: string | undefined; count: number }, of: number) =>
    pale(m.colour) && m.count >= 3 && m.count >= 0.75 * of;
  const evens = cells.filter((c) => c.line % 2 === 0).length;
  const odds = cells.length - evens;
  if (
    even.colour !== odd.colour &&
    ((stripe(even, evens) && stripe(odd, odds)) ||
      (whole(even, evens) && most(odd, odds)) ||
      (whole(odd, odds) && most(even, evens))) &&
    even.count + odd.count > all.count
  )
    return (line) => (line % 2 === 0 ? even.colour : odd.colour);
  // A colour is the column's own only when every cell has one: beside a cell with none, the
  // coloured cells are what was marked, however many (a snow day's sheet, most rows filled red
  // by hand, one left as it was, is no red sheet). A sheet filled only down to some row then
  // asks about the filled rows, which is a question, where red read as the look was a wrong send.
  return cells.some((c) => c.colour === undefined) ? () => undefined : () => all.colour;
}

/** No colour, or a light one (HSL lightness 0.75 or more: #BFBFBF, #D9E1F2, #EEF3F8); a colour
 *  written otherwise is taken as light (stripes as before). */
function pale(colour: string | undefined): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!m) return true;
  const v = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255);
  return (Math.max(...v) + Math.min(...v)) / 2 >= 0.75;
}

/** The most frequent colour and its count; no colour wins a tie (a mark is what is rarer). */
function mode(cells: readonly Cell[]): { colour: string | undefined; count: number } {
  const counts = new Map<string | undefined, number>();
  for (const c of cells) counts.set(c.colour, (counts.get(c.colour) ?? 0) + 1);
  let best: { colour: string | undefined; count: number } = {
    colour: undefined,
    count: counts.get(undefined) ?? 0,
  };
  for (const [colour, count] of counts) if (count > best.count) best = { colour, count };
  return best;
}

/** A text colour as a mark reads it: undefined for the usual ones (none, black or near it such
 *  as #333333 "Text 1, lighter", white on a fill), else the colour. A link's colour is left out
 *  by the readers (an underlined blue font, a page's `<a href>`): it is how a link looks. */
export function inkColour(colour: string | undefined): string | undefined {
  if (colour === undefined) return undefined;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return colour;
  const v = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255);
  const max = Math.max(...v);
  const min = Math.min(...v);
  const light = (max + min) / 2;
  if (max - min < 0.12 && (light < 0.3 || light > 0.97)) return undefined;
  return colour;
}

/** `#FF0000` → `red`: a colour's everyday name, for a message a person reads beside its code. */
export function colourName(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  const chroma = max - min;
  if (chroma < 0.12)
    return light > 0.97 ? 'white' : light > 0.8 ? 'light grey' : light < 0.15 ? 'black' : 'grey';
  let hue: number;
  if (max === r) hue = (((g - b) / chroma) % 6) * 60;
  else if (max === g) hue = ((b - r) / chroma + 2) * 60;
  else hue = ((r - g) / chroma + 4) * 60;
  if (hue < 0) hue += 360;
  const name =
    hue < 15 || hue >= 340
      ? 'red'
      : hue < 45
        ? 'orange'
        : hue < 70
          ? 'yellow'
          : hue < 165
            ? 'green'
            : hue < 250
              ? 'blue'
              : hue < 290
                ? 'purple'
                : 'pink';
  return light > 0.8 && name !== 'yellow' ? `light ${name}` : name;
}

/** How a colour reads in a message: `red (#FF0000)`. */
export function colourText(hex: string): string {
  return /^#[0-9a-f]{6}$/i.test(hex) ? `${colourName(hex)} (${hex.toUpperCase()})` : hex;
}

/** The row problem of a booked row drawn unlike its column (TableRow.drawn). */
export function drawnProblem(how: string, value: string, column: string): { problem: string; hint: string } {
  return {
    problem: `'${value}' in column '${column}' is ${how}, and its row says booked: a practice colours or strikes a row to mark it (cancelled, no-show, moved), and what that means here is not guessed`,
    hint: "Write the row's status (for example Cancelled) in its status column, or remove the colour if it does not change the appointment, then export or save the file again",
  };
}
