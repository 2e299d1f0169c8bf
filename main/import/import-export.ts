// The importer's front door: any export file → a stream of ImportItems (appointment / skipped /
// row error) and a summary. Delimited and non-AppointmentData XML files are read as tables and
// mapped with a profile ('auto' by default); an AppointmentData file is validated against the XSD
// and passed through. A problem with the whole file throws ExportFileError; a problem with one
// row is an 'error' item and the file goes on.
import fs from 'node:fs';
import path from 'node:path';
import type { Appointment } from '../model/appointment.ts';
import type { Doubt } from '../model/doubt.ts';
import type { ImportItem, ImportOptions, ImportSummary } from '../model/import-summary.ts';
import { machineTimeZone } from '../xml/local-time.ts';
import { formatXmlProblem } from '../xml/xml-problem.ts';
import {
  chooseProfile,
  chooseStatedProfile,
  profileSheet,
  type ProfileSource,
} from './map/choose-profile.ts';
import { findPreset } from './presets/index.ts';
import { hijriDatesNote } from './map/hijri-dates.ts';
import { embeddedBirthDateNote } from './map/embedded-birth-date.ts';
import { numberDatesNote } from './map/number-dates.ts';
import { midnightDaysNote } from './map/midnight-days.ts';
import { yearlessColumn, yearlessDatesNote } from './map/yearless-dates.ts';
import { continuesRows, notAListNote } from './map/not-a-list.ts';
import { deceasedColumns } from './map/deceased-columns.ts';
import { patientAgeColumn } from './map/age-column.ts';
import { createRowMapper, type RowMapperContext } from './map/map-row.ts';
import { writesNamesFirstLast } from './map/row-patient.ts';
import { chartNumberColumn } from './map/name-numbers.ts';
import { namesMarkFamilyInCapitals } from './map/name-capitals.ts';
import { headerNameOrder } from './map/header-name-order.ts';
import { FIELD_LABELS, type FieldName, type MappingProfile } from './map/profile.ts';
import { recognizeColumns, type Recognition } from './map/recognize.ts';
import { birthNumberKind } from './map/identity-number-column.ts';
import { centurylessList } from './map/identity-number-births.ts';
import {
  indexOfHeader,
  mappedIndexes,
  missingRequired,
  resolveColumns,
  type ColumnRefs,
} from './map/resolve-columns.ts';
import { measureColumn } from './map/value-shapes.ts';
import {
  columnDoubts,
  layoutDoubt,
  missingColumnsDoubt,
  patientIdDoubt,
  SURE,
} from './trust/column-doubts.ts';
import { placeRepeatedColumns, sameColumnTwice } from './trust/repeated-columns.ts';
import { sameDayColumns, sameDayEveryRow, startDayDoubt } from './trust/start-day-columns.ts';
import { bookedAfterStartDoubt } from './trust/booked-after-start.ts';
import { utcTwinAgrees } from './trust/utc-twin.ts';
import { midnightDayTwin } from './trust/midnight-day-twin.ts';
import { isZoneHeader, startsWriteInstants, zoneColumnDoubt } from './trust/zone-column.ts';
import { ownClocksLine, siteClockHeader, startHeaderClock } from './trust/location-zones.ts';
import { locationClock } from './map/location-clock.ts';
import { sampleStarts } from './map/sample-starts.ts';
import { buddhistEraNote } from './map/buddhist-era-dates.ts';
import { bikramSambatNote } from './map/bikram-sambat-dates.ts';
import { minguoNote } from './map/minguo-dates.ts';
import { otherCalendarColumns } from './map/other-calendars.ts';
import { dayFirstHeaders } from './map/day-first-headers.ts';
import { answeredSubjects, isAnswered } from './trust/answered-checks.ts';
import { otherLayoutOrderDoubt, sameLayoutOrder } from './trust/layout-date-order.ts';
import { encodingDoubt } from './trust/encoding-doubt.ts';
import { sheetDoubt } from './trust/sheet-doubt.ts';
import { mergedCellsDoubt } from './trust/merged-cells-doubt.ts';
import { decideDateOrder, type DateOrderDecision } from './trust/date-order-decision.ts';
import { savedSemicolonLocale } from './trust/semicolon-locale.ts';
import { sentDateColumns } from './trust/sent-date-columns.ts';
import { yearDayMonthDoubt } from './trust/year-day-month.ts';
import { roundedIdsDoubt } from './trust/rounded-ids.ts';
import { idsKeepDecimals } from './map/damaged-ids.ts';
import { readsBothWays, titleOrderDoubt, wordTitleAgainstRows } from './trust/title-date-order.ts';
import { numericParts, type DateOrder } from './map/parse-date.ts';
import { FileAudit } from './trust/file-audit.ts';
import { idReuseDoubt, judgeIdColumn, patientIdAsIdDoubt } from './trust/id-column.ts';
import { unsureIdRepeatsBesidePatientId } from './trust/unsure-id-column.ts';
import { otherKindColumns } from './map/kind-columns.ts';
import { unmappedColumns } from './map/row-person.ts';
import { unkeptSiteColumns } from './map/unkept-sites.ts';
import { copiedIdDoubts } from './trust/copied-id-column.ts';
import { patientCountIdsDoubt, smallIdNumbersDoubt } from './trust/small-id-numbers.ts';
import { countedPatientIdsDoubt } from './trust/counted-patient-ids.ts';
import { isBareCode, saysCode } from './map/header-meaning.ts';
import { weekdayColumnRef, weekdayEvidence } from './trust/weekday-evidence.ts';
import { otherDateColumns } from './trust/other-date-columns.ts';
import { namesDeletion, withdrawalColumns } from './trust/withdrawal-columns.ts';
import { spanEndColumns } from './map/row-span.ts';
import { recurrenceColumns } from './map/row-recurrence.ts';
import { cancelTextColumns } from './trust/cancel-text-columns.ts';
import { countedOffBook } from './trust/counted-off-book.ts';
import {
  namesOffBookList,
  offBookTitle,
  offBookTitleDoubt,
  offBookWordIn,
  titleSubject,
} from './trust/report-title.ts';
import { blockTextColumns } from './trust/block-text-columns.ts';
import { freeColumns } from './trust/off-book-columns.ts';
import { eventTimeColumn } from './trust/event-time-column.ts';
import { encounterColumn } from './map/encounter-column.ts';
import { statusCodeColumns } from './trust/status-code-split.ts';
import { changeLogDoubt } from './trust/change-log.ts';
import { statedZones } from './read/stated-zone.ts';
import { allDayColumn } from './map/all-day.ts';
import { legendStatuses, withLegend } from './map/legend-statuses.ts';
import { legendStatusColumn, withLegendStatus } from './map/legend-status-column.ts';
import { vistaStatusAnswers } from './map/vista-statuses.ts';
import { withStatusAnswers } from './map/status-vocabulary.ts';
import { fileLegend } from './read/status-legend.ts';
import { MIDNIGHT } from './map/parse-time.ts';
import { isValidTimeZone, wallClockToUtc, zoneOffsetMs } from './map/zoned-time.ts';
import { statedRange } from './read/stated-range.ts';
import { statedPrintTime, type StatedPrintTime } from './read/stated-print-time.ts';
import { notePage } from './read/report-furniture.ts';
import { statedFilters, titleDefaults } from './read/stated-filters.ts';
import { statedSubset } from './read/stated-subset.ts';
import { findJoinFile, loadJoin, type JoinData } from './join-files.ts';
import { fileError } from './read/export-file-error.ts';
import { practiceEmails } from './map/shared-emails.ts';
import { openTable, sniffFileKind, TableRows, type TableInfo, type TableRow } from './read/index.ts';
import { displayText } from '../model/display-text.ts';
import { noteAnswers } from './map/note-statuses.ts';

/** A cell holding three or more values lined up with runs of spaces (`8:00AM   Archuleta`,
 *  `Dominic   ARC0112   6/7/1999`): a printed report's columns, not a cell of a delimited file. */
const LINED_UP = /\S {2,}\S+ {2,}\S/;

/** Rows read up front to recognise columns and settle the date order. */
export const SAMPLE_ROWS = 500;
/** Most outcomes importBatches yields at once. */
const ITEMS_PER_BATCH = 64;

export interface PreparedTable {
  info: TableInfo;
  profile: MappingProfile;
  source: ProfileSource;
  profilePath?: string;
  recognition?: Recognition;
  refs: ColumnRefs;
  notFound: Array<{ field: FieldName; names: string[] }>;
  dateOrder: DateOrderDecision;
  timeZone: string;
  joinFile?: string;
  sample: TableRow[];
  /** What the connector is unsure of already from the header and first rows. */
  doubts: Doubt[];
  /** Decisions worth telling a person (a row counter not taken for the id, a preset extended). */
  notes: string[];
  /** Whole-file checks, filled while the rows are mapped; its doubts join `doubts` at the end. */
  audit: FileAudit;
  map: (row: TableRow) => ImportItem;
  /** The sampled rows again, then the rest of the file; `rows.return()` stops reading and
   *  closes the file when they are not read to the end (a preview). */
  rows: TableRows;
}

