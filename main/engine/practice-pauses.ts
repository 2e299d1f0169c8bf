// Which practices a person paused, and until when: *Pause for 1 h* / *Pause until tomorrow* in
// the history window or the tray. Kept in one small versioned JSON file in the data folder
// (practice-pauses.json), replaced atomically, so a pause survives a restart of the app or the
// computer and still ends by itself at its time.
// Why a file of its own: settings.json is the person's configuration (saving it restarts the
// engine, and a settings form could silently write an old copy back); the job store is the
// history of files; the practice memory's fingerprint makes held files be read again. A pause is
// none of these. Keyed by credentialKey, which a practice keeps for life (a rename keeps its pause).
import fs from 'node:fs/promises';
import { writeFileAtomic } from './settings/atomic-write.ts';

export const PRACTICE_PAUSES_VERSION = 1;
export const PRACTICE_PAUSES_FILE = 'practice-pauses.json';

export interface PracticePause {
  credentialKey: string;
  /** The practice's name when it was paused (for a person reading the file). */
  practice: string;
  /** ISO time at which sending goes on by itself. */
  until: string;
  /** ISO time the pause was asked for. */
  since: string;
}

export interface PauseStore {
  read(): Promise<PracticePause[]>;
  write(pauses: PracticePause[]): Promise<void>;
}

export class PracticePausesError extends Error {
  override readonly name = 'PracticePausesError';
}

function isPause(v: unknown): v is PracticePause {
  const p = v as PracticePause;
  return (
    !!p &&
    typeof p.credentialKey === 'string' &&
    p.credentialKey !== '' &&
    typeof p.practice === 'string' &&
    typeof p.until === 'string' &&
    !Number.isNaN(Date.parse(p.until)) &&
    typeof p.since === 'string'
  );
}

/** @throws PracticePausesError naming the file, what is wrong and what to do */
export function parsePracticePauses(text: string, file: string): PracticePause[] {
  const fail = (why: string) =>
    new PracticePausesError(
      `The pause list ${file} cannot be used: ${why}. Delete it (every practice then sends again) ` +
        'and pause the practices again from the history window.',
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw fail(`not valid JSON (${(err as Error).message})`);
  }
  const doc = raw as { version?: unknown; pauses?: unknown };
  if (!doc || typeof doc !== 'object') throw fail('it is not a JSON object');
  if (typeof doc.version !== 'number') throw fail("it has no 'version'");
  if (doc.version > PRACTICE_PAUSES_VERSION)
    throw fail(`it was written by a newer Appointment Connector (version ${doc.version}); update the app`);
  if (!Array.isArray(doc.pauses) || !doc.pauses.every(isPause))
    throw fail("'pauses' must be a list of { credentialKey, practice, until, since }");
  return doc.pauses;
}

/** The pauses kept in `file` (absent: none). Writes from this process never interleave. */
export function pauseStoreAt(file: string): PauseStore {
  let writing: Promise<unknown> = Promise.resolve();
  return {
    async read() {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
      return parsePracticePauses(text, file);
    },
    write(pauses) {
      const doc = { version: PRACTICE_PAUSES_VERSION, pauses };
      const next = writing.then(() => writeFileAtomic(file, `${JSON.stringify(doc, null, 2)}\n`));
      writing = next.catch(() => undefined);
      return next;
    },
  };
}

/** For an engine without a data folder (tests of other parts): kept in this process only. */
export function pauseStoreInProcess(): PauseStore {
  let kept: PracticePause[] = [];
  return {
    read: async () => structuredClone(kept),
    write: async (pauses) => {
      kept = structuredClone(pauses);
    },
  };
}

export type PauseLength = 'hour' | 'tomorrow';

/** The local hour "until tomorrow" ends at: before a practice opens, so the morning's export goes
 *  out in time for patients who look at the portal before their visit. */
export const MORNING_HOUR = 6;

/**
 * When a pause asked for now ends. *Until tomorrow* means the next calendar day's local morning
 * (06:00), not midnight: a pause asked for in the afternoon should not end while nobody is in the
 * office to see what then goes out. Local date arithmetic, so a daylight-saving change is kept.
 */
export function pauseEnd(length: PauseLength, now: Date): Date {
  if (length === 'hour') return new Date(now.getTime() + 60 * 60 * 1000);
  const end = new Date(now);
  end.setDate(end.getDate() + 1);
  end.setHours(MORNING_HOUR, 0, 0, 0);
  return end;
}
