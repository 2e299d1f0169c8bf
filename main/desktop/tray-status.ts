// What the tray shows for an engine status: one of four looks and a short tooltip. Pure, so the
// wording and the state mapping are tested without Electron. A file held for review makes the
// tray amber even while other files go out: it waits for a person, and nothing else will move it.
import type { EngineStatus } from '../model/status-and-jobs.ts';

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

/** Every practice is held: the app-wide pause, or each practice paused by a person. */
export function everythingPaused(status: EngineStatus): boolean {
  const practices = status.practices ?? [];
  return status.paused || (practices.length > 0 && practices.every((p) => p.pausedUntil));
}

/** Something is paused (the app, or at least one practice). */
export function anythingPaused(status: EngineStatus): boolean {
  return status.paused || (status.practices ?? []).some((p) => p.pausedUntil);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The test-mode line, honest about how many practices it covers: "nothing reaches patients" only
 * when it is true of every practice. `fallback`: the caller's own knowledge, for a status from
 * an engine that does not list its practices.
 */
export function testModeLine(status: EngineStatus, fallback = false): string | undefined {
  const practices = status.practices;
  if (!practices) return fallback ? 'TEST MODE: nothing reaches patients' : undefined;
  const test = practices.filter((p) => p.testMode);
  if (test.length === 0) return undefined;
  if (test.length === practices.length) return 'TEST MODE: nothing reaches patients';
  if (test.length === 1) return `TEST MODE for ${clip(test[0]!.name, 30)}: it reaches no patients`;
  return `TEST MODE for ${test.length} of ${practices.length} practices: they reach no patients`;
}

function timeOf(iso: string, now: Date): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === now.toDateString() ? time : `tomorrow ${time}`;
}

/** "Paused until 16:20", or which practice is paused when not all are. */
function pausedLine(status: EngineStatus, now: Date): string | undefined {
  const paused = (status.practices ?? []).filter((p) => p.pausedUntil);
  if (status.paused || paused.length === 0) return undefined;
  const until = paused.map((p) => p.pausedUntil!).sort()[0]!;
  if (paused.length === (status.practices ?? []).length) return `Paused until ${timeOf(until, now)}`;
  if (paused.length === 1) return `${clip(paused[0]!.name, 30)} paused until ${timeOf(until, now)}`;
  return `${paused.length} practices paused`;
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
  const test = testModeLine(status, testMode);
  const paused = pausedLine(status, now);
  return [head, ...(test ? [test] : []), ...(paused ? [paused] : []), ...waiting, last, today]
    .join('\n')
    .slice(0, 127);
}
