// Is the bundled CLI (dist/cli/, built by `npm run build` through cli-bundle.config.mjs) the
// build of the sources as they are now? Shared by the build (which writes the manifest) and
// bin/appt-connector.mjs (which checks it at every start).
//
// Fresh = the content of every file the bundle was built from hashes to what the build recorded.
// A content hash, not "newer than its sources": a checkout of another branch and back, a copy that
// keeps old times (cp -p, unzip, rsync -t) or a clock that moved cannot make an old bundle look
// new, and a file touched but not changed does not make a fresh one look old. Cost: reading and
// hashing the ~170 files (1.3 MB) took 8-14 ms of CPU; so the build also records each file's size
// and modification time, and when every one still matches exactly (one stat per file, ~1 ms) the
// bundle is fresh without reading anything. Any mismatch falls back to the hash, which decides.
// (The shortcut trusts a file whose size and modification time, to the nanosecond the file
// system keeps, are both what the build saw: a different content would need both to match.)
// Dependencies in node_modules are not part of it: the bundle leaves them external and loads them
// at run time, as the TypeScript sources do.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const CLI_BUNDLE_DIR = 'dist/cli';
export const CLI_BUNDLE_ENTRY = 'appt-connector.mjs';
export const CLI_BUNDLE_MANIFEST = 'inputs.json';

/** sha256 over each input's path and bytes, in the order given (the manifest's order). */
export function hashInputs(root, files) {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f);
    h.update('\0');
    h.update(fs.readFileSync(path.join(root, f)));
    h.update('\0');
  }
  return h.digest('hex');
}

/** Size and modification time of each file, as `size:mtimeMs` (the fast path's fingerprint). */
export function statInputs(root, files) {
  return files.map((f) => {
    const s = fs.statSync(path.join(root, f));
    return `${s.size}:${s.mtimeMs}`;
  });
}

/** The bundle's entry file when it exists and is fresh; undefined otherwise (never throws). */
export function freshCliBundle(root) {
  try {
    const dir = path.join(root, CLI_BUNDLE_DIR);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, CLI_BUNDLE_MANIFEST), 'utf8'));
    const entry = path.join(dir, CLI_BUNDLE_ENTRY);
    if (!fs.existsSync(entry) || !Array.isArray(manifest.files)) return undefined;
    const stats = statInputs(root, manifest.files);
    if (Array.isArray(manifest.stats) && stats.every((s, i) => s === manifest.stats[i])) return entry;
    return hashInputs(root, manifest.files) === manifest.hash ? entry : undefined;
  } catch {
    return undefined; // no bundle, a source removed, a damaged manifest: the sources are run
  }
}
