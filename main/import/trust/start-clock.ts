// Which clock the start times are written on, where a reading that looks right may not be. A
// column of times without AM/PM whose latest is 12:xx and some of which fall between 1:00 and
// 6:59 (`8:00` … `12:30`, `1:00`, `4:45`) is a 12-hour clock with the AM/PM left out: `1:00` is
// 1 PM, and read as written it would go at night. An end time of the same file written after
// 12:59 (`End Time` = `13:45`) shows its writer uses a 24-hour clock, and then `6:00` is 6 AM: a
// surgery list or a lab's draw list that ends by 1 PM goes. A start written `12:30 AM` is half
// past midnight as written, but noon's hour as a writer that counts 12 as AM prints it (and as
// people misread it): either is possible, and no practice books at 00:30, so it is asked.
// So is `00:30` (or `0:45`) on a 24-hour clock: read as written it goes half past midnight, and a
// column of such values is as often the visit's length (`Time` = `0:30` beside the `Start`) as a
// start; either way nobody is booked then.
// An end after 12:59 proves the 24-hour clock only on a row it could end: `4:30` that ends at
// `17:00` would last twelve and a half hours, so there the end says the start lost its PM
// (4:30 PM to 5:00 PM, hand-typed starts beside ends a program wrote) and proves nothing.
// A 24-hour clock proves what `2:15` means only where the file keeps night hours: a clinic whose
// other starts all fall in the day (`8:30`, `13:15`) and one at `2:15` has a time typed without
// its PM (a front desk's hand among a program's 24-hour times), not a visit at 2:15 in the night.
// So starts at 1:00–4:59 go as written only beside a start in the evening or the midnight hour
// (a 24-hour clinic's night); 5:00–6:59 is an early surgery or draw list's morning and goes.
// A file whose plain starts all fall between 7:00 and 9:59 proves neither clock: on a 12-hour
// clock with the AM/PM left out an evening clinic (7 PM to 9:30 PM, after-hours and late-opening
// practices) writes exactly what a 7 AM list writes. Any start from 10:00 to 12:59 settles it
// (nobody is booked at 11 PM beside 7 PM, and an evening list has none at 11 AM), as does one
// after 12:59 or an end after 12:59; without one the file is asked, never sent in the morning
// on a guess. An hour written with its leading zero (`07:00`, `0730`) is the 24-hour form (ISO
// 8601, SQL, .NET's and Java's `HH`, and Excel, whose `hh:mm` without AM/PM is the 24-hour
// clock), and such a file goes: only a one-digit hour (`7:00`) is asked, and only where the
// practice's region writes times on a 12-hour clock (map/region-clock.ts: a Czech or Japanese
// list's `8:00` is the 24-hour clock's).
import type { Doubt } from '../../model/doubt.ts';
import { ownString } from '../own-string.ts';
import type { TimeOfDay } from '../map/parse-time.ts';
import { afterNoonWords, type AfterNoonAnswer } from '../map/after-noon.ts';

const MAX_SAMPLES = 5;

/** A few distinct values, as written. */
class Samples {
  count = 0;
  readonly values: string[] = [];
  note(value: string): void {
    this.count++;
    if (this.values.length < MAX_SAMPLES && !this.values.includes(value)) this.values.push(ownString(value));
  }
}

/** The start's hour is written with two digits (`07:00`, `2027-03-02 08:15`, `0730`): the
 *  24-hour form. The time, not a date written with dots before it (`02.03.2027 7:30` has a
 *  one-digit hour; its `02.03` is no hour). */
function paddedHour(value: string): boolean {
  const v = value.trim();
  if (/^\d{3,4}$/.test(v)) return v.length === 4;
  const m = /(?:^|[^\d.:])(\d{1,2})[:.h]\d\d(?![.\d])/i.exec(v);
  return m !== null && m[1]!.length === 2;
}

/** 5:00, the first hour read after noon as an evening's (5 PM). */
const EVENING = 5 * 60;

/** An offset from UTC in minutes as written after a time: -420 is UTC-7, 330 is UTC+5:30. */
const utcOffsetText = (offset: number): string => {
  const a = Math.abs(offset);
  return `UTC${offset < 0 ? '-' : '+'}${Math.floor(a / 60)}${a % 60 ? `:${String(a % 60).padStart(2, '0')}` : ''}`;
};

const rows = (n: number): string => `${n} row${n === 1 ? ' starts' : 's start'}`;

