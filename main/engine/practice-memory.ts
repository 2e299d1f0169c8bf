// What the connector remembers about one practice's exports, so a person is asked once and never
// again for the same thing: the day/month order its exports settled (by their own data, or by a
// person's answer), and the mapping a person confirmed last (so a running engine picks up a
// confirmation made from the command line). One small JSON file beside the practice's ledger
// (practice-folder.ts), replaced atomically; versioned like the other persisted files.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { writeFileAtomic } from './settings/atomic-write.ts';
import type { ContentCheck } from '../model/doubt.ts';

export const PRACTICE_MEMORY_VERSION = 1;

export interface SettledDateOrder {
  order: 'MDY' | 'DMY';
  /** 'data': an export's own values proved it; 'person': a person answered. */
  source: 'data' | 'person';
  /** The value that proved it, or who answered ("confirmed with appt-connector mapping confirm"). */
  evidence: string;
  at: string;
  /** The columns of the export that settled it: it reads later exports of these columns only,
   *  never another system's (import/trust/layout-date-order.ts). Absent in orders kept before. */
  headers?: string[];
}

export interface ConfirmedMapping {
  /** The profile setting the person confirmed (a path to the practice's profile JSON). */
  profile: string;
  at: string;
}

/** A person accepted that the snapshot file with this content cancels up to `cancels`
 *  appointments (job/mass-cancel.ts): that file is no longer held for it. */
export interface AcceptedCancellations {
  contentHash: string;
  cancels: number;
  /** The hold accepted (mass-cancel.ts); absent in acceptances kept before holds were told apart. */
  check?: ContentCheck;
  at: string;
  /** Where it was accepted ("appt-connector mapping confirm", "the desktop review"). */
  by: string;
}

export interface PracticeMemoryData {
  version: typeof PRACTICE_MEMORY_VERSION;
  dateOrder?: SettledDateOrder;
  mapping?: ConfirmedMapping;
  acceptedCancellations?: AcceptedCancellations[];
}

export class PracticeMemoryError extends Error {
  override readonly name = 'PracticeMemoryError';
}

export interface PracticeMemory {
  read(): Promise<PracticeMemoryData>;
  /** Read, change and write back (atomically); returns what was written. */
  update(change: (m: PracticeMemoryData) => PracticeMemoryData): Promise<PracticeMemoryData>;
  /** Changes whenever what is stored changes ('' while nothing is). Read raw: a damaged file
   *  still has one, so repairing it counts as a change. */
  fingerprint(): Promise<string>;
}

const empty = (): PracticeMemoryData => ({ version: PRACTICE_MEMORY_VERSION });

function isOrder(v: unknown): v is SettledDateOrder {
  const o = v as SettledDateOrder;
  return (
    !!o &&
    (o.order === 'MDY' || o.order === 'DMY') &&
    (o.source === 'data' || o.source === 'person') &&
    typeof o.evidence === 'string' &&
    typeof o.at === 'string' &&
    (o.headers === undefined || (Array.isArray(o.headers) && o.headers.every((h) => typeof h === 'string')))
  );
}

function isAccepted(v: unknown): v is AcceptedCancellations {
  const a = v as AcceptedCancellations;
  return (
    !!a &&
    typeof a.contentHash === 'string' &&
    Number.isInteger(a.cancels) &&
    typeof a.at === 'string' &&
    typeof a.by === 'string' &&
    (a.check === undefined || typeof a.check === 'string')
  );
}

function isMapping(v: unknown): v is ConfirmedMapping {
  const m = v as ConfirmedMapping;
  return !!m && typeof m.profile === 'string' && m.profile !== '' && typeof m.at === 'string';
}

