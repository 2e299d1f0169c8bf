// Why an export that lacks a needed column is no appointment list at all: a printed layout saved
// as CSV (Dentrix's or Eaglesoft's appointment book, a day sheet, a scheduler's "card" export, a
// statistics report). Such a file is refused either way; this names the layout, so the practice
// is told to export the appointment list instead of to "add the missing columns" a grid cannot
// have. Only the wording of a refusal depends on it: nothing here reads a row as an appointment.
import { looksLikeLastFirst } from './names.ts';
import { looksLikeTime } from './parse-time.ts';

export interface LayoutNote {
  reason: string;
  action: string;
  /** The row (index into `rows`) the layout's own heading is on, when not the file's header. */
  row?: number;
}

const LIST_INSTEAD =
  "Export the appointment list instead: one line per appointment with its date, time, patient, date of birth and provider (the scheduling software's appointment list report or its CSV export)";

/** `Patient: Smith, John` or `DOB:` (its value in the next cell): a short label and a colon. */
const LABEL = /^\s*([\p{L}][\p{L}.#/ ]{0,24}):(?!\d)(\s|$)/u;
/** A day heading of a week view: `Mon 3/1`, `Tuesday`, `03/02/2027`, `Di 02.03.`; never `Dr Lee`. */
const WEEKDAY =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const DAY_DATE = '\\d{1,4}[./-]\\d{1,2}(?:[./-]\\d{2,4})?\\.?';
const DAY_HEADING = new RegExp(`^\\s*(?:${WEEKDAY}\\.?,?(?:\\s*${DAY_DATE})?|${DAY_DATE})\\s*$`, 'i');
const COUNT_HEADER =
  /\b(?:count|counts|total|totals|appointments|appts|visits|scheduled|completed|kept|no.?shows?|cancell?ed|booked|patients)\b/i;
const COUNT = /^\d{1,5}$/;

const filled = (v: string | undefined): boolean => (v ?? '').trim() !== '';

/** Headers of a list's fields, never a provider's, room's or day's book in a grid. */
// A patient's own fields too (`Age`, `Sex`, `Gender`): eCW's Resource Schedule prints them beside
// each patient, and a blocked lunch leaves them empty, which had named them as two providers' books.
const LIST_FIELD =
  /\b(?:time|date|age|sex|gender|reminder|attendees?|organi[sz]er|categor(?:y|ies)|description|notes?|location|subject|title|summary|e-?mail|phone|status|type|reason|comments?|mileage|priority|sensitivity|billing|private)\b/i;

/** A general calendar's event columns: the event's text (`Subject` in Outlook's CSV, `Title` or
 *  `Summary` from Google Calendar) beside an all-day flag, its attendees or its organizer. */
const EVENT_TEXT = /^\s*(?:subject|title|summary|event(?: title| name)?)\s*$/i;
const EVENT_FIELD =
  /^\s*(?:all ?day(?: event)?|is ?all ?day|(?:required |optional )?attendees|meeting organi[sz]er|organi[sz]er|show time as)\s*$/i;

/** Why `headers` over `rows` is a layout other than one row per appointment, if it is one. */
export function notAListNote(
  headers: readonly string[],
  rows: readonly string[][],
  /** No patient column was found: only then can a column of counts be what the file holds. */
  noPatient: boolean,
): LayoutNote | undefined {
  const lines = [headers, ...rows];
  return (
    (noPatient ? calendarEvents(headers) : undefined) ??
    labelBlocks(lines) ??
    twoLineRecords(rows) ??
    slotGrid(lines) ??
    (noPatient ? countSummary(headers, rows) : undefined)
  );
}

/** `Patient: Smith, John` / `Time: 9:00 AM` / blank / next: each appointment a block of labels. */
function labelBlocks(lines: readonly (readonly string[])[]): LayoutNote | undefined {
  const labels = lines.map((l) =>
    LABEL.exec(l[0] ?? '')?.[1]
      ?.trim()
      .toLowerCase(),
  );
  if (!labels[0]) return undefined;
  const labelled = labels.filter(Boolean).length;
  const nonEmpty = lines.filter((l) => l.some(filled)).length;
  // Blocks repeat: the first block's label comes back, and labels make most of the lines.
  const repeats = labels.slice(1).includes(labels[0]);
  if (!repeats || labelled * 2 < nonEmpty) return undefined;
  return {
    reason: `each appointment is written as a block of 'Label: value' lines ('${lines[0]!.filter(filled).join(', ').trim()}'), not as one row under column names`,
    action: LIST_INSTEAD,
  };
}

/** `Time,Dr Lee,Dr Patel` over `9:00 AM,"Smith, John",`: one row per slot, one column per book. */
function slotGrid(lines: readonly (readonly string[])[]): LayoutNote | undefined {
  for (const [h, head] of lines.slice(0, 6).entries()) {
    const body = lines.slice(h + 1).filter((r) => r.some(filled));
    // Every line of the grid is a slot: its time is on each of them.
    const t = head.findIndex((_, j) => body.length >= 2 && body.every((r) => looksLikeTime(r[j] ?? '')));
    if (t < 0) continue;
    // A line above that names this time column (`Time`) is the header, and this line one of its
    // rows: a list's row is no grid's header, whatever its cells (`64 Y`, `F`, `PE`: a patient's
    // age, sex and visit type, empty on a blocked lunch, had been named as three books).
    if (lines.slice(0, h).some((l) => LIST_FIELD.test(l[t] ?? '') && !looksLikeTime(l[t] ?? ''))) break;
    // A column with a `Last, First` name on every line is a list's patient column: no book of a
    // grid is full on every slot beside books that are not. OSCAR's appointment table without the
    // birth date (`name` = `SINGH,HARPREET` beside `ver` and `reason`) had been called a grid.
    if (head.some((_, j) => j !== t && body.every((r) => looksLikeLastFirst((r[j] ?? '').trim())))) continue;
    // Columns of names, each empty on some slot and filled on another: a book per column.
    const books = head
      .map((name, j) => ({ name: name.trim(), j }))
      .filter(({ name, j }) => {
        // A list's own field is no book: Outlook's calendar CSV has `Reminder Time`, `Required
        // Attendees`, `Categories`, `Location` and `Description`, each empty on some events,
        // beside its `Start Time`; a grid's columns are named for a provider, a room or a day.
        // A time is a list's value on a row taken for the header, never a book's name (a day's
        // date is: a week view's `03/02/2027`).
        if (j === t || !name || LIST_FIELD.test(name) || looksLikeTime(name)) return false;
        const cells = body.map((r) => (r[j] ?? '').trim());
        const values = cells.filter(Boolean);
        return values.length > 0 && values.length < cells.length && values.every((v) => /\p{L}/u.test(v));
      });
    if (books.length < 2) continue;
    const days = books.filter((b) => DAY_HEADING.test(b.name)).length;
    const what = days === books.length ? 'day' : 'provider or room';
    return {
      reason: `is an appointment book grid, one row per time slot and one column per ${what} ('${books
        .slice(0, 3)
        .map((b) => b.name)
        .join(
          "', '",
        )}'), not a list of appointments: a cell does not say whose book it is, the visit's length or its type`,
      action: LIST_INSTEAD,
      ...(h > 0 ? { row: h - 1 } : {}),
    };
  }
  return undefined;
}

/** A general calendar's events (Outlook's calendar CSV, a Google Calendar export), where the
 *  patient is only typed inside the event's text (`Jane Doe - New Patient`, `F/U Smith`) and the
 *  birth date in its notes: no column holds either, and reading them out of free text is a guess.
 *  Only asked when no patient column was found. */
function calendarEvents(headers: readonly string[]): LayoutNote | undefined {
  const text = headers.find((h) => EVENT_TEXT.test(h));
  const field = headers.find((h) => EVENT_FIELD.test(h));
  if (!text || !field) return undefined;
  return {
    reason: `is a calendar's events ('${text.trim()}', '${field.trim()}'), not an appointment list: the patient's name and date of birth are only typed inside the event's text (e.g. 'Jane Doe - New Patient'), no column holds them, and reading them from free text would be a guess`,
    action:
      "Export the appointment list from the scheduling software, with the patient's name and date of birth in columns of their own; a general calendar (Outlook, Google Calendar) cannot give them",
  };
}

/** A day sheet that prints each appointment on two lines, the second starting with empty cells. */
function twoLineRecords(rows: readonly string[][]): LayoutNote | undefined {
  const rowsWithData = rows.filter((r) => r.some(filled));
  if (rowsWithData.length < 4) return undefined;
  const continued = rowsWithData.map((r) => !filled(r[0]));
  // Strictly every other line: a first line, then its continuation, and so on.
  const alternate = continued.every((c, i) => c === (i % 2 === 1));
  if (!alternate) return undefined;
  const second = rowsWithData[1]!.filter(filled).join(', ').trim();
  return {
    reason: `each appointment takes two lines, the second starting with empty cells ('${second}'), so no line holds a whole appointment`,
    action: `${LIST_INSTEAD}; or turn off the report's second detail line`,
  };
}

/** Counts per provider or day (`Provider,03/01/2027,Total` / `Dr Lee,8,25`): no one to send. */
function countSummary(headers: readonly string[], rows: readonly string[][]): LayoutNote | undefined {
  const counts = headers.filter((header, j) => {
    const values = rows.map((r) => (r[j] ?? '').trim()).filter(Boolean);
    return (
      values.length > 0 &&
      values.every((v) => COUNT.test(v)) &&
      (COUNT_HEADER.test(header) || DAY_HEADING.test(header))
    );
  });
  if (counts.length === 0) return undefined;
  return {
    reason: `holds counts (column '${counts[0]}'), not appointments: a summary per provider or day names no patient to send`,
    action: LIST_INSTEAD,
  };
}

/** Lines read as group headings that each come right under one row, from the first row on
 *  (`headerLine` + 2, + 4 …): a day sheet's second line per appointment, not a group above rows.
 *  A grouped report's heading comes above its first row (`headerLine` + 1). */
export function continuesRows(headingLines: readonly number[], headerLine: number): boolean {
  return headingLines.length >= 2 && headingLines.every((line, i) => line === headerLine + 2 * (i + 1));
}

/** A first line of columns that holds days, not column names (`Provider,03/01/2027,03/02/2027`):
 *  the heading of a summary per day or of a week grid. Its refusal says so. */
export function dayHeadingsNote(values: readonly string[]): LayoutNote | undefined {
  const cells = values.map((v) => v.trim()).filter(Boolean);
  const days = cells.filter((v) => DAY_HEADING.test(v));
  // A list without its header has a time and fewer dates than other values (`03/02/2027,9:00
  // AM,Smith,01/02/1980`): that one keeps the plain "no header row" refusal.
  if (days.length < 2 || days.length * 2 < cells.length || cells.some(looksLikeTime)) return undefined;
  return {
    reason: `the first line with columns is a row of days ('${days.slice(0, 3).join("', '")}'), not column names: a summary or grid with one column per day, not a list of appointments`,
    action: LIST_INSTEAD,
  };
}
