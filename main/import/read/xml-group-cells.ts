// What the elements around an XML export's records say for them. A report server writes a group's
// value once, on the group's element, not on each record under it: SQL Server Reporting Services
// puts `<ApptStatus ApptStatus="Cancelled">` or `<Provider ProviderName="Wilson, Sarah MD">`
// around the records of that status or provider, and the report's title text boxes on the root
// (`<Report Name="Cancelled Appointments">`). Read without them, cancelled appointments would go
// as booked and every appointment without its provider.
//
// An attribute of an element around the records whose name says status, provider, location or the
// appointment date (read as a header, `ApptStatus/ApptStatus`, `Provider/ProviderName`,
// `DaySchedule/Date`, `Day/date`) is a column of every record under it, unless the records carry
// that field themselves (a date: any column of dates not named for another event, see DATED); on
// the root and the elements that wrap all records once, a provider or location only when it names
// one, as a delimited report's title line (stated-filters.ts). Every
// other attribute (and leaf text) of the root and of elements that wrap all records once is a
// title line, read for a title that cancels as a delimited report's title lines are.
import { XmlElement } from 'libxml2-wasm';
import { childElements } from './xml-elements.ts';
import { ASKED, datesOfOtherEvent, headerConcepts, headerScore } from '../map/header-meaning.ts';
import { looksLikeDate } from '../map/parse-date.ts';
import { FIELD_NAMES, type FieldName } from '../map/profile.ts';
import { oneValue } from './stated-filters.ts';
import { isMarkupAttribute, valueAttributes } from './xml-markup.ts';

/** The fields a group's attribute may give its records, and the fields that already say it. */
const CARRIED: Partial<Record<FieldName, readonly FieldName[]>> = {
  status: ['status', 'cancelledAt', 'cancelledFlag'],
  providerName: ['providerName', 'providerId'],
  providerId: ['providerName', 'providerId'],
  location: ['location'],
  // A day schedule writes its day once, on the day's element (`<DaySchedule Date="03/02/2027">`,
  // `<Day date="2027-03-02">` under each provider), and the records only their times. A wrapper
  // named for something else (`<Report Date=…>`, `<Export date=…>`: when it was run) reads below
  // SURE and gives nothing.
  date: ['date', 'dateTime'],
};
/** How surely the attribute's name must say the field: `Practice` (0.5) is not surely the place. */
const SURE = 0.8;
/** How surely a record's column must say the field for the group's value to be left out. */
const SAYS = 0.5;
/** A record's date of another event (`ReferralDate`, `EntryDate`: read at most at ASKED) does not
 *  say the appointment's date; the day's element around it does. */
const START_SAYS: readonly FieldName[] = ['date', 'dateTime'];
/**
 * How many records' values tell whether a column holds dates. A column of dates whose header
 * names no other event (`ApptDt`, `Dt`: unknown words score below ASKED) is the records' own date,
 * whatever its header scores: a date above the records (`<Schedule Date="03/01/2027">`) is then
 * the day the report was run or its range's first day, and given to them it sent every
 * appointment on that day. The file goes through the column choice as any other.
 */
const DATED = 20;
const CLOCK_AFTER_DATE = /[T\s]+\d{1,2}:\d{2}.*$/;
const MAX_TITLE_LINES = 10;

function bestField(header: string): { field: FieldName; score: number } | undefined {
  const concepts = headerConcepts(header);
  let best: { field: FieldName; score: number } | undefined;
  for (const field of FIELD_NAMES) {
    const score = headerScore(field, concepts);
    if (score > (best?.score ?? 0)) best = { field, score };
  }
  return best;
}

/** The elements from the root down to the record's parent. */
function ancestorsOf(record: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let p = record.parent; p; p = p.parent) out.unshift(p);
  return out;
}

export class GroupCells {
  private readonly carried = new Map<string, FieldName | undefined>();
  private readonly said = new Set<FieldName>();

  /** `records`: the cells the records give themselves, in order. */
  constructor(records: ReadonlyArray<ReadonlyMap<string, string>>) {
    const keys = new Set(records.flatMap((m) => [...m.keys()]));
    for (const key of keys) {
      const concepts = headerConcepts(key);
      for (const field of FIELD_NAMES) {
        const score = headerScore(field, concepts);
        if (START_SAYS.includes(field) ? score > ASKED : score >= SAYS) this.said.add(field);
      }
      if (!this.said.has('date') && holdsDates(records, key) && !datesOfOtherEvent(key))
        this.said.add('date');
    }
  }

