// The real importer with its summary changed, for engine tests of the trust gate that must not
// wait for the importer's own checks: e.g. a status doubt while the practice reads with 'auto'
// (gone once a confirmed profile file is used), a stated range, a date order settled by the data.
import fs from 'node:fs';
import { importExport } from '../../../main/import/import-export.ts';
import type { Doubt } from '../../../main/model/doubt.ts';
import type { ImportOptions, ImportSummary } from '../../../main/model/import-summary.ts';
import type { ImportFn } from '../../../main/engine/job/job-context.ts';

export const UNKNOWN_STATUS: Doubt = {
  kind: 'status',
  field: 'status',
  column: 'Status',
  message: "the status 'Umgebucht' is not a word the connector knows",
  samples: ['Umgebucht'],
  question: "What does 'Umgebucht' mean: booked, or cancelled?",
};

export function changedSummary(
  change: (summary: ImportSummary, file: string, opts: ImportOptions) => void,
  calls: ImportOptions[] = [],
): ImportFn {
  return async function* (file, opts) {
    calls.push(opts);
    const summary = yield* importExport(file, opts);
    change(summary, file, opts);
    return summary;
  };
}

/** Unsure of the status words until the practice reads with a profile file a person confirmed
 *  (as the real importer is once the status answer is in the confirmed profile). */
export function unsureUntilConfirmed(calls: ImportOptions[] = []): ImportFn {
  return changedSummary((s, _file, opts) => {
    let confirmed = false;
    try {
      confirmed = !!(JSON.parse(fs.readFileSync(opts.profile ?? '', 'utf8')) as { confirmed?: unknown })
        .confirmed;
    } catch {
      // 'auto', a preset, or no profile file: not confirmed
    }
    if (!confirmed) s.doubts = [UNKNOWN_STATUS];
  }, calls);
}
