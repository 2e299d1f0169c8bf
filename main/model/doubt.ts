// Why a file is held for review instead of being sent: one thing the connector is not sure of,
// in plain words, with a few values from the file so a person can answer without opening it.
// Rule: never send a guess. A file with any doubt is held whole; nothing from it is sent until a
// person confirms or corrects the mapping once (then the answer is remembered for the practice).

export type DoubtKind =
  /** Which column feeds a field that decides what a patient sees (or two columns compete). */
  | 'column'
  /** Day/month order of numeric dates is not settled, or contradicts the practice's order. */
  | 'date-order'
  /** A status word or code the connector does not know (booked, or cancelled?). */
  | 'status'
  /** Start times cannot be read (never sent as midnight). */
  | 'start-time'
  /** The column taken for the appointment id is not unique per appointment, or is a row counter. */
  | 'appointment-id'
  /** An UPDATE/CANCEL would move an appointment id already sent to another patient. */
  | 'identity'
  /** A time zone written in the file disagrees with the practice's time zone. */
  | 'time-zone'
  /** The file's columns differ from the mapping the practice confirmed. */
  | 'layout-changed'
  /** A snapshot would cancel an unusually large share of the appointments in its range. */
  | 'mass-cancel'
  /** Lines between the rows head groups of them (`Cancelled Appointments`, `*** Dr Lee ***`): the
   *  rows may not repeat what the heading says. */
  | 'grouped-rows'
  /** The text's encoding is not certain (Windows-1252, or Mac Roman or a DOS code page): names
   *  would go garbled. */
  | 'encoding'
  /** The file kept changing while it was read (an exporter still writing): read again later. */
  | 'still-writing'
  /** A workbook with several sheets that could each be the appointment list: which one is asked
   *  (its answer, the sheet's name, is kept in the mapping: `MappingProfile.sheet`). */
  | 'sheet'
  /** A web page writes an appointment whole in one cell merged across its columns: its patient,
   *  birth date and type cannot be read apart (read/html-tables.ts `merged`). */
  | 'merged-cells';

/**
 * A check of what a file's rows say, beyond its columns: a person who confirms a mapping on a file
 * held for one answers it for that practice (`MappingProfile.confirmed.answered`), and later files
 * are not held for it again. Every other check keeps running on every file: confirming a status
 * word never stops a later file's 12-hour times or midnight starts from being asked about.
 */
