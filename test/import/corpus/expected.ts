// The corpus's expectations: one expected.json per export layout under test/fixtures/exports/NN-*/,
// written by hand from the export file. This module reads and checks them; it never looks at what
// the importer produces. Wall-clock starts are turned into UTC here with @js-temporal/polyfill, a
// different library from the product's own time code, so a shared bug cannot hide.
import fs from 'node:fs';
import path from 'node:path';
import { Temporal } from '@js-temporal/polyfill';
import { FIELD_NAMES, type FieldName } from '../../../main/import/map/profile.ts';

export const EXPORTS_DIR = path.resolve('test/fixtures/exports');

export interface ExpectedAppointment {
  line: number;
  expect: 'appointment';
  /** null: the export has no appointment id, so the connector must derive one. */
  appointmentId: string | null;
  patientId: string | null;
  firstName: string;
  lastName: string;
  dob: string;
  /** Wall-clock start in the practice's zone, `YYYY-MM-DDTHH:MM`. */
  local: string;
  status: 'NEW' | 'CANCEL';
}

export interface ExpectedOther {
  line: number;
  expect: 'skip' | 'error' | 'not-a-row';
  why: string;
  /** A `skip` that repeats the appointment on line `sameAs` (a reminder service's row per
   *  reminder: the same visit reminded twice): the appointment goes once, from either line. Which
   *  of two identical rows is kept is file order, not meaning, so a variation that reverses the
   *  rows keeps the other. Where both lines carry it under one id and patient, the later line's is
   *  judged: the engine plans an id's later row over its earlier one (plan-job.ts). */
  sameAs?: number;
}

export type ExpectedRow = ExpectedAppointment | ExpectedOther;

/** What a careful front desk answers when the file is held, worked out by hand from the file and
 *  the question (the vendor's documentation, the file's own legend): given through the review as
 *  the product takes it, then the file is read again and judged against the same rows. */
export interface ExpectedAnswers {
  /** Why these are the answers (the documentation, the legend, what the file shows). */
  why: string;
  /** Columns the person sets in the review's column table: field → header, or null for "no such
   *  column" (e.g. no appointment id). Fields not named keep the column the review showed. */
  columns?: Partial<Record<FieldName, string | null>>;
  /** Each unknown status word asked about → what it means. */
  statusWords?: Record<string, 'new' | 'cancel' | 'skip'>;
  dateOrder?: 'DMY' | 'MDY';
  /** One-column names without a comma: family name first (`last-first`) or given name first. */
  nameOrder?: 'first-last' | 'last-first';
  /** The workbook sheet that holds the appointments. */
  sheet?: string;
  /** Blank dates answer: an empty date is the date of the row above (a date printed once per day). */
  blankDate?: 'above';
  /** Times without AM/PM: the hours after noon (1 to 6: 1:00 to 6:59 PM, 7:00 on before noon). */
  afterNoon?: { from: number; to: number };
  /** Times written as UTC that would start at odd hours: the practice's own clock marked UTC by
   *  mistake (`local`), or really UTC (`utc`). */
  markedUtc?: 'local' | 'utc';
  /** Starts at exactly midnight among a day's visits: visits saved without a time (`no-time`: those
   *  rows are row errors), or real (`midnight`). */
  midnight?: 'no-time' | 'midnight';
  /** Locations on another clock: each location (as the question names it) → the IANA zone it
   *  keeps, or `practice` for the practice's own clock. */
  locationZones?: Record<string, string>;
  /** The honest answer is "I cannot tell from this file": nothing is confirmed, the file stays held. */
  unanswerable?: string;
}

export interface ExpectedLayout {
  /** Folder name, e.g. `08-cliniko-api-utc`. */
  name: string;
  /** The export file inside the folder. */
  file: string;
  timeZone: string;
  system: string;
  source: string;
  notes: string;
  /** Set when the only right outcome is a held file (an unknown status word, a zone that
   *  disagrees): sending any row of it, however plausible, is a guess. */
  mustHold?: string;
  /** The answers to the questions a held file asks (see ExpectedAnswers). */
  answers?: ExpectedAnswers;
  rows: ExpectedRow[];
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a wall-clock start in `timeZone` stands for (earlier instant on a DST overlap). */
export function expectedUtc(local: string, timeZone: string): string {
  const zdt = Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  return new Date(zdt.epochMilliseconds).toISOString();
}

function fail(name: string, msg: string): never {
  throw new Error(`test/fixtures/exports/${name}/expected.json: ${msg}`);
}

/** Read one layout's expectations and check they are well formed (a typo must not pass as "right"). */
export function readExpected(name: string): ExpectedLayout {
  const dir = path.join(EXPORTS_DIR, name);
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Omit<
    ExpectedLayout,
    'name'
  >;
  const layout: ExpectedLayout = { ...raw, name };
  if (!layout.file || !fs.existsSync(path.join(dir, layout.file)))
    fail(name, `file '${layout.file}' not found`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: layout.timeZone });
  } catch {
    fail(name, `timeZone '${layout.timeZone}' is not valid`);
  }
  if (!layout.system || !layout.source || !layout.notes) fail(name, 'system, source and notes are required');
  const lines = new Set<number>();
  for (const r of layout.rows) {
    if (!Number.isInteger(r.line) || r.line < 1) fail(name, `bad line ${r.line}`);
    if (lines.has(r.line)) fail(name, `line ${r.line} listed twice`);
    lines.add(r.line);
    if (r.expect === 'appointment') {
      if (!LOCAL.test(r.local)) fail(name, `line ${r.line}: local '${r.local}' is not YYYY-MM-DDTHH:MM`);
      if (!DATE.test(r.dob)) fail(name, `line ${r.line}: dob '${r.dob}' is not YYYY-MM-DD`);
      if (r.status !== 'NEW' && r.status !== 'CANCEL') fail(name, `line ${r.line}: status '${r.status}'`);
      if (!r.firstName || !r.lastName) fail(name, `line ${r.line}: names are required`);
      if (r.appointmentId === undefined || r.patientId === undefined)
        fail(name, `line ${r.line}: appointmentId and patientId must be given (null when absent)`);
    } else if (!['skip', 'error', 'not-a-row'].includes(r.expect) || !r.why) {
      fail(name, `line ${r.line}: expect '${(r as ExpectedOther).expect}' needs a why`);
    }
  }
  for (const r of layout.rows)
    if (r.expect !== 'appointment' && r.sameAs !== undefined) {
      const twin = layout.rows.find((x) => x.line === r.sameAs);
      if (r.expect !== 'skip' || twin?.expect !== 'appointment')
        fail(name, `line ${r.line}: sameAs must be a skip naming an appointment's line`);
    }
  if (layout.answers !== undefined) checkAnswers(name, layout.answers);
  return layout;
}

