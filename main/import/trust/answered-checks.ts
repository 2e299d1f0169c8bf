// What a person answered by confirming a mapping on a held file: the content checks that held it
// (model/doubt.ts, ContentCheck), each with the column it named. A later file is not held again for
// those; every other check still runs on it. Confirming "Umgebucht means cancelled" once had
// switched off every content check for good, and a later file's 1:30 (a 12-hour clock without
// AM/PM) went out as 01:30 at night.
import type { ContentCheck, Doubt } from '../../model/doubt.ts';

/** Checks decided against what was already sent: confirming accepts them for the file confirmed
 *  on (by its content), and every later file is checked again (engine/job/same-person.ts). */
const FOR_ONE_FILE: ReadonlySet<ContentCheck> = new Set([
  'same-person-twice',
  'patient-id-change',
  'mass-cancel',
  'partial-snapshot',
  'own-ids',
  'older-file',
]);

/** One answered check: `check`, or `check@column` when the doubt names a column. */
function answerKey(d: Pick<Doubt, 'check' | 'column'>): string | undefined {
  if (!d.check || FOR_ONE_FILE.has(d.check)) return undefined;
  return d.column ? `${d.check}@${d.column}` : d.check;
}

/** The checks that `doubts` (those of the file a person confirms on) ask, with those answered
 *  before: what the confirmed profile keeps. */
export function answeredChecks(doubts: readonly Doubt[], before: readonly string[] = []): string[] {
  const keys = new Set(before);
  for (const d of doubts) {
    const key = answerKey(d);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}

/** Whether a confirmation already answered this doubt. */
export function isAnswered(answered: readonly string[] | undefined, d: Doubt): boolean {
  const key = answered && answerKey(d);
  return key ? answered.includes(key) : false;
}