export type ContentCheck =
  | 'id-repeats'
  /** The appointment-id column repeats the patient-id column on every row (trust/id-column.ts). */
  | 'id-is-patient-id'
  | 'patient-id-candidate'
  | 'report-title'
  | 'grouped-rows'
  | 'twelve-hour-clock'
  /** Starts written `12:30 AM`: after midnight as written, after noon as some programs print it
   *  (import/trust/start-clock.ts). */
  | 'twelve-am'
  /** Starts written `00:30` or `0:45` without AM/PM: half past midnight as written, or a column
   *  of visit lengths read as the start (import/trust/start-clock.ts). */
  | 'after-midnight'
  /** 24-hour starts with no zone that run from the afternoon past midnight and none in the
   *  morning: UTC written without a 'Z' (import/trust/start-clock.ts). */
  | 'unmarked-utc'
  | 'utc-night'
  | 'not-hhmm'
  | 'midnight'
  /** Every start of the file exactly noon: a day saved without its time (import/trust/noon-only.ts). */
  | 'noon-only'
  | 'far-ahead'
  /** A time zone a report's title lines state that is not the practice's (read/stated-zone.ts). */
  | 'title-zone'
  /** A date-time start column that writes some starts with their zone and some without
   *  (import/trust/start-zones.ts). */
  | 'starts-without-zone'
  /** A location on another clock than the practice's (a place on the other side of a zone line,
   *  or a title saying each location's times are its own): answered per location
   *  (import/trust/location-zones.ts). */
  | 'location-zone'
  /** Appointment dates that prove no day/month order, written unlike the column whose proof
   *  would settle them (date-order-decision.ts). */
  | 'start-date-style'
  /** Birth dates (or other sent dates besides the start) that prove no day/month order, written
   *  unlike the column whose proof would settle them (date-order-decision.ts). */
  | 'sent-date-style'
  /** Date headers that state a day/month order (`Appt Date (DD/MM/YYYY)`) their values or
   *  another header contradict (date-order-decision.ts). */
  | 'stated-date-order'
  /** Start dates written with dots (read day-first) in a file read month-first, none proving the
   *  order itself (import/trust/dotted-start-dates.ts). */
  | 'dotted-date-order'
  | 'withdrawal-column'
  /** Rows of a web page written whole in one merged cell (row errors): a confirmation sends the
   *  other rows without them, for later files too. */
  | 'merged-appointment'
  /** A booked row whose own end falls two days or more after its start: a series or standing
   *  order listed once (first and last day), or a stay, not one visit (map/row-span.ts). */
  | 'spans-days'
  /** A free column's repeat rule (`Weekly`, `Mon/Wed/Fri`, `FREQ=WEEKLY`) on a booked row, in a
   *  file that does not list a series' occurrences: the row may be a series listed once
   *  (map/row-recurrence.ts). */
  | 'repeat-rule'
  /** One patient's occurrence of a series (`Weekly (4 of 8)`) on two days, both booked: one may
   *  be the slot a visit was moved from (import/trust/occurrence-days.ts). Asked per file. */
  | 'occurrence-twice'
  | 'name-order'
  | 'family-first'
  /** One-column names whose words in capitals would be the family name by the French and UK
   *  convention, in a file and region that do not show it (`JOHN Smith`, `DUPONT Marie`). */
  | 'capitals-name'
  | 'two-digit-birth-year'
  /** Two or more patients of one file born on 1970-01-01, Unix time zero (import/trust/epoch-births.ts). */
  | 'epoch-birth-date'
  | 'two-surnames'
  /** One-column names of three or more words in a last-first order (stated by the header or the
   *  mapping): family + given + middle, family + middle + given (Vietnamese) or two family names
   *  + given cannot be told apart. */
  | 'last-first-words'
  /** Two people of one name and birth date, told apart only by a middle part, under one made-up
   *  patient id (import/trust/names-apart.ts). */
  | 'names-apart'
  /** One person (first name and birth date, the family name but for a hyphen, space, apostrophe
   *  or accent) under two made-up patient ids in one file: `Garcia-Lopez` and `Garcia Lopez`
   *  (import/trust/spellings-apart.ts). */
  | 'spellings-apart'
  | 'patient-id-shared'
  | 'patient-id-per-visit'
  /** A patient-id column empty (or `0`) on some booked rows and filled on others: those patients
   *  would go under ids made from name and birth date (import/trust/file-audit.ts). */
  | 'patient-id-gaps'
  /** A provider id given to providers of other names (import/trust/provider-id-names.ts). */
  | 'provider-id-shared'
  /** Provider names in capitals with a credential and no comma (`SMITH JOHN MD`), first name
   *  first or family name first, that no other form in the file settles (map/provider-forms.ts). */
  | 'id-gaps'
  | 'cancel-column'
  | 'name-note'
  /** Split name columns that may hold whoever booked, beside a name or a birth date headed as
   *  the patient's, a child's or a student's (import/map/whose-name.ts). */
  | 'whose-name'
  | 'off-book-text'
  /** With no status column, a free column whose whole value reads as cancelled or not an
   *  appointment on a row that goes as booked (`Action` = `Deleted`). */
  | 'off-book-column'
  /** One status word written under two codes of the status element (`<Status code="CX">
   *  Scheduled</Status>` among `code="SC"`), no legend explaining them. */
  | 'status-code-split'
  /** An audit trail or change log (its title, file name or an `Action` column of Created and
   *  Modified): one appointment once per change, its old slot beside its new one. */
  | 'change-log'
  | 'cancel-text'
  | 'provider-gaps'
  /** The start's date empty on some appointments and filled on others: a report that prints each
   *  day's date once, on its first row (import/trust/file-audit.ts). */
  | 'date-gaps'
  | 'status-printed-once'
  | 'patient-printed-once'
  | 'provider-split'
  | 'resource-split'
  | 'id-provider-split'
  /** One appointment (one id, or one patient, provider and start) on rows naming two locations:
   *  only the last row's office would be shown. */
  | 'location-split'
  | 'mac-roman'
  /** Letters that read as well in a DOS code page (Excel's "CSV (MS-DOS)") as in Windows-1252. */
  | 'dos-code-page'
  /** Letters that read as Turkish in Turkish Windows' code page (1254) and as Icelandic in Windows-1252. */
  | 'turkish-code-page'
  /** A derived id would move an appointment while the file leaves out another of that patient's
   *  day (engine/job/slot-moves.ts). */
  | 'slot-move'
  /** Decided against what was sent (same-person.ts): a confirmation accepts it for its file only
   *  (by content, as a mass cancellation), never for later files. */
  | 'same-person-twice'
  /** The same person under a new patient id (identity-doubt.ts): accepted for its file only too. */
  | 'patient-id-change'
  /** The snapshot holds (mass-cancel.ts: a large share cancelled, or a provider or location the
   *  file has no row of), own ids beside derived ones (own-ids.ts) and a file older than one sent
   *  (older-file.ts): each accepted for its file only, and each apart, so that accepting one hold
   *  never lets another of the same file through unasked. */
  | 'mass-cancel'
  | 'partial-snapshot'
  | 'own-ids'
  | 'older-file'
  /** A file naming no patient, provider or location the practice ever sent: another practice's
   *  export? (engine/job/other-practice.ts): accepted for its file only, like the holds above. */
  | 'other-practice'
  /** A filed export its exporter wrote again from the start after it was read
   *  (engine/job/rewritten-export.ts): a new export, or a person's edit of the filed copy? Accepted
   *  for its file only, like the holds above. */
  | 'filed-rewrite';