export class StartClock {
  /** Start times read without AM/PM: the latest hour, whether 0:xx occurs, and ones at 1–6 h. */
  private plainLatestHour = -1;
  private plainMidnightHour = false;
  private readonly plainNight = new Samples();
  /** Of those, the earliest and the latest, in minutes after midnight: what the question calls
   *  them read after noon (nightSpan). */
  private nightFrom = Infinity;
  private nightTo = -1;
  /** Of those, the ones at 1:00–4:59, and whether a start falls in the evening (21:00–0:59). */
  private readonly plainSmallHours = new Samples();
  private plainEvening = false;
  /** A start was written with AM/PM: a person's clock (eveningUtcOffset). */
  private meridiemSeen = false;
  /** Starts without AM/PM at 19:00 or after (eveningUtcOffset's samples). */
  private readonly eveningSamples = new Samples();
  /** Every minute of the day a start without AM/PM falls on (unmarkedUtc). */
  private readonly plainMinutes = new Uint8Array(24 * 60);
  /** Of those, the ones at 7:00–9:59 with a one-digit hour: morning or evening, if no other
   *  start tells. */
  private readonly plainEarly = new Samples();
  /** Starts written as instants (UTC, an offset, a UTC header): the written hour is not the
   *  practice's, so the small hours say nothing of its day (file-audit.ts has their checks). */
  private instants = false;
  /** An end time of the file written after 12:59 without AM/PM (endClock). */
  private endAfterNoon = false;
  /** Starts written with AM/PM in midnight's hour, after midnight itself (`12:30 AM`). */
  private readonly amNoon = new Samples();
  private amNoonFirst = '';
  /** Starts without AM/PM in the hour after midnight, after midnight itself (`00:30`, `0:45`). */
  private readonly plainAfterMidnight = new Samples();
  /** The earliest and latest hour (1–11) of starts without AM/PM: the hours the review offers as
   *  after noon (Doubt.plainHours, MappingProfile.afterNoon). */
  private plainHourFrom = 12;
  private plainHourTo = 0;
  /** The practice's twelve-hour answer (map/after-noon.ts): starts it moved after noon, and
   *  those it does not cover (an hour before its range), with its range. */
  private readonly movedByAnswer = new Samples();
  private readonly notCovered = new Samples();
  private notCoveredFrom = 12;
  private notCoveredTo = 0;
  private answer: AfterNoonAnswer | undefined;

  /** The start of the row being read, written without AM/PM (start), once the row's start is
   *  read (rowRead): what its end is set against. */
  private pendingStart: { time: TimeOfDay; value: string } | undefined;
  private rowStart: { time: TimeOfDay; value: string } | undefined;
  /** Starts whose end as read is 12 hours or more later (`4:30` ending `17:00`). */
  private readonly lostPm = new Samples();
  private lostPmFirst = '';

  /** A start at `time`, written with or without AM/PM (`meridiem`). */
  start(time: TimeOfDay, meridiem: boolean, value: string): void {
    const hour = time.hour;
    this.pendingStart = meridiem ? undefined : { time, value };
    if (meridiem) {
      this.meridiemSeen = true;
      // Exactly midnight is the midnight check's (a date with no time).
      if (hour !== 0 || (time.minute === 0 && time.second === 0)) return;
      this.amNoonFirst ||= `'${ownString(value)}' would go as 00:${String(time.minute).padStart(2, '0')}`;
      this.amNoon.note(value);
      return;
    }
    if (hour > this.plainLatestHour) this.plainLatestHour = hour;
    if (hour === 0) this.plainMidnightHour = true;
    if (hour >= 1 && hour <= 11) {
      if (hour < this.plainHourFrom) this.plainHourFrom = hour;
      if (hour > this.plainHourTo) this.plainHourTo = hour;
    }
    // Exactly midnight is the midnight check's (a date with no time).
    if (hour === 0 && (time.minute > 0 || time.second > 0)) this.plainAfterMidnight.note(value);
    else if (hour < 7) {
      this.plainNight.note(value);
      const m = hour * 60 + time.minute;
      if (m < this.nightFrom) this.nightFrom = m;
      if (m > this.nightTo) this.nightTo = m;
    }
    if (hour >= 1 && hour < 5) this.plainSmallHours.note(value);
    if (hour >= 21) this.plainEvening = true;
    if (hour >= 19) this.eveningSamples.note(value);
    this.plainMinutes[hour * 60 + time.minute] = 1;
    if (hour >= 7 && hour < 10 && !paddedHour(value)) this.plainEarly.note(value);
  }

