// One practice for red-team probes on remembered answers: its inbox (files named as given), its
// saved mapping, the review's confirm (createReviewActions().confirmMapping, as the review window
// does it) and the read of a later file as the engine reads it. Shared so that each round's probes
// answer and read through the same path.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { createReviewActions } from '../../../main/app-service/review-actions.ts';
import { previewExport } from '../../../main/app-service/preview-export.ts';
import type { ConnectorServiceDeps } from '../../../main/app-service/service-deps.ts';
import { readProfileFile } from '../../../main/import/map/choose-profile.ts';
import { importExport } from '../../../main/import/import-export.ts';
import type { Doubt } from '../../../main/model/doubt.ts';
import type { PracticeSettings, Settings } from '../../../main/model/settings.ts';
import type { ExportPreview, ReviewAnswers } from '../../../preload/ipc-contract.ts';

export interface Read {
  /** `MM-DDTHH:MMZ status last-name` per appointment sent. */
  sent: string[];
  /** `appointment-id patient-id last/first` per appointment sent. */
  ids: string[];
  /** `last-name location / provider` per appointment sent. */
  places: string[];
  errors: string[];
  doubts: Doubt[];
  held: boolean;
}

let practices = 0;

/**
 * A practice whose inbox is a new folder under `root`. `idPrefix` (30 hex digits and dashes) starts
 * its practice id; the practice's number ends it.
 */
export function reviewPractice(root: string, idPrefix: string, timeZone = 'America/Los_Angeles') {
  const number = ++practices;
  const dir = fs.mkdtempSync(path.join(root, `p${number}-`));
  let settings: PracticeSettings = {
    name: `Practice ${number}`,
    inbox: dir,
    practiceId: `${idPrefix}${String(number).padStart(2, '0')}`,
    environment: 'sandbox',
    mappingProfile: 'auto',
    timeZone,
    snapshotMode: false,
    polling: false,
    credentialKey: `practice-${number}`,
  };
  const deps = {
    previewExport,
    profilesDir: dir,
    engine: { releaseHeld: async () => 0 },
    jobs: { list: async () => [] },
  } as unknown as ConnectorServiceDeps;
  const review = createReviewActions(deps, {
    findPractice: async (n) => (n === settings.name ? settings : undefined),
    update: async (change) => {
      settings = change({ practices: [settings] } as unknown as Settings).practices[0]!;
    },
  });
  /** A file named `name` of `lines` (CRLF), or of text or bytes as they are. */
  const write = (name: string, lines: string[] | string | Uint8Array): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, Array.isArray(lines) ? `${lines.join('\r\n')}\r\n` : lines);
    return f;
  };
  let files = 0;
  /** As `write`, named `schedule-N.csv` unless `name` is given. */
  const file = (lines: string[] | Uint8Array, name = `schedule-${++files}.csv`): string => write(name, lines);
  /** The person confirms the file in the review with `answers` (columns as the preview shows). */
  const confirm = async (f: string, answers: ReviewAnswers = {}) => {
    const preview = await previewExport(f, settings);
    const r = await review.confirmMapping({
      practice: settings.name,
      file: f,
      columns: preview.columns,
      answers,
    });
    expect(r, `confirming ${path.basename(f)}`).toMatchObject({ ok: true });
    return preview;
  };
  /** The person confirms `f` in the review with `answers`, from the preview `shown` they looked
   *  at (the file may have changed on disk since). */
  const confirmShown = async (f: string, shown: ExportPreview, answers: ReviewAnswers = {}) =>
    review.confirmMapping({
      practice: settings.name,
      file: f,
      columns: shown.columns,
      answers,
      ...(shown.seen ? { seen: shown.seen } : {}),
    });
  /** The file read as the engine reads it: what would be sent, row errors, doubts. */
  const read = async (f: string): Promise<Read> => {
    const gen = importExport(f, {
      practiceId: settings.practiceId,
      timeZone: settings.timeZone,
      profile: settings.mappingProfile,
      savedProfileDir: dir,
    });
    const sent: string[] = [];
    const ids: string[] = [];
    const places: string[] = [];
    const errors: string[] = [];
    for (;;) {
      const r = await gen.next();
      if (r.done) {
        const doubts = r.value.doubts ?? [];
        return { sent, ids, places, errors, doubts, held: doubts.length > 0 };
      }
      if (r.value.kind === 'appointment') {
        const a = r.value.appointment;
        sent.push(`${a.start.toISOString().slice(5, 16)}Z ${a.status} ${a.patient.lastName}`);
        ids.push(`${a.appointmentId} ${a.patient.patientId} ${a.patient.lastName}/${a.patient.firstName}`);
        places.push(`${a.patient.lastName} ${a.location} / ${a.participant.providerName}`);
      }
      if (r.value.kind === 'error') errors.push(`line ${r.value.error.line}: ${r.value.error.message}`);
    }
  };
  const profile = () => readProfileFile(settings.mappingProfile, settings.mappingProfile);
  return {
    dir,
    write,
    file,
    confirm,
    confirmShown,
    read,
    profile,
    preview: (f: string) => previewExport(f, settings),
  };
}
export type Practice = ReturnType<typeof reviewPractice>;

/** Whether the read asks `check` (a doubt's check or kind). */
export const asked = (r: Read, check: string): boolean =>
  r.doubts.some((d) => d.check === check || d.kind === check);

/** Held, or none of the rows whose last name is in `names` goes with `status`. */
export function neverAs(r: Read, status: string, names: string[]): void {
  if (r.held) return;
  for (const s of r.sent) {
    const [, st, last] = s.split(' ');
    if (names.includes(last!)) expect(st, `${last} sent as ${status}: ${s}`).not.toBe(status);
  }
}

/** Held, or exactly `sent`. */
export function heldOr(r: Read, sent: string[]): void {
  if (!r.held) expect(r.sent).toEqual(sent);
}
