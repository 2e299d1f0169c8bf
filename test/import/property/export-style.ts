// The ways scheduling systems write the same appointments down: delimiter, encoding, header
// language, date and time styles, name layout, report furniture, column order, and the practice
// time zone the file is read in. One ExportStyle is one such way; `exportStyleArb` draws them.
// Reusable: any test that wants "the same data in another export's clothes" can take these.
import fc from 'fast-check';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a calendar date is written (shown for 2026-12-08). */
export const DATE_STYLES = [
  'YYYY-MM-DD', // 2026-12-08
  'M/D/YYYY', // 12/8/2026
  'MM/DD/YYYY', // 12/08/2026
  'D/M/YYYY', // 8/12/2026
  'DD/MM/YYYY', // 08/12/2026
  'DD.MM.YYYY', // 08.12.2026
  'YYYYMMDD', // 20261208
  'D-Mon-YY', // 8-Dec-26
  'Mon D, YYYY', // Dec 8, 2026
] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** How a time of day is written (shown for 14:05). */
export const TIME_STYLES = [
  'HH:mm', // 14:05 (07:05 in the morning)
  'HH:mm:ss', // 14:05:00
  'h:mm AM', // 2:05 PM
  'h:mmam', // 2:05pm
  'h:mma', // 2:05p
] as const;
export type TimeStyle = (typeof TIME_STYLES)[number];

export const NAME_LAYOUTS = ['split', 'last-comma-first', 'first-last'] as const;
export type NameLayout = (typeof NAME_LAYOUTS)[number];

export const DATE_TIME_LAYOUTS = ['two-columns', 'one-column'] as const;
export type DateTimeLayout = (typeof DATE_TIME_LAYOUTS)[number];

export const COLUMN_KINDS = [
  'date',
  'time',
  'dateTime',
  'patient',
  'lastName',
  'firstName',
  'dob',
  'provider',
  'status',
  'appointmentId',
  'patientId',
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** Header words per language, as the systems of each country label these columns. */
export const HEADERS: Record<Language, Record<ColumnKind, string>> = {
  en: {
    date: 'Date',
    time: 'Time',
    dateTime: 'Date/Time',
    patient: 'Patient',
    lastName: 'Last Name',
    firstName: 'First Name',
    dob: 'DOB',
    provider: 'Provider',
    status: 'Status',
    appointmentId: 'Appt ID',
    patientId: 'Patient ID',
  },
  de: {
    date: 'Datum',
    time: 'Uhrzeit',
    dateTime: 'Datum/Uhrzeit',
    patient: 'Patient',
    lastName: 'Nachname',
    firstName: 'Vorname',
    dob: 'Geburtsdatum',
    provider: 'Behandler',
    status: 'Status',
    appointmentId: 'Termin-Nr',
    patientId: 'Patienten-Nr',
  },
  fr: {
    date: 'Date',
    time: 'Heure',
    dateTime: 'Date et heure',
    patient: 'Patient',
    lastName: 'Nom',
    firstName: 'Prénom',
    dob: 'Date de naissance',
    provider: 'Praticien',
    status: 'Statut',
    appointmentId: 'N° RDV',
    patientId: 'N° patient',
  },
  es: {
    date: 'Fecha',
    time: 'Hora',
    dateTime: 'Fecha y hora',
    patient: 'Paciente',
    lastName: 'Apellido',
    firstName: 'Nombre',
    dob: 'Fecha de nacimiento',
    provider: 'Profesional',
    status: 'Estado',
    appointmentId: 'Nº cita',
    patientId: 'Nº historia',
  },
};

/** Report title lines a system may print above the header. */
export const TITLES: Record<Language, string[]> = {
  en: ['Appointment List', 'Sunrise Family Practice'],
  de: ['Terminliste', 'Praxis Dr. Keller'],
  fr: ['Liste des rendez-vous', 'Cabinet médical du Parc'],
  es: ['Lista de citas', 'Clínica San Rafael'],
};

export const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Mexico_City',
] as const;

