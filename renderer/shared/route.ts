// One renderer bundle, three windows: the main process opens index.html#history, #settings or
// #wizard. Anything else shows the history (the window people open most).
export type WindowName = 'history' | 'settings' | 'wizard';

export function windowFromHash(hash: string): WindowName {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0];
  return name === 'settings' || name === 'wizard' ? name : 'history';
}

export const WINDOW_TITLES: Record<WindowName, string> = {
  history: 'Sending history · Appointment Connector',
  settings: 'Settings · Appointment Connector',
  wizard: 'Set up · Appointment Connector',
};

/** `#settings?practice=…`: the settings window opened on one practice (e.g. *Fix credentials*). */
export function practiceFromHash(hash: string): string | null {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  if (windowFromHash(hash) !== 'settings' || q < 0) return null;
  return new URLSearchParams(raw.slice(q + 1)).get('practice') || null;
}

/** `#settings?practice=…&job=…`: the main process opened the settings on a held file's review. */
export function reviewFromHash(hash: string): { practice: string; jobId: string } | null {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  if (windowFromHash(hash) !== 'settings' || q < 0) return null;
  const params = new URLSearchParams(raw.slice(q + 1));
  const practice = params.get('practice');
  const jobId = params.get('job');
  return practice && jobId ? { practice, jobId } : null;
}
