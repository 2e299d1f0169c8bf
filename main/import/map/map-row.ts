// One export row → one appointment, a counted skip, or a row error that says which column and
// value is wrong and what to change. A bad row never stops the file.
//
// The steps of one row, in order, each whole in its own file (a row error is the first failing
// step's, so the order is part of the behaviour):
//   row-cursor.ts          the row's cells (with the joined patient table) and its row errors
//   cut-cells.ts           a printed report's patient or id that may be cut at its column's width
//   row-patient.ts         is there a patient? (no: an open slot, skipped) … and later who it is
//   row-status.ts          NEW, CANCEL or skipped
//   deceased-columns.ts    a booked row whose patient a column marks deceased is refused
//   row-start.ts           the start instant, its local day, and the audit of starts
//   row-patient.ts         names, birth date, patient id, e-mail and address
//   row-defaults.ts        provider, type, description, location (columns or defaults)
//   row-appointment-id.ts  the export's id, or a derived one (with its slot in the day)
// A row that comes out as the same appointment as the row above it is skipped (repeated-rows.ts).
import type { Appointment } from '../../model/appointment.ts';
import type { ImportItem } from '../../model/import-summary.ts';
import type { TitleDefaults } from '../read/stated-filters.ts';
import type { StatedZone } from '../read/stated-zone.ts';
import type { TableRow } from '../read/table-types.ts';
import type { FileAudit } from '../trust/file-audit.ts';
import type { StartField } from '../trust/start-day-columns.ts';
import type { DateOrder } from './parse-date.ts';
import type { MappingProfile } from './profile.ts';
import { answerIsFor, type ColumnRef, type ColumnRefs } from './resolve-columns.ts';
import { deceasedCheck, type DeceasedColumn } from './deceased-columns.ts';
import { garbledCellsCheck } from './garbled-cells.ts';
import { cutCellsCheck } from './cut-cells.ts';
import { appointmentIdReader } from './row-appointment-id.ts';
import { RowCursor } from './row-cursor.ts';
import {
  appointmentAddressOf,
  detailsReader,
  locationReader,
  providerReader,
  takesOffBook,
} from './row-defaults.ts';
import { patientPresenceReader, patientReader, type PatientPresence } from './row-patient.ts';
import { RowProblem } from './row-problem.ts';
import { EMPTY_DATE, EMPTY_DATE_HINT, startReader, type RowStart } from './row-start.ts';
import { dateCarryForChecks } from './date-carry-for-checks.ts';
import { locationClock } from './location-clock.ts';
import { readZone, writtenZoneAgrees } from './written-zone.ts';
import { allDayCheck } from './all-day.ts';
import { spanCheck } from './row-span.ts';
import { startDayCheck } from './row-start-day.ts';
import { weekdayCheck } from './row-weekday.ts';
import { recurrenceCheck } from './row-recurrence.ts';
import { statusReader, statusWordReader } from './row-status.ts';
import { movedFromOtherSlot, movedToOwnDay, movedToOwnTime } from './move-words.ts';
import { localMinutes } from './local-minutes.ts';
import type { NoteAnswers } from './note-statuses.ts';
import { spreadsheetErrorCheck } from './spreadsheet-errors.ts';
import { repeatedRowSkipper } from './repeated-rows.ts';
import { isZeroId } from './identity.ts';
import { isPendingId } from './pending-ids.ts';
import { listRowCheck } from './list-headings.ts';
import { blankDateFill } from './blank-dates.ts';
import { blockInNameCheck } from './block-in-name.ts';
import { blockWithPersonCheck } from './row-person.ts';
import { namesPatientSide, namesStaffTimeWithoutPatient } from './block-words.ts';
import { drawnProblem } from '../read/row-colours.ts';
import { unstatedFields } from './unstated-fields.ts';
import { unkeptSitesReader } from './unkept-sites.ts';

