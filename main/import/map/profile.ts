// Mapping profiles: a JSON file a person can read, save and edit that says which column of an
// export feeds which appointment field, how dates and statuses are written, and what to use for
// required Medfusion fields the export does not have. Checked with a JSON Schema (ajv) so a
// mistake is reported with the file, the JSON path and what to change.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { IdentityNumberKind } from './identity-number-births.ts';
import { locationWords } from './location-words.ts';
import type { DateOrder } from './parse-date.ts';
import type { StatusVocabulary } from './status-vocabulary.ts';
import { UTC_MARKS, type UtcMark } from './utc-mark.ts';
import { isValidTimeZone } from './zoned-time.ts';
import { editDistance } from './edit-distance.ts';

/** A location a person answered keeps another clock (MappingProfile.locationZones). */
export interface LocationZone {
  /** The location as the file wrote it. */
  location: string;
  /** Its IANA zone (`America/Chicago`). */
  zone: string;
}

/** Appointment fields a column can feed. */
export const FIELD_NAMES = [
  'appointmentId',
  'patientId',
  'patientName',
  'firstName',
  'lastName',
  'middleName',
  'lastNamePrefix',
  'lastNameSecond',
  'dob',
  'dateTime',
  'date',
  'time',
  'timeMinute',
  'end',
  'duration',
  'providerId',
  'providerName',
  'providerFirstName',
  'type',
  'description',
  'note',
  'reason',
  'location',
  'address1',
  'address2',
  'city',
  'state',
  'zip',
  'email',
  'status',
  'cancelledAt',
  'cancelledFlag',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** How people read each field's name in `detect` and in error messages. */
export const FIELD_LABELS: Record<FieldName, string> = {
  appointmentId: 'appointment id',
  patientId: 'patient id',
  patientName: 'patient name (one column)',
  firstName: 'patient first name',
  lastName: 'patient last name',
  middleName: 'patient middle name',
  lastNamePrefix: "patient family name's particle",
  lastNameSecond: "patient second family name (the mother's surname)",
  dob: 'date of birth',
  dateTime: 'start date and time (one column)',
  date: 'appointment date',
  time: 'start time',
  timeMinute: "start time's minute (beside its hour)",
  end: 'end time',
  duration: 'duration',
  providerId: 'provider id',
  providerName: 'provider name',
  providerFirstName: 'provider first name',
  type: 'appointment type',
  description: 'description',
  note: 'staff note (never sent)',
  reason: 'reason',
  location: 'location',
  address1: 'patient address',
  address2: 'patient address line 2',
  city: 'patient city',
  state: 'patient state',
  zip: 'patient ZIP code',
  email: 'patient e-mail',
  status: 'status',
  cancelledAt: 'cancellation date',
  cancelledFlag: 'cancelled flag',
};

export type NameOrder = 'first-last' | 'last-first' | 'auto';

export interface AddressDefault {
  address1: string;
  address2?: string;
  city: string;
  state: string;
  zipCode: string;
}

/** One column's answered texts (MappingProfile.noteStatus). */
export interface NoteStatus {
  column: string;
  new?: string[];
  cancel?: string[];
  skip?: string[];
}

export interface MappingProfile {
  /** Shown in `detect` and the settings window. */
  name: string;
  description?: string;
  /** Column name (or alternatives, first present wins) per field. `join.name + '.' + column`
   *  reads from the joined table. */
  columns: Partial<Record<FieldName, string | string[]>>;
  /** 'auto' (default): from the data (a value > 12 settles it), else the practice setting. */
  dateOrder?: 'auto' | DateOrder;
  /** IANA zone for wall-clock times; default: the practice's setting, else the machine's. */
  timeZone?: string;
  patientNameOrder?: NameOrder;
  providerNameOrder?: NameOrder;
  durationUnit?: 'minutes' | 'seconds';
  /** How the start-time column writes a time when not as a clock: `seconds-after-midnight`
   *  (`32400` = 09:00, Best Practice's `AppointmentTime`) or `day-fraction` (`0.375` = 09:00, a
   *  spreadsheet's time saved as General). Recognised when every sampled value is so written; a
   *  value that is not is then a row error. */
  timeWritten?: 'seconds-after-midnight' | 'day-fraction';
  /** How the start's date column writes a date when not as a date: `spreadsheet-serial` (`46448`
   *  = 2027-03-02, `46448.375` = 09:00 that day; spreadsheet-serials.ts). Recognised when every
   *  sampled value is one within the window that settles Excel's two date systems. */
  dateWritten?: 'spreadsheet-serial';
  /** The birth-date column holds a Nordic personal identity number, the birth date read from it
   *  by its country's rule (identity-number-births.ts): recognised when the list has no birth
   *  date, the column's header names the number and its values are the practice's country's. */
  dobWritten?: IdentityNumberKind;
  /** A date printed once per day (the practice's answer to a `date-gaps` question): `above`, an
   *  empty appointment date is the date of the nearest row above that has one (blank-dates.ts). */
  blankDate?: 'above';
  status?: StatusVocabulary;
  /** An Excel workbook's sheet the appointments are on, as a person answered when the workbook
   *  had several sheets that could each be the list; a workbook without it is asked about again. */
  sheet?: string;
  /** The twelve-hour answer (map/after-noon.ts): the start column `column` writes times without
   *  AM/PM, and those from `from`:00 to `to`:59 are after noon (1 to 6: 1:00 is 1 PM, 7:00 is
   *  7 AM). An hour before `from` is not covered and is asked about again. `morning`: the first
   *  hour read before noon (answeredMorning: an hour after `to` that the answered file showed, else
   *  7, where the question's own morning begins); an hour between `to` and it (`4:30` where 1 to 3
   *  were answered on a file of `1:30` and `3:15`) was never shown and is asked again. Absent in
   *  answers kept before it was remembered: every hour after `to` is before noon. */
  afterNoon?: { column: string; from: number; to: number; morning?: number };
  /** The practice's answer to the `utc-night` question that the start column `column` writes its
   *  own clock marked as UTC by mistake (`10:00Z` is 10:00 at the practice, as an old pandas or a
   *  JSON serialiser writes a naive time): the `Z`, zero offset or UTC header of that column is
   *  ignored and its times read in the practice's zone (map/marked-utc.ts). Never set but by a
   *  person's answer. `marks` and `from`/`to` are what the answered files showed (utcMarkOf; the
   *  earliest and latest start as written, minutes after midnight): a later file marked otherwise,
   *  or whose starts fit those hours only read as the UTC they are marked as, is asked again
   *  (trust/answered-utc.ts). Absent in answers kept before they were remembered. */
  markedUtc?: { column: string; marks?: UtcMark[]; from?: number; to?: number };
  /** The practice's answers to a cancellation written in a note, type or reason column (the
   *  `off-book-text` and `cancel-text` questions; map/note-statuses.ts): per column, the exact
   *  texts answered booked, cancelled or not an appointment. Other texts are asked again. Never
   *  set but by a person's answer. */
  noteStatus?: NoteStatus[];
  /** The practice's answer to the `midnight` question that midnight (`12:00 AM`, `00:00`) in the
   *  start column `column` is how the export writes a visit saved without a time: such a row is a
   *  row error, never sent at midnight (map/midnight-untimed.ts). Taken only for a file whose other
   *  starts are a day's (none at night, and some besides midnight): a later file otherwise is asked
   *  again (trust/untimed-midnights.ts). Never set but by a person's answer. */
  midnightUntimed?: { column: string };
  /** The practice's answers to the `location-zone` question that a location's times are written
   *  on another clock than the practice's: `Bowling Green - Scottsville Rd` keeps America/Chicago
   *  time. That location's rows are read on `zone` (each row's own date decides daylight time);
   *  every other location stays on the practice's clock, and a location on another clock that no
   *  answer names is asked again. `location` is the location as the file wrote it, matched by its
   *  words (case, spaces and punctuation apart: map/location-clock.ts). Never set but by a
   *  person's answer. */
  locationZones?: LocationZone[];
  /** Values for required Medfusion fields the export lacks. */
  defaults?: {
    type?: string;
    description?: string;
    location?: string;
    providerId?: string;
    providerName?: string;
    /** Used when a patient has no e-mail (the schema requires one); default `no-email@invalid`. */
    email?: string;
    appointmentAddress?: AddressDefault;
  };
  /** Rows with neither a patient name nor a patient id are open slots or blocked time: skipped
   *  and counted (default true). */
  skipRowsWithoutPatient?: boolean;
  /** Set when a person confirmed this mapping (settings review, `mapping confirm`, `detect
   *  --save`): the file's columns at that moment. A later export whose columns differ is held
   *  for review again. Fields this profile names are then certain. `answered`: the content checks
   *  the person answered by confirming (trust/answered-checks.ts); every other one still runs. */
  confirmed?: { headers: string[]; at: string; answered?: string[] };
  /** How a provider's credential (MD, DDS, PA-C…) is shown on the portal: after the name
   *  ("Jane Smith, MD", default) or not at all. */
  providerCredential?: 'after' | 'omit';
  /** A second table joined on a key (OpenEMR EHI: events.pc_pid = patient_data.pid). */
  join?: {
    name: string;
    /** File names (or `*` patterns) looked for next to the export, in order. */
    files: string[];
    on: { column: string; joinColumn: string };
  };
}

const stringOrList = {
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
};
const words = { type: 'array', items: { type: 'string' } };
const nonEmpty = { type: 'string', minLength: 1 };

export const PROFILE_SCHEMA = {
  $id: 'https://appt-connector.local/mapping-profile.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'columns'],
  properties: {
    $schema: { type: 'string' },
    name: nonEmpty,
    description: { type: 'string' },
    columns: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(FIELD_NAMES.map((f) => [f, stringOrList])),
    },
    dateOrder: { enum: ['auto', 'MDY', 'DMY'] },
    timeZone: nonEmpty,
    patientNameOrder: { enum: ['first-last', 'last-first', 'auto'] },
    providerNameOrder: { enum: ['first-last', 'last-first', 'auto'] },
    durationUnit: { enum: ['minutes', 'seconds'] },
    timeWritten: { enum: ['seconds-after-midnight', 'day-fraction'] },
    dateWritten: { enum: ['spreadsheet-serial'] },
    dobWritten: { enum: ['personnummer', 'fodselsnummer', 'cpr', 'henkilotunnus'] },
    blankDate: { enum: ['above'] },
    sheet: nonEmpty,
    afterNoon: {
      type: 'object',
      additionalProperties: false,
      required: ['column', 'from', 'to'],
      properties: {
        column: nonEmpty,
        from: { type: 'integer', minimum: 1, maximum: 11 },
        to: { type: 'integer', minimum: 1, maximum: 11 },
        morning: { type: 'integer', minimum: 2, maximum: 12 },
      },
    },
    markedUtc: {
      type: 'object',
      additionalProperties: false,
      required: ['column'],
      properties: {
        column: nonEmpty,
        marks: { type: 'array', items: { enum: [...UTC_MARKS] }, uniqueItems: true },
        from: { type: 'integer', minimum: 0, maximum: 1439 },
        to: { type: 'integer', minimum: 0, maximum: 1439 },
      },
    },
    midnightUntimed: {
      type: 'object',
      additionalProperties: false,
      required: ['column'],
      properties: { column: nonEmpty },
    },
    locationZones: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['location', 'zone'],
        properties: { location: nonEmpty, zone: nonEmpty },
      },
    },
    noteStatus: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['column'],
        properties: { column: nonEmpty, new: words, cancel: words, skip: words },
      },
    },
    status: {
      type: 'object',
      additionalProperties: false,
      properties: {
        new: words,
        cancel: words,
        skip: words,
        unknown: { enum: ['hold', 'new', 'skip', 'error'] },
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        type: nonEmpty,
        description: nonEmpty,
        location: nonEmpty,
        providerId: nonEmpty,
        providerName: nonEmpty,
        email: nonEmpty,
        appointmentAddress: {
          type: 'object',
          additionalProperties: false,
          required: ['address1', 'city', 'state', 'zipCode'],
          properties: {
            address1: nonEmpty,
            address2: { type: 'string' },
            city: nonEmpty,
            state: nonEmpty,
            zipCode: nonEmpty,
          },
        },
      },
    },
    skipRowsWithoutPatient: { type: 'boolean' },
    confirmed: {
      type: 'object',
      additionalProperties: false,
      required: ['headers', 'at'],
      properties: {
        headers: { type: 'array', items: { type: 'string' } },
        at: { type: 'string' },
        answered: { type: 'array', items: { type: 'string' } },
      },
    },
    providerCredential: { enum: ['after', 'omit'] },
    join: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'files', 'on'],
      properties: {
        name: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
        files: { type: 'array', items: nonEmpty, minItems: 1 },
        on: {
          type: 'object',
          additionalProperties: false,
          required: ['column', 'joinColumn'],
          properties: { column: nonEmpty, joinColumn: nonEmpty },
        },
      },
    },
  },
} as const;

