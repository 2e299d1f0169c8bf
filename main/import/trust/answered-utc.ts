// The practice's answer that its start column writes its own clock marked as UTC by mistake
// (map/marked-utc.ts) checked on every later file: the answer is remembered, and the export may
// since have been fixed to write true UTC (a script updated, pandas upgraded). Read by the answer,
// a New York day of 8:00 to 17:30 written as the real `13:00Z` to `22:30Z` would go five hours
// late, with nothing else to notice it. Three things tell, each held with the same question,
// whose `utc` answer drops the one kept:
// - night: the utc-night check (file-audit.ts) turned round: every start, read as the UTC it is
//   marked as, falls in a day's schedule (07:00 to 18:59 in the practice's zone), while read as
//   written, as the answer reads it, one starts at night (22:00 to 05:59; not 21:00, where an
//   evening clinic that answered ends its day);
// - the mark: the answer was given on times marked one way (`Z`) and this file marks them
//   another (`+00:00`, `UTC` after the time, only the header): the writer changed;
// - the hours: read as the UTC they are marked as, every start falls within the earliest and
//   latest start of the files answered on, while read as written one lies an hour or more
//   outside them. A New York day clinic answered on `08:00Z` to `17:00Z` that now writes true
//   `13:00Z` to `21:00Z` has no start at night, but 21:00 is four hours past its latest, and as
//   UTC the file is 8:00 to 16:00 there, its own day. The same when read as UTC every start is
//   a day's schedule (07:00 to 18:59) though not all within the answered hours: an answer given
//   on one row, or on a short day, proves nothing of hours it never saw. A file of the same
//   hours, or one that adds an evening or an early slot whose UTC falls outside the day, goes.
// Answers kept before the mark and hours were remembered are checked for night only.
import type { Doubt } from '../../model/doubt.ts';
import type { MappingProfile } from '../map/profile.ts';
import type { UtcMark } from '../map/utc-mark.ts';
import { utcNightQuestion } from './utc-night-question.ts';

const MAX_SAMPLES = 5;
/** How far outside the answered hours a start as written must lie (an hour: Berlin's winter
 *  offset, the smallest a true UTC clock moves a practice's day). */
const HOURS_MARGIN = 60;
const hh = (hour: number): string => `${String(hour).padStart(2, '0')}:xx`;
const clock = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The marks and the earliest and latest start as written of a file's starts written as UTC
 *  (Doubt.writtenClock), what a `local` answer keeps. */
export class WrittenUtcClock {
  private readonly marks = new Set<UtcMark>();
  private from = Infinity;
  private to = -Infinity;

  note(writtenMinutes: number, mark: UtcMark): void {
    this.marks.add(mark);
    if (writtenMinutes < this.from) this.from = writtenMinutes;
    if (writtenMinutes > this.to) this.to = writtenMinutes;
  }

  get seen(): Doubt['writtenClock'] {
    return this.marks.size ? { marks: [...this.marks].sort(), from: this.from, to: this.to } : undefined;
  }
}

/** Kept answer and this file's written clock together (a second `local` answer widens the hours
 *  and adds the marks: both files were the practice's own clock). */
export function keptClock(
  column: string,
  seen: Doubt['writtenClock'],
  kept?: MappingProfile['markedUtc'],
): NonNullable<MappingProfile['markedUtc']> {
  if (!seen) return { column };
  const same = kept && kept.column === column && kept.from !== undefined && kept.to !== undefined;
  const marks = [...new Set([...(same ? (kept!.marks ?? []) : []), ...(seen.marks as UtcMark[])])].sort();
  return {
    column,
    marks,
    from: same ? Math.min(kept!.from!, seen.from) : seen.from,
    to: same ? Math.max(kept!.to!, seen.to) : seen.to,
  };
}

export class AnsweredUtc {
  private count = 0;
  private utcDay = true;
  private readonly edge: string[] = [];
  private edgeCount = 0;
  private first = '';
  private kept?: MappingProfile['markedUtc'];
  readonly written = new WrittenUtcClock();
  /** Every start's UTC falls within the answered hours (the hours check). */
  private utcInHours = true;
  private outsideCount = 0;
  private outsideFirst = '';
  private readonly outside: string[] = [];
  private otherMark?: { mark: UtcMark; value: string };

  /** The answer the starts are read by (its marks and hours, when kept). */
  answer(kept: MappingProfile['markedUtc']): void {
    this.kept = kept;
  }

