// The group lines of one table (a CSV, an Excel XML sheet) as its lines are read: group-lines.ts
// says which lines are group lines and why their values are certain. A level found above the
// first row, for a field the table has no column of, is carried: a column added after the file's
// own, each row taking the value of the last such line above it. A group line of a field the
// table has a column of is checked against the rows under it. Levels nest in the order they first
// appear: a new `Location:` line ends the `Provider:` group under the one before.
import { displayText } from '../../model/display-text.ts';
import { DAY_LABEL, DayGroups, dayLine, SHORT_YEAR } from './day-lines.ts';
import { groupLine, ownColumn, repeats, type GroupLine } from './group-lines.ts';
import { initialFits, wholeName } from '../map/initialled-names.ts';
import { inColumnProvider } from './in-column-groups.ts';
import { countedDay, type HeadingLines } from './report-furniture.ts';
import { compare, statedDay } from './stated-range.ts';
import type { StatedPeriods } from './stated-period.ts';
import { isDayAndMonth } from '../map/yearless-dates.ts';
import { parseDate } from '../map/parse-date.ts';
import type { Row } from './table-row.ts';

/** A group line a column of the table's own is held to (see `GroupColumns.take`). */
interface Check {
  value: string;
  line: number;
  text: string;
  level: number;
  /** A provider's whole name: its family name and initial (`okafor c`), which rows may print
   *  instead (`OKAFOR C`: initialled-names.ts); and the row cell last found to fit it. */
  initial?: string;
  fits?: string;
  /** A provider written alone in the table's own provider column (in-column-groups.ts): the rows
   *  under it leave that cell blank, and take its value. */
  fillsBlank?: true;
}

/** A carried level, as found above the first row. */
export interface CarriedGroup {
  /** The header the column is given: the label as the report writes it. */
  label: string;
  field: GroupLine['field'];
  /** The first group line of the level: line number and text (shown in `detect`). */
  line: number;
  text: string;
  /** A day printed alone, with no label. */
  bare?: true;
  /** The day a one-day report's title states: every row has it from the first (see carriedGroups). */
  stated?: string;
  /** The value of a group line printed just above the header: the first rows' (see leadGroups). */
  first?: string;
}

const NOTHING = Object.freeze({});

export class GroupColumns {
  private readonly values: Array<string | undefined>;
  /** The group line each checked column is held to, by column index; cleared with its level. */
  private readonly checks = new Map<number, Check>();
  /** The people the provider group lines met name, by family name and initial: two people
   *  (`SMITH, JOHN` and `SMITH, JANE`) under one key leave `SMITH J` naming either. */
  private readonly initials = new Map<string, Set<string>>();
  /** Lines whose rows did not repeat them (at most one report per line). */
  private readonly differs = new Set<number>();
  private days = new DayGroups();
  /** A day line that is no sure day group (day-lines.ts): the reader holds the file with it. */
  stray: { line: number; text: string } | undefined;

  constructor(
    /** The table's own header cells (a carried column's value goes after them). */
    private readonly headers: readonly string[],
    readonly carried: readonly CarriedGroup[],
    /** The period the title states: a day line typed without a year takes its year from it. */
    private readonly periods?: StatedPeriods,
  ) {
    this.values = carried.map((c) => c.stated ?? c.first);
    // A day printed above the first header is the first day group: the days after it are held to
    // it (later, written alike, never again).
    for (const c of carried) if (c.bare && c.first !== undefined) this.days.met(c.first, c.line);
  }

  /**
   * Whether a line read as a title printed again (report-furniture.ts `repeated-title`) is a group
   * line of a level first given just above the header (leadGroups): there the title's last lines
   * were the first group's (`Physician: HALVERSEN, ERIK MD`, `Date: Mon 03/15/2027`), so the same
   * line further down is that group again, under another provider (`Date: Mon 03/15/2027` after
   * `Physician: VANCE, LAUREN PA-C`), never a page's furniture to pass over: passed over, the
   * rows under it had no day and were row errors. Only labelled levels: a day alone printed again
   * is the print date the day checks hold the file for.
   */
  leadsAgain(values: readonly string[]): boolean {
    const g = groupLine(values, this.headers.length, this.periods);
    return (
      g !== undefined &&
      !g.bare &&
      this.carried.some(
        (c) => c.first !== undefined && !c.bare && c.label.toLowerCase() === g.label.toLowerCase(),
      )
    );
  }

