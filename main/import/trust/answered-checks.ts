// What a person answered by confirming a mapping on a held file: the content checks that held it
// (model/doubt.ts, ContentCheck), each with the column it named. A later file is not held again for
// those; every other check still runs on it. Confirming "Umgebucht means cancelled" once had
// switched off every content check for good, and a later file's 1:30 (a 12-hour clock without
// AM/PM) went out as 01:30 at night.
import type { ContentCheck, Doubt } from '../../model/doubt.ts';
import { fnv1a } from '../map/day-slots.ts';

/** Checks decided against what was already sent: confirming accepts them for the file confirmed
 *  on (by its content), and every later file is checked again (engine/job/same-person.ts). */
const FOR_ONE_FILE: ReadonlySet<ContentCheck> = new Set([
  'same-person-twice',
  'patient-id-change',
  'mass-cancel',
  'partial-snapshot',
  'own-ids',
  'older-file',
  'other-practice',
  'filed-rewrite',
  'occurrence-twice',
]);

/** What answering `d` remembers: `check#subject` for each of the people it is about, or one
 *  key, `check` (`check@column` when the doubt names a column); none for a check not kept. */
function answerKeys(d: Pick<Doubt, 'check' | 'column' | 'subjects'>): string[] {
  if (!d.check || FOR_ONE_FILE.has(d.check)) return [];
  if (d.subjects) return d.subjects.map((s) => `${d.check}#${s}`);
  return [d.column ? `${d.check}@${d.column}` : d.check];
}

/** The checks that `doubts` (those of the file a person confirms on) ask, with those answered
 *  before: what the confirmed profile keeps. */
export function answeredChecks(doubts: readonly Doubt[], before: readonly string[] = []): string[] {
  const keys = new Set(before);
  for (const d of doubts) for (const key of answerKeys(d)) keys.add(key);
  return [...keys].sort();
}

/** Whether a confirmation already answered this doubt: for each of the people it is about. */
export function isAnswered(answered: readonly string[] | undefined, d: Doubt): boolean {
  const keys = answered ? answerKeys(d) : [];
  return keys.length > 0 && keys.every((k) => answered!.includes(k));
}

/** The people a confirmation answered `check` for (the subjects of its `check#subject` keys). */
export function answeredSubjects(answered: readonly string[] | undefined, check: ContentCheck): Set<string> {
  const prefix = `${check}#`;
  const out = new Set<string>();
  for (const k of answered ?? []) if (k.startsWith(prefix)) out.add(k.slice(prefix.length));
  return out;
}

/** The subject of a doubt about one value given to two people (`5001 ~1a2b3c4d5e6f7a8b`): the
 *  value as written, the two people (in either order) as a hash, so a confirmation kept in the
 *  profile names no one, and answers for that value given to those two only: the same family
 *  account given to a stranger later is asked again. */
export function sharedValueSubject(value: string, people: readonly [string, string]): string {
  const pair = [...people].sort().join('|');
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return `${value} ~${hex(fnv1a(pair))}${hex(fnv1a(pair, 0x9e3779b9))}`;
}