  /** A start without AM/PM as the practice's twelve-hour answer reads it (`time` as read: moved
   *  after noon, kept before noon, or as written where the answer does not cover it). */
  answered(time: TimeOfDay, answer: AfterNoonAnswer, value: string): void {
    this.pendingStart = undefined;
    this.answer = answer;
    if (answer.reading === 'after-noon') this.movedByAnswer.note(value);
    else if (answer.reading === 'not-covered') {
      this.notCovered.note(value);
      if (time.hour < this.notCoveredFrom) this.notCoveredFrom = time.hour;
      if (time.hour > this.notCoveredTo) this.notCoveredTo = time.hour;
    }
  }

  /** The doubts the practice's twelve-hour answer leaves: starts it does not cover, and a file
   *  that writes 24-hour times (`13:00`) beside those it moved (the answer was for another clock). */
  private answerDoubts(column: Pick<Doubt, 'kind' | 'field' | 'column'>): Doubt[] {
    const a = this.answer;
    if (!a) return [];
    const out: Doubt[] = [];
    const morning = a.morning ?? a.to + 1;
    const said = `the practice answered that ${afterNoonWords(a)}${morning < 12 ? ` and ${morning}:00 to 11:59 before noon` : ''}`;
    // The range offered again covers the hours answered and those not covered, on either side.
    const from = Math.min(this.notCoveredFrom, a.from);
    const to = Math.max(this.notCoveredTo, a.to);
    if (this.notCovered.count > 0)
      out.push({
        check: 'twelve-hour-clock',
        ...column,
        message: `${rows(this.notCovered.count)} without AM/PM at an hour the answer does not cover (${said}): morning or afternoon is not known`,
        samples: this.notCovered.values,
        plainHours: { from, to },
        question: `Are these after noon too? Then say which hours are after noon (from ${from}:00 to ${to}:59, or fewer); if they are morning times, export the times with AM/PM or in 24-hour time`,
      });
    if (this.movedByAnswer.count > 0 && this.plainLatestHour >= 13)
      out.push({
        check: 'twelve-hour-clock',
        ...column,
        message: `this file writes 24-hour times (a start after 12:59) beside ${rows(this.movedByAnswer.count)} that the answer would read after noon (${said}): the file may be on the 24-hour clock, where they are morning times`,
        samples: this.movedByAnswer.values,
        question:
          'Are these after noon? Then correct them in the scheduling software or export the times with AM/PM; if the export now writes 24-hour time, say that no hours are after noon by confirming the mapping as read',
      });
    return out;
  }

  /** A start of the file was written as an instant. */
  instant(): void {
    this.instants = true;
  }

  /** The row's start is read: its end, if any, comes next. */
  rowRead(): void {
    this.rowStart = this.pendingStart;
    this.pendingStart = undefined;
  }

  /** An end time of a row, as read: one after 12:59 without AM/PM shows a 24-hour clock, unless
   *  the row's start read so would last 12 hours or more (a start from 1:00 to 11:59 lost its PM). */
  endClock(time: TimeOfDay, meridiem: boolean): void {
    if (meridiem || time.hour < 13) return;
    const s = this.rowStart;
    const minutes = (t: TimeOfDay): number => t.hour * 60 + t.minute;
    if (!s || s.time.hour < 1 || minutes(time) - minutes(s.time) < 12 * 60) {
      this.endAfterNoon = true;
      return;
    }
    const end = `${time.hour}:${String(time.minute).padStart(2, '0')}`;
    this.lostPmFirst ||= `'${ownString(s.value)}' ends at ${end}`;
    this.lostPm.note(s.value);
  }

  /** The starts read at night (1:00–6:59) as what they are read after noon: afternoon times
   *  before 5 PM, evening times from 5 PM (an evening clinic's `5:00` to `6:30` is no afternoon),
   *  with the earliest and the latest (`evening times (5:00 PM to 6:15 PM)`). */
  private nightSpan(): string {
    const clock = (m: number): string => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')} PM`;
    const from = clock(this.nightFrom);
    const to = clock(this.nightTo);
    const words =
      this.nightFrom >= EVENING ? 'evening' : this.nightTo >= EVENING ? 'afternoon and evening' : 'afternoon';
    return `${words} times (${from === to ? from : `${from} to ${to}`})`;
  }

  /** The hours the after-noon answer is offered with: the file's earliest and latest start hour
   *  (1–11) written without AM/PM. */
  private plainHours(): Pick<Doubt, 'plainHours'> {
    return this.plainHourFrom <= this.plainHourTo
      ? {
          plainHours: {
            from: this.plainHourFrom,
            to: this.plainHourTo,
            ...(this.nightTo >= 60 ? { night: Math.floor(this.nightTo / 60) } : {}),
          },
        }
      : {};
  }