/** The sampled rows as one batch, then the problem that cut the sample short (if any), then the
 *  rest of the file; closes the file however it ends once started (a reader taking rows one at a
 *  time gets the problem from `next()`, which stops nothing by itself). */
async function* chain(
  first: readonly TableRow[],
  rest: TableRows,
  pending: unknown,
): AsyncGenerator<readonly TableRow[]> {
  try {
    if (first.length > 0) yield first;
    if (pending) throw pending;
    yield* rest.batches();
  } finally {
    await rest.return();
  }
}

/** Open a table export and decide how to map it; reads only the first SAMPLE_ROWS rows. */
export async function prepareTable(file: string, opts: ImportOptions): Promise<PreparedTable> {
  const sheet = opts.sheet ?? profileSheet(opts.profile, file, opts.savedProfileDir);
  const { info, rows } = await openTable(file, sheet !== undefined ? { sheet } : {});
  try {
    return await prepareOpenTable(file, opts, info, rows);
  } catch (e) {
    await rows.return(); // close the file before reporting why it cannot be mapped
    throw e;
  }
}

async function prepareOpenTable(
  file: string,
  opts: ImportOptions,
  info: TableInfo,
  rows: TableRows,
): Promise<PreparedTable> {
  const sample: TableRow[] = [];
  let pending: unknown;
  /** The sample is the whole file (its last row was read). */
  let whole = false;
  try {
    while (sample.length < SAMPLE_ROWS) {
      const r = await rows.next();
      if (r.done) {
        whole = true;
        break;
      }
      sample.push(r.value);
    }
  } catch (e) {
    // A file-level problem part-way (unbalanced quote): the rows before it still go on.
    if (sample.length === 0) throw e;
    pending = e;
  }
  // A date column typed without its year, in a file whose title states its period: each date
  // takes the period's year (yearless-dates.ts), before its columns are recognised.
  const yearless = yearlessColumn(
    info.headers,
    info.titleLines,
    sample.map((r) => r.values),
  );
  if (yearless) for (const r of sample) yearless.fill(r);
  const timeZone = opts.timeZone ?? machineTimeZone();
  // Dates in another calendar in a file that proves it (other-calendars.ts: the Buddhist Era in a
  // Thai file, solar Hijri in a Persian one, Minguo in a Taiwanese one), made Gregorian the same way.
  const calendars = otherCalendarColumns(
    info.headers,
    sample.map((r) => r.values),
    timeZone,
    info.titleLines,
  );
  for (const fill of calendars) for (const r of sample) fill.fill(r);
  // A reader that knows its fields from a standard (HL7 SIU) names the preset that reads them.
  const stated = info.preset ? findPreset(info.preset) : undefined;
  let chosen = stated
    ? chooseStatedProfile(stated, opts.profile, file, info.headers, opts.savedProfileDir)
    : chooseProfile(opts.profile, file, info.headers, opts.savedProfileDir);
  const sampleValues = sample.map((r) => r.values);
  // Recognition runs for every file: it is the automatic mapping, and the yardstick a preset must
  // meet (a preset may not ignore an id or e-mail column the file has).
  const recognized = recognizeColumns(info.headers, sampleValues, {
    timeZone,
    ...(info.recordPath ? { recordPath: info.recordPath } : {}),
  });
  // A `Stat` column of codes that the file's own legend explains is its status (legend-status-column.ts).
  const legendStatus =
    chosen.profile === 'recognize' && whole
      ? legendStatusColumn(
          recognized,
          info.headers,
          (h) => sampleValues.map((r) => r[info.headers.indexOf(h)] ?? ''),
          fileLegend(info),
          recognized.profile.status,
        )
      : undefined;
  const recognition = legendStatus ? withLegendStatus(recognized, legendStatus) : recognized;
  let profile: MappingProfile;
  let doubts: Doubt[] = [];
  const notes: string[] = [];
  if (yearless)
    notes.push(
      yearless.from === 'title'
        ? `the dates in '${yearless.header}' have no year: each takes the year of the period the title states`
        : `some dates in '${yearless.header}' have no year: each takes the year of the column's own full dates around it, on the weekday written beside it`,
    );
  if (chosen.profile === 'recognize') profile = recognition.profile;
  else if (chosen.source === 'auto-preset') {
    const added = presetGaps(chosen.profile, info.headers, recognition);
    profile = added.profile;
    notes.push(...added.notes);
  } else profile = chosen.profile;
  // The practice's confirmed mapping cannot read this file at all (a second system exporting into
  // the same inbox, a report with other columns): it is held as a changed layout, read by
  // recognition so the review shows its columns, never failed and filed away as unreadable.
  if (
    profile.confirmed &&
    !profile.join &&
    missingRequired(resolveColumns(profile, info.headers).refs).length > 0 &&
    missingRequired(resolveColumns(recognition.profile, info.headers).refs).length === 0
  ) {
    const changed = layoutDoubt(profile.confirmed.headers, info.headers);
    if (changed) doubts.push(changed);
    profile = recognition.profile;
    chosen = { profile: 'recognize', source: 'auto' };
  }

  let joinFile: string | undefined;
  let joinData: JoinData | undefined;
  if (profile.join) {
    joinFile = findJoinFile(file, profile.join, opts);
    joinData = await loadJoin(joinFile, profile.join, info.file);
  }
  const { refs, notFound } = resolveColumns(profile, info.headers, joinData?.headers);
  // A one-column name's header that says which name comes first (`Last Name First Name`) sets
  // the order its values without a comma are read in, unless the mapping sets one.
  const statedOrder =
    refs.patientName && !refs.lastName ? headerNameOrder(refs.patientName.header) : undefined;
  if (statedOrder && (profile.patientNameOrder ?? 'auto') === 'auto')
    profile = { ...profile, patientNameOrder: statedOrder };
  // A birth date a mapping reads from a Nordic personal identity number column (saved from the
  // review, which names the column alone) is read from it by the practice's country's rule.
  const numberKind =
    refs.dob?.source === 'main' && !profile.dobWritten
      ? birthNumberKind(
          refs.dob.header,
          sampleValues.map((r) => r[refs.dob!.index] ?? ''),
          profile.timeZone ?? timeZone,
        )
      : undefined;
  if (numberKind) profile = { ...profile, dobWritten: numberKind };
  // Swedish numbers all written without `-` or `+` say no century: one refusal for the file, not
  // the same row error on every row.
  const centuryless =
    profile.dobWritten === 'personnummer' && refs.dob?.source === 'main'
      ? centurylessList(sampleValues.map((r) => r[refs.dob!.index] ?? ''))
      : undefined;
  if (centuryless)
    throw fileError(
      info.file,
      sample[centuryless.first]?.line ?? info.headerLine,
      `the birth dates are read from the Swedish personnummer in '${refs.dob!.header}', written as ten digits without their "-" or "+" (the first on this line): they do not say in which century a patient was born (a child and someone 100 years older share them)`,
      'Export the personnummer with its separator (YYMMDD-NNNN) or with the century (YYYYMMDD-NNNN), or the birth date as a column of its own',
    );
  const missing = missingRequired(refs);
  if (missing.length > 0) {
    const named = notFound.map((n) => `'${n.names.join("' or '")}' (${FIELD_LABELS[n.field]})`);
    // Column names with wide runs of spaces inside: a report lined up with spaces, split at
    // whatever delimiter its values happened to hold (the comma in `SMITH, JOHN`). Without an
    // underline (detect-layout.ts) where its cells end is not written at all.
    // The rows may show it where the line taken for the header does not: a day written above its
    // rows (`Monday, March 15, 2027`, split at its comma) under a page of space-aligned columns.
    const spacedHeader = info.headers.some((h) => /\S {2,}\S/.test(h));
    const aligned = sample.filter((r) => r.values.some((v) => LINED_UP.test(v)));
    if (
      info.format === 'delimited' &&
      (spacedHeader || (aligned.length >= 2 && aligned.length * 2 >= sample.length))
    )
      throw fileError(
        info.file,
        spacedHeader ? info.headerLine : aligned[0]!.line,
        // The line is not quoted: it may be a patient's row.
        'the columns seem to be lined up with spaces (a printed report), not split by a comma, semicolon, tab or | character: no line of column names could be read',
        'Export the schedule as a CSV or tab-delimited text file instead (the report\'s "Export to CSV" or "Export to Excel" option, saved as CSV).',
      );
    // A printed layout (appointment book grid, day sheet, label blocks, counts) is refused by name.
    const layout =
      chosen.source === 'auto'
        ? notAListNote(info.headers, sampleValues, !refs.patientName && !refs.lastName)
        : undefined;
    if (layout)
      throw fileError(
        info.file,
        layout.row === undefined ? info.headerLine : (sample[layout.row]?.line ?? info.headerLine),
        layout.reason,
        layout.action,
      );
    const numbers = numberDatesNote(info.headers, sampleValues);
    const embeddedDob = refs.dob ? undefined : embeddedBirthDateNote(info.headers, sampleValues);
    const yearless = numbers ? undefined : yearlessDatesNote(info.headers, sampleValues);
    const hijri = refs.date || refs.dateTime ? undefined : hijriDatesNote(info.headers, sampleValues);
    const buddhist = refs.date || refs.dateTime ? undefined : buddhistEraNote(info.headers, sampleValues);
    const minguo = refs.date || refs.dateTime ? undefined : minguoNote(info.headers, sampleValues);
    const bikram = refs.date || refs.dateTime ? undefined : bikramSambatNote(info.headers, sampleValues);
    const dayOnly = refs.date || refs.dateTime ? undefined : midnightDaysNote(info.headers, sampleValues);
    throw fileError(
      info.file,
      info.headerLine,
      // A day-only column is no missing date: what is missing is the time of day (midnight-days.ts).
      `cannot find ${(dayOnly ? missing.slice(1) : missing).join(', ') || 'a start time'} among the columns (${columnList(info.headers)})` +
        (chosen.source === 'auto' ? '' : ` using profile '${profile.name}'`) +
        (named.length ? `; the profile names columns not in the file: ${named.join(', ')}` : '') +
        (numbers ? `; ${numbers}` : '') +
        (yearless ? `; ${yearless}` : '') +
        (hijri ? `; ${hijri}` : '') +
        (buddhist ? `; ${buddhist}` : '') +
        (minguo ? `; ${minguo}` : '') +
        (bikram ? `; ${bikram}` : '') +
        (dayOnly ? `; ${dayOnly}` : '') +
        (embeddedDob ? `; ${embeddedDob}` : ''),
      (embeddedDob
        ? "Ask the booking or calendar tool to export the patient's date of birth as a column of its own (a form field exported on its own, not among the answers). "
        : '') +
        (numbers ? 'Export the dates and times formatted as dates (e.g. 2027-03-02 09:00). ' : '') +
        (hijri || buddhist || minguo || bikram
          ? `Export the appointment dates in the Gregorian calendar (a Gregorian date column beside the ${hijri ? 'Hijri' : buddhist ? 'Buddhist Era' : minguo ? 'Minguo' : 'Bikram Sambat'} one is enough), then put the file in the folder again. `
          : '') +
        (dayOnly
          ? "Export each appointment's start time (a time column, or the date with its time), then put the file in the folder again. "
          : '') +
        (yearless
          ? 'Write every date with its year (3/2/2027), then put the file in the folder again. '
          : '') +
        (chosen.source === 'auto'
          ? 'Add the missing columns to the export, or run `appt-connector detect FILE --save` and name them in the saved profile'
          : 'Choose the profile that matches this export (or auto), or correct the column names in the profile'),
    );
  }

  if (!isValidTimeZone(profile.timeZone ?? timeZone))
    throw fileError(
      info.file,
      0,
      `'${profile.timeZone ?? timeZone}' is not a time zone this computer knows`,
      'Set the practice time zone as Area/City, e.g. America/New_York or Europe/Berlin',
    );
  const zone = profile.timeZone ?? timeZone;

  const column = (header: string): string[] => {
    const i = info.headers.indexOf(header);
    return i < 0 ? [] : sample.map((r) => r.values[i] ?? '');
  };
  /** Date columns to hold each row's start day against (map/row-start-day.ts). */
  let startDays: RowMapperContext['startDayColumns'];
  /** The day/month order the start checks below read dates in: the profile's, else the file's. */
  const startDateOrder =
    profile.dateOrder === undefined || profile.dateOrder === 'auto'
      ? recognition.dateOrder.order
      : profile.dateOrder;
  if (chosen.source === 'auto') {
    // One column written twice with the same values, the start on the practice's clock and in
    // UTC, the start beside its own day at midnight (midnight-day-twin.ts), or two date columns
    // giving one day (`Appt Date` beside a `Date` that repeats it), agreeing on every
    // row of the file (read whole only when it fits the sample: a later row may disagree).
    const oneValue = (field: FieldName, a: string, b: string): boolean =>
      whole &&
      (sameColumnTwice(info.headers, a, b, column) ||
        ((field === 'dateTime' || field === 'time') &&
          utcTwinAgrees({
            field,
            a: { header: a, values: column(a) },
            b: { header: b, values: column(b) },
            ...(refs.date ? { dates: column(refs.date.header) } : {}),
            timeZone: zone,
            dateOrder: startDateOrder,
          })) ||
        (field === 'dateTime' &&
          midnightDayTwin({ chosen: column(a), rival: column(b), dateOrder: startDateOrder })) ||
        (field === 'date' && sameDayEveryRow(column(a), column(b), startDateOrder, zone)));
    doubts.push(
      ...columnDoubts(recognition, info.headers, column, (h) => measureColumn(column(h)), oneValue),
    );
    // The start's date-time, or its date, gives another day than a column headed as the
    // appointment's date (`Date` beside `Service Date`), or than a booking's date that would then
    // come after the visit (booked-after-start.ts).
    const startField = refs.dateTime ? 'dateTime' : 'date';
    const startRef = refs[startField];
    const mapped = new Set(recognition.fields.map((f) => f.column));
    if (startRef?.source === 'main' && !doubts.some((d) => d.field === startField)) {
      const otherDay =
        startDayDoubt({
          start: { header: startRef.header, field: startField, values: column(startRef.header) },
          candidates: recognition.candidates,
          mapped,
          values: column,
          timeZone: zone,
          dateOrder: startDateOrder,
          lines: sample.map((r) => r.line),
          timeColumn: refs.time !== undefined,
        }) ??
        bookedAfterStartDoubt({
          start: { header: startRef.header, field: startField, values: column(startRef.header) },
          headers: info.headers,
          values: column,
          dateOrder: startDateOrder,
          timeZone: zone,
          lines: sample.map((r) => r.line),
        });
      if (otherDay) doubts.push(otherDay);
      // A longer file is checked on every row as it is mapped (map/row-start-day.ts).
      else if (!whole) {
        const others = sameDayColumns(recognition.candidates, mapped, startRef.header, startField);
        if (others.length)
          startDays = {
            start: startRef.header,
            field: startField,
            others: others.map((header) => ({ header, source: 'main', index: info.headers.indexOf(header) })),
          };
      }
    }
  }
  if (profile.confirmed) {
    const changed = layoutDoubt(profile.confirmed.headers, info.headers);
    if (changed) doubts.push(changed);
  }
  // A preset names columns a file may not have; the practice's own mapping names its export's.
  if (chosen.source === 'file' || chosen.source === 'saved') {
    const missing = missingColumnsDoubt(notFound, (f) => FIELD_LABELS[f as FieldName]);
    if (missing) doubts.push(missing);
  }

  // A row counter is never an appointment id, confirmed or not: ids are derived instead
  // (documented), and the counter leaves the profile too, since the profile a person confirms is
  // this one (confirming a status word once saved `Appt #` as the id, and the next day's row 1
  // moved the first day's row 1); a confirmed profile that still names one is held. A column
  // whose values repeat for other appointments is held until a person confirms it: switching a
  // practice's ids from its column to derived ones would put every appointment on the portal
  // twice, so a person decides.
  const idRef = refs.appointmentId;
  if (idRef?.source === 'main') {
    const verdict = judgeIdColumn(sample.map((r) => sampleIdentity(r, refs)));
    if (!verdict.ok && verdict.why === 'counter' && profile.confirmed) {
      doubts.push({
        kind: 'appointment-id',
        field: 'appointmentId',
        column: idRef.header,
        message: `the confirmed appointment-id column numbers the rows (${verdict.example}…): the same number would be another appointment in the next export`,
        samples: [],
        question:
          'Map no column as the appointment id (ids are then made from patient, provider and day), or the column that holds the real id',
      });
    } else if (
      !verdict.ok &&
      (verdict.why === 'counter' ||
        (verdict.why === 'not-unique' &&
          !profile.confirmed &&
          (isBareCode(idRef.header) ||
            (saysCode(idRef.header) && wordsOnly(sample, idRef.index)) ||
            (!verdict.sameStart &&
              chosen.profile === 'recognize' &&
              unsureIdRepeatsBesidePatientId(
                recognition,
                idRef.header,
                refs.patientId?.header,
                verdict.example,
              )))))
    ) {
      delete refs.appointmentId;
      const { appointmentId: _counter, ...columns } = profile.columns;
      profile = { ...profile, columns };
      doubts = doubts.filter((d) => d.field !== 'appointmentId');
      notes.push(
        verdict.why === 'counter'
          ? `'${idRef.header}' numbers the rows (${verdict.example}…), it is not an appointment id: ids are derived from patient, provider and day`
          : isBareCode(idRef.header) || saysCode(idRef.header)
            ? `'${idRef.header}' repeats '${verdict.example}' for other appointments, a code of the visit, not its id: ids are derived from patient, provider and day`
            : `'${idRef.header}' repeats '${verdict.example}' at another start and names no appointment, a number of something else (a treatment cycle, a series), not the appointment's id: ids are derived from patient, provider and day`,
      );
    } else if (!verdict.ok && verdict.why === 'patient-id') {
      doubts = doubts.filter((d) => d.field !== 'appointmentId');
      doubts.push({
        kind: 'appointment-id',
        check: 'id-is-patient-id',
        field: 'appointmentId',
        column: idRef.header,
        ...patientIdAsIdDoubt(idRef.header, refs.patientId?.header ?? '', verdict.example),
      });
    } else if (!verdict.ok) {
      doubts = doubts.filter((d) => d.field !== 'appointmentId');
      doubts.push({
        kind: 'appointment-id',
        check: 'id-repeats',
        field: 'appointmentId',
        column: idRef.header,
        ...idReuseDoubt(verdict.example, !!verdict.sameStart),
      });
    }
  }

  // An id column that writes the row's telephone, birth date, start or provider again is none; a
  // mapping a person confirmed is theirs (trust/copied-id-column.ts).
  if (!profile.confirmed) doubts.push(...copiedIdDoubts(info.headers, refs, column));
  // An id column of numbers below 100, alone or after the patient's id, may count the patient's
  // visits (trust/small-id-numbers.ts).
  const smallIds =
    !profile.confirmed &&
    refs.appointmentId?.source === 'main' &&
    !doubts.some((d) => d.field === 'appointmentId')
      ? (smallIdNumbersDoubt(refs.appointmentId.header, column(refs.appointmentId.header)) ??
        (refs.patientId?.source === 'main'
          ? patientCountIdsDoubt(
              refs.appointmentId.header,
              column(refs.appointmentId.header),
              column(refs.patientId.header),
            )
          : undefined))
      : undefined;
  if (smallIds) doubts.push(smallIds);
  // A patient-id column that numbers the rows is a line number (trust/counted-patient-ids.ts).
  const countedPatients =
    !profile.confirmed && refs.patientId?.source === 'main'
      ? countedPatientIdsDoubt(refs.patientId.header, column(refs.patientId.header))
      : undefined;
  if (countedPatients) doubts.push(countedPatients);

  // Ids a spreadsheet rounded to 15 digits are held whatever the profile says (trust/rounded-ids.ts).
  for (const field of ['appointmentId', 'patientId'] as const) {
    const ref = refs[field];
    if (ref?.source !== 'main') continue;
    const rounded = roundedIdsDoubt(
      ref.header,
      field,
      sample.map((r) => r.values[ref.index] ?? ''),
    );
    if (rounded) doubts.push(rounded);
  }

  if (!refs.patientId) {
    const used = mappedIndexes(refs);
    const who = (f: FieldName, row: readonly string[]): string => {
      const ref = refs[f];
      return ref?.source === 'main' ? (row[ref.index] ?? '').trim().toLowerCase() : '';
    };
    const doubt = patientIdDoubt(
      info.headers,
      sampleValues,
      used,
      (row) =>
        ['patientName', 'lastName', 'firstName', 'dob']
          .map((f) => who(f as FieldName, row))
          .join('|')
          .replace(/^\|+$/, ''),
      (h) => measureColumn(column(h)),
      (row) => who('dob', row),
    );
    if (doubt) doubts.push(doubt);
  }

  const dateColumns = (['date', 'dateTime', 'dob', 'end', 'cancelledAt'] as const)
    .filter((f) => !(f === 'dob' && profile.dobWritten))
    .map((f) => refs[f])
    .filter((r) => r?.source === 'main')
    .map((r) => {
      const values = sample.map((s) => s.values[r!.index] ?? '');
      const stated = info.formatOrders?.[r!.index];
      return {
        header: r!.header,
        values,
        ...(stated ? { stated, overSerials: !values.some((v) => numericParts(v)) } : {}),
      };
    });
  // Other date columns of the file (`Booked On`, `Created`) prove the order only when written like
  // the mapped dates (other-date-columns.ts).
  const otherDates = otherDateColumns(info.headers, sample, mappedIndexes(refs), dateColumns);
  dateColumns.push(...otherDates.columns);
  dateColumns.push(...weekdayEvidence(info.headers, info.titleLines, sample, refs, info.stampLines));
  const personOrder =
    chosen.source !== 'auto' && (profile.dateOrder === 'MDY' || profile.dateOrder === 'DMY')
      ? profile.dateOrder
      : undefined;
  const startDateRef = refs.date ?? refs.dateTime;
  const language = dayFirstHeaders(info.headers, zone);
  // The order earlier exports settled reads files of their columns only (layout-date-order.ts).
  const remembered = opts.dateOrder
    ? {
        order: opts.dateOrder,
        source: opts.dateOrderSource ?? 'data',
        ...(opts.dateOrderHeaders ? { headers: opts.dateOrderHeaders } : {}),
      }
    : undefined;
  const memory = sameLayoutOrder(remembered, info.headers);
  const dateOrder = decideDateOrder({
    columns: dateColumns,
    ...(personOrder ? { profileOrder: personOrder } : {}),
    ...(memory ? { memory } : {}),
    timeZone: zone,
    ...(startDateRef?.source === 'main' ? { startColumn: startDateRef.header } : {}),
    unlike: otherDates.unlike,
    ...(language ? { dayFirstHeaders: language } : {}),
    ...(savedSemicolonLocale(
      info.delimiter,
      sample.map((r) => r.values),
    )
      ? { semicolons: true }
      : {}),
    sentColumns: sentDateColumns(refs, profile),
  });
  if (dateOrder.doubt) doubts.push(dateOrder.doubt);
  else if (!personOrder) {
    const otherLayout = otherLayoutOrderDoubt(remembered, info.headers, dateOrder, dateColumns, {
      timeZone: zone,
      ...(startDateRef?.source === 'main' ? { startColumn: startDateRef.header } : {}),
    });
    if (otherLayout) doubts.push(otherLayout);
  }
  const yearDayMonth = yearDayMonthDoubt(dateColumns.find((c) => c.header === startDateRef?.header));
  if (yearDayMonth) doubts.push(yearDayMonth);
  if (chosen.source === 'auto') {
    // Each row's zone is compared with the practice's at that row's start (read in the order
    // just decided): -05:00 is New York's in winter, Chicago's in summer.
    const zones = zoneColumnDoubt(
      info.headers,
      column,
      zone,
      () =>
        sampleStarts(sample, { file: info.file, refs, profile, dateOrder: dateOrder.order, timeZone: zone }),
      startsWriteInstants(
        refs.dateTime && !refs.date && !refs.time ? column(refs.dateTime.header) : [],
        dateOrder.order,
      ),
    );
    if (zones) doubts.push(zones);
  }
  if (info.encodingUnsure) doubts.push(encodingDoubt(info.encodingUnsure));
  if (info.sheetChoice) doubts.push(sheetDoubt(info.sheetChoice, info.sheet ?? ''));
  if (info.mergedAppointments?.length) doubts.push(mergedCellsDoubt(info.mergedAppointments));
  const places = {
    titleLines: info.titleLines,
    file: path.basename(info.file),
    ...(info.recordPath ? { recordPath: info.recordPath } : {}),
    ...(info.rootName ? { rootName: info.rootName } : {}),
  };
  // (Records grouped under `<Cancelled>` beside `<Scheduled>` are held as grouped rows.)
  const offBook = info.headingLines ? undefined : offBookTitle(places);
  const statusLike = refs.status ?? refs.cancelledAt ?? refs.cancelledFlag;
  // A status the practice's own mapping names and the file lacks is asked about already (a typo,
  // `Staus`): the file's own status column is not asked about again as a free one.
  const statusGone =
    (chosen.source === 'file' || chosen.source === 'saved') &&
    notFound.some((n) => n.field === 'status' || n.field === 'cancelledAt' || n.field === 'cancelledFlag');
  // With a status, the title holds only if the status books every row (FileAudit).
  if (offBook && !statusLike) doubts.push(offBookTitleDoubt(offBook));
  const changes = changeLogDoubt(places, info.headers, refs, column);
  if (changes) doubts.push(changes);

  // A schedule printed for one provider or office says so in its title, not on its rows.
  const title = titleDefaults(
    statedFilters(info.titleCells ?? info.titleLines.map((t) => [t])),
    { providerColumn: !!(refs.providerName || refs.providerId), locationColumn: !!refs.location },
    profile.defaults,
  );
  notes.push(...title.notes);
  // A grouped report's group lines give their rows a column (group-columns.ts).
  for (const g of info.groupColumns ?? [])
    notes.push(
      `the rows take their '${g.label}' from the group line above them (line ${g.line}: '${displayText(g.text, 60)}')`,
    );

  // VistA's own statuses (NO ACTION TAKEN, NON-COUNT, INPATIENT) in a file that proves it is
  // VistA's: read as its documentation says, never asked (vista-statuses.ts).
  const vistaAnswers =
    refs.status?.source === 'main'
      ? vistaStatusAnswers(
          column(refs.status.header),
          info.headers,
          info.titleLines,
          sampleValues,
          profile.status,
        )
      : [];
  if (vistaAnswers.length) {
    profile = { ...profile, status: withStatusAnswers(profile.status, vistaAnswers) };
    notes.push(
      `VistA's appointment statuses are read as its APPOINTMENT STATUS file (#409.63) says: ${vistaAnswers.map((a) => `'${a.word}' ${a.meaning === 'new' ? 'booked' : 'cancelled'}`).join(', ')}`,
    );
  }

  // Status codes the file's own legend explains (`A = Arrived` under the table): read with it when
  // the sample is the whole file, so the legend was met; a longer file asks once (legend-statuses.ts).
  const legend =
    whole && refs.status?.source === 'main'
      ? legendStatuses(
          fileLegend(info),
          column(refs.status.header),
          profile.status,
          refs.status.header,
          info.headers.filter((h) => h !== refs.status!.header).map(column),
        )
      : undefined;
  if (legend?.note) notes.push(legend.note);
  if (legend?.doubt) doubts.push(legend.doubt);

  const statusRef = refs.status;
  const finalIdRef = refs.appointmentId;
  const withdrawal = withdrawalColumns(info.headers, refs);
  // The columns the text checks leave to the withdrawal check (a request flag is read by both).
  const withdrawn = withdrawal.filter((c) => !c.request);
  // Twins a person already confirmed are not asked about again; the next ones are (names-apart.ts).
  const acceptedApart = answeredSubjects(profile.confirmed?.answered, 'names-apart');
  // The practice's answers to cancellations written in a note column (note-statuses.ts).
  const notesAnswered = noteAnswers(profile, info.headers, indexOfHeader);
  const ownClocks = ownClocksLine(info.titleLines);
  const answeredLocations = answeredSubjects(profile.confirmed?.answered, 'location-zone');
  const zonedLocations = locationClock(profile.locationZones);
  const startHeaders = [refs.time?.header ?? refs.dateTime?.header];
  const headerClock = startHeaderClock(startHeaders);
  // A zone column beside it says each row's clock itself (`Clinic TZ` = America/Chicago): then the
  // header's site clocks are that column's, no question of the sites' places.
  const timeRef = refs.time ?? refs.dateTime;
  const zoneColumnBeside = info.headers.some(
    (h, i) => isZoneHeader(h) && !(timeRef?.source === 'main' && timeRef.index === i),
  );
  const siteClocks = zoneColumnBeside ? undefined : siteClockHeader(startHeaders);
  const audit = new FileAudit({
    ...(headerClock ? { startHeaderClock: headerClock } : {}),
    ...(zonedLocations ? { locationClock: zonedLocations } : {}),
    ...(ownClocks ? { ownClocksLine: ownClocks } : {}),
    ...(siteClocks ? { ownClocksHeader: siteClocks } : {}),
    ...(answeredLocations.size ? { answeredLocations } : {}),
    ...(notesAnswered.length ? { answeredNotes: notesAnswered } : {}),
    ...(statusRef ? { statusColumn: statusRef.header } : {}),
    ...(finalIdRef ? { idColumn: finalIdRef.header } : {}),
    // Every row's ids, not only the first rows' (an export sorted by id puts its long ids last).
    longIdColumns: (['appointmentId', 'patientId'] as const).flatMap((field) => {
      const ref = refs[field];
      return ref?.source === 'main' ? [{ header: ref.header, index: ref.index, field }] : [];
    }),
    ...(refs.patientName ? { nameColumn: refs.patientName.header } : {}),
    ...(refs.dob ? { dobColumn: refs.dob.header } : {}),
    ...(refs.date && refs.time ? { dateColumn: refs.date.header } : {}),
    // A patient-id column must name one person per value (unless a person answered that).
    ...(refs.patientId ? { patientIdColumn: refs.patientId.header } : {}),
    // These checks run on every file, confirmed or not: a confirmation answers only the ones it
    // was asked (allDoubts leaves those out).
    checkIdGaps: true,
    // XML records (a record path) are no printed report; a SpreadsheetML sheet is.
    printedReport: !info.recordPath,
    // HL7 v2 defines a time written without an offset as the sender's clock (TS/DTM), so its
    // starts with and without one are no question while the zoned ones are on the practice's
    // clock (start-zones.ts).
    ...(info.format === 'hl7' ? { plainStartsLocal: true } : {}),
    withdrawalColumns: withdrawal,
    ...(statusLike
      ? { cancelTextColumns: cancelTextColumns(info.headers, refs, withdrawn) }
      : statusGone
        ? {}
        : {
            freeColumns: freeColumns(info.headers, refs, withdrawn),
            // With no status every row goes booked: a provider or location that says the visit is
            // off (`Dr. Raj Lee - CANCELLED`, a `Broken Appts` chair) holds the file as beside one.
            cancelTextColumns: cancelTextColumns(info.headers, refs, withdrawn).filter(
              (c) => c.readAs === 'parts',
            ),
          }),
    blockTextColumns: blockTextColumns(info.headers, refs, withdrawn),
    ...(statusRef?.source === 'main'
      ? { statusCodeColumns: statusCodeColumns(info.headers, statusRef) }
      : {}),
    blocksOnly: !!(refs.status || refs.cancelledAt || refs.cancelledFlag),
    ...(offBook && statusLike ? { offBookTitle: offBookTitleDoubt(offBook, statusLike.header) } : {}),
    checkProviderSplit: true,
    ...eventTimeOf(eventTimeColumn(info.headers, refs, column)),
    ...clockCheck(refs),
    ...startDateCheck(refs),
    ...providerCheck(refs),
    ...cancelCheck(refs),
    order: dateOrder.order,
    // A program in a day-first language writes its dotted dates day-first (dotted-start-dates.ts).
    ...(language ? { dayFirstLanguage: true } : {}),
    timeZone: zone,
    ...(acceptedApart.size ? { acceptedApart } : {}),
  });
  const allDay = allDayColumn(info.headers);
  const map = createRowMapper({
    file: info.file,
    profile,
    ...(legend?.codes.size ? { statusLegend: legend.codes } : {}),
    ...(notesAnswered.length ? { noteAnswers: notesAnswered } : {}),
    refs,
    dateOrder: dateOrder.order,
    timeZone: zone,
    practiceId: opts.practiceId,
    audit,
    ...encounterOf(encounterColumn(info.headers, refs, column)),
    idsKeepDecimals: new Set(
      (['patientId', 'appointmentId'] as const).filter((f) => {
        const ref = refs[f];
        return ref?.source === 'main' && idsKeepDecimals(sample.map((r) => r.values[ref.index] ?? ''));
      }),
    ),
    deceasedColumns: deceasedColumns(
      info.headers,
      refs,
      joinData && profile.join ? { name: profile.join.name, headers: joinData.headers } : undefined,
    ),
    ...(refs.patientName?.source === 'main' && !refs.lastName
      ? sampleNames(sample, refs.patientName.index)
      : {}),
    title: title.values,
    fieldsInFile: new Set(recognition.fields.map((f) => f.field)),
    statedZones: statedZones(info.titleLines),
    ...(allDay ? { allDayColumn: allDay } : {}),
    endColumns: spanEndColumns(info.headers, refs),
    kindColumns: otherKindColumns(info.headers, recognition.candidates, refs),
    unmappedColumns: unmappedColumns(info.headers, refs),
    siteColumns: unkeptSiteColumns(info.headers, refs),
    // A zone column beside locations answered to keep another clock: each such row's written zone
    // must be its location's clock (map-row.ts).
    ...(profile.locationZones?.length
      ? {
          zoneColumns: info.headers.flatMap((header, index) =>
            isZoneHeader(header) ? [{ header, source: 'main' as const, index }] : [],
          ),
        }
      : {}),
    ...(startDays ? { startDayColumns: startDays } : {}),
    weekdayColumn: weekdayColumnRef(info.headers, sample, refs),
    ruleColumns: recurrenceColumns(info.headers, refs),
    ageColumn: patientAgeColumn(info.headers, refs),
    providerSample: sample,
    practiceEmails: practiceEmails(sample, refs, profile.patientNameOrder ?? 'auto'),
    namesList: namesOffBookList,
    furnitureLines: info.furnitureLines,
    ...(opts.practiceName ? { practiceName: opts.practiceName } : {}),
    ...(joinData && profile.join
      ? {
          joinLookup: (k: string) => joinData.byKey.get(k),
          joinKeyIndex: indexOfHeader(info.headers, profile.join.on.column),
          joinFile: path.basename(joinFile!),
        }
      : {}),
  });
  return {
    info,
    profile,
    source: chosen.source,
    ...(chosen.path ? { profilePath: chosen.path } : {}),
    recognition,
    refs,
    notFound,
    dateOrder,
    timeZone: zone,
    ...(joinFile ? { joinFile } : {}),
    sample,
    doubts,
    notes,
    audit,
    map: info.sheet !== undefined && info.format === 'xlsx' ? inSheet(map, info.file, info.sheet) : map,
    // Stopping these rows closes the file even when none was read (the preview reads only the
    // sample, then stops them).
    rows: new TableRows(
      withFills(chain(sample, rows, pending), [yearless, ...calendars], sample.length),
      () => rows.return(),
    ),
  };
}