  /**
   * Reads a non-blank line: true when it is a group line the rows under it take or repeat (no
   * row then); false when it is no group line, or one of a level that is not carried (then it is
   * a heading, and the rows under it may lack what it says).
   */
  take(values: readonly string[], line: number): boolean {
    const g = groupLine(values, this.headers.length, this.periods);
    const own = g ? undefined : inColumnProvider(values, this.headers);
    if (own) {
      const text = `${this.headers[own.col]!.trim()}: ${own.value}`;
      this.checks.set(own.col, {
        value: own.value,
        line,
        text,
        level: this.carried.length,
        fillsBlank: true,
      });
      return true;
    }
    if (!g) {
      const lost = this.dayWithoutYear(values);
      if (lost) this.stray = { line, text: lost };
      return lost !== undefined;
    }
    const level = this.carried.findIndex(
      (c) => c.label.toLowerCase() === g.label.toLowerCase() && c.bare === g.bare,
    );
    // A day alone over rows with a date of their own stays a heading, as before. Under a title
    // that states one day, a second day means the title did not say the rows' day: held.
    if (g.bare && level < 0) {
      const title = this.carried.some((c) => c.stated !== undefined);
      if (title) this.stray = { line, text: g.value };
      return title;
    }
    // The group printed again at the top of a page with its own word that it goes on
    // (`DOCTOR: 03  HARGROVE, LEON T MD (CONTINUED)`, `Mon 03/15/27 (continued)`): the same group,
    // and its rows the same day. A report that prints a day line when the day changes prints one
    // when a page starts a new day; the page's rows under no day line continue the day above
    // (Medical Manager's spooled schedule, 426). A day line (bare or labelled `Date:`) continuing
    // another day holds the file; another group continuing another value starts the levels under
    // it again.
    if (level >= 0 && g.continued) {
      if (this.values[level] === g.value) return true;
      if (g.field === 'date') {
        this.stray = {
          line,
          text: `'${g.value}' continues no day above it (the rows above are of '${this.values[level]}')`,
        };
        return true;
      }
    }
    if (level >= 0) {
      const why = g.bare && this.days.met(g.value, line);
      if (why) this.stray = { line, text: why };
      // A new provider or office above the days starts its days again (`Provider: Lee`, then
      // March 2 and 3; `Provider: Patel`, then March 2 again).
      if (!g.bare && this.carried.some((c, i) => c.bare && i > level)) {
        this.stray = this.endOfDays();
        this.days = new DayGroups();
      }
      this.values[level] = g.value;
      // The levels under it start again, except a title's day: it is every row's, whatever
      // provider's group the row is in (a day sheet grouped by provider).
      for (let i = level + 1; i < this.values.length; i++) this.values[i] = this.carried[i]!.stated;
      for (const [col, c] of this.checks) if (c.level > level) this.checks.delete(col);
      return true;
    }
    const col = ownColumn(this.headers, g);
    if (col < 0) return false;
    const text = `${g.label}: ${g.value}`;
    const check: Check = { value: g.value, line, text, level: this.carried.length };
    const whole = g.field === 'providerName' ? wholeName(g.value) : undefined;
    if (whole) {
      check.initial = whole.initial;
      const people = this.initials.get(whole.initial) ?? new Set<string>();
      this.initials.set(whole.initial, people.add(whole.person));
    }
    this.checks.set(col, check);
    return true;
  }

  /**
   * A day group's count under its rows (`Appointments for Monday, March 22, 2027: 2`, a total to
   * report-furniture.ts) names the day of the rows above it. Naming another day it counts no rows
   * printed here: a day group's header written as its count (the rows under it took the day above:
   * a wrong day) or a count of another day's rows. The file is held with the line shown.
   */
  countOf(values: readonly string[], line: number): void {
    const text = values
      .map((v) => v.trim())
      .filter(Boolean)
      .join(' ');
    const counted = countedDay(text);
    if (counted === undefined) return;
    const level = this.carried.findIndex((c) => c.field === 'date');
    const day = level >= 0 ? this.values[level] : undefined;
    if (day !== undefined && !sameDay(counted, day))
      this.stray = { line, text: `'${text}' counts another day than the rows above it ('${day}')` };
  }