  /** Every start without AM/PM, moved by `offset` minutes (UTC to the practice's clock), falls
   *  between 6:00 and 20:59. */
  private dayWhenShifted(offset: number, from = 6 * 60, to = 21 * 60): boolean {
    for (let m = 0; m < this.plainMinutes.length; m++) {
      if (!this.plainMinutes[m]) continue;
      const local = (((m + offset) % 1440) + 1440) % 1440;
      if (local < from || local >= to) return false;
    }
    return true;
  }

  /** The earliest and latest minute of the day a start without AM/PM falls on. */
  private plainSpan(): { from: number; to: number } | undefined {
    const from = this.plainMinutes.indexOf(1);
    return from < 0 ? undefined : { from, to: this.plainMinutes.lastIndexOf(1) };
  }

  /**
   * A day in the Americas written in UTC without a mark has no small hours east of the Rockies:
   * New York's 8:00 AM to 5:30 PM is `12:00` to `21:30` (`13:00` to `22:30` in winter), Chicago's
   * `13:00` to `22:30`. Read as the practice's clock the day starts at noon and runs into the
   * evening, with no morning at all. Where every start without AM/PM is from 12:00, the latest at
   * 19:00 or after, six hours or more after the first, and every one read as UTC falls in a day
   * clinic's hours (7:00 to 18:59 in the practice's zone, 3 hours or more west of UTC), the file
   * is asked. An afternoon clinic (`13:00` to `17:30`) and a day with a morning go as written; an
   * AM/PM is a person's clock, never a database's UTC.
   */
  private eveningUtcOffset(utcOffsets: readonly number[]): number | undefined {
    const span = this.plainSpan();
    if (!span || this.meridiemSeen || this.instants) return undefined;
    if (span.from < 12 * 60 || span.to < 19 * 60 || span.to - span.from < 6 * 60) return undefined;
    return utcOffsets.find((o) => o <= -3 * 60 && this.dayWhenShifted(o, 7 * 60, 19 * 60));
  }

