// A one-character status mark that the built-in words read as cancelled (`X`: OpenEMR's and
// athenaOne's symbol, `%`: OpenEMR's late cancel) is only sure where the column is written in marks
// or codes (`-`, `@`, `x`, `>`; `SC`, `N`, `X`). Alone among a front desk's words (`Scheduled`, `X`,
// `Arrived`) it may as well be a tick (arrived, done, confirmed) as a strike, and a live visit would
// go as CANCEL. The word classifier sees one cell; this sees the column: such a mark among words
// only, with no other mark or code beside them, is asked about as an unknown status is (the answer
// puts it in the practice's own list, which is never asked about again).
import type { Doubt } from '../../model/doubt.ts';
import type { LegendEntry } from '../read/table-types.ts';
import { classifyBuiltInStatus, type StatusMeaning } from '../map/status-vocabulary.ts';
import { isNoValue } from '../map/no-value.ts';
import { ownString } from '../own-string.ts';

/** Distinct status values watched: a status column has a few; past this it is free text. */
const MAX_VALUES = 200;

/** A written-out status: at least four letters, its first word two letters or more (`No Show`,
 *  `Checked In`). `x Canceled`, `@ Arrived` (a symbol and its title) and `NS`, `DNA`, `SC` (codes)
 *  are not: beside them a mark is one of the export's own codes. */
function writtenOut(value: string): boolean {
  const letters = value.match(/\p{L}/gu)?.length ?? 0;
  const first = /^\p{L}+/u.exec(value)?.[0] ?? '';
  if (letters < 4 || [...first].length < 2) return false;
  // A code before or after its title (`NS - No show`, `Cancelled (C)`); `NO-SHOW` is one word.
  const codeBefore = /^\p{Lu}{1,3}\s*[-–—:=|)]\s*\S/u.test(value) && value !== value.toUpperCase();
  return !codeBefore && !/[([][^()[\]\s]{1,4}[)\]]$/u.test(value);
}

/** Quotes, brackets and a full stop or exclamation typed around a mark (`(X)`, `X.`, `"x"`). */
const AROUND = /^[\s"'“”‘’([{.!]+|[\s"'“”‘’)\]}.!]+$/gu;

/** The one mark a cell is (`X`; `(X)`, `X.`, `"x"` typed around it; `%%` repeated), lower case;
 *  undefined for anything longer. A desk types its tick or strike so as well: read bare only,
 *  `(X)` had gone as cancelled beside `Scheduled` unasked (63r2). */
function markOf(value: string): string | undefined {
  if ([...value].length === 1) return value.toLowerCase();
  const chars = [...value.replace(AROUND, '')];
  if (chars.length === 0 || chars.length > 3 || chars.some((c) => c !== chars[0])) return undefined;
  return chars[0]!.toLowerCase();
}

interface Mark {
  written: string;
  meaning: StatusMeaning;
  rows: number;
  line: number;
}

export class LoneStatusMarks {
  private readonly marks = new Map<string, Mark>();
  /** The written-out words (lower case), and as the cells wrote them. */
  private readonly others = new Set<string>();
  private readonly wordsSeen = new Set<string>();
  private codes = false;

  /** An appointment row's status word, its meaning, and whether the practice's own list or the
   *  file's legend gave it (`said`: never asked). */
  note(word: string, meaning: StatusMeaning | 'unknown' | undefined, said: boolean, line: number): void {
    // A schedule repeats a few words on every row: each written-out one is judged once.
    if (this.codes || this.wordsSeen.has(word)) return;
    const value = word.trim();
    if (!value || isNoValue(value)) return;
    const key = markOf(value);
    if (key !== undefined) {
      // A mark the practice answered or the legend explains is no guess; it tells nothing of the
      // other marks either (`X` answered as arrived, `%` beside it still a tick or a strike).
      if (said) return;
      // One read as booked (what a blank cell would send) is no lone guess, and makes the column
      // one of marks. Other cancel marks do not: `X` and `%` among words are two guesses (63r2).
      if (meaning !== 'CANCEL' && meaning !== 'skip') {
        this.codes = true;
        return;
      }
      const seen = this.marks.get(key);
      if (seen) seen.rows++;
      else if (this.marks.size < MAX_VALUES)
        this.marks.set(ownString(key), { written: ownString(value), meaning, rows: 1, line });
      return;
    }
    if (!writtenOut(value)) {
      this.codes = true;
      return;
    }
    if (this.wordsSeen.size < MAX_VALUES) this.wordsSeen.add(ownString(word));
    if (this.others.size < MAX_VALUES) this.others.add(ownString(value.toLowerCase()));
  }

  /** `legend`: the file's legend; one that reads the mark as the words do (`X = Cancelled`)
   *  settles it. */
  doubts(statusColumn: string | undefined, legend: readonly LegendEntry[] = []): Doubt[] {
    if (this.codes || this.others.size === 0) return [];
    const words = [...this.others].slice(0, 3).map((w) => `'${w}'`);
    return [...this.marks.values()].flatMap((m): Doubt[] => {
      const said = legend.find((e) => e.code === m.written)?.meaning;
      if (said !== undefined && classifyBuiltInStatus(said) === m.meaning) return [];
      return [
        {
          kind: 'status',
          field: 'status',
          ...(statusColumn ? { column: statusColumn } : {}),
          message: `the status '${m.written}' (${m.rows} row${m.rows === 1 ? '' : 's'}, the first on line ${m.line}) is a single mark among written-out statuses (${words.join(', ')}): some systems write it for cancelled, but typed among words it may be a tick (arrived, done) as well as a strike`,
          samples: [m.written],
          question: `What does '${m.written}' mean: booked, cancelled, or not an appointment?`,
        },
      ];
    });
  }
}
