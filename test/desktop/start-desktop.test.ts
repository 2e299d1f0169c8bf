// `npm start` on a machine where Electron's program cannot be downloaded (like this one) stops
// with a plain explanation and exit code 1, not a stack trace. The download is pointed at a
// closed local port so the check is fast and never touches the network.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const electronPresent = fs.existsSync('node_modules/electron/path.txt');
if (electronPresent) console.warn("start-desktop failure case skipped: Electron's program is installed here");

describe('npm start (bin/start-desktop.mjs)', () => {
  it.skipIf(electronPresent)('explains that Electron cannot be downloaded, without a stack trace', () => {
    const r = spawnSync(process.execPath, ['bin/start-desktop.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Electron's program could not be downloaded");
    expect(r.stderr).toMatch(/Reason: .*(ECONNREFUSED|RequestError)/);
    expect(r.stderr).toContain('npm run demo');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(fs.existsSync('node_modules/electron/path.txt')).toBe(false);
  });
});
