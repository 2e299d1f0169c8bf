// The cache of certified shapes kept across runs, so that `convert` of a small file need not load
// libxml2 and compile the XSD in every process (most of its start-up: test/bench/README.md).
// It keeps what one run learnt: the XSD's value rules as data (LeafRules) and the appointment
// shapes libxml2 has accepted. Both follow from the XSD and the code alone, so the cache is keyed
// by their content: the XSD's SHA-256, the content hash of the sources the CLI bundle was built
// from (its inputs.json) and libxml2-wasm's version. Any change of one gives a new key and the
// old entry is not used. A file that cannot be read, does not parse, has another key or whose
// checksum does not match is ignored (the run certifies again with libxml2, as without a cache).
//
// Where: the operating system's cache folder (Linux $XDG_CACHE_HOME or ~/.cache, macOS
// ~/Library/Caches, Windows %LOCALAPPDATA%), folder appt-connector; APPT_CONNECTOR_CACHE_DIR
// overrides it. Not the data folder: convert is a by-hand command that has no data folder of its
// own, and the entry is derived data that may be deleted at any time (what cache folders are
// for; backups skip them), unlike the history and settings kept there.
// Only the bundled CLI uses it: run from the TypeScript sources (tsx) there is no inputs.json to
// say which code is running, so nothing is kept.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPE_FORM } from './checked-writer.ts';
import type { LeafRules } from './leaf-checks.ts';

const FORMAT = 1;
export const SHAPE_CACHE_FILE = 'certified-shapes.json';

export interface ShapeCache {
  file: string;
  key: string;
}

export interface ShapeCacheEntry {
  rules: LeafRules;
  shapes: string[];
}

/** The key of one (XSD, code, libxml2) combination. */
export function shapeCacheKey(xsdText: string, codeVersion: string, libxml2Version: string): string {
  return crypto
    .createHash('sha256')
    .update(
      JSON.stringify([
        FORMAT,
        crypto.createHash('sha256').update(xsdText).digest('hex'),
        codeVersion,
        libxml2Version,
      ]),
    )
    .digest('hex');
}

/** The operating system's cache folder for the connector. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.APPT_CONNECTOR_CACHE_DIR) return path.resolve(env.APPT_CONNECTOR_CACHE_DIR);
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'appt-connector', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'appt-connector');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'appt-connector');
}

/** The content hash the CLI bundle recorded for its sources (inputs.json beside its chunks). */
function bundleSourceHash(): string | undefined {
  try {
    const manifest = JSON.parse(
      fs.readFileSync(fileURLToPath(new URL('./inputs.json', import.meta.url)), 'utf8'),
    );
    return typeof manifest.hash === 'string' && manifest.hash ? manifest.hash : undefined;
  } catch {
    return undefined; // not the bundle (sources through tsx)
  }
}

/** libxml2-wasm's version, from its package.json, found without loading the module. */
function libxml2Version(): string | undefined {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve('libxml2-wasm')));
    for (;;) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (pkg.name === 'libxml2-wasm' && typeof pkg.version === 'string') return pkg.version;
      }
      const up = path.dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  } catch {
    return undefined;
  }
}

/** Where and under which key this process keeps certified shapes; undefined for no cache. */
export function shapeCacheFor(xsdText: string, env: NodeJS.ProcessEnv = process.env): ShapeCache | undefined {
  const code = bundleSourceHash();
  const lib = code && libxml2Version();
  if (!code || !lib) return undefined;
  return { file: path.join(cacheDir(env), SHAPE_CACHE_FILE), key: shapeCacheKey(xsdText, code, lib) };
}

function checksum(key: string, rules: unknown, shapes: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify({ key, rules, shapes })).digest('hex');
}

/** The entry kept for `cache.key`, or undefined (none, another key, unreadable, damaged). */
export function readShapeCache(cache: ShapeCache): ShapeCacheEntry | undefined {
  try {
    const j = JSON.parse(fs.readFileSync(cache.file, 'utf8'));
    if (j?.format !== FORMAT || j.key !== cache.key) return undefined;
    if (j.sum !== checksum(j.key, j.rules, j.shapes)) return undefined;
    const { rules, shapes } = j;
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return undefined;
    for (const leaves of Object.values(rules))
      if (!leaves || typeof leaves !== 'object' || Array.isArray(leaves)) return undefined;
    if (!Array.isArray(shapes) || !shapes.every((s) => typeof s === 'string' && SHAPE_FORM.test(s)))
      return undefined;
    return { rules: rules as LeafRules, shapes };
  } catch {
    return undefined;
  }
}

/** Keep `entry` under `cache.key` (replacing any other), written whole then renamed into place
 *  so a reader never sees half a file. A cache that cannot be written is only a slower start. */
export function writeShapeCache(cache: ShapeCache, entry: ShapeCacheEntry): void {
  const shapes = [...new Set(entry.shapes)].sort();
  const text = JSON.stringify({
    format: FORMAT,
    key: cache.key,
    rules: entry.rules,
    shapes,
    sum: checksum(cache.key, entry.rules, shapes),
  });
  const tmp = `${cache.file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(cache.file), { recursive: true });
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, cache.file);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more to do
    }
  }
}
