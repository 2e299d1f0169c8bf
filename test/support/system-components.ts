// System components some tests need (a Secret Service, Debian's Chromium, xmllint). Locally a
// missing one skips those tests with a message saying what is missing and how to get it; under
// CI (`CI` set, as .ci/run is run) it never skips: .ci/run installs them all, so a missing one
// is a broken set-up and the tests run and fail instead of passing by omission.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

function component(present: boolean, missing: string): boolean {
  if (present) return true;
  if (process.env.CI) {
    console.error(`[CI] ${missing}: running the tests that need it anyway (they will fail).`);
    return true;
  }
  console.warn(`Not tested here (tests skipped or on an in-memory stand-in): ${missing}.`);
  return false;
}

/** A D-Bus session with an unlocked keyring: what `npm test` (.ci/test) starts. */
export function hasSecretService(): boolean {
  return component(
    Boolean(process.env.DBUS_SESSION_BUS_ADDRESS),
    'no D-Bus session for the Secret Service (run `npm test`, which starts gnome-keyring in one)',
  );
}

export function hasChromium(): boolean {
  return component(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing (apt-get install chromium)`);
}

export function hasXmllint(): boolean {
  return component(
    spawnSync('xmllint', ['--version']).status === 0,
    'xmllint is missing (apt-get install libxml2-utils)',
  );
}