  /** The doubts, `column` naming the start-time column; `twelveHourRegion`: the practice's region
   *  writes times on a 12-hour clock (region-clock.ts); `utcOffsets`: the practice zone's offsets
   *  from UTC in minutes (standard and summer time), for times written in UTC without a mark. */
  doubts(
    column: Pick<Doubt, 'kind' | 'field' | 'column'>,
    twelveHourRegion = true,
    utcOffsets: readonly number[] = [],
    /** The practice answered that the column's UTC is its own clock (answered-utc.ts): a day from
     *  noon into the evening is what it said it keeps. */
    ownClockAnswered = false,
  ): Doubt[] {
    const out: Doubt[] = this.answerDoubts(column);
    const night = this.plainNight;
    if (night.count > 0 && this.plainLatestHour <= 12 && !this.plainMidnightHour && !this.endAfterNoon) {
      // `540`, `630` read as HHMM: a count of minutes after midnight (540 = 9:00) reads so too.
      const bare = night.values.every((v) => /^\d{3,4}$/.test(v.trim()));
      out.push({
        check: 'twelve-hour-clock',
        ...column,
        message: `times are written without AM/PM and none is after 12:59, yet ${rows(night.count)} between 1:00 and 6:59, read as night-time: likely a 12-hour clock with the AM/PM left out${bare ? ', or the numbers are minutes after midnight (540 = 9:00), not hours and minutes' : ''}`,
        samples: night.values,
        ...(bare ? {} : this.plainHours()),
        question: bare
          ? 'Are these afternoon times, or minutes after midnight? Then export the times as times (with AM/PM or in 24-hour time, e.g. 09:00); confirm the mapping only if they really are at night'
          : `Are these ${this.nightSpan()}? Then say which hours are after noon, or export the times with AM/PM or in 24-hour time; confirm the mapping as read only if they really are at night`,
      });
    }
    if (
      twelveHourRegion &&
      this.plainEarly.count > 0 &&
      this.plainLatestHour <= 9 &&
      night.count === 0 &&
      !this.plainMidnightHour &&
      !this.endAfterNoon &&
      !this.instants
    ) {
      out.push({
        check: 'twelve-hour-clock',
        ...column,
        message:
          'times are written without AM/PM and every start falls between 7:00 and 9:59: a morning list and an evening clinic (7 PM to 9:59 PM) write the same, and nothing in the file says which clock it is',
        samples: this.plainEarly.values,
        ...this.plainHours(),
        question:
          'Are these morning times? Confirm the mapping as read only if so; if they are evening times, say which hours are after noon, or export the times with AM/PM or in 24-hour time (19:00)',
      });
    }
    const small = this.plainSmallHours;
    if (small.count > 0 && !out.length && !this.plainMidnightHour && !this.plainEvening && !this.instants) {
      out.push({
        check: 'twelve-hour-clock',
        ...column,
        message: `times are written in 24-hour time, yet ${rows(small.count)} between 1:00 and 4:59 in the night while no other start is in the evening or the midnight hour: likely afternoon times typed without PM`,
        samples: small.values,
        question:
          'Are these afternoon times (2:15 for 14:15)? Then correct them in the scheduling software or the export; confirm the mapping only if they really are at night',
      });
    }
    // The same small hours beside evening starts pass above as a 24-hour clinic's night. But
    // where every start, read as UTC, falls in a day clinic's hours (6:00 to 20:59 in the
    // practice's zone) the file is a day's schedule written in UTC without a 'Z' or offset (a
    // database's or data export's clock): 8:00 AM in Los Angeles is 15:00 or 16:00 UTC, 6:30 PM
    // is 1:30 the next night. Read as the practice's clock it would go 7 or 8 hours late, so it
    // is asked. A real night list does not fit: New York's 19:00, 22:30, 2:15 read as UTC has
    // 2:15 at 21:15 or 22:15, and goes as written.
    const utcOffset =
      small.count > 0 && !out.length && this.plainEvening && !this.instants
        ? utcOffsets.find((o) => this.dayWhenShifted(o))
        : undefined;
    if (utcOffset !== undefined) {
      out.push({
        check: 'unmarked-utc',
        ...column,
        message: `times are written in 24-hour time with no zone, and ${rows(small.count)} between 1:00 and 4:59 in the night; read as UTC (${utcOffsetText(utcOffset)} in the practice's zone) every start falls between 6:00 and 20:59, a day's schedule: likely UTC times written without a 'Z'`,
        samples: small.values,
        question:
          "Are these the practice's own clock times? If they are UTC, export the times with their zone ('Z' or an offset such as -07:00) or in the practice's time; confirm the mapping only if the practice really sees patients at these hours",
      });
    }
    const eveningOffset = out.length || ownClockAnswered ? undefined : this.eveningUtcOffset(utcOffsets);
    if (eveningOffset !== undefined) {
      out.push({
        check: 'unmarked-utc',
        ...column,
        message: `times are written in 24-hour time with no zone, and none is before 12:00 while the day runs into the evening (${this.eveningSamples.values.map((v) => `'${v}'`).join(', ')}); read as UTC (${utcOffsetText(eveningOffset)} in the practice's zone) every start falls between 7:00 and 18:59, a day's schedule: likely UTC times written without a 'Z'`,
        samples: this.eveningSamples.values,
        question:
          "Are these the practice's own clock times? If they are UTC, export the times with their zone ('Z' or an offset such as -04:00) or in the practice's time; confirm the mapping only if the practice really sees patients from noon into the evening",
      });
    }
    if (this.lostPm.count > 0 && !out.length) {
      out.push({
        check: 'twelve-hour-clock',
        ...column,
        message: `${rows(this.lostPm.count)} without AM/PM at a time its own end is 12 hours or more after (${this.lostPmFirst}): likely an afternoon start with the PM left out, which would go in the morning or at night`,
        samples: this.lostPm.values,
        question:
          'Are these afternoon times? Then export the start times with AM/PM or in 24-hour time; confirm the mapping only if they really start in the morning',
      });
    }
    // Under a UTC header (instants) 00:30 is the evening before in the Americas: not asked.
    if (this.plainAfterMidnight.count > 0 && !this.instants) {
      out.push({
        check: 'after-midnight',
        ...column,
        message: `${rows(this.plainAfterMidnight.count)} in the hour after midnight (${this.plainAfterMidnight.values.map((v) => `'${v}'`).join(', ')}): no practice books then, and a visit's length is written so too (0:30 for half an hour)`,
        samples: this.plainAfterMidnight.values,
        question:
          'Are these the start times? If the column holds how long each visit lasts, map the start-time column instead; confirm the mapping only if these appointments really start after midnight',
      });
    }
    if (this.amNoon.count > 0) {
      out.push({
        check: 'twelve-am',
        ...column,
        message: `${rows(this.amNoon.count)} in the hour after midnight, written with AM (${this.amNoonFirst}): some programs print the hour after noon as 12 AM, and such a start would go half a day early`,
        samples: this.amNoon.values,
        question:
          'Do these appointments start after midnight, or after noon (12:30 PM)? If after noon, correct the times in the scheduling software or export them in 24-hour time; confirm the mapping only if they really start after midnight',
      });
    }
    return out;
  }
}
