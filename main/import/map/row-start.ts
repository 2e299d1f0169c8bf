// The start step of the row mapper: the appointment's instant from one date-time column, or a date
// column plus a time column, read in the date order and practice time zone the file settled. A
// start with no time that can be read is a row error, never midnight. It feeds the file's audit of
// starts: unreadable starts, dates real only in the other day/month order, and zones written after
// the time that are not the practice's (the file is then held, never shifted).
import type { StatedZone } from '../read/stated-zone.ts';
import type { FileAudit } from '../trust/file-audit.ts';
import { timeOnDayZero } from './day-zero.ts';
import { zoneInHeader } from './header-zone.ts';
import { describeOrder, formatDate, YEAR_AWAY, type CalendarDate, type DateOrder } from './parse-date.ts';
import { atOffset, parseDateTime } from './parse-date-time.ts';
import { memoized } from './parse-memo.ts';
import { serialDayText, startFraction } from './spreadsheet-serials.ts';
import { stampedDateDay } from './stamped-date-day.ts';
import { isPlaceholderDate } from './row-status.ts';
import {
  formatClock,
  MIDNIGHT,
  offsetMinutes,
  parseTime,
  secondsAfterMidnight,
  type TimeOfDay,
} from './parse-time.ts';
import { namesNoTime, NO_TIME_HINT, NO_TIME_REASON } from './untimed-words.ts';
import type { FieldName, MappingProfile } from './profile.ts';
import { answerIsFor, type ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import { writtenZoneAgrees, zoneAfterTime } from './written-zone.ts';
import { headerZoneAsRead, practiceSeasonName, zoneAbbreviationAgrees } from './zone-abbreviation.ts';
import { wallClockToUtc, zoneOffsetMs } from './zoned-time.ts';
import { clockChangeProblem, overlapByWrittenZone } from './clock-change.ts';
import { afterNoon, afterNoonReader } from './after-noon.ts';
import { clockAsWritten, isUtcName, isZeroOffset, markedInstant } from './marked-utc.ts';
import { utcMarkOf } from './utc-mark.ts';
import { isMidnight } from './midnight-untimed.ts';

/** A date written with dots (`03.25.2027`, `4.3.27`), before any time after it. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?!\d)/;

const DAY_MS = 86_400_000;
/** The longest visit a row's own end may show (an overnight sleep study runs about ten hours). */
const VISIT_MS = 12 * 3_600_000;

export interface RowStart {
  start: Date;
  /** The start's cells as written (the derived id's slot is the order of distinct ones). */
  asWritten: string;
  /** The start's local calendar day, `YYYY-MM-DD`. */
  day: string;
}

/** The fix for a date that cannot be read. An ISO date (2026-13-45) cannot be a day/month mix-up:
 *  the fix is in the data, not the setting. Also used for the birth date. */
export function dateHint(value: string, order: DateOrder, reason?: string): string {
  // A year typed wrong (`3/2/2207`): the order setting is not what to check.
  if (reason?.includes(YEAR_AWAY)) return 'Correct the year in the scheduling software and export again';
  return /^\d{4}/.test(value.trim())
    ? 'Correct the date in the scheduling software and export again'
    : `Check the date format setting (now ${describeOrder(order)})`;
}

/** The row error of an empty appointment date. */
export const EMPTY_DATE = 'the appointment date is empty';
/** What to do about a cell with nothing in it at all: a report that prints the day once, on its
 *  first row, leaves it blank on the rows below. */
export const EMPTY_DATE_HINT =
  'Every appointment needs a date; if the report prints it only on the first row of a day, export with the date on every row';

export function startReader(ctx: {
  refs: ColumnRefs;
  dateOrder: DateOrder;
  timeZone: string;
  now?: Date;
  cursor: RowCursor;
  audit: FileAudit | undefined;
  statedZones?: readonly StatedZone[];
  /** Whether the row's date was carried from the row above for the file's checks only
   *  (date-carry-for-checks.ts): counted as empty among the date cells. */
  dateCarried?: () => boolean;
  /** The mapping's way of writing the start time (`seconds-after-midnight`). */
  profile?: Pick<
    MappingProfile,
    'timeWritten' | 'dateWritten' | 'afterNoon' | 'markedUtc' | 'midnightUntimed' | 'confirmed'
  >;
}): () => RowStart {
  const { refs, dateOrder, timeZone, audit } = ctx;
  // The start column the clock is checked on (the time column, else the date-time or date column):
  // the practice's answers about its clock are for that column, decided once per file.
  const startHeader = (refs.time ?? refs.dateTime ?? refs.date)?.header;
  // The practice's twelve-hour answer.
  const answered = afterNoonReader(ctx.profile?.afterNoon, startHeader);
  // The practice's answer that this start column writes its own clock marked as UTC by mistake
  // (marked-utc.ts): the mark is set aside, the clock read in the practice's zone.
  const ownClock = answerIsFor(ctx.profile?.markedUtc, startHeader);
  if (ownClock) audit?.answeredUtc.answer(ctx.profile?.markedUtc);
  // The practice's answer that midnight in this start column means no time was saved
  // (midnight-untimed.ts): such a row is a row error; the file's audit asks again when its other
  // starts do not show a day's schedule (trust/untimed-midnights.ts).
  const untimed = answerIsFor(ctx.profile?.midnightUntimed, startHeader);
  // Each start the answer reads as written is audited beside the UTC it is marked as: a later
  // export whose times really are UTC now (the export fixed) is held, never moved by the answer.
  const asAnswered = (
    p: ReturnType<typeof parseDateTime>,
    value: string,
  ): ReturnType<typeof parseDateTime> => {
    if (!ownClock) return p;
    const read = clockAsWritten(p);
    const marked = audit ? markedInstant(p, utcHeader) : undefined;
    if (marked && read.ok && read.kind === 'local')
      audit!.answeredUtc.start(
        read.time.hour * 60 + read.time.minute,
        localMinutes(marked),
        value,
        utcMarkOf(value),
      );
    return read;
  };
  /** A start's time of day as the answer reads it (1:30 → 13:30 where 1 to 6 are after noon),
   *  audited as read: written with AM/PM, or outside the answer, it is as written. */
  const clockTime = (time: TimeOfDay, meridiem: boolean, v: string, field: FieldName): TimeOfDay => {
    if (untimed && isMidnight(time)) {
      audit?.untimed.answered(v);
      cursor.fail(
        field,
        `starts at '${v}', which this export writes for a visit saved without a time (the practice's answer): it is not sent at midnight`,
        'Save the visit with its start time in the scheduling software and export again',
        v,
      );
    }
    const a = meridiem || !answered ? undefined : answered(time);
    const read = a?.reading === 'after-noon' ? afterNoon(time) : time;
    audit?.clock(read, meridiem, v, a);
    return read;
  };
  const written = ctx.profile?.timeWritten;
  // Typed here, not destructured: TypeScript narrows after `cursor.fail` (never) only then.
  const cursor: RowCursor = ctx.cursor;
  const otherOrder: DateOrder = dateOrder === 'MDY' ? 'DMY' : 'MDY';
  /** A date impossible in the chosen order but real in the other: the order may be wrong. */
  // A date with dots is read day-first whatever the order (parse-date.ts), so a US program's
  // month-first dotted date (`03.25.2027`) fails there in either order; read month-first it is a
  // real date, and the column's `03.04.2027` would go as 3 April: noted, so the file is held.
  const noteOtherOrder = (v: string): void => {
    if (!audit) return;
    const slashed = DOTTED_DATE.test(v.trim()) ? v.trim().replace(DOTTED_DATE, '$1/$2/$3') : undefined;
    if (
      parseDateTime(v, { order: otherOrder, twoDigitYear: 'appointment' }).ok ||
      (slashed !== undefined && parseDateTime(slashed, { order: 'MDY', twoDigitYear: 'appointment' }).ok)
    )
      audit.otherOrderOnly(v);
  };
  /** A zone written after the time must be the practice's (else the file is held, never shifted). */
  const checkZone = (abbr: string, at: Date): boolean => {
    // A zone in words or a region (`AMERICA/NEW_YORK`, `Eastern Time`) is read as a written one.
    const named = zoneAbbreviationAgrees(abbr, timeZone, at) === undefined ? zoneAfterTime(abbr) : undefined;
    const agrees = named
      ? writtenZoneAgrees(named, timeZone, at)
      : zoneAbbreviationAgrees(abbr, timeZone, at);
    if (agrees !== true) audit?.zone(abbr, agrees === false ? 'disagrees' : 'unknown');
    return agrees === true;
  };
  // A machine's UTC offset (`-05:00`) is a zone written too: `09:00-05:00` all year long (an
  // interface that writes the winter offset in summer) is 10:00 in New York in July.
  const checkOffset = (offset: string | undefined, at: Date): void => {
    if (offset) checkZone(`UTC${offset}`, at);
  };
  // A zone in a start column's header (`Time (UTC)`, `Start Time (Eastern)`, `Date (UTC)` beside
  // a plain `Time`) is written after every time of the file. Every start header is read: each zone
  // must be the practice's, so two that disagree hold the file too. The practice's own `(EST)`
  // names its clock all year round.
  const now = ctx.now ?? new Date();
  // UTC in the header of the column that holds the time (`Start Time (UTC)`, `start_time_utc`,
  // `AppointmentDateTimeUTC`) says what `Z` after each time would say: the times are instants, as
  // APIs write them, and are converted as `Z` ones are (their local clock audited for the
  // practice's own clock marked as UTC, the utc-night check). Nothing else is: `Date (UTC)` beside
  // a plain `Time` says nothing sure of the time, GMT is also what the UK calls its summer clock,
  // and any other zone may be the practice's own misnamed: those files are held, never shifted.
  // Answered as the practice's own clock marked UTC by mistake (ownClock), that header's UTC is
  // set aside as a cell's `Z` is: neither the clock read nor a zone to check.
  const utcHeader = isUtcName(zoneInHeader(startHeader));
  const utcClock = utcHeader && !ownClock;
  const headerZones = [
    ...new Set(
      [refs.time, refs.dateTime, refs.date]
        .map((r) => headerZoneAsRead(zoneInHeader(r?.header), timeZone, now))
        .filter((z): z is string => !!z && !(utcHeader && isUtcName(z))),
    ),
  ];
  // A zone the report's title states (`Time Zone: Central Time`, `all times in UTC`) is written
  // for every time of the file, as a header's is; the question names its line. A title's UTC is
  // set aside as the header's is, and also where the start column's UTC marks are answered as the
  // practice's own clock (ownClock): `All times in UTC` above `10:00Z` is the same mark said once
  // more, and the answer that the marks are the practice's clock covers it (the file had stayed
  // held, asked about the title once the cells' `Z` was answered).
  const statedZones = (ctx.statedZones ?? []).filter(
    (s) => !((utcHeader || ownClock) && isUtcName(s.written)),
  );
  /** The zones written for a start whose cells write none: its headers' and its title's. Whether
   *  one of them is the practice's (checked against a UTC header's in zonedStart). */
  const checkHeaderZones = (at: Date): boolean => {
    let practices = false;
    for (const z of headerZones) if (checkZone(z, at)) practices = true;
    for (const s of statedZones) {
      // A print stamp's zone is the printing user's clock at print time: the practice's own name
      // of either season (`CST` on a Chicago report printed in winter for a summer visit) agrees.
      const ownName = s.stamp && 'abbr' in s.zone! && practiceSeasonName(s.zone.abbr, timeZone) !== undefined;
      const agrees = ownName || (s.zone && writtenZoneAgrees(s.zone, timeZone, at));
      if (agrees !== true)
        audit?.zone(
          s.written,
          agrees === false ? 'disagrees' : 'unknown',
          s.line,
          s.stamp ? 'stamp' : 'title',
        );
      else practices = true;
    }
    return practices;
  };
  /** Minutes after local midnight of an instant in the practice's zone. */
  const localMinutes = (instant: Date): number => {
    const ms = instant.getTime();
    return Math.floor(((((ms + zoneOffsetMs(timeZone, ms)) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  };
  /** An instant's clock in the practice's zone, for the audit's check of night-time starts.
   *  Under a UTC header (`labelled`), or written with `Z` or a zero offset (`zulu`), the UTC clock
   *  as written is passed too: a day's schedule that converts to early or late hours is the
   *  practice's own clock marked as UTC. An offset of another hour (`-05:00`) is its own clock. */
  const auditInstant = (instant: Date, value: string, labelled = false, zulu = false): void => {
    if (!audit) return;
    const minutes = localMinutes(instant);
    const hour = Math.floor(minutes / 60);
    const clock = formatClock({ hour, minute: minutes % 60 });
    const written = labelled || zulu ? instant.getUTCHours() : undefined;
    if (labelled || zulu) audit.writtenUtc.note(written! * 60 + instant.getUTCMinutes(), utcMarkOf(value));
    audit.instantStart(hour, clock, value, labelled, written);
  };
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
  const localDay = (instant: Date): string => dayFormat.format(instant);
  // Made once per file, not per row (an options object per row is garbage to collect).
  const parseOpts = {
    order: dateOrder,
    twoDigitYear: 'appointment' as const,
    ...(ctx.now ? { now: ctx.now } : {}),
  };
  // A schedule repeats its days and times on many rows: each distinct cell is parsed once.
  const parseStart = memoized((v: string) => {
    if (dateOrder === 'MDY') audit?.dottedStartDate(v);
    return parseDateTime(v, parseOpts);
  });
  // The start's own day where the mapping says it is a spreadsheet day number (`46448.375`).
  const serial = ctx.profile?.dateWritten === 'spreadsheet-serial';
  const parseStartDay = memoized((v: string): ReturnType<typeof parseDateTime> => {
    const s = serial ? serialDayText(v, now) : undefined;
    if (s === undefined) return parseStart(v);
    return 'text' in s ? parseStart(s.text) : { ok: false, reason: s.reason };
  });
  // A time kept on day zero (`1899-12-30T09:00:00`, Excel's `1/0/1900 9:00`) is the time alone.
  const parseStartTime = memoized((v: string): ReturnType<typeof parseTime> => {
    // Seconds after midnight (`32400`) or fractions of a day (`0.375`) where the mapping says the
    // column writes them so; any other value there is no time (`900` would be 00:15, or 09:00
    // written as HHMM).
    if (written === 'seconds-after-midnight') {
      const s = secondsAfterMidnight(v);
      return s
        ? { ok: true, time: s }
        : { ok: false, reason: 'not a time in seconds after midnight (expected e.g. 32400 for 09:00)' };
    }
    if (written === 'day-fraction') {
      const f = startFraction(v);
      return f
        ? { ok: true, time: f }
        : {
            ok: false,
            reason:
              'not a start time as a fraction of a day (expected e.g. 0.375 for 09:00; one before 05:00 may be a length)',
          };
    }
    const t = parseTime(v, { compact: true });
    return t.ok ? t : (timeOnDayZero(v) ?? t);
  });
  // Under a UTC header a time is read on the UTC clock unless its cell writes a zone of its own:
  // `9:00 AM EST` under `Time (UTC)` is not 09:00 UTC (4 AM in New York). Any other zone written
  // for the same times (the cell's, another start header's `Date (EST)`, a title's `Time Zone:
  // Eastern Time`) says they are not UTC: one not the practice's holds the file as anywhere, and
  // one that is the practice's has the header's UTC checked too (zonedStart), which holds it
  // unless UTC is the practice's clock then. Never shifted by either reading.
  const onUtc = (written: string | undefined): boolean => utcClock && (!written || isUtcName(written));
  // A time the clock change skips or repeats is a row error (clock-change.ts), never shifted.
  const toInstant = (
    date: CalendarDate,
    time: TimeOfDay,
    written: string | undefined,
    field: 'date' | 'time' | 'dateTime',
    value: string,
  ): Date => {
    const zone = onUtc(written) ? 'UTC' : timeZone;
    const r = wallClockToUtc(date, time, zone);
    const named = r.adjusted === 'overlap' ? overlapByWrittenZone(date, time, written, zone) : undefined;
    if (named) return named;
    const problem = clockChangeProblem(r, zone, date, time);
    if (problem) cursor.fail(field, problem.reason, problem.hint, value);
    return r.instant;
  };
  /** The audit of a start read from a clock (toInstant), `written` the zone its cells write. */
  const zonedStart = (start: Date, written: string | undefined, value: string): void => {
    if (written && !onUtc(written)) {
      if (checkZone(written, start) && utcClock) checkZone('UTC', start);
      return;
    }
    if (checkHeaderZones(start) && utcClock) checkZone('UTC', start);
    if (utcClock) auditInstant(start, value, true);
  };

  // No practice books beyond the year after next (a standing appointment a year ahead goes): a
  // later start is another calendar's year, or not the appointment's date.
  const lastYear = (ctx.now ?? new Date()).getUTCFullYear() + 2;
  /** The start as read, its local day (`YYYY-MM-DD`) checked against lastYear; `date` as written. */
  const read = (r: RowStart, date: string): RowStart => {
    if (Number(r.day.slice(0, 4)) > lastYear) audit?.farStart(date, lastYear);
    audit?.rowStart(r.start, r.day);
    return r;
  };

  /** A start on a database's "no date" (`1900-01-01`, `1899-12-30 09:15`, `1970-01-01`): the
   *  appointment's day is not in the file, and neither 1899 nor today is it. */
  const placeholderDay = memoized(isPlaceholderDate);
  const noPlaceholderDay = (f: 'date' | 'dateTime', v: string): void => {
    // A date column repeats a few days (remembered); a date-time is new on each row.
    if (f === 'date' ? placeholderDay(v) : isPlaceholderDate(v))
      cursor.fail(
        f,
        'is a date a database writes for "no date" (its zero day, the Unix epoch or the year 9999), not the appointment\'s day',
        "Export the appointment's date (a time-only field exported as a date and time carries none)",
        v,
      );
  };

  const dateTimeCell = cursor.reader('dateTime');
  const dateCell = cursor.reader('date');
  const timeCell = cursor.reader('time');

  // The row's own end, read only for a start at exactly midnight UTC (a few rows of a file).
  const endCell = refs.end?.source === 'main' ? ctx.cursor.readerAt(refs.end) : undefined;
  /** How long after a start at midnight UTC the row's own end says the visit lasts, when it says
   *  the start carries a time: an instant minutes or hours after it (`2027-03-16T00:20:00Z`),
   *  itself no midnight; 0 otherwise. A program that writes a date with no time as UTC midnight
   *  writes no end's time either (an empty end, or midnight too). */
  const timedEnd = (start: Date): number => {
    const e = endCell?.();
    if (!e) return 0;
    const p = parseDateTime(e, parseOpts);
    if (!p.ok || p.kind !== 'instant') return 0;
    const after = p.instant.getTime() - start.getTime();
    return after > 0 && after <= VISIT_MS && p.instant.getTime() % DAY_MS !== 0 ? after : 0;
  };

  /** A timestamp that is the start on its own. `2027-03-02T00:00:00-05:00`: a date with no time,
   *  as the midnight check says. At midnight UTC it is another hour here (Sydney 11:00): a date
   *  only if no start has a time, or if here it falls on the day before (8 PM in New York) or at
   *  night (01:00 in Paris), where a date written at UTC midnight lands. */
  const auditAlone = (p: { midnightOf?: CalendarDate; offset?: unknown }, start: Date, v: string): void => {
    const minutes = p.midnightOf && !p.offset ? localMinutes(start) : 0;
    const lasts = minutes !== 0 ? timedEnd(start) : 0;
    if (lasts > 0) {
      auditInstant(start, v, false, true);
      audit?.utcMidnightTimed(v, lasts, minutes);
    } else if (minutes !== 0)
      audit?.utcMidnight(v, minutes < 5 * 60 || localDay(start) !== formatDate(p.midnightOf!));
    else if (p.midnightOf) audit?.clock(MIDNIGHT, true, v);
    else auditInstant(start, v, false, !p.offset);
  };

  /** One date-time column. */
  const fromDateTime = (): RowStart => {
    const v = cursor.required(
      dateTimeCell,
      'dateTime',
      'the appointment date and time are empty',
      'Every appointment needs a start; check the export',
    );
    const p = asAnswered(parseStartDay(v), v);
    audit?.yearDayMonth.note(v, refs.dateTime?.header);
    if (!p.ok) {
      noteOtherOrder(v);
      audit?.startFailed(refs.dateTime?.header, v);
      cursor.fail('dateTime', p.reason, dateHint(v, dateOrder, p.reason), v);
    }
    noPlaceholderDay('dateTime', v);
    if (p.kind === 'local' && p.dateOnly) {
      audit?.startFailed(refs.dateTime?.header, v);
      cursor.fail(
        'dateTime',
        'has a date but no start time',
        'Export the appointment times too (or map the start-time column in the settings)',
        v,
      );
    }
    // Under a header saying UTC, a start without a zone is UTC by the header: no doubt there. A
    // date written at midnight UTC (`midnightOf`) is a date, not a zoned start.
    if (!utcClock && (p.kind === 'local' ? !p.dateOnly : !p.midnightOf))
      audit?.startZones.note(
        v,
        p.kind === 'instant' || p.zone !== undefined,
        refs.dateTime?.header,
        // A `Z` or an offset other than the practice's at that instant: the writer's clock is
        // not plainly the practice's (a zone in words is checked as written, checkZone).
        p.kind !== 'instant' ||
          zoneOffsetMs(timeZone, p.instant.getTime()) === (p.offset ? offsetMinutes(p.offset)! : 0) * 60_000,
        p.kind === 'instant' && localMinutes(p.instant) < 5 * 60,
      );
    const local = p.kind === 'local' ? clockTime(p.time, p.meridiem === true, v, 'dateTime') : undefined;
    const start = p.kind === 'instant' ? p.instant : toInstant(p.date, local!, p.zone, 'dateTime', v);
    if (p.kind === 'local') zonedStart(start, p.zone, v);
    if (p.kind === 'instant') {
      checkOffset(p.offset, start);
      auditAlone(p, start, v);
    }
    const day = p.kind === 'instant' || utcClock ? localDay(start) : formatDate(p.date);
    return read({ start, asWritten: v, day }, v);
  };

  /** A date column, and a time column when the profile maps one. */
  const fromDateAndTime = (): RowStart => {
    // Counted before an empty date ends the row: empty on some rows that have a time (a day's
    // date printed once, on its first row), the file is asked about. A row with neither is no
    // appointment of a day's list (a line typed under a heading), only its own row error.
    // A date carried from the row above for the file's checks only (date-carry-for-checks.ts) is
    // still an empty one here.
    if (audit && refs.time && timeCell() !== '')
      audit.dateCells.note(dateCell() !== '' && !ctx.dateCarried?.(), cursor.row.line);
    const dv = cursor.required(
      dateCell,
      'date',
      EMPTY_DATE,
      'Every appointment needs a date; check the export',
      EMPTY_DATE_HINT,
    );
    const pd = asAnswered(parseStartDay(dv), dv);
    audit?.yearDayMonth.note(dv, refs.date?.header);
    if (!pd.ok) {
      noteOtherOrder(dv);
      cursor.fail('date', pd.reason, dateHint(dv, dateOrder, pd.reason), dv);
    }
    noPlaceholderDay('date', dv);
    // Without a time column the date column must carry the start time itself (checked below).
    const tv = refs.time
      ? cursor.required(
          timeCell,
          'time',
          'the start time is empty',
          'Every appointment needs a start time; check the export',
          // A slot booked for a family prints its time once, on the first patient's row.
          'Every appointment needs a start time; if the report prints it only on the first row of a time slot (a family booked together), export with the time on every row',
        )
      : '';
    let time: TimeOfDay | undefined;
    let zone: string | undefined;
    let offset: string | undefined;
    if (refs.time) {
      // HHMM (`0930`) only here, where the column is known to hold the start time.
      const pt = parseStartTime(tv);
      if (pt.ok) {
        time = clockTime(pt.time, pt.meridiem === true, tv, 'time');
        // The UTC mark answered as a mistake (ownClock): the time as written, with no zone.
        zone = ownClock && isUtcName(pt.zone) ? undefined : pt.zone;
        offset = ownClock && isZeroOffset(pt.offset) ? undefined : pt.offset;
      } else {
        // Some programs write a time as a date-time (`1899-12-30 09:00:00`, D4W's start_time).
        const ptd = asAnswered(parseStart(tv), tv);
        if (!ptd.ok || ptd.kind === 'instant' || ptd.dateOnly) {
          audit?.startFailed(refs.time?.header, tv);
          if (namesNoTime(tv)) cursor.fail('time', NO_TIME_REASON, NO_TIME_HINT, tv);
          cursor.fail('time', pt.reason, 'Correct the time in the scheduling software and export again', tv);
        }
        // A start kept whole in the time column (`3/23/2027 10:00`, a date-time a spreadsheet
        // showed as a time) names a day of its own: another than the date column's, one of the
        // two was edited and which day the visit is on is not sure. Day zero is no day (day-zero.ts),
        // and a person who confirmed the column as the start time said its day is none (an ODBC
        // time stamped with the export's day: trust/start-day-columns.test.ts).
        if (
          !ctx.profile?.confirmed &&
          pd.kind !== 'instant' &&
          formatDate(ptd.date) !== formatDate(pd.date) &&
          !timeOnDayZero(tv)
        )
          cursor.fail(
            'time',
            `gives the day ${formatDate(ptd.date)}, but the date column says ${dv}: which is the visit's day is not sure`,
            'Correct the date or the start time in the scheduling software (or the saved spreadsheet) and export again',
            tv,
          );
        time = clockTime(ptd.time, ptd.meridiem === true, tv, 'time');
        zone = ptd.zone;
      }
    }
    let start: Date;
    // A zoned timestamp in the date column beside a time column that gives another time: only the
    // timestamp's day is the visit's (stamped-date-day.ts).
    const stamped =
      pd.kind === 'instant' && time && !pd.midnightOf && !offset
        ? stampedDateDay(pd.instant, pd.offset, time, timeZone)
        : undefined;
    if (stamped?.kind === 'unsure')
      cursor.fail(
        'date',
        `gives a time of its own beside the start time ${tv}, on ${formatDate(stamped.written)} as written or in UTC but ${formatDate(stamped.local)} on the practice's clock: which is the visit's day is not sure`,
        "Export the appointment date without a time (or on the practice's clock), and export again",
        dv,
      );
    const ownDay =
      stamped?.kind === 'day' ? stamped.date : pd.kind === 'instant' && time ? pd.midnightOf : undefined;
    if (pd.kind === 'instant' && !ownDay) {
      start = pd.instant;
      checkOffset(pd.offset, start);
      // No time column: the timestamp is the start, and a midnight one a date with no time.
      if (time) auditInstant(start, dv, false, !pd.offset);
      else auditAlone(pd, start, dv);
    } else if (pd.kind === 'instant') {
      // A date written as a timestamp at midnight (`2027-03-02T00:00:00Z`, a .NET DataSet's
      // date column), or at another hour than the time column's, beside a time column: the
      // timestamp's day, at the time column's time.
      start = toInstant(ownDay!, time!, zone, 'time', tv);
      zonedStart(start, zone, `${dv} ${tv}`.trim());
    } else {
      if (!time && pd.dateOnly) {
        audit?.startFailed(refs.date?.header, dv);
        cursor.fail(
          'date',
          'has a date but no start time',
          'Export the appointment times too (or map the start-time column in the settings)',
          dv,
        );
      }
      const dayTime = time ?? clockTime(pd.time, pd.meridiem === true, dv, 'date');
      // `9:00:00 AM -05:00` in the time column: the instant, its offset checked like the ISO form's.
      const zoned = offset && time ? atOffset(pd.date, time, offset) : undefined;
      if (zoned?.ok && zoned.kind === 'instant') {
        start = zoned.instant;
        checkOffset(zoned.offset, start);
        // Audited as the same instant in one date-time cell is: `09:30:00 +00:00` (a zero offset,
        // which atOffset drops as it drops `Z`) on a day's schedule is the practice's own clock
        // marked UTC, and would go at 2:30 AM in Los Angeles.
        auditInstant(start, `${dv} ${tv}`.trim(), false, !zoned.offset);
        if (!zoned.offset) utcTimeBesideDate(start, formatDate(pd.date), dv, tv);
      } else {
        const written = zone ?? pd.zone;
        start = toInstant(pd.date, dayTime, written, time ? 'time' : 'date', time ? tv : dv);
        zonedStart(start, written, `${dv} ${tv}`.trim());
        if (time && !pd.zone && isUtcName(zone)) utcTimeBesideDate(start, formatDate(pd.date), dv, tv);
      }
    }
    return read(
      {
        start,
        asWritten: `${dv} ${tv}`.trim(),
        day:
          utcClock || (pd.kind === 'instant' && !ownDay)
            ? localDay(start)
            : pd.kind === 'instant'
              ? formatDate(ownDay!)
              : formatDate(pd.date),
      },
      dv,
    );
  };

  /** A UTC time (`00:30:00 +00:00`, `00:30Z`) in a column of its own beside a date with no zone,
   *  on a row whose instant falls on another day in the practice's zone than the date written:
   *  the date may be UTC's (23 March, 00:30Z: 22 March 17:30 in Los Angeles) or the practice's
   *  own day beside a time converted to UTC (the 22nd, the same 17:30), a day apart. Read either
   *  way the visit would go a day off half the time, so the row is refused; a row whose two
   *  readings fall on one day (16:00Z on the 22nd is 9:00 in Los Angeles) goes. */
  const utcTimeBesideDate = (start: Date, day: string, dv: string, tv: string): void => {
    if (localDay(start) === day) return;
    cursor.fail(
      'time',
      `gives a UTC time (${tv}) beside the date ${dv}, which falls on ${localDay(start)} on the practice's clock: the date may be UTC's day or the practice's`,
      "Export the start as one date-time with its offset (2027-03-23T00:30:00Z), or the date and time both on the practice's clock",
      tv,
    );
  };

  return refs.dateTime ? fromDateTime : fromDateAndTime;
}
