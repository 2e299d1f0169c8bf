// The one-time review of a file held because the connector was not sure how to read it: *Review*
// opens the settings preview on that file, the person confirms or corrects the mapping once, and
// the practice's held files go. The window names jobs, never paths: held-file.ts finds the file.
import fs from 'node:fs';
import path from 'node:path';
import type { PracticeSettings, Settings } from '../model/settings.ts';
import type { JobDetails } from '../model/status-and-jobs.ts';
import { openTable } from '../import/read/index.ts';
import { profileSheet } from '../import/map/choose-profile.ts';
import type {
  ActionResult,
  ConfirmMappingRequest,
  ConfirmMappingResult,
  ExportPreview,
} from '../../preload/ipc-contract.ts';
import { resolveHeldFile } from './held-file.ts';
import { massCancelOf } from '../engine/job/mass-cancel.ts';
import { sha256File } from '../engine/job/content-hash.ts';
import { belongsTo } from '../engine/job-practice.ts';
import { profileFileName, writeMappingProfile } from './mapping-profile.ts';
import { mergeDoubts, dateReadings, unreadablePreview } from './preview-export.ts';
import type { ConnectorServiceDeps } from './service-deps.ts';

export interface ReviewHelpers {
  findPractice(name: string): Promise<PracticeSettings | undefined>;
  /** Save settings (and restart the engine's watchers when something it uses changed). */
  update(change: (s: Settings) => Settings): Promise<void>;
}

type ReviewActions = {
  openReview(jobId: string): Promise<ActionResult>;
  previewHeldFile(jobId: string): Promise<ExportPreview>;
  /** A held file's preview (a workbook: from `sheet`, as the person picks it in the review). */
  heldPreview(jobId: string, sheet?: string): Promise<ExportPreview>;
  confirmMapping(request: ConfirmMappingRequest): Promise<ConfirmMappingResult>;
};

/** The columns of the file as the practice's mapping reads it (a workbook: the sheet the person
 *  picked, else the one it names). */
async function tableOf(
  file: string,
  practice: PracticeSettings,
  picked?: string,
): Promise<{ headers: string[]; sheet?: string }> {
  const sheet = picked ?? profileSheet(practice.mappingProfile, file, practice.inbox);
  const { info, rows } = await openTable(file, sheet !== undefined ? { sheet } : {});
  await rows.return();
  return { headers: info.headers, ...(info.sheet !== undefined ? { sheet: info.sheet } : {}) };
}

function releasedWords(name: string, n: number): string {
  if (n === 0) return `No file of ${name} was waiting; new exports are read with this mapping.`;
  return n === 1
    ? `1 held file of ${name} is being read again with it now.`
    : `${n} held files of ${name} are being read again with it now.`;
}

