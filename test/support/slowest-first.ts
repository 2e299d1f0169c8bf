// The order test files start in. Vitest runs the files it has no timing for largest first, and a
// fresh clone (CI) has none: the corpus variations, a short file that runs for a minute and a half,
// started last and the run ended on it with the other workers idle. Here the files measured slow
// (file-durations.json, seconds in the last CI run) start first, slowest first, within each
// project; the rest follow in vitest's own order. Refresh the table after a CI run with
// `node bin/run-ts.mjs test/support/write-file-durations.ts` (it reads out/vitest.json).
import fs from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const DURATIONS_FILE = path.join(import.meta.dirname, 'file-durations.json');

function durations(): Map<string, number> {
  const table = JSON.parse(fs.readFileSync(DURATIONS_FILE, 'utf8')) as Record<string, number>;
  return new Map(Object.entries(table));
}

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Vitest's order keeps the projects apart (the importer's files share workers only when they
    // follow one another) and runs isolated files first; only the order within a project changes.
    const base = await super.sort(files);
    const seconds = durations();
    const root = this.ctx.config.root;
    const slow = (spec: TestSpecification) =>
      seconds.get(path.relative(root, spec.moduleId).split(path.sep).join('/')) ?? 0;
    const project = new Map<string, number>();
    for (const spec of base)
      if (!project.has(spec.project.name)) project.set(spec.project.name, project.size);
    return base
      .map((spec, i) => ({ spec, i }))
      .sort(
        (a, b) =>
          project.get(a.spec.project.name)! - project.get(b.spec.project.name)! ||
          slow(b.spec) - slow(a.spec) ||
          a.i - b.i,
      )
      .map(({ spec }) => spec);
  }
}