export interface Doubt {
  kind: DoubtKind;
  /** The content check that raised it, when a confirmation answers it (see ContentCheck). */
  check?: ContentCheck;
  /** The appointment field concerned (FieldName), when there is one. */
  field?: string;
  /** The column header as written in the file, when there is one. */
  column?: string;
  /** What is uncertain, in plain words (no patient names: ids only). */
  message: string;
  /** Up to 5 values from the file that show it (e.g. status words, dates). */
  samples: string[];
  /** For 'mass-cancel': how many appointments the file would cancel (what a person accepts). */
  count?: number;
  /** For a hold accepted like a mass cancellation whose count is of appointments the file would
   *  send, not cancel (an older file arriving after a newer one). */
  countsSends?: boolean;
  /** Whom a confirmation answers it for, where that is not the whole practice: for 'names-apart',
   *  the made-up patient ids (`P-5fd2a6c19b3a`, never names) that the file's people of one name
   *  and birth date share. Apart from `column`, which says where to look and keys the review's
   *  merging of doubts; a later file's new pair is asked about (answered-checks.ts). */
  subjects?: string[];
  /** For 'twelve-hour-clock' where the answer can be hours after noon: the earliest and latest
   *  hour (1–11) of the starts written without AM/PM, the range the review offers
   *  (MappingProfile.afterNoon). `night`: the latest hour before 7 among them, the last the file
   *  showed of those the question is about (after-noon.ts, answeredMorning). */
  plainHours?: { from: number; to: number; night?: number };
  /** For 'utc-night': how the file's starts written as UTC say so (`Z`, `+00:00`, `UTC`,
   *  `header`) and the earliest and latest of them as written (minutes after midnight), kept
   *  with a `local` answer so a later file can be checked against them (MappingProfile.markedUtc). */
  writtenClock?: { marks: string[]; from: number; to: number };
  /** For 'midnight': the file's other starts are a day's (some besides midnight, none at night),
   *  so "midnight means no time was saved" can be answered (MappingProfile.midnightUntimed). */
  midnightUntimed?: boolean;
  /** For 'location-zone': the IANA zones a person may answer a location keeps (those of the
   *  places its locations name first, then the US zones); none is picked for them. */
  zoneChoices?: string[];
  /** What the person is asked, e.g. "What does 'Umgebucht' mean: booked, or cancelled?". */
  question: string;
}

export function formatDoubt(d: Doubt): string {
  const shown = d.samples.length ? ` (e.g. ${d.samples.map((s) => `'${s}'`).join(', ')})` : '';
  return `${d.column ? `Column '${d.column}': ` : ''}${d.message}${shown}. ${d.question}`;
}