export interface RowMapperContext {
  file: string;
  profile: MappingProfile;
  /** Status codes the file's own legend explains, each with its meaning (legend-statuses.ts). */
  statusLegend?: ReadonlyMap<string, string>;
  /** The practice's answers to cancellations written in a note column (note-statuses.ts). */
  noteAnswers?: readonly NoteAnswers[];
  refs: ColumnRefs;
  dateOrder: DateOrder;
  timeZone: string;
  practiceId: string;
  practiceName?: string;
  /** Joined table lookup by key (OpenEMR EHI patient_data by pid). */
  joinLookup?: (key: string) => string[] | undefined;
  /** The export's column of the joined table's key (row-cursor.ts). */
  joinKeyIndex?: number;
  joinFile?: string;
  now?: Date;
  /** The provider and location the report's title states, for files with no column of them
   *  (read/stated-filters.ts). */
  title?: TitleDefaults;
  /** The fields column recognition finds a column of in the file, whether or not the profile
   *  reads it (unstated-fields.ts: a file with such a column does not leave the field unstated). */
  fieldsInFile?: ReadonlySet<string>;
  /** The time zones the report's title lines state (read/stated-zone.ts). */
  statedZones?: readonly StatedZone[];
  /** Whole-file checks (unknown statuses, unreadable starts, reused ids…) fed row by row. */
  audit?: FileAudit;
  /** The first rows write one-column names First Last (row-patient.ts writesNamesFirstLast). */
  namesFirstLast?: boolean;
  /** The first rows mark one-column names' family name in capitals (name-capitals.ts). */
  capitalsMarkFamily?: boolean;
  /** Every one-column name of the first rows carries a chart number in one form: the name
   *  without it (name-numbers.ts, chartNumberColumn). */
  chartNumber?: (cell: string) => string;
  /** The id fields whose column's first rows carry decimals of their own (`10482.01`): their
   *  `.00` ids are sent as written, not read as a spreadsheet's whole numbers (damaged-ids.ts). */
  idsKeepDecimals?: ReadonlySet<'patientId' | 'appointmentId'>;
  /** An encounter number's column, read for no field: it joins a visit's rows under two
   *  providers into one appointment when there is no appointment id (encounter-column.ts). */
  encounterColumn?: number;
  /** Columns that may mark the patient deceased (deceased-columns.ts). */
  deceasedColumns?: readonly DeceasedColumn[];
  /** The all-day flag column (all-day.ts). */
  allDayColumn?: ColumnRef;
  /** The columns that may give a row's end date (row-span.ts). */
  endColumns?: readonly ColumnRef[];
  /** Unmapped columns also read as a type, reason or description (kind-columns.ts). */
  kindColumns?: readonly ColumnRef[];
  /** The columns read for no field, where a blocked or free row may still name a person
   *  (row-person.ts). */
  unmappedColumns?: readonly ColumnRef[];
  /** Columns headed as the visit's location that no field is read from: their sites' clocks are
   *  checked and answered as a kept location's (unkept-sites.ts). */
  siteColumns?: readonly ColumnRef[];
  /** Columns headed as a time zone (`Time Zone`, `TZ`), given when the mapping keeps a location's
   *  clock (location-clock.ts). */
  zoneColumns?: readonly ColumnRef[];
  /** Columns headed as the appointment's date beside a date-time start, checked on every row
   *  when the file is longer than recognition read (row-start-day.ts). */
  startDayColumns?: { start: string; field: StartField; others: readonly ColumnRef[] };
  /** A column of the start date's weekday, checked against it on every row (row-weekday.ts). */
  weekdayColumn?: ColumnRef;
  /** Free columns that may state a repeat rule (row-recurrence.ts). */
  ruleColumns?: readonly ColumnRef[];
  /** A column of the patient's age, which may settle a two-digit birth year (age-column.ts). */
  ageColumn?: ColumnRef | undefined;
  /** The first rows, whose providers settle a name's order and the one name shown per provider
   *  (provider-forms.ts). */
  providerSample?: readonly TableRow[];
  /** Addresses on the first rows' patients of many families: the practice's, no patient's
   *  (shared-emails.ts). */
  practiceEmails?: ReadonlySet<string>;
  /** The word of a heading between the rows that names a list of no appointments (`Waitlist`):
   *  its rows without a start are skipped (list-headings.ts). */
  namesList?: (heading: string) => string | undefined;
  /** The reader's lines between the rows (TableInfo.furnitureLines): an empty date answered as
   *  the day above never takes it across one (blank-dates.ts). */
  furnitureLines?: readonly number[];
}