/** Zones where a practice writing headers in that language would be. */
export const LANGUAGE_ZONES: Record<Language, string[]> = {
  en: [
    'America/New_York',
    'America/Chicago',
    'America/Los_Angeles',
    'Europe/London',
    'Australia/Sydney',
    'Pacific/Auckland',
  ],
  de: ['Europe/Berlin'],
  fr: ['Europe/Paris'],
  es: ['America/Mexico_City'],
};

export interface ExportStyle {
  delimiter: Delimiter;
  /** Windows-1252 is used only when every character fits; otherwise the writer falls back to UTF-8. */
  encoding: Encoding;
  lineEnding: '\r\n' | '\n';
  language: Language;
  dateStyle: DateStyle;
  timeStyle: TimeStyle;
  dateTime: DateTimeLayout;
  names: NameLayout;
  provider: boolean;
  /** Lines before the header (0-2). */
  titleLines: number;
  /** Spreadsheet-saved reports pad title lines with empty cells (`Appointment List,,,,`). */
  padTitles: boolean;
  /** A blank line then `Total: N` after the rows. */
  footer: boolean;
  /** Every column kind in the order the file writes them; absent kinds are passed over. */
  columnOrder: ColumnKind[];
  /** The practice's IANA time zone (what the connector is configured with). */
  timeZone: string;
  /** Birth dates in `D-Mon-YY` too (`8-Dec-26`: 1926 or 2026?). Never drawn by exportStyleArb,
   *  where birth years are written in full: explore.ts reports this case on its own. */
  dobTwoDigitYear?: boolean;
}

/** A plain style that any importer should read: the base the explore script varies from. */
export const BASELINE_STYLE: ExportStyle = {
  delimiter: ',',
  encoding: 'utf8',
  lineEnding: '\n',
  language: 'en',
  dateStyle: 'YYYY-MM-DD',
  timeStyle: 'HH:mm',
  dateTime: 'two-columns',
  names: 'split',
  provider: true,
  titleLines: 0,
  padTitles: false,
  footer: false,
  columnOrder: [...COLUMN_KINDS],
  timeZone: 'America/New_York',
};

/** The time zone half the time follows the header language, the other half is any zone, so
 *  a day-first file in a US zone (and the reverse) comes up. */
function zoneFor(language: Language): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...LANGUAGE_ZONES[language]), fc.constantFrom(...ZONES));
}

export const exportStyleArb: fc.Arbitrary<ExportStyle> = fc
  .record({
    delimiter: fc.constantFrom(...DELIMITERS),
    encoding: fc.constantFrom(...ENCODINGS),
    lineEnding: fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
    language: fc.constantFrom(...LANGUAGES),
    dateStyle: fc.constantFrom(...DATE_STYLES),
    timeStyle: fc.constantFrom(...TIME_STYLES),
    dateTime: fc.constantFrom(...DATE_TIME_LAYOUTS),
    names: fc.constantFrom(...NAME_LAYOUTS),
    provider: fc.boolean(),
    titleLines: fc.integer({ min: 0, max: 2 }),
    padTitles: fc.boolean(),
    footer: fc.boolean(),
    columnOrder: fc.shuffledSubarray([...COLUMN_KINDS], {
      minLength: COLUMN_KINDS.length,
      maxLength: COLUMN_KINDS.length,
    }),
  })
  .chain((s) => zoneFor(s.language).map((timeZone) => ({ ...s, timeZone })));

/** One line describing a style, for failure messages and the explore report. */
export function describeStyle(s: ExportStyle): string {
  const delim = s.delimiter === '\t' ? 'TAB' : s.delimiter;
  return [
    `delimiter ${delim}`,
    s.encoding,
    s.lineEnding === '\r\n' ? 'CRLF' : 'LF',
    `headers ${s.language}`,
    `dates ${s.dateStyle}`,
    `times ${s.timeStyle}`,
    `date+time ${s.dateTime}`,
    `names ${s.names}`,
    s.provider ? 'provider' : 'no provider',
    `${s.titleLines} title line(s)${s.titleLines && s.padTitles ? ' padded' : ''}`,
    s.footer ? 'footer' : 'no footer',
    `zone ${s.timeZone}`,
  ].join(', ');
}
