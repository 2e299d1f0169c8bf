// The bundled CLI's `convert` with the cache of certified shapes (main/xml/certified-shapes-cache.ts),
// run as a person runs it: the bundle built into a temp folder, real child processes. The first
// run loads libxml2 and keeps what it certified; the next one does not load libxml2 at all and
// writes the same documents; a damaged cache file is ignored (and replaced); a changed XSD gives
// another key, so the old entry is not used.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle } from '../../cli-bundle.config.mjs';
import { writeExport } from '../bench/convert-bench.ts';

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
let dir: string;
let entry: string;
let csv: string;
let cacheDir: string;
let watch: string;
let bundleDir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-shape-cache-'));
  // Inside the project, so that its packages (node_modules) are found as from dist/cli.
  bundleDir = path.resolve('out', `convert-shape-cache-cli-${process.pid}`);
  entry = await buildCliBundle(bundleDir);
  csv = path.join(dir, 'small.csv');
  writeExport(csv, 30);
  cacheDir = path.join(dir, 'cache');
  // Logs every module the process loads, so the test sees whether libxml2-wasm was loaded (its
  // path is only resolved, not loaded, to read its version for the cache key).
  watch = path.join(dir, 'watch.mjs');
  // (fs imported statically: an import() inside the hook would go through the hook again.)
  const hook = `import fs from 'node:fs';
  export async function load(url, c, next) {
    fs.appendFileSync(process.env.LOADED_LOG, url + '\\n');
    return next(url, c);
  }`;
  fs.writeFileSync(
    watch,
    `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));\n`,
  );
}, 120_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

/** Convert into a fresh folder; the documents (the Sender's clock reading blanked) and whether
 *  libxml2 was loaded. */
function convert(run: string): { docs: string[]; libxml2: boolean } {
  const out = path.join(dir, `out-${run}`);
  const log = path.join(dir, `loaded-${run}.log`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      watch,
      entry,
      'convert',
      csv,
      '--practice-id',
      PRACTICE,
      '--tz',
      'America/New_York',
      '--out',
      out,
    ],
    { encoding: 'utf8', env: { ...process.env, APPT_CONNECTOR_CACHE_DIR: cacheDir, LOADED_LOG: log } },
  );
  expect(r.stderr).toContain('30 appointments converted');
  expect(r.status).toBe(0);
  const docs = fs
    .readdirSync(out)
    .sort()
    .map((f) =>
      fs.readFileSync(path.join(out, f), 'utf8').replace(/DeviceLocalTime="[^"]*"/, 'DeviceLocalTime=""'),
    );
  const loaded = fs.readFileSync(log, 'utf8');
  expect(loaded).toContain('/appt-connector.mjs'); // the hook saw the run
  return { docs, libxml2: loaded.includes('libxml2-wasm') };
}

const cacheFile = (): string => path.join(cacheDir, 'certified-shapes.json');

describe('convert with the cache of certified shapes (bundled CLI)', () => {
  it('loads libxml2 on the first run only, and writes the same documents', () => {
    const first = convert('first');
    expect(first.libxml2).toBe(true);
    expect(fs.existsSync(cacheFile())).toBe(true);
    const second = convert('second');
    expect(second.libxml2).toBe(false);
    expect(second.docs).toEqual(first.docs);
    expect(second.docs).toHaveLength(1);
  }, 60_000);

  it('ignores a damaged cache file, certifies with libxml2 again and replaces it', () => {
    const before = convert('before');
    fs.writeFileSync(cacheFile(), fs.readFileSync(cacheFile(), 'utf8').slice(0, 100));
    const damaged = convert('damaged');
    expect(damaged.libxml2).toBe(true);
    expect(damaged.docs).toEqual(before.docs);
    expect(convert('after').libxml2).toBe(false); // the replaced file is good again
  }, 60_000);

  it('does not use an entry made for another XSD', () => {
    convert('warm');
    const keyBefore = JSON.parse(fs.readFileSync(cacheFile(), 'utf8')).key;
    const xsd = path.join(bundleDir, 'schema', 'appointment-data-v1.xsd');
    fs.appendFileSync(xsd, '<!-- changed -->\n');
    const changed = convert('changed-xsd');
    expect(changed.libxml2).toBe(true);
    expect(JSON.parse(fs.readFileSync(cacheFile(), 'utf8')).key).not.toBe(keyBefore);
  }, 60_000);
});