/** The rows after the sample with their cells rewritten as the sample's were (the year the stated
 *  period gives year-less dates, the Gregorian year of a Buddhist Era one; the sample's `skip`
 *  first rows have theirs already). */
async function* withFills(
  source: AsyncGenerator<readonly TableRow[]>,
  fills: ReadonlyArray<{ fill(row: TableRow): void } | undefined>,
  skip: number,
): AsyncGenerator<readonly TableRow[]> {
  const used = fills.filter((f) => f !== undefined);
  if (used.length === 0) return yield* source;
  let seen = 0;
  for await (const batch of source) {
    for (const r of batch) if (seen++ >= skip) for (const f of used) f.fill(r);
    yield batch;
  }
}

/**
 * The date range the report's title lines state ("Dates: 03/01/2027 - 03/05/2027"), as whole local
 * days in the practice's zone: snapshot mode cancels only inside it. Ignored when an appointment
 * of the file lies outside it (then the line was not the report's range).
 */
function statedRangeOf(
  p: PreparedTable,
  span: { from: Date; to: Date } | undefined,
  order: DateOrder = p.dateOrder.order,
): ({ from: Date; to: Date } & { text: string }) | undefined {
  const r = statedRange(p.info.titleLines, { order });
  if (!r) return undefined;
  const from = wallClockToUtc(r.from, MIDNIGHT, p.timeZone).instant;
  const after = new Date(Date.UTC(r.to.year, r.to.month - 1, r.to.day + 1));
  const end = wallClockToUtc(
    { year: after.getUTCFullYear(), month: after.getUTCMonth() + 1, day: after.getUTCDate() },
    MIDNIGHT,
    p.timeZone,
  ).instant;
  const range = { from, to: new Date(end.getTime() - 1) };
  if (span && (span.from < range.from || span.to > range.to)) return undefined;
  return { ...range, text: r.text };
}