  /** The field an attribute named `key` (`Group/attr`) gives the records under it, if any. */
  private fieldOf(key: string): FieldName | undefined {
    if (this.carried.has(key)) return this.carried.get(key);
    const best = bestField(key);
    const family = best && best.score >= SURE ? CARRIED[best.field] : undefined;
    const field = family && !family.some((f) => this.said.has(f)) ? best!.field : undefined;
    this.carried.set(key, field);
    return field;
  }

  /** Adds to a record's cells what the elements around it say for it (the nearest one wins). */
  addTo(record: XmlElement, cells: Map<string, string>): void {
    const parent = record.parent;
    if (!parent) return;
    // Records follow one another under one parent: its ancestors are read once for all of them.
    if (!this.last?.parent.isSameNode(parent)) this.last = { parent, given: this.givenUnder(parent) };
    for (const [key, value] of this.last.given) if (!cells.has(key)) cells.set(key, value);
  }

  private last: { parent: XmlElement; given: Array<[string, string]> } | undefined;

  private givenUnder(parent: XmlElement): Array<[string, string]> {
    const given: Array<[string, string]> = [];
    const path = [...ancestorsOf(parent), parent];
    // The root and the elements that wrap every record once state the report's filter, as a
    // delimited report's title lines do, and are read with their check: `<Report Provider="All"
    // Location="All Locations">` or `Provider="Lee, Anna MD, Patel, Raj DO"` names no one
    // provider or office, and is not taken. A group's one instance (SSRS writes a group's instances
    // in `<Provider_Collection>`) is a group's value, as when there are several.
    const once = path.findIndex((el, i) => i > 0 && (sameNamed(el) > 1 || groupInstance(el)));
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i]!;
      for (const a of valueAttributes(el)) {
        const key = `${el.name}/${a.name}`;
        const field = this.fieldOf(key);
        if (!field || given.some(([k]) => k === key)) continue;
        const wrapsAll = once === -1 || i < once;
        const value = a.value.trim();
        if (wrapsAll && !oneStated(field, value)) continue;
        given.push([key, value]);
      }
    }
    return given;
  }

  /** Whether an element's attributes give its records a column (then it is no group heading). */
  gives(el: XmlElement): boolean {
    return el.attrs.some((a) => !isMarkupAttribute(a) && this.fieldOf(`${el.name}/${a.name}`));
  }

  /**
   * The title lines of the elements that wrap every record once (the root, a report's table):
   * their attributes' values and their own leaf elements' text, as delimited reports' lines
   * before the header. Attributes given to the records as columns are left out. `named`: the same
   * values as `name: value` (`generated: 2027-03-01T17:42:10`, Microsoft Access's `dataroot`):
   * the name says what a value is (when the report was made: stated-print-time.ts).
   */
  titleValues(first: XmlElement): { lines: string[]; named: string[] } {
    const lines: string[] = [];
    const named: string[] = [];
    const add = (name: string, text: string): void => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(t) && lines.length < MAX_TITLE_LINES && !lines.includes(t)) {
        lines.push(t);
        named.push(`${name}: ${t}`);
      }
    };
    const path = [...ancestorsOf(first), first];
    for (let i = 0; i < path.length - 1; i++) {
      const el = path[i]!;
      if (i > 0 && sameNamed(el) > 1) break;
      for (const a of valueAttributes(el)) if (!this.fieldOf(`${el.name}/${a.name}`)) add(a.name, a.value);
      for (const c of childElements(el))
        if (c.name !== path[i + 1]!.name && !childElements(c).length) add(c.name, c.content);
    }
    return { lines, named };
  }
}

/** Whether most of the first records' values in a column are dates (a time after one allowed). */
function holdsDates(records: ReadonlyArray<ReadonlyMap<string, string>>, key: string): boolean {
  let values = 0;
  let dates = 0;
  for (const m of records.slice(0, DATED)) {
    const v = m.get(key)?.trim();
    if (!v) continue;
    values++;
    if (looksLikeDate(v.replace(CLOCK_AFTER_DATE, ''))) dates++;
  }
  return dates * 2 > values;
}

/** Whether a provider, provider id or location stated once for all records names one. */
function oneStated(field: FieldName, value: string): boolean {
  const stated = field === 'providerName' || field === 'providerId' || field === 'location';
  return !stated || oneValue(field, value) !== undefined;
}

/** Whether an element is an instance of a report group: SSRS writes group `Provider`'s as
 *  `<Provider_Collection><Provider …>`. */
function groupInstance(el: XmlElement): boolean {
  return el.parent?.name === `${el.name}_Collection`;
}

/** How many elements of this one's name its parent holds: more than one is a repeated group. */
function sameNamed(el: XmlElement): number {
  return el.parent ? childElements(el.parent).filter((c) => c.name === el.name).length : 1;
}