type Skipped = Extract<ImportItem, { kind: 'skipped' }>;

/** A row skipped for its status under its own appointment id names its patient (the engine
 *  cancels that id only for the same patient); a row of no patient (an open slot or blocked time
 *  read because the profile keeps such rows) names no appointment at all. */
function offScheduleRow(s: Skipped, presence: PatientPresence): Skipped {
  if (!s.appointmentId) return s;
  if (!presence.hasName && !presence.idRaw) return { kind: s.kind, line: s.line, reason: s.reason };
  return presence.idRaw ? { ...s, patientId: presence.idRaw } : s;
}

export function createRowMapper(ctx: RowMapperContext): (row: TableRow) => ImportItem {
  const { refs, profile, audit, practiceId } = ctx;
  const cursor = new RowCursor(ctx.file, refs, profile, ctx.joinLookup, ctx.joinKeyIndex);
  const skipNoPatient = profile.skipRowsWithoutPatient !== false;
  const status = statusReader(profile, cursor, audit, ctx.statusLegend, ctx.noteAnswers);
  const formulaErrors = spreadsheetErrorCheck(cursor);
  const patientlessStatus = statusWordReader(profile, cursor, ctx.statusLegend);
  // A row of no patient whose type, reason or description names blocked time (`LUNCH`, `Staff
  // Meeting`) is that block, whatever status it carries: no row a report printed its patient once
  // for. So is one whose other type-like column does (kind-columns.ts).
  const kindCells = [
    ...(['type', 'reason', 'description'] as const).map((f) => cursor.reader(f)),
    ...(ctx.kindColumns ?? []).map((c) => cursor.readerAt(c)),
  ];
  // Not a meeting or a training with the patient's side (`Meeting - Family`, `Training - Parent`):
  // that is a visit whose patient the report may have printed once, asked as any empty patient.
  const namesBlock = (): string | undefined => {
    for (const cell of kindCells) {
      const text = cell();
      if (text !== '' && takesOffBook(text, true) && !namesPatientSide(text)) return text;
      // Asked only of a row with no patient (below): `Clinical Supervision`, `Documentation Time`.
      if (namesStaffTimeWithoutPatient(text)) return text;
    }
    return undefined;
  };
  // A block beside a person named in an unmapped column (`Attendees` = `Obi, Adaeze`) is no sure
  // skip unless the block is the staff's own (row-person.ts).
  const unmapped = ctx.unmappedColumns ?? [];
  const blockWithPerson = blockWithPersonCheck(cursor, unmapped, refs);
  // An empty date carried from the row above for the file's checks only, while the date-gaps
  // question is open (date-carry-for-checks.ts); the row still ends as an empty date.
  // Not once the question is answered (`date-gaps@Date` kept by a confirmation that leaves such
  // rows out: answered-checks.ts): then they are row errors the checks never read.
  const carry =
    profile.blankDate !== 'above' &&
    audit?.asksDateGaps &&
    refs.date?.source === 'main' &&
    refs.time &&
    !profile.confirmed?.answered?.includes(`date-gaps@${refs.date.header}`)
      ? dateCarryForChecks(refs.date.index, ctx.furnitureLines ?? [])
      : undefined;
  let carried = false;
  const dateCarried = (): boolean => carried;
  const practiceStart = startReader({ ...ctx, cursor, audit, dateCarried });
  // Locations the practice answered keep another clock (location-clock.ts): their rows' starts
  // are read on that zone, one reader per zone; every other row on the practice's clock.
  const clockOf = locationClock(profile.locationZones);
  const rowLocation = clockOf
    ? locationReader(profile, ctx.practiceName, cursor, ctx.title?.location)
    : undefined;
  const unkeptSites = ctx.siteColumns?.length ? unkeptSitesReader(cursor, ctx.siteColumns) : undefined;
  const zoneStarts = new Map<string, () => RowStart>();
  // A zone written on such a row is read as written, never overridden by the answer: a row of the
  // answered location whose `Time Zone` is not that location's clock at its start (`EDT` on a
  // Bowling Green row answered as Chicago time: its system wrote the practice's clock and said so)
  // is refused, never moved an hour.
  const zoneCells = clockOf
    ? (ctx.zoneColumns ?? []).map((c) => ({ header: c.header, read: cursor.readerAt(c) }))
    : [];
  const checkWrittenZone = (zone: string, at: Date): void => {
    for (const cell of zoneCells) {
      const v = cell.read().trim();
      const written = v ? readZone(v, true) : undefined;
      if (v && (!written || writtenZoneAgrees(written, zone, at) !== true))
        cursor.failAt(
          cell.header,
          `is on a row of a location the practice answered keeps ${zone} time, but the row's time zone is '${v}'`,
          `Check the location's clock in the mapping (mapping show), or export the times in one zone`,
          v,
        );
    }
  };
  // The clock the row's start was read on (set by `start`, no object per row): the practice's
  // unless the row's location keeps another.
  let rowZone = ctx.timeZone;
  const start = !clockOf
    ? practiceStart
    : (): RowStart => {
        rowZone = ctx.timeZone;
        const zone =
          (rowLocation ? clockOf(rowLocation()) : undefined) ??
          unkeptSites?.()
            .map(clockOf)
            .find((z) => z !== undefined);
        if (!zone || zone === ctx.timeZone) return practiceStart();
        let read = zoneStarts.get(zone);
        if (!read)
          zoneStarts.set(zone, (read = startReader({ ...ctx, timeZone: zone, cursor, audit, dateCarried })));
        const when = read();
        checkWrittenZone(zone, when.start);
        rowZone = zone;
        return when;
      };
  const patientPresence = patientPresenceReader(cursor, ctx.idsKeepDecimals?.has('patientId'));
  const blockInName = blockInNameCheck(cursor, unmapped);
  const patient = patientReader({ ...ctx, cursor });
  const title = ctx.title ?? {};
  const unstated = unstatedFields(refs, profile, title, ctx.fieldsInFile);
  const provider = providerReader(profile, cursor, audit, title, ctx.providerSample);
  const details = detailsReader(
    profile,
    ctx.practiceName,
    cursor,
    audit ? { audit, refs } : undefined,
    title.location,
  );
  const appointmentId = appointmentIdReader({
    practiceId,
    cursor,
    audit,
    keepDecimals: ctx.idsKeepDecimals?.has('appointmentId') ?? false,
    ...(ctx.encounterColumn !== undefined ? { encounterAt: ctx.encounterColumn } : {}),
  });
  const deceased = ctx.deceasedColumns?.length ? deceasedCheck(cursor, ctx.deceasedColumns) : undefined;
  const garbled = garbledCellsCheck(cursor, refs);
  const cut = cutCellsCheck(cursor, refs);
  const allDay = ctx.allDayColumn ? allDayCheck(cursor, ctx.allDayColumn) : undefined;
  const span = ctx.endColumns?.length
    ? spanCheck(cursor, ctx.endColumns, {
        order: ctx.dateOrder,
        timeZone: ctx.timeZone,
        audit,
        end: refs.end?.source === 'main' ? refs.end : undefined,
        time: refs.date && refs.time?.source === 'main' ? refs.time : undefined,
        // Ends are read on the start's clock: the practice's answer that the start column's UTC
        // mark is its own clock (marked-utc.ts) reads an end marked alike as written too.
        ownClock: answerIsFor(profile.markedUtc, (refs.time ?? refs.dateTime ?? refs.date)?.header),
      })
    : undefined;
  const startDays =
    audit && ctx.startDayColumns
      ? startDayCheck(cursor, ctx.startDayColumns, { order: ctx.dateOrder, timeZone: ctx.timeZone, audit })
      : undefined;
  const weekday = ctx.weekdayColumn ? weekdayCheck(cursor, ctx.weekdayColumn) : undefined;
  const rules =
    audit && ctx.ruleColumns?.length ? recurrenceCheck(cursor, ctx.ruleColumns, audit) : undefined;
  const listRow = ctx.namesList ? listRowCheck(cursor, ctx.namesList) : undefined;
  // An empty date answered as the date of the row above (MappingProfile.blankDate).
  const blankDate =
    profile.blankDate === 'above' && refs.date?.source === 'main'
      ? blankDateFill(refs.date.index, ctx.furnitureLines ?? [])
      : undefined;

  // Whether the row just mapped had the export's own appointment id (repeated-rows.ts): an id of
  // zeros is none (row-appointment-id.ts).
  const idCell = cursor.reader('appointmentId');
  const ownId = (): boolean => {
    const cell = idCell();
    return cell !== '' && !isZeroId(cell) && !isPendingId(cell);
  };

  // A report with lines between its rows (headings, subtotals: TableInfo.furnitureLines, filled as
  // the reader meets them) may print one visit under each of its resources (repeated-rows.ts).
  const furniture = ctx.furnitureLines;
  const grouped = (): boolean => (furniture?.length ?? 0) > 0;

  // Set once a row whose date was carried for the checks reaches its start: it ends as its empty
  // date whatever it comes out as (date-carry-for-checks.ts).
  let reachedStart = false;
  const emptyDateProblem = (row: TableRow): RowProblem => {
    carry!.restore(row);
    try {
      return cursor.fail('date', EMPTY_DATE, EMPTY_DATE_HINT);
    } catch (e) {
      if (e instanceof RowProblem) return e;
      throw e;
    }
  };
  const emptyDate = (row: TableRow): never => {
    throw emptyDateProblem(row);
  };

  const mapRow = (row: TableRow): ImportItem => {
    blankDate?.(row);
    const joinMissing = cursor.at(row);
    if (row.skip) return { kind: 'skipped', line: row.line, reason: row.skip };
    const onList = listRow?.(row);
    if (onList) return onList;
    try {
      if (row.problemAt && row.problem)
        cursor.failAt(row.problemAt.column, row.problem, row.problemHint ?? '', row.problemAt.value);
      if (row.problem)
        cursor.fail(
          undefined,
          row.problem,
          row.problemHint ?? 'Check this line for a stray delimiter or quote and export again',
        );
      cut?.();
      const presence = patientPresence();
      if (skipNoPatient && !presence.hasName && !presence.idRaw) {
        // An empty patient, not a "no patient" id (OpenEMR's pc_pid 0 on an "In Office" event,
        // status '-'): a report may have printed the patient once for the rows above.
        const block = namesBlock();
        if (block !== undefined) blockWithPerson?.(block);
        if (audit && !presence.noPatientId && block === undefined) {
          const { word, meaning } = patientlessStatus();
          audit.patientlessRow(word, meaning, row.line);
        }
        return { kind: 'skipped', line: row.line, reason: 'no patient (open slot or blocked time)' };
      }
      if (skipNoPatient && blockInName(presence))
        return {
          kind: 'skipped',
          line: row.line,
          reason: 'blocked time written as the patient (no patient)',
        };
      if (joinMissing && presence.idRaw)
        cursor.fail(
          'patientId',
          `patient ${presence.idRaw} is not in ${ctx.joinFile ?? 'the joined patient table'}`,
          'Export the patient table together with the appointments (same time), or check the patient id',
          presence.idRaw,
        );
      formulaErrors();
      const s = status.read(presence.hasName || !!presence.idRaw);
      if (s !== 'NEW') audit?.offTheBook();
      if (typeof s !== 'string') return offScheduleRow(s, presence);
      // A row drawn unlike its column (a fill, a background, a conditional format) whose text
      // says booked: the colour may mark it cancelled (read/row-colours.ts). Cancelled or
      // skipped, the text and the colour agree.
      if (s === 'NEW' && row.drawn) {
        const { problem, hint } = drawnProblem(row.drawn.how, row.drawn.value, row.drawn.column);
        cursor.failAt(row.drawn.column, problem, hint, row.drawn.value);
      }
      audit?.appointmentRow();
      audit?.longIdCells(row.values);
      if (s === 'NEW') {
        audit?.bookedRow(row.values, row.line);
        deceased?.();
      }
      allDay?.();
      // From here on, a row whose date was carried for the checks ends as its empty date.
      reachedStart = carried;
      const when = start();
      const zone = rowZone;
      startDays?.(when.day, when.asWritten, row.line);
      weekday?.(when.day, when.asWritten);
      span?.(when.day, row.line, s === 'NEW', when.start, zone);
      const who = patient(presence, s === 'NEW', when.day);
      if (s === 'NEW') rules?.(who.key, when.day, row.line, when.start);
      garbled?.();
      const by = provider();
      const what = details(s === 'NEW');
      audit?.location(what.location, when.start);
      if (audit && unkeptSites) for (const site of unkeptSites()) audit.location(site, when.start);
      const id = appointmentId(who.key, by.key, when, s, what.location);
      const apptAddr = appointmentAddressOf(profile);
      const appointment: Appointment = {
        practiceId,
        appointmentId: id,
        status: s,
        type: what.type,
        ...(what.reason ? { reason: what.reason } : {}),
        description: what.description,
        start: when.start,
        location: what.location,
        ...(apptAddr ? { appointmentAddress: apptAddr } : {}),
        patient: who.patient,
        participant: by.participant,
      };
      if (row.under) row.under.grouped = true;
      const moved = s === 'CANCEL' ? status.movedWord() : undefined;
      if (moved && movedToOwnDay(moved, when.day))
        cursor.fail(
          'status',
          `says the visit was moved to this row's own day (${when.day}): this may be the new booking, not the slot it left`,
          'Write the old slot and the new booking on rows of their own, the new one with its own status (booked, confirmed)',
          moved,
        );
      const clock = moved ? localMinutes(when.start, zone) : 0;
      if (moved && movedToOwnTime(moved, clock))
        cursor.fail(
          'status',
          `says the visit was moved to this row's own time (${when.day} ${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}): this may be the new booking, not the slot it left`,
          'Write the old slot and the new booking on rows of their own, the new one with its own status (booked, confirmed)',
          moved,
        );
      // Booked by where it was moved from (`Rescheduled from 3/15`): the row is the new booking
      // only where that is another slot than its own (`from 3/22` on 22 March may be the slot
      // left, the move typed on it).
      const from = s === 'NEW' ? status.movedFromWord() : undefined;
      if (from && !movedFromOtherSlot(from, when.day, localMinutes(when.start, zone)))
        cursor.fail(
          'status',
          `says where the visit was moved from, but not another day or time than this row's own (${when.day}): this may be the slot it left, not the new booking`,
          'Give the new booking a status of its own (booked, confirmed) and the slot it left a cancelled one, then export again',
          from,
        );
      if (reachedStart) emptyDate(row);
      // The common row has none of the parts below: no empty objects spread for it.
      if (!moved && !unstated.length && zone === ctx.timeZone)
        return { kind: 'appointment', line: row.line, appointment };
      return {
        kind: 'appointment',
        line: row.line,
        appointment,
        ...(moved ? { movedWord: moved } : {}),
        ...(unstated.length ? { unstated } : {}),
        ...(zone !== ctx.timeZone ? { clock: zone } : {}),
      };
    } catch (caught) {
      if (!(caught instanceof RowProblem)) throw caught;
      const e = reachedStart ? emptyDateProblem(row) : caught;
      if (!row.origin) return { kind: 'error', error: e.error };
      return { kind: 'error', error: { ...e.error, message: `${row.origin}: ${e.error.message}` } };
    }
  };
  return repeatedRowSkipper(
    carry
      ? (row) => {
          carried = carry.carry(row);
          reachedStart = false;
          try {
            return mapRow(row);
          } finally {
            if (carried) carry.restore(row);
            carried = false;
          }
        }
      : mapRow,
    ownId,
    grouped,
  );
}