/** When the report says it was made: its title lines and footer stamps, in the practice's zone; a
 *  numeric date that reads both ways only in an order the file's data or headers, or a person,
 *  settled (never the region's, nor earlier files'). */
function statedPrintTimeOf(p: PreparedTable): StatedPrintTime | undefined {
  const { source, order } = p.dateOrder;
  return statedPrintTime([...p.info.titleLines, ...(p.info.stampLines ?? [])], {
    order,
    orderSettled: source === 'data' || source === 'header' || source === 'setting',
    timeZone: p.timeZone,
  });
}

/** The first rows' doubts, then the whole file's; one per kind where both halves can find the
 *  same thing (an id reused, a date order contradicted); a patient id shown given to two people
 *  replaces the first rows' doubt about that column (it says more). Content checks a person
 *  answered by confirming the mapping are left out (answered-checks.ts). */
function allDoubts(p: PreparedTable): Doubt[] {
  const answered = p.profile.confirmed?.answered;
  const open = (d: Doubt): boolean => !isAnswered(answered, d);
  let out = p.doubts.filter(open);
  // Letters outside ASCII met only after the first rows (decode.ts) can leave the encoding unsure.
  const lateEncoding = p.info.encodingUnsure && !out.some((d) => d.kind === 'encoding');
  const legend = fileLegend(p.info);
  const late = [
    ...(lateEncoding ? [encodingDoubt(p.info.encodingUnsure!)] : []),
    ...p.audit.doubts(legend).map((d) => withLegend(d, legend)),
  ];
  for (const d of late.filter(open)) {
    if ((d.kind === 'appointment-id' || d.kind === 'date-order') && out.some((o) => o.kind === d.kind))
      continue;
    // A column the first rows already asked about (a free cancellation column) is asked once.
    if (d.kind === 'column' && d.column && out.some((o) => o.column === d.column)) continue;
    if (d.kind === 'column' && d.field === 'patientId')
      out = out.filter((o) => o.kind !== 'column' || o.field !== 'patientId');
    out.push(d);
  }
  // A total counting cancelled or listed rows in a file with no column to say which (counted-off-book.ts).
  const { status, cancelledAt, cancelledFlag } = p.refs;
  const counted =
    status || cancelledAt || cancelledFlag ? undefined : countedOffBook(p.info.countLines ?? []);
  if (counted && open(offBookTitleDoubt(counted))) out.push(offBookTitleDoubt(counted));
  // A heading over no appointment (a `Waitlist` typed under the schedule) changes nothing sent; one
  // past those kept (headingsCut) may be over some.
  const headings = p.info.headingsCut
    ? p.info.headingLines
    : p.info.headingLines?.filter((h) => !h.groups || h.grouped);
  if (headings?.length) {
    const first = headings[0]!;
    const text = `line ${first.line}: '${displayText(first.text, 60)}'`;
    // A day sheet's second line under every appointment is no group above rows: said as it is.
    const twoLines = continuesRows(
      headings.map((h) => h.line),
      p.info.headerLine,
    );
    const grouped: Doubt = {
      kind: 'grouped-rows',
      check: 'grouped-rows',
      subjects: groupedSubjects(headings),
      message: twoLines
        ? `each appointment takes two lines, the second with cells of its own under the row (${text}); a day sheet prints there what the row leaves out, such as the status, the type or a phone`
        : `the rows are grouped under lines of their own (${text}); a grouped report writes there what the rows under it do not repeat, such as their status or provider`,
      samples: headings.map((h) => displayText(h.text, 60)),
      question: twoLines
        ? "Does the second line say something the row leaves out (cancelled, the type of visit)? Then export one line per appointment (turn off the report's second detail line, or use the appointment list); confirm the mapping only if it does not"
        : 'Do these lines say something the rows leave out (cancelled, a provider, a day)? Then export without grouping, one full row per appointment; confirm the mapping only if they do not',
    };
    if (open(grouped)) out.push(grouped);
  }
  return p.info.sideBySide ? placeRepeatedColumns(out, p.info.headers) : out;
}