  /** The practice answered that the start column's UTC is its own clock. */
  get answered(): boolean {
    return this.kept !== undefined;
  }

  /** One start the answer read as written: its time as written, and the time in the practice's
   *  zone of the UTC instant it is marked as (minutes after midnight), and its mark. */
  start(writtenMinutes: number, utcLocalMinutes: number, value: string, mark: UtcMark): void {
    this.count++;
    const v = value.trim();
    this.written.note(writtenMinutes, mark);
    const writtenHour = Math.floor(writtenMinutes / 60);
    const utcLocalHour = Math.floor(utcLocalMinutes / 60);
    if (utcLocalHour < 7 || utcLocalHour > 18) this.utcDay = false;
    const k = this.kept;
    if (k?.marks && !k.marks.includes(mark) && !this.otherMark) this.otherMark = { mark, value: v };
    if (k?.from !== undefined && k.to !== undefined) {
      if (utcLocalMinutes < k.from || utcLocalMinutes > k.to) this.utcInHours = false;
      if (writtenMinutes <= k.from - HOURS_MARGIN || writtenMinutes >= k.to + HOURS_MARGIN) {
        if (this.outsideCount++ === 0)
          this.outsideFirst = `'${v}' goes at ${clock(writtenMinutes)}, its UTC at ${clock(utcLocalMinutes)}`;
        if (this.outside.length < MAX_SAMPLES && !this.outside.includes(v)) this.outside.push(v);
      }
    }
    if (writtenHour >= 6 && writtenHour < 22) return;
    if (this.edgeCount++ === 0)
      this.first = `'${v}' goes at ${hh(writtenHour)}, its UTC at ${hh(utcLocalHour)}`;
    if (this.edge.length < MAX_SAMPLES && !this.edge.includes(v)) this.edge.push(v);
  }

  doubt(at: Pick<Doubt, 'kind' | 'field' | 'column'>, timeZone: string): Doubt | undefined {
    const question = utcNightQuestion(timeZone, 'these appointments really start at those hours');
    const seen = this.written.seen;
    const base = { check: 'utc-night' as const, ...at, question, ...(seen ? { writtenClock: seen } : {}) };
    if (this.utcDay && this.edgeCount > 0)
      return {
        ...base,
        message: `the times marked UTC were answered as the practice's own clock, but in this file ${this.edgeCount} of ${this.count} would then start between 22:00 and 05:59 in ${timeZone} (${this.first}), while read as the UTC they are marked as every one is a day's schedule: the export may write true UTC now, and the answer would move every appointment`,
        samples: this.edge,
      };
    if (this.otherMark) {
      const was = this.kept!.marks!.map((m) => (m === 'header' ? 'by the header only' : `'${m}'`)).join(
        ' or ',
      );
      const now = this.otherMark.mark === 'header' ? 'by the header only' : `'${this.otherMark.mark}'`;
      return {
        ...base,
        message: `the times marked UTC were answered as the practice's own clock on a file that marked them ${was}; this file marks them ${now} ('${this.otherMark.value}'): the program that writes the export has changed and may write true UTC now, which the answer would move by the practice's offset from UTC`,
        samples: [this.otherMark.value],
      };
    }
    const k = this.kept;
    // Read as UTC, the file is the answered hours or at least a day's schedule: an answer given
    // on a file of one row (09:00Z) says nothing of 14:00Z to 21:00Z, 9:00 to 16:00 in New York
    // as UTC; nor does one of 08:00Z to 17:00Z of 12:00Z to 19:00Z, 7:00 to 14:00 there (as UTC
    // an hour before the answered day begins, as written two past its end: within neither).
    const asUtc = this.utcInHours ? 'falls within them' : `is a day's schedule there (07:00 to 18:59)`;
    if (
      (this.utcInHours || this.utcDay) &&
      this.outsideCount > 0 &&
      k?.from !== undefined &&
      k.to !== undefined
    )
      return {
        ...base,
        message: `the times marked UTC were answered as the practice's own clock on files whose starts ran from ${clock(k.from)} to ${clock(k.to)}; read so, ${this.outsideCount} of ${this.count} in this file lie an hour or more outside those hours (${this.outsideFirst} in ${timeZone}), while read as the UTC they are marked as every one ${asUtc}: the export may write true UTC now, and the answer would move every appointment`,
        samples: this.outside,
      };
    return undefined;
  }
}