const ANSWER_KEYS = [
  'why',
  'columns',
  'statusWords',
  'dateOrder',
  'nameOrder',
  'sheet',
  'unanswerable',
  'afterNoon',
  'blankDate',
  'markedUtc',
  'midnight',
  'locationZones',
];
const MEANINGS = ['new', 'cancel', 'skip'];

/** An answer that names a field, a meaning or an order the review does not offer is a typo. */
export function checkAnswers(name: string, a: ExpectedAnswers): void {
  const bad = (msg: string): never => fail(name, `answers: ${msg}`);
  if (typeof a !== 'object' || a === null) bad('must be an object');
  for (const k of Object.keys(a)) if (!ANSWER_KEYS.includes(k)) bad(`unknown key '${k}'`);
  if (typeof a.why !== 'string' || !a.why.trim()) bad('why is required');
  if (a.unanswerable !== undefined) {
    if (typeof a.unanswerable !== 'string' || !a.unanswerable.trim()) bad('unanswerable needs a reason');
    if (Object.keys(a).some((k) => k !== 'why' && k !== 'unanswerable'))
      bad('an unanswerable file gives no other answer');
    return;
  }
  const given = Object.keys(a).filter((k) => k !== 'why');
  if (given.length === 0) bad('no answer given (confirming as shown: say so with columns: {})');
  for (const [field, column] of Object.entries(a.columns ?? {})) {
    if (!(FIELD_NAMES as readonly string[]).includes(field)) bad(`'${field}' is not an appointment field`);
    if (column !== null && (typeof column !== 'string' || !column.trim()))
      bad(`columns.${field} must be a header or null`);
  }
  for (const [word, meaning] of Object.entries(a.statusWords ?? {}))
    if (!word.trim() || !MEANINGS.includes(meaning))
      bad(`status word '${word}': '${meaning}' is not new/cancel/skip`);
  if (a.dateOrder !== undefined && a.dateOrder !== 'DMY' && a.dateOrder !== 'MDY')
    bad(`dateOrder '${a.dateOrder}' is not DMY or MDY`);
  if (a.nameOrder !== undefined && a.nameOrder !== 'first-last' && a.nameOrder !== 'last-first')
    bad(`nameOrder '${a.nameOrder}' is not first-last or last-first`);
  if (a.sheet !== undefined && (typeof a.sheet !== 'string' || !a.sheet.trim())) bad('sheet must be a name');
  if (a.blankDate !== undefined && a.blankDate !== 'above') bad(`blankDate '${a.blankDate}' is not above`);
  if (a.markedUtc !== undefined && a.markedUtc !== 'local' && a.markedUtc !== 'utc')
    bad(`markedUtc '${a.markedUtc}' is not local or utc`);
  if (a.midnight !== undefined && a.midnight !== 'no-time' && a.midnight !== 'midnight')
    bad(`midnight '${a.midnight}' is not no-time or midnight`);
  for (const [location, zone] of Object.entries(a.locationZones ?? {}))
    if (!location.trim() || (zone !== 'practice' && !validZone(zone)))
      bad(`locationZones '${location}': '${zone}' is not an IANA zone or practice`);
  const hour = (h: unknown): boolean => Number.isInteger(h) && (h as number) >= 1 && (h as number) <= 11;
  if (
    a.afterNoon !== undefined &&
    !(hour(a.afterNoon.from) && hour(a.afterNoon.to) && a.afterNoon.from <= a.afterNoon.to)
  )
    bad('afterNoon must be { from, to }, hours 1-11, from not after to');
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Layout folders by number: '100-…' comes after '99-…', not between '10-…' and '11-…'. */
export const byLayoutNumber = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Every layout folder (`NN-...`, `NNN-...`), in number order. */
export function layoutNames(): string[] {
  return fs
    .readdirSync(EXPORTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{2,3}-/.test(d.name))
    .map((d) => d.name)
    .sort(byLayoutNumber);
}