/** A profile file that cannot be used; `problems` are one line each, for a person. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: the mapping profile cannot be used:\n  - ${problems.join('\n  - ')}`);
  }
}

// Compiled on first use, not at load: ajv's code generation costs about 0.2 s of CPU, and most
// runs (the built-in presets, recognition) never read a profile file. The presets are checked
// against this schema by test/import/map/profile.test.ts instead of at every start.
let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    compiled = new Ajv({ allErrors: true, strict: false }).compile(PROFILE_SCHEMA);
  }
  return compiled;
}

function jsonPath(e: ErrorObject): string {
  return e.instancePath ? e.instancePath.replace(/^\//, '').replace(/\//g, '.') : '(top level)';
}

/** The allowed name nearest to a misspelt one, when it is near enough to be a likely typo. */
function closest(word: string, options: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = editDistance(w, o.toLowerCase());
    if (d < bestD) [best, bestD] = [o, d];
  }
  return bestD <= Math.max(2, Math.floor(w.length / 3)) ? best : undefined;
}

function describe(e: ErrorObject): string {
  const at = jsonPath(e);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed =
        at === 'columns'
          ? FIELD_NAMES
          : Object.keys(
              (at === '(top level)' ? PROFILE_SCHEMA.properties : {}) as Record<string, unknown>,
            ).filter((k) => k !== '$schema');
      const guess = allowed.length ? closest(extra, allowed) : undefined;
      return `at ${at}: '${extra}' is not a setting here${guess ? ` (did you mean '${guess}'?)` : ''}${
        allowed.length ? `; allowed: ${allowed.join(', ')}` : ''
      }`;
    }
    case 'enum':
      return `at ${at}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues
        .map((v) => `'${String(v)}'`)
        .join(', ')}`;
    case 'required':
      return `at ${at}: '${(e.params as { missingProperty: string }).missingProperty}' is missing`;
    case 'oneOf':
      return `at ${at}: must be a column name ("Date") or a list of alternative column names (["Date", "Appt Date"])`;
    case 'minLength':
      return `at ${at}: must not be empty`;
    default:
      return `at ${at}: ${e.message ?? 'is not valid'}`;
  }
}