  /** A row's provider printed with the initial of the group line's given name (`OKAFOR C` under
   *  `PROVIDER: OKAFOR, CHIDI MD`), while no other group line of the file names another person
   *  with that family name and initial. The cell last found to fit is kept: a group's rows repeat
   *  it, and this runs for each of them. */
  private initialled(cell: string, c: Check): boolean {
    if (!c.initial || this.initials.get(c.initial)!.size > 1) return false;
    if (cell === c.fits) return true;
    if (!initialFits(cell, c.initial)) return false;
    c.fits = cell;
    return true;
  }

  /** A day typed without its year among day lines that took theirs from the title, which gives
   *  this one none (a day outside the stated week): never a row, and never its rows under the day
   *  above it. Why, for the file to be held with it. */
  private dayWithoutYear(values: readonly string[]): string | undefined {
    if (!this.periods?.size || !this.carried.some((c) => c.bare)) return undefined;
    const cells = values.map((v) => v.trim()).filter(Boolean);
    const day = cells.join(', ');
    if (cells.length > 3) return undefined;
    if (isDayAndMonth(day))
      return `the day line '${day}' has no year, and is not a day of the period the title states`;
    // `SUN 01/04/26` under `12/28/26 THRU 01/04/27`: a two-digit year that is not the period's.
    // Read as a row it is a row error, and the rows under it went on the day line above it.
    const short = SHORT_YEAR.exec(day);
    return short && isDayAndMonth(short[1]!)
      ? `the day line '${day}' has a two-digit year, and is not a day of the period the title states`
      : undefined;
  }

  /** A day line with no rows under it after the last row (a footer's date), if any. */
  endOfDays(): { line: number; text: string } | undefined {
    const e = this.days.end();
    return e && { line: e.line, text: e.why };
  }

  /**
   * A row of the table's width: its carried values appended; `missing` names a level no line
   * above it gave; `differs` is a checked group line this row does not repeat (reported once).
   */
  fill(values: string[]): { missing?: CarriedGroup; differs?: { line: number; text: string } } {
    // Most files have no group lines: no object per row for them (this runs for every row).
    if (this.checks.size === 0 && this.carried.length === 0) return NOTHING;
    this.days.row();
    let differs: { line: number; text: string } | undefined;
    for (const [col, c] of this.checks) {
      const cell = values[col] ?? '';
      if (c.fillsBlank && cell.trim() === '') {
        values[col] = c.value;
        continue;
      }
      if (repeats(cell, c.value) || this.initialled(cell, c) || this.differs.has(c.line)) continue;
      this.differs.add(c.line);
      differs ??= { line: c.line, text: c.text };
    }
    let missing: CarriedGroup | undefined;
    this.carried.forEach((c, i) => {
      const v = this.values[i];
      if (v === undefined) missing ??= c;
      values.push(v ?? '');
    });
    return { ...(missing ? { missing } : {}), ...(differs ? { differs } : {}) };
  }
}

/**
 * The carried levels of a table: `above` are the lines between the header and the first row
 * (blank lines and report furniture left out). Each group line there of a field the table has no
 * column of is a level, one per field; lines met only after the first row are no level, since
 * rows above them went without their value. Two labels for one field (`Provider:` then
 * `Doctor:`) carry nothing: which one a row has is not known.
 */
export function carriedGroups(
  headers: readonly string[],
  above: ReadonlyArray<{ line: number; values: readonly string[] }>,
  title: ReadonlyArray<{ line: number; text: string }> = [],
  lead: ReadonlyArray<{ line: number; values: readonly string[] }> = [],
  periods?: StatedPeriods,
  /** The report prints each day above its own copy of the header (day-lines.ts daysOverHeaders). */
  dayOverHeader = false,
): CarriedGroup[] {
  const first = leadGroups(
    headers,
    lead,
    dayOverHeader && !above.some((r) => dayLine(r.values.map((v) => v.trim()).filter(Boolean))),
  );
  const out = groupsAbove(headers, [...first, ...above], new Set(first), periods);
  const day = titleDay(headers, out, title);
  return day ? [...out, day] : out;
}

/**
 * A one-day report's title (`Appointments for Monday 03/15/2027`, `Schedule for 15.03.2027`) over
 * rows that give only their times (a day sheet, TELUS PS Suite's, a Crystal report printed for one
 * day): the day is carried as a column, as a `Date:` line above the rows is. Only when the table
 * has no date of its own and no day line above its rows, and the title states one day plainly
 * (stated-range.ts: a schedule word before it; a print date, a range or two titles stating
 * different days state none). A day line met among the rows later holds the file (a day sheet of
 * several days is no one-day report).
 */