/** What confirming a grouped file answers: that its lines say nothing the rows leave out, and,
 *  for each word of them that cancels or names a list of no appointments (`Cancelled`, `Wait
 *  List`), that word too. A practice that confirmed rows grouped under its providers had said
 *  nothing of a later file grouped under `Cancelled`, whose rows then went as booked. */
function groupedSubjects(headings: ReadonlyArray<{ text: string }>): string[] {
  // Numbers aside (`9876 cancelled` on a day sheet's second line is the word `cancelled`).
  const said = headings.map((h) => titleSubject(offBookWordIn(h.text) ?? '')).filter(Boolean);
  return ['lines', ...new Set(said)];
}

/** The column whose start times the audit checks for a 12-hour clock without AM/PM. */
function clockCheck(refs: ColumnRefs): { timeField: string; timeColumn?: string } {
  const field = refs.time ? 'time' : refs.dateTime ? 'dateTime' : 'date';
  const ref = refs[field];
  return { timeField: field, ...(ref ? { timeColumn: ref.header } : {}) };
}

/** The column whose dates the audit checks for starts far ahead. */
function startDateCheck(refs: ColumnRefs): { startDateColumn?: { field: string; column: string } } {
  const field = refs.dateTime ? 'dateTime' : 'date';
  const ref = refs[field];
  return ref ? { startDateColumn: { field, column: ref.header } } : {};
}

