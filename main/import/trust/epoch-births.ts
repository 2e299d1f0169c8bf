// Birth dates on 1970-01-01, Unix time zero: what a program writes for a date it was given as 0
// or as nothing (a timestamp column cast to a date, an API's `0`), and 1969-12-31, the same instant
// shown on a clock west of Greenwich (midnight UTC is 7 PM the day before in New York). It is also a real birthday, and
// 1 January is the recorded birth date of many people whose day of birth was never registered
// (refugees and immigrants are given it), so one such patient is sent as written. Two or more
// different patients born on it in one schedule is the sign of the program's "none" (a default
// date shared by thousands of records, as all-payer claims databases find for `1901-01-01`): the
// file is held and asked about once, for those patients.
import { ID_TRACK_LIMIT } from './id-column.ts';

/** Unix time zero as a calendar day, in UTC and west of it. */
const EPOCH_DAYS = new Set(['1970-01-01', '1969-12-31']);

export class EpochBirths {
  /** The patients born on the day, each once (their export or made-up patient id). */
  private readonly patients = new Set<string>();
  first = 0;
  second = 0;

  /** Notes a row's patient when born (`dob`, `YYYY-MM-DD`) on Unix time zero. */
  note(dob: string, patientId: string, line: number): void {
    if (!EPOCH_DAYS.has(dob) || this.patients.has(patientId) || this.patients.size >= ID_TRACK_LIMIT) return;
    this.patients.add(patientId);
    if (this.patients.size === 1) this.first = line;
    else if (this.patients.size === 2) this.second = line;
  }

  /** How many different patients; the doubt's subjects when two or more. */
  get count(): number {
    return this.patients.size;
  }
  get ids(): string[] {
    return [...this.patients];
  }
}