function titleDay(
  headers: readonly string[],
  groups: readonly CarriedGroup[],
  title: ReadonlyArray<{ line: number; text: string }>,
): CarriedGroup | undefined {
  if (groups.some((g) => g.field === 'date')) return undefined;
  if (ownColumn(headers, { label: DAY_LABEL, field: 'date', value: '' }) >= 0) return undefined;
  const stated = statedDay(title.map((t) => t.text));
  if (!stated) return undefined;
  const { line, text } = title[stated.index]!;
  return { label: DAY_LABEL, field: 'date', line, text, stated: stated.day };
}

function groupsAbove(
  headers: readonly string[],
  above: ReadonlyArray<{ line: number; values: readonly string[] }>,
  lead: ReadonlySet<{ line: number; values: readonly string[] }>,
  periods?: StatedPeriods,
): CarriedGroup[] {
  const out: CarriedGroup[] = [];
  for (const r of above) {
    const g = groupLine(r.values, headers.length, periods);
    if (!g) return out;
    if (ownColumn(headers, g) >= 0) continue;
    const again = out.find((c) => c.field === g.field);
    if (again && (again.label.toLowerCase() !== g.label.toLowerCase() || again.bare !== g.bare)) return [];
    if (again) continue;
    const text = g.bare ? g.value : `${g.label}: ${g.value}`;
    out.push({
      label: g.label,
      field: g.field,
      line: r.line,
      text,
      ...(g.bare ? { bare: true } : {}),
      ...(lead.has(r) ? { first: g.value } : {}),
    });
  }
  return out;
}

/**
 * A report that prints each group's line above the column header, and the header again under
 * the next group's line (`Location: Main Office`, header, rows; `Location: Fishkill`, header,
 * rows: group headers that carry the column titles), gives its first group just above the
 * header. The labelled provider and office lines that end the title there are that level, their
 * value the first rows'; a later line of the same label starts the next group. Only lines
 * directly above the header, and a day (alone, or under a `Date:` label) only where the report
 * prints every day above its own copy of the header (`dayOverHeader`): a day above a header
 * printed once may be the print date of a one-day report (titleDay reads such a title only where
 * a schedule word states the day).
 */
function leadGroups<R extends { line: number; values: readonly string[] }>(
  headers: readonly string[],
  lead: readonly R[],
  dayOverHeader: boolean,
): R[] {
  let from = lead.length;
  const last = lead.at(-1);
  const day = last && groupLine(last.values, headers.length);
  if (dayOverHeader && day?.field === 'date' && ownColumn(headers, day) < 0) from--;
  while (from > 0) {
    const g = groupLine(lead[from - 1]!.values, headers.length);
    if (!g || g.bare || g.field === 'date') break;
    from--;
  }
  return lead.slice(from);
}

/** A day line that is no sure day group, met now or left with no rows at the end: the file is
 *  held with it (as a note, at once: a footer's date below the last row holds it too). */
export function strayDay(groups: GroupColumns, headings: HeadingLines, end = false): void {
  const s = end ? groups.endOfDays() : groups.stray;
  groups.stray = undefined;
  if (s) headings.met('row-note', s.line, [s.text]);
}

/** Whether two days as written are one day: alike, or read alike in either order of day and
 *  month (`Monday, March 22, 2027` and `03/22/2027`). */
function sameDay(a: string, b: string): boolean {
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return true;
  return (['MDY', 'DMY'] as const).some((order) => {
    const x = parseDate(a, { order });
    const y = parseDate(b, { order });
    return x.ok && y.ok && compare(x.date, y.date) === 0;
  });
}

/** What `GroupColumns.fill` found, said on the row: a group line the row does not repeat says
 *  what it leaves out (held as a heading); a level no line above it gave is that row's error. */
export function groupedRow(row: Row, group: ReturnType<GroupColumns['fill']>, headings: HeadingLines): void {
  if (group.differs) headings.met('heading', group.differs.line, [group.differs.text]);
  if (!group.missing) return;
  const { label, line, text } = group.missing;
  row.problem = `no '${label}:' line above this row gives its ${label.toLowerCase()}, as the report's other rows have (line ${line}: '${displayText(text, 40)}')`;
  row.problemHint = `Export the schedule without grouping, with the ${label.toLowerCase()} on every row`;
}
