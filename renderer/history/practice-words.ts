// One practice's status line in plain words: "last export 7:34, sent ✓ · watching for exports".
// Pure, so the wording is tested without a window. The words carry the meaning; the line's colour
// (tone) only repeats it.
import type { EngineStatus } from '../shared/types.ts';
import { plural } from '../shared/format.ts';
import type { Tone } from './job-result.ts';

export type PracticeStatus = NonNullable<EngineStatus['practices']>[number];
type ExportResult = NonNullable<PracticeStatus['lastExport']>['result'];

const RESULT_WORDS: Record<ExportResult, string> = {
  sent: 'sent ✓',
  'nothing-new': 'nothing new to send',
  'partly-refused': 'partly refused',
  failed: 'failed',
  held: 'held for review',
  'in-progress': 'sending…',
  awaiting: 'sent, awaiting Medfusion',
};

/** "7:34" today, "Nov 24, 7:34" on another day, in the computer's own way of writing times. */
export function clockTime(iso: string, now: Date): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  if (at.toDateString() === now.toDateString()) return time;
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  if (at.toDateString() === tomorrow.toDateString()) return `tomorrow ${time}`;
  return `${at.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })}, ${time}`;
}

/** "last export 7:34, sent ✓" */
export function lastExportWords(p: PracticeStatus, now: Date, appPaused = false): string {
  const last = p.lastExport;
  if (!last) return 'no export yet';
  // Not "sending…" while nothing moves: it waits for the person who can unblock it.
  const stopped = p.signInRefused || !!p.pausedUntil || appPaused;
  const words = last.result === 'in-progress' && stopped ? 'waiting' : RESULT_WORDS[last.result];
  const result = words + (last.handled ? ' (handled)' : '');
  return `last export ${clockTime(last.at, now)}, ${result}`;
}

/** What the practice is doing now, or why it is not sending. */
export function stateWords(p: PracticeStatus, appPaused: boolean, now: Date): string {
  if (p.signInRefused) return 'sign-in refused: nothing is sent';
  if (p.pausedUntil) {
    const waiting =
      p.waitingInInbox > 0 ? `; ${plural(p.waitingInInbox, 'export')} waiting in the inbox` : '';
    return `paused until ${clockTime(p.pausedUntil, now)}${waiting}`;
  }
  if (appPaused) return 'paused';
  if (p.nextCheckAt) return `Medfusion does not answer; next try ${clockTime(p.nextCheckAt, now)}`;
  if (!p.watching) return 'inbox cannot be reached';
  if (p.inProgress > 0) return `sending ${plural(p.inProgress, 'file')}`;
  return 'watching the inbox';
}

/** The whole line after the practice's name. */
export function practiceWords(p: PracticeStatus, appPaused: boolean, now: Date): string {
  const parts = [lastExportWords(p, now, appPaused), stateWords(p, appPaused, now)];
  if (p.problems > 0) parts.push(plural(p.problems, 'problem'));
  return parts.join(' · ');
}

export function practiceTone(p: PracticeStatus, appPaused: boolean): Tone {
  if (p.signInRefused || (p.watching === false && !p.pausedUntil)) return 'bad';
  const last = p.lastExport;
  if (last?.result === 'failed' && !last.handled) return 'bad';
  if (p.pausedUntil || appPaused || p.problems > 0 || p.nextCheckAt) return 'warn';
  if (last && !last.handled && (last.result === 'partly-refused' || last.result === 'held')) return 'warn';
  if (p.inProgress > 0 || last?.result === 'in-progress' || last?.result === 'awaiting') return 'busy';
  return 'good';
}
