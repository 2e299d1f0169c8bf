// What the tray shows for an engine status: one of four looks and a short tooltip. Pure, so the
// wording and the state mapping are tested without Electron.
import type { EngineStatus } from '../engine/types.ts';

export type TrayLook = 'ok' | 'working' | 'attention' | 'error';
export const TRAY_LOOKS: readonly TrayLook[] = ['ok', 'working', 'attention', 'error'];

const LOOK_OF_STATE: Record<EngineStatus['state'], TrayLook> = {
  idle: 'ok',
  working: 'working',
  attention: 'attention',
  error: 'error',
};

export function trayLookOf(status: EngineStatus): TrayLook {
  return LOOK_OF_STATE[status.state];
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

/** Windows cuts tray tooltips at 127 characters: keep it to three short lines. */
export function trayTooltip(status: EngineStatus, now: Date): string {
  const head = `Appointment Connector: ${HEADLINE[trayLookOf(status)]}${status.paused ? ' (paused)' : ''}`;
  const last = status.lastSuccessAt
    ? `Last sent ${formatWhen(status.lastSuccessAt, now)}`
    : 'Nothing sent yet';
  const today = `${status.counts.sentToday} appointment${status.counts.sentToday === 1 ? '' : 's'} sent today`;
  return [head, last, today].join('\n').slice(0, 127);
}