/** Check a parsed JSON value against the profile schema; throws ProfileError naming each problem. */
export function checkProfile(value: unknown, file: string): MappingProfile {
  const validate = validator();
  if (validate(value)) {
    const p = value as unknown as MappingProfile;
    // The after-noon hours (the twelve-hour answer) as a range: 6 to 1 says nothing.
    if (p.afterNoon && p.afterNoon.from > p.afterNoon.to)
      throw new ProfileError(file, [
        `at afterNoon: 'from' (${p.afterNoon.from}) must not be after 'to' (${p.afterNoon.to}); e.g. from 1 to 6 reads 1:00 to 6:59 as after noon`,
      ]);
    // A location's clock must be a zone Intl knows (`America/Chicago`, not `Central`).
    // One location (its words as location-clock.ts compares them) keeps one clock: of two zones
    // for it the last would silently win.
    const zones = new Map<string, { i: number; zone: string }>();
    for (const [i, l] of (p.locationZones ?? []).entries()) {
      if (!isValidTimeZone(l.zone))
        throw new ProfileError(file, [
          `at locationZones/${i}/zone: '${l.zone}' is not an IANA time zone; write e.g. America/Chicago for Central time`,
        ]);
      const words = locationWords(l.location);
      const before = zones.get(words);
      if (before && before.zone !== l.zone)
        throw new ProfileError(file, [
          `at locationZones/${i}: the location '${l.location}' is given two zones (${before.zone} at locationZones/${before.i}, ${l.zone} here); keep the one its times are written on`,
        ]);
      if (!before) zones.set(words, { i, zone: l.zone });
    }
    return p;
  }
  // oneOf reports its branches' errors too; the oneOf line alone says what to write.
  const errors = (validate.errors ?? []).filter(
    (e, _i, all) => !all.some((o) => o.keyword === 'oneOf' && e.instancePath === o.instancePath && o !== e),
  );
  throw new ProfileError(file, [...new Set(errors.map(describe))]);
}

/** Parse profile text (JSON) with line-accurate syntax errors. */
export function parseProfileText(text: string, file: string): MappingProfile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new ProfileError(file, [
      `${line ? `line ${line}: ` : ''}not valid JSON (${msg}). Check for a missing comma or quote, or a trailing comma`,
    ]);
  }
  return checkProfile(value, file);
}
