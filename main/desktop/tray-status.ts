// What the tray shows for an engine status: one of four looks and a short tooltip. Pure, so the
// wording and the state mapping are tested without Electron. A file held for review makes the
// tray amber even while other files go out: it waits for a person, and nothing else will move it.
import type { EngineStatus } from '../engine/types.ts';

export type TrayLook = 'ok' | 'working' | 'attention' | 'error';
export const TRAY_LOOKS: readonly TrayLook[] = ['ok', 'working', 'attention', 'error'];

const LOOK_OF_STATE: Record<EngineStatus['state'], TrayLook> = {
  idle: 'ok',
  working: 'working',
  attention: 'attention',
  error: 'error',
};

/** Files waiting for someone to confirm how they are read (at least one per review problem). */
export function heldFiles(status: EngineStatus): number {
  const reviews = status.problems.filter((p) => p.kind === 'review').length;
  return Math.max(status.counts.held ?? 0, reviews);
}

/** Practices whose sending stopped because Medfusion refused their sign-in. Nothing of theirs
 *  goes out until someone acts: red, like a stopped connector, not amber. */
export function refusedSignIns(status: EngineStatus): string[] {
  return status.problems.filter((p) => p.kind === 'credentials').map((p) => p.practice ?? '');
}

export function trayLookOf(status: EngineStatus): TrayLook {
  if (refusedSignIns(status).length > 0) return 'error';
  const look = LOOK_OF_STATE[status.state];
  return look !== 'error' && heldFiles(status) > 0 ? 'attention' : look;
}

const HEADLINE: Record<TrayLook, string> = {
  ok: 'All well',
  working: 'Sending…',
  attention: 'Needs attention',
  error: 'Not working',
};

function formatWhen(iso: string, now: Date): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === now.toDateString() ? `today ${time}` : `${at.toLocaleDateString()} ${time}`;
}

/** Windows cuts tray tooltips at 127 characters: keep it to three short lines (four in test
 *  mode: a practice on the built-in sandbox must never look like it reaches patients). */
export function trayTooltip(status: EngineStatus, now: Date, testMode = false): string {
  const headline = refusedSignIns(status).length > 0 ? 'Sign-in refused' : HEADLINE[trayLookOf(status)];
  const head = `Appointment Connector: ${headline}${status.paused ? ' (paused)' : ''}`;
  const last = status.lastSuccessAt
    ? `Last sent ${formatWhen(status.lastSuccessAt, now)}`
    : 'Nothing sent yet';
  const today = `${status.counts.sentToday} appointment${status.counts.sentToday === 1 ? '' : 's'} sent today`;
  const held = heldFiles(status);
  const waiting = held > 0 ? [`${held} file${held === 1 ? '' : 's'} waiting for review`] : [];
  const test = testMode ? ['TEST MODE: nothing reaches patients'] : [];
  return [head, ...test, ...waiting, last, today].join('\n').slice(0, 127);
}
