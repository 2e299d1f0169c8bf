// Big conversions run in a worker thread whose young generation is capped. Why: converting a
// 1,000,000-row export, Node 20's default young generation (two 16 MB semi-spaces, reached in any
// long run) is ~30 MB of the peak RSS while the live heap is 15-18 MB; 4 MB semi-spaces cut the
// peak by ~20 MB at no CPU cost (figures: test/bench/README.md). The flag cannot be set once Node
// runs (v8.setFlagsFromString leaves the heap as configured), and a second process would add its
// own memory; a Worker's resourceLimits apply it inside the one process.
// Only the bundled CLI (an .mjs entry) does this: the worker loads the same entry, which a
// tsx-compiled source entry could not without a loader of its own.
// Only the biggest files: the worker is not free. Converting 200,000 rows (20 MB) took ~0.6 s
// more CPU in it than in the main thread (~2.4 against ~3.1 s without building the XML, ~20 %,
// alternating runs, 2026-12-02), with 6, 12, 24 or 48 MB young generations alike, and its
// memory saving only matters near the cap: peak RSS in the main thread was 128 / 154 / 170 /
// 183 MB at 250,000 / 500,000 / 750,000 / 1,000,000 rows, in the worker 120 / 136 / 159 / 168.

import fs from 'node:fs';

/** Files at least this large are converted in the capped worker (~630,000 rows of a typical
 *  export, where the main thread's peak passes ~165 MB). */
export const BIG_EXPORT_BYTES = 64 * 1024 * 1024;
/** The young generation's size in the worker: two 4 MB semi-spaces and the space V8 adds. */
export const WORKER_YOUNG_MB = 6;

/** Whether `argv` (the command line after the program) is a `convert` of a big existing file.
 *  Any argument naming a file of at least BIG_EXPORT_BYTES counts: option values are ids, zones,
 *  numbers and folders, never such a file. */
export function isBigConvert(argv: readonly string[], bigBytes = BIG_EXPORT_BYTES): boolean {
  if (argv[0] !== 'convert') return false;
  return argv.slice(1).some((a) => {
    if (a.startsWith('-')) return false;
    try {
      const st = fs.statSync(a);
      return st.isFile() && st.size >= bigBytes;
    } catch {
      return false;
    }
  });
}