/** The cancellation column the audit compares with the status words, when there are both; not a
 *  soft-delete flag, whose yes beside `Scheduled` is how a deleted row looks (namesDeletion). */
function cancelCheck(refs: ColumnRefs): { cancelColumn?: string; cancelFlagColumn?: string } {
  const ref = refs.cancelledAt ?? refs.cancelledFlag;
  if (!ref || !refs.status) return {};
  const flag = refs.cancelledFlag;
  // A soft-delete flag's no beside `Cancelled` is a cancelled row not deleted: no disagreement.
  const flagColumn = flag && !namesDeletion(flag.header) ? { cancelFlagColumn: flag.header } : {};
  return ref === refs.cancelledFlag && namesDeletion(ref.header)
    ? {}
    : { cancelColumn: ref.header, ...flagColumn };
}

/** The provider column the audit checks for rows that leave it empty. */
function providerCheck(refs: ColumnRefs): { providerColumn?: string; providerIdColumn?: string } {
  const ref = refs.providerName ?? refs.providerId;
  return {
    ...(ref ? { providerColumn: ref.header } : {}),
    // An id beside the name must give each provider their own (provider-id-names.ts).
    ...(refs.providerId && refs.providerName ? { providerIdColumn: refs.providerId.header } : {}),
  };
}