export function createReviewActions(deps: ConnectorServiceDeps, h: ReviewHelpers): ReviewActions {
  const now = deps.now ?? (() => new Date());

  async function held(jobId: string) {
    return resolveHeldFile(deps.jobs, (await deps.settings.load()).practices, jobId);
  }

  async function heldCount(practice: PracticeSettings): Promise<number> {
    const jobs = await deps.jobs.list({ limit: 5000 });
    return jobs.filter((j) => j.state === 'held' && belongsTo(j, practice)).length;
  }

  /** A held file's preview (a workbook: from `sheet`, as the person picks it in the review). */
  async function heldPreview(jobId: string, sheet?: string): Promise<ExportPreview> {
    const found = await held(jobId);
    if (!found.ok) return unreadablePreview(jobId, found.message);
    const preview = await deps.previewExport(found.file, found.practice, sheet);
    // What the engine saw when it held the file (e.g. an appointment id moving to another
    // patient, which only the sent history shows) comes first; the preview's own findings after.
    const doubts = mergeDoubts(found.job.doubts, preview.doubts);
    const readings = dateReadings(doubts);
    return {
      ...preview,
      // The name it arrived under, not the processing/ name with the job id in front.
      file: path.basename(found.job.file),
      doubts,
      ...(readings.length ? { dateReadings: readings } : {}),
      review: {
        jobId: found.job.id,
        practice: found.practice.name,
        heldFiles: await heldCount(found.practice),
      },
    };
  }

  return {
    async openReview(jobId) {
      const found = await held(jobId);
      if (!found.ok) return found;
      await deps.host.openReview({ practice: found.practice.name, jobId: found.job.id });
      return { ok: true };
    },

    previewHeldFile: (jobId) => heldPreview(jobId),
    heldPreview,

    async confirmMapping({ practice: name, jobId, file, columns, answers, seen }) {
      const practice = await h.findPractice(name);
      if (!practice)
        return { ok: false, message: `Save the practice ${name} first, then confirm its mapping.` };
      let source: string;
      /** The held snapshot whose cancellations the person accepts by confirming on it. */
      let cancellationsOf: string | undefined;
      let heldJob: JobDetails | undefined;
      if (jobId !== undefined) {
        const found = await held(jobId);
        if (!found.ok) return found;
        if (found.practice.name !== name) {
          return { ok: false, message: `That file belongs to ${found.practice.name}, not ${name}.` };
        }
        source = found.file;
        heldJob = found.job;
        cancellationsOf = massCancelOf(found.job) ? found.job.id : undefined;
      } else if (
        file !== undefined &&
        path.isAbsolute(file) &&
        fs.existsSync(file) &&
        fs.statSync(file).isFile()
      ) {
        source = file;
      } else {
        return { ok: false, message: 'Pick the export again: the file to confirm is no longer there.' };
      }
      // A file saved over since the person looked at it (the next hourly export under the same
      // name) has questions they never saw: confirming would answer them for every later file.
      if (seen !== undefined && (await sha256File(source)) !== seen)
        return {
          ok: false,
          message: `Not saved: ${path.basename(source)} changed after it was shown (a newer export saved over it?). Open it again, check what it asks, then confirm.`,
        };
      const profile = path.join(deps.profilesDir, profileFileName(practice));
      // What the person was shown: the engine's doubts on the held file and the preview's (a
      // workbook: the sheet they picked, as `mapping confirm --sheet` reads it).
      const picked = answers.sheet;
      const shown = (await deps.previewExport(source, practice, picked)).doubts;
      const table = await tableOf(source, practice, picked);
      if (picked !== undefined && table.sheet !== picked)
        return {
          ok: false,
          message: `The workbook has no sheet '${picked}' with rows in it any more: open the review again and pick the sheet with the appointments.`,
        };
      const asked =
        picked !== undefined || [...shown, ...(heldJob?.doubts ?? [])].some((d) => d.kind === 'sheet');
      const written = await writeMappingProfile(profile, practice, columns, source, {
        headers: table.headers,
        // A workbook asked which sheet is the list: the one picked, or the one shown, is the answer.
        ...(asked && table.sheet !== undefined ? { sheet: table.sheet } : {}),
        at: now().toISOString(),
        answers,
        doubts: heldJob ? mergeDoubts(heldJob.doubts, shown) : shown,
      });
      if (!written.ok) return written;
      // The review showed how many appointments this file cancels, with ids; confirming on it is
      // the person's acceptance, for this file's content only.
      if (cancellationsOf) {
        const accepted = await deps.engine.acceptCancellations?.(cancellationsOf);
        if (!accepted?.ok)
          return { ok: false, message: accepted?.message ?? 'The cancellations could not be accepted.' };
      }
      // Counted before the settings change: a changed mapping restarts the practice's runner,
      // which reads its held files again by itself, so releaseHeld may find none left to release.
      const waiting = await heldCount(practice);
      // Settings first: the engine must read the held files with the confirmed profile.
      await h.update((s) => ({
        ...s,
        practices: s.practices.map((p) => (p.name === name ? { ...p, mappingProfile: profile } : p)),
      }));
      const released = Math.max(await deps.engine.releaseHeld(name), waiting);
      return {
        ok: true,
        released,
        message:
          released > 0
            ? `Confirmed how ${name}'s exports are read. ${releasedWords(name, released)}`
            : `Saved the column mapping for ${name}. ${releasedWords(name, released)}`,
      };
    },
  };
}