/** @throws PracticeMemoryError naming the file, what is wrong and what to do */
export function parsePracticeMemory(text: string, file: string): PracticeMemoryData {
  const fail = (why: string) =>
    new PracticeMemoryError(
      `The practice memory ${file} cannot be used: ${why}. Delete it and confirm the mapping again ` +
        '(appt-connector mapping confirm --practice NAME), or restore it from a backup.',
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw fail(`not valid JSON (${(err as Error).message})`);
  }
  const doc = raw as Partial<PracticeMemoryData> & Record<string, unknown>;
  if (!doc || typeof doc !== 'object') throw fail('it is not a JSON object');
  if (typeof doc.version !== 'number') throw fail("it has no 'version'");
  if (doc.version > PRACTICE_MEMORY_VERSION)
    throw fail(`it was written by a newer Appointment Connector (version ${doc.version}); update the app`);
  if (doc.dateOrder !== undefined && !isOrder(doc.dateOrder))
    throw fail("'dateOrder' must be { order: MDY|DMY, source: data|person, evidence, at }");
  if (doc.mapping !== undefined && !isMapping(doc.mapping)) throw fail("'mapping' must be { profile, at }");
  const accepted = doc.acceptedCancellations;
  if (accepted !== undefined && !(Array.isArray(accepted) && accepted.every(isAccepted)))
    throw fail("'acceptedCancellations' must be a list of { contentHash, cancels, at, by }");
  // Older versions would be upgraded here, one step at a time.
  return {
    version: PRACTICE_MEMORY_VERSION,
    ...(doc.dateOrder ? { dateOrder: doc.dateOrder } : {}),
    ...(doc.mapping ? { mapping: doc.mapping } : {}),
    ...(accepted ? { acceptedCancellations: accepted } : {}),
  };
}

/** The practice memory kept in `file` (created on first write). */
export function practiceMemoryAt(file: string): PracticeMemory {
  let writing: Promise<unknown> = Promise.resolve();
  const readText = async (): Promise<string | undefined> => {
    try {
      return await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  };
  const read = async () => {
    const text = await readText();
    return text === undefined ? empty() : parsePracticeMemory(text, file);
  };
  return {
    read,
    update(change) {
      // Writes from this process never interleave (the command line writes rarely, by a person).
      const next = writing.then(async () => {
        const now = change(await read());
        await writeFileAtomic(file, `${JSON.stringify(now, null, 2)}\n`);
        return now;
      });
      writing = next.catch(() => undefined);
      return next;
    },
    async fingerprint() {
      const text = await readText();
      return text === undefined ? '' : createHash('sha256').update(text).digest('hex');
    },
  };
}

/** For an engine without a data folder (tests of other parts): remembers in this process only. */
export function practiceMemoryInProcess(): PracticeMemory {
  let data = empty();
  return {
    read: async () => structuredClone(data),
    async update(change) {
      data = change(structuredClone(data));
      return structuredClone(data);
    },
    fingerprint: async () =>
      data.dateOrder || data.mapping || data.acceptedCancellations ? JSON.stringify(data) : '',
  };
}

/** The columns a remembered order reads (import/trust/layout-date-order.ts). An order kept before
 *  orders were kept with their columns (59d) says nothing of which system's export settled it:
 *  read by it, another system's 03/04/2027 went as 3 April on every such install. It reads no
 *  layout (no columns match none), so each file is settled by its own data or asked once, and
 *  the next order a file's data proves replaces it (rememberDataDateOrder). */
export function rememberedOrderHeaders(order: SettledDateOrder): readonly string[] {
  return order.headers ?? [];
}

/**
 * Remember the order an export's own data settled, when nothing is remembered yet (or only an
 * order its data settled before orders were kept with their columns). A person's
 * answer is never replaced by data (a file contradicting it is held by the importer instead).
 * Returns true when it was written.
 */
export async function rememberDataDateOrder(
  memory: PracticeMemory,
  settled: { order: 'MDY' | 'DMY'; evidence?: string; headers?: readonly string[] },
  at: Date,
): Promise<boolean> {
  let wrote = false;
  const replaces = (o: SettledDateOrder | undefined) =>
    !o || (o.source === 'data' && !o.headers && settled.headers !== undefined);
  const current = await memory.read();
  if (!replaces(current.dateOrder)) return false;
  await memory.update((m) => {
    if (!replaces(m.dateOrder)) return m;
    wrote = true;
    return {
      ...m,
      dateOrder: {
        order: settled.order,
        source: 'data',
        evidence: settled.evidence ?? 'settled by the dates in an export',
        at: at.toISOString(),
        ...(settled.headers ? { headers: [...settled.headers] } : {}),
      },
    };
  });
  return wrote;
}