/** How the sample writes its one-column names: First Last (a comma between two names is two
 *  people there), the family name marked in capitals (`DUPONT Marie`) or not, and a chart number
 *  set apart in every name (name-numbers.ts). */
function sampleNames(
  sample: readonly TableRow[],
  index: number,
): { namesFirstLast: boolean; capitalsMarkFamily: boolean; chartNumber?: (cell: string) => string } {
  const written = sample.map((r) => r.values[index] ?? '');
  const chartNumber = chartNumberColumn(written);
  const cells = chartNumber ? written.map(chartNumber) : written;
  return {
    namesFirstLast: writesNamesFirstLast(cells),
    capitalsMarkFamily: namesMarkFamilyInCapitals(cells),
    ...(chartNumber ? { chartNumber } : {}),
  };
}

/** Who and when a sample row is for, as written: enough to tell two appointments apart. */
function sampleIdentity(r: TableRow, refs: ColumnRefs): { id: string; who: string; when: string } {
  const cell = (f: FieldName): string => {
    const ref = refs[f];
    return ref?.source === 'main' ? (r.values[ref.index] ?? '').trim() : '';
  };
  return {
    id: cell('appointmentId'),
    who: [cell('patientId'), cell('patientName'), cell('lastName'), cell('firstName'), cell('dob')].join('|'),
    when: [cell('dateTime'), cell('date'), cell('time')].join('|'),
    // Only a column of its own: a mapping that reads both ids from one column says so on purpose.
    ...(refs.patientId?.source === 'main' && refs.patientId.index !== refs.appointmentId?.index
      ? { patientId: cell('patientId') }
      : {}),
  };
}

/**
 * A preset found by its columns explains the file only as far as its columns go. Where the file
 * has an appointment id, patient id, e-mail, location, type, reason or description column the
 * preset does not name, and recognition is sure of it, the preset is extended with it rather than
 * ignoring it (a location ignored sends the practice name, and the same list exported without its
 * status column, read by recognition, would then move every visit to its real site; a reason
 * ignored would send none, or keep the one sent before over the file's: unstated-fields.ts).
 */
function presetGaps(
  preset: MappingProfile,
  headers: readonly string[],
  recognition: Recognition,
): { profile: MappingProfile; notes: string[] } {
  const { refs } = resolveColumns(preset, headers);
  const usedHeaders = new Set(Object.values(refs).map((r) => r.header));
  const columns = { ...preset.columns };
  const notes: string[] = [];
  for (const field of [
    'appointmentId',
    'patientId',
    'email',
    'location',
    'type',
    'reason',
    'description',
  ] as const) {
    if (refs[field]) continue;
    const g = recognition.fields.find((f) => f.field === field);
    if (!g || g.confidence < SURE || usedHeaders.has(g.column)) continue;
    columns[field] = g.column;
    notes.push(
      `'${g.column}' read as the ${FIELD_LABELS[field]} (the ${preset.name} layout does not name it)`,
    );
  }
  return { profile: notes.length ? { ...preset, columns } : preset, notes };
}

function emptySummary(): ImportSummary {
  return {
    rowsRead: 0,
    appointments: 0,
    byStatus: { NEW: 0, UPDATE: 0, CANCEL: 0 },
    skipped: 0,
    errors: 0,
    doubts: [],
  };
}

function count(summary: ImportSummary, item: ImportItem, timeZone?: string): void {
  if (item.kind === 'skipped') summary.skipped++;
  else if (item.kind === 'error') summary.errors++;
  else {
    const a: Appointment = item.appointment;
    summary.appointments++;
    summary.byStatus[a.status]++;
    // A row on a location's own clock counts on the day it is written on: its 11:30 PM on Chicago
    // time is the next day in Louisville, and a snapshot of one day would cancel the next.
    const start = item.clock && timeZone ? sameWallClock(a.start, item.clock, timeZone, summary) : a.start;
    // getTime, not `<` on the Dates: that converts each through valueOf (~1 % of a convert).
    if (!summary.range) summary.range = { from: start, to: start };
    else {
      const t = start.getTime();
      if (t < summary.range.from.getTime()) summary.range.from = start;
      if (t > summary.range.to.getTime()) summary.range.to = start;
    }
  }
}

/** `at`'s wall clock on `clock`, read on `zone` (noting `clock` as one the file's rows keep). */
function sameWallClock(at: Date, clock: string, zone: string, summary: ImportSummary): Date {
  if (!summary.otherClocks?.includes(clock)) (summary.otherClocks ??= []).push(clock);
  const local = new Date(at.getTime() + zoneOffsetMs(clock, at.getTime()));
  return wallClockToUtc(
    { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() },
    {
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
      millisecond: local.getUTCMilliseconds(),
    },
    zone,
  ).instant;
}

/** An AppointmentData document's appointments, validated whole (the file is read at once). */
async function passThrough(
  file: string,
  opts: ImportOptions,
): Promise<{ items: ImportItem[]; summary: ImportSummary }> {
  const base = path.basename(file);
  // Loaded here, not with the module: libxml2 is a third of a small table convert's start-up.
  const [{ validateAppointmentData }, { readAppointmentData }] = await Promise.all([
    import('../xml/validate-appointment-data.ts'),
    import('../xml/read-appointment-data.ts'),
  ]);
  const xml = await fs.promises.readFile(file, 'utf8');
  const result = await validateAppointmentData(xml, { fileName: base });
  if (!result.ok) {
    const shown = result.problems.slice(0, 5).map((p) => formatXmlProblem(p).replace(/\.+\s*$/, ''));
    const more = result.problems.length > 5 ? ` (and ${result.problems.length - 5} more)` : '';
    throw fileError(
      base,
      result.problems[0]?.line ?? 0,
      `this AppointmentData file cannot be used: ${shown.join(' | ')}${more}`,
      'Correct the file (or the program that wrote it) and put it in the folder again; nothing from it was sent',
    );
  }
  // Every AppointmentData record has a status.
  const summary: ImportSummary = { ...emptySummary(), canCancel: true };
  const items: ImportItem[] = [];
  const appointments = readAppointmentData(xml, { timeZone: opts.timeZone ?? machineTimeZone() });
  let i = 0;
  for (const appointment of appointments) {
    summary.rowsRead++;
    i++;
    // Never send one practice's appointments to another: the document must name this practice.
    const item: ImportItem =
      appointment.practiceId.trim().toLowerCase() === opts.practiceId.trim().toLowerCase()
        ? { kind: 'appointment', line: i, appointment }
        : {
            kind: 'error',
            error: {
              file: base,
              line: 0,
              field: 'practiceId',
              value: appointment.practiceId,
              message: `appointment ${appointment.appointmentId} (number ${i} in the document) is for practice ${appointment.practiceId}, but this file is being sent for practice ${opts.practiceId}`,
              hint: "Put the file in that practice's folder, or correct IntegrationPracticeId in the file",
            },
          };
    count(summary, item);
    items.push(item);
  }
  return { items, summary };
}

/** An .xlsx workbook's row errors name the sheet their line is a row of (a joined file's keep
 *  theirs); an XML Spreadsheet's lines are the file's, as any XML export's. */
function inSheet(map: PreparedTable['map'], file: string, sheet: string): PreparedTable['map'] {
  return (row) => {
    const item = map(row);
    if (item.kind === 'error' && item.error.line > 0 && item.error.file === file) item.error.sheet = sheet;
    return item;
  };
}

/** Optional observers (the CLI prints which profile was used). */
export interface ImportHooks {
  onTable?: (prepared: PreparedTable) => void;
  onPassThrough?: () => void;
}

/**
 * Read one export. Yields every row's outcome in file order; returns the summary.
 * @throws ExportFileError when the file as a whole cannot be used (unreadable, no header, no
 *   usable mapping, invalid AppointmentData, missing join table)
 */
export async function* importExport(
  file: string,
  opts: ImportOptions,
  hooks: ImportHooks = {},
): AsyncGenerator<ImportItem, ImportSummary> {
  const batches = importBatches(file, opts, hooks);
  for (;;) {
    const r = await batches.next();
    if (r.done) return r.value;
    yield* r.value;
  }
}

/**
 * importExport's outcomes a batch at a time (at most ITEMS_PER_BATCH, from one decoded piece of the file),
 * for a reader of the whole file such as `convert`: one `await` per batch instead of per row.
 */
