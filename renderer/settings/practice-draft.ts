// A new practice as the settings window and the wizard start it: on the built-in sandbox, so it
// works before Medfusion sends any credentials. The credential key is made once and never
// changes: it names the practice's keychain entries and identifies it across renames.
import type { PracticeSettings } from '../shared/types.ts';

export const ENVIRONMENTS: ReadonlyArray<{ value: string; label: string; hint: string }> = [
  {
    value: 'sandbox',
    label: 'Built-in sandbox',
    hint: 'A practice portal on this computer. Nothing leaves the computer; no credentials needed.',
  },
  {
    value: 'demo',
    label: 'Medfusion demo',
    hint: 'Medfusion’s test portal. Use the demo credentials Medfusion gave you.',
  },
  {
    value: 'production',
    label: 'Production',
    hint: 'The real patient portal. Appointments become visible to patients.',
  },
];

export function isNamedEnvironment(environment: string): boolean {
  return ENVIRONMENTS.some((e) => e.value === environment);
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'practice'
  );
}

export function newCredentialKey(name: string, taken: readonly string[]): string {
  const base = slug(name);
  let key = base;
  for (let i = 2; taken.includes(key); i++) key = `${base}-${i}`;
  return key;
}

/** `sandboxPracticeId`: an id the built-in sandbox knows (taken from an existing sandbox practice). */
export function blankPractice(
  name: string,
  taken: readonly string[],
  sandboxPracticeId = '',
): PracticeSettings {
  return {
    name,
    inbox: '',
    practiceId: sandboxPracticeId,
    environment: 'sandbox',
    mappingProfile: 'auto',
    timeZone: '',
    snapshotMode: false,
    polling: false,
    credentialKey: newCredentialKey(name, taken),
  };
}

/** What the form can say before saving (the service checks again and has the last word). */
export function draftProblems(p: PracticeSettings): string[] {
  const problems: string[] = [];
  if (!p.name.trim()) problems.push('Give the practice a name.');
  if (!p.inbox.trim()) problems.push('Choose the folder your scheduling software exports into.');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(p.practiceId.trim())) {
    problems.push(
      'Enter the practice id Medfusion gave you (it looks like 3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90).',
    );
  }
  return problems;
}

/** Only the settings fields: a PracticeView also carries `secretsSet`, which must never be sent
 *  back to be stored (the settings file refuses anything secret-shaped, rightly). Everything else
 *  is kept, so a field this window has no control for (e.g. `maxSnapshotCancelPercent`, set by
 *  hand in settings.json) survives a save from the window. */
export function practiceSettingsOf(p: PracticeSettings & { secretsSet?: unknown }): PracticeSettings {
  const { secretsSet: _secretsSet, ...settings } = p;
  return settings;
}