export async function* importBatches(
  file: string,
  opts: ImportOptions,
  hooks: ImportHooks = {},
): AsyncGenerator<ImportItem[], ImportSummary> {
  const kind = await sniffFileKind(file);
  if (kind === 'appointment-data-xml') {
    hooks.onPassThrough?.();
    const { items, summary } = await passThrough(file, opts);
    if (items.length > 0) yield items;
    return summary;
  }
  // 'binary' and 'empty' are refused by openTable with the reader's own plain message.
  const prepared = await prepareTable(file, opts);
  hooks.onTable?.(prepared);
  const summary = emptySummary();
  for await (const rows of prepared.rows.batches()) {
    // A reader's batch is a piece of the file (32 KB, ~300 rows), but an XML table comes as one
    // batch of every record: mapped appointments go out ITEMS_PER_BATCH at a time, so few are
    // alive at once whatever the reader (yielding ~2,500 at once took a 200,000-row convert's
    // peak RSS from 150 to 190 MB).
    for (let at = 0; at < rows.length; at += ITEMS_PER_BATCH) {
      const end = Math.min(rows.length, at + ITEMS_PER_BATCH);
      const items: ImportItem[] = new Array(end - at);
      for (let i = at; i < end; i++) {
        const item = prepared.map(rows[i]!);
        count(summary, item, prepared.timeZone);
        items[i - at] = item;
      }
      summary.rowsRead += end - at;
      yield items;
    }
  }
  summary.doubts = allDoubts(prepared);
  const answered = prepared.profile.confirmed?.answered;
  if (answered?.length) summary.answered = answered;
  const { refs } = prepared;
  summary.canCancel = !!(refs.status || refs.cancelledAt || refs.cancelledFlag);
  const stated = statedRangeOf(prepared, summary.range);
  if (stated) summary.statedRange = { from: stated.from, to: stated.to };
  else if (summary.range && prepared.dateOrder.source !== 'setting') {
    // The title's range holds every row only read in the other day/month order (title-date-order.ts).
    const startRef = refs.date ?? refs.dateTime;
    const starts =
      startRef?.source === 'main' ? prepared.sample.map((r) => r.values[startRef.index] ?? '') : [];
    // An order the data proves elsewhere (a birth date 08/29/1963) does not silence a title in
    // words: `Period: Fri 5 Nov 2027 to Tue 9 Nov 2027` over start dates 05/11/2027, 08/11/2027
    // that fit it only day-first says the start column is not written as the birth dates are
    // (red team 65r1: sent as 11 May and 11 August, unasked). A numeric title is itself read in
    // the proven order, so it is compared only where the order was a guess.
    const other =
      prepared.dateOrder.source !== 'data' && readsBothWays(starts)
        ? statedRangeOf(prepared, summary.range, prepared.dateOrder.order === 'DMY' ? 'MDY' : 'DMY')
        : undefined;
    if (other) summary.doubts.push(titleOrderDoubt(other.text, prepared.dateOrder.order));
    else {
      // A title in words reads one way: rows inside it only in the other order are written so.
      const title = wordTitleAgainstRows(prepared.info.titleLines, starts, prepared.dateOrder.order);
      if (title) summary.doubts.push(titleOrderDoubt(title, prepared.dateOrder.order));
    }
  }
  const printed = statedPrintTimeOf(prepared);
  if (printed) summary.statedPrintTime = printed;
  for (const t of prepared.info.titleLines) notePage(prepared.info, t);
  const pages = prepared.info.pages;
  if (pages && pages.seen < pages.of) summary.cutShort = { page: pages.seen, of: pages.of };
  else if (prepared.info.endsOnHeaderCopy) summary.cutShort = { headerOn: prepared.info.endsOnHeaderCopy };
  const subset = statedSubset(
    prepared.info.titleCells ?? prepared.info.titleLines.map((t) => [t]),
    path.basename(prepared.info.file),
  );
  if (subset) summary.narrowedBy = subset;
  if (prepared.info.format === 'hl7') summary.changesOnly = true;
  summary.dateOrder = {
    order: prepared.dateOrder.order,
    source: prepared.dateOrder.source,
    ...(prepared.dateOrder.evidence ? { evidence: prepared.dateOrder.evidence } : {}),
    // Remembered with the order its data proved: it reads later files of these columns only.
    ...(prepared.dateOrder.source === 'data' ? { headers: [...prepared.info.headers] } : {}),
  };
  return summary;
}

export interface DetectedField {
  field: FieldName;
  label: string;
  column: string;
  /** 1 for a column named by a preset or profile; recognition's own score otherwise. */
  confidence: number;
  why: string;
}

/** What `detect` and the settings preview show: how the file will be read, and its first rows as
 *  they would be sent. */
export interface DetectReport {
  file: string;
  format: TableInfo['format'];
  /** An Excel workbook's sheet the rows were read from. */
  sheet?: string;
  encoding: string;
  delimiter?: string;
  headerLine: number;
  titleLines: string[];
  headers: string[];
  profileName: string;
  profileSource: ProfileSource;
  profilePath?: string;
  /** The profile as JSON-ready data (save it to confirm or correct it). */
  profile: MappingProfile;
  fields: DetectedField[];
  dateOrder: DateOrderDecision;
  /** What is uncertain in the first rows (the whole file may add more: see convert). */
  doubts: Doubt[];
  notes: string[];
  timeZone: string;
  joinFile?: string;
  unmapped: string[];
  /** Why some unmapped columns are left out, where the reason is not plain (Recognition.leftOut). */
  leftOut: Array<{ column: string; why: string }>;
  /** Columns a profile names that the file does not have. */
  notFound: string[];
  preview: ImportItem[];
}

/**
 * Work out how an export will be read without converting it: columns per field with confidence,
 * date order, unmapped columns and the first `previewRows` rows mapped.
 * @throws ExportFileError like importExport (also for an AppointmentData file: nothing to detect)
 */
export async function detectProfile(
  file: string,
  opts: ImportOptions,
  previewRows = 5,
): Promise<DetectReport> {
  const kind = await sniffFileKind(file);
  if (kind === 'appointment-data-xml')
    throw fileError(
      path.basename(file),
      0,
      'this is an AppointmentData document already: it is validated and sent as it is, no mapping is used',
      'Use `convert` or `send` on it directly',
    );
  const p = await prepareTable(file, opts);
  // The preview rows come from the sample; the whole file is mapped once more so the report
  // carries every doubt the engine would hold the file for (exports are small; detect is by hand).
  const preview: ImportItem[] = [];
  try {
    for await (const row of p.rows) {
      const item = p.map(row);
      if (preview.length < previewRows) preview.push(item);
    }
  } catch {
    // A file-level problem part-way (a stray quote): the report shows what was read before it;
    // convert and the engine report the problem itself.
  }
  const doubts = allDoubts(p);
  const used = new Set<string>();
  const fields: DetectedField[] = [];
  for (const [field, ref] of Object.entries(p.refs) as Array<
    [FieldName, NonNullable<ColumnRefs[FieldName]>]
  >) {
    const guess = p.recognition?.fields.find((f) => f.field === field);
    if (ref.source === 'main') used.add(ref.header);
    fields.push({
      field,
      label: FIELD_LABELS[field],
      column: ref.header,
      confidence: guess?.confidence ?? 1,
      why: guess?.why ?? `named in profile '${p.profile.name}'`,
    });
  }
  return {
    file: p.info.file,
    format: p.info.format,
    ...(p.info.sheet !== undefined ? { sheet: p.info.sheet } : {}),
    encoding: p.info.encoding,
    ...(p.info.delimiter ? { delimiter: p.info.delimiter } : {}),
    headerLine: p.info.headerLine,
    titleLines: p.info.titleLines,
    headers: p.info.headers,
    profileName: p.profile.name,
    profileSource: p.source,
    ...(p.profilePath ? { profilePath: p.profilePath } : {}),
    profile: p.profile,
    fields,
    dateOrder: p.dateOrder,
    doubts,
    notes: p.notes,
    timeZone: p.timeZone,
    ...(p.joinFile ? { joinFile: p.joinFile } : {}),
    unmapped: p.info.headers.filter((h) => !used.has(h)),
    leftOut: (p.recognition?.leftOut ?? []).filter((l) => !used.has(l.column)),
    notFound: p.notFound.map((n) => `${n.names.join(' / ')} (${FIELD_LABELS[n.field]})`),
    preview,
  };
}

/** The file's column names for an error text: at most 10, each shortened, so a file read with the
 *  wrong layout (one giant "header") never turns the message into a copy of the file. */
function columnList(headers: readonly string[]): string {
  const shown = headers.slice(0, 10).map((h) => displayText(h, 40));
  return headers.length > 10 ? `${shown.join(', ')}, … ${headers.length - 10} more` : shown.join(', ');
}

/** Every value of the column in the sample is a word or words, no digit (`LASER`, `CONS`,
 *  `Botox Consult`): a visit's code, never a booking's id, which carries a number. */
function wordsOnly(sample: readonly TableRow[], index: number): boolean {
  const values = sample.map((r) => (r.values[index] ?? '').trim()).filter((v) => v !== '');
  return values.length > 0 && values.every((v) => /^\p{L}[\p{L}\s&/+.'-]*$/u.test(v));
}

/** The audit's option for a log's event-time column, when the file has one. */
function encounterOf(index: number | undefined): { encounterColumn?: number } {
  return index === undefined ? {} : { encounterColumn: index };
}

function eventTimeOf(c: { header: string; index: number } | undefined): { eventTimeColumn?: typeof c } {
  return c ? { eventTimeColumn: c } : {};
}
