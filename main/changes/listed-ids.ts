// For each appointment id, when the newest export that listed it arrived (sent or unchanged). An
// older file read after a later one (a held file released, a failed job retried) must not change
// what that later export said: the ledger alone knows only the exports that SENT an id, not those
// that found it unchanged (a booked appointment cancelled in the held file, booked again in the
// next). Kept beside the ledger (under its lock) as append-only JSON lines, one per export
// (`{"v":1,"at":<arrival ms>,"ids":[…]}`), rewritten one line per arrival once it has grown to
// twice the ids it holds. A line torn by a crash is dropped: that export is simply listed again
// when its job is resumed.
// A line may also name (`cancelled`) the ids its export listed as cancelled that were never sent
// (cancelled when the connector first saw them): a later export that cannot say "cancelled" (no
// status column) does not book them (plan-job.ts), as it does not book again a CANCEL sent
// (revived-cancels.ts). Only the newest listing of an id counts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../files/private-files.ts';

export const LISTED_IDS_FILE = 'listed-ids.jsonl';
const VERSION = 1;

export class ListedIds {
  private written: number;
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly newest: Map<string, number>,
    /** Ids whose newest listing said cancelled, never sent. */
    private readonly cancelled: Set<string>,
    private handle: fs.FileHandle,
    written: number,
  ) {
    this.written = written;
  }

  /** Open (or create) the list kept in `dir`; the caller holds the ledger's lock for `dir`. */
  static async open(dir: string): Promise<ListedIds> {
    const file = path.join(dir, LISTED_IDS_FILE);
    const newest = new Map<string, number>();
    const cancelled = new Set<string>();
    let written = 0;
    let text = '';
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    // Everything after the last line break was cut by a crash: cut it off before appending.
    const good = text.lastIndexOf('\n') + 1;
    if (good < text.length) await fs.truncate(file, Buffer.byteLength(text.slice(0, good)));
    for (const line of text.slice(0, good).split('\n')) {
      const l = parse(line);
      if (!l) continue;
      written += l.ids.length;
      const said = new Set(l.cancelled);
      for (const id of l.ids) {
        if ((newest.get(id) ?? -Infinity) >= l.at) continue;
        newest.set(id, l.at);
        if (said.has(id)) cancelled.add(id);
        else cancelled.delete(id);
      }
    }
    const handle = await fs.open(file, 'a', PRIVATE_FILE_MODE);
    return new ListedIds(file, newest, cancelled, handle, written);
  }

  /** When the newest export that listed this id arrived (epoch ms), if any did. */
  lastListed(appointmentId: string): number | undefined {
    return this.newest.get(appointmentId);
  }

  /** Whether the newest export that listed this id said it was cancelled, and it was never sent. */
  saidCancelledUnsent(appointmentId: string): boolean {
    return this.cancelled.has(appointmentId);
  }

  /** The export that arrived at `arrivedMs` listed these ids (`cancelled`: those of them it said
   *  were cancelled, never sent). Resolves once on disk (fsync). */
  record(ids: Iterable<string>, arrivedMs: number, cancelled?: ReadonlySet<string>): Promise<void> {
    return this.serial(async () => {
      const fresh = [...new Set(ids)].filter((id) => (this.newest.get(id) ?? -Infinity) < arrivedMs);
      if (fresh.length === 0) return;
      const said = cancelled?.size ? fresh.filter((id) => cancelled.has(id)) : [];
      await this.handle.write(line(arrivedMs, fresh, said));
      await this.handle.sync();
      const saidSet = new Set(said);
      for (const id of fresh) {
        this.newest.set(id, arrivedMs);
        if (saidSet.has(id)) this.cancelled.add(id);
        else this.cancelled.delete(id);
      }
      this.written += fresh.length;
      if (this.written >= 1000 && this.written >= 2 * this.newest.size) await this.compact();
    });
  }

  close(): Promise<void> {
    return this.serial(() => this.handle.close());
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writing.then(fn);
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** One line per arrival time, each id under its newest (temp file, fsync, rename). */
  private async compact(): Promise<void> {
    const byArrival = new Map<number, string[]>();
    for (const [id, at] of this.newest) {
      const ids = byArrival.get(at);
      if (ids) ids.push(id);
      else byArrival.set(at, [id]);
    }
    const tmp = `${this.file}.tmp`;
    const out = await fs.open(tmp, 'w', PRIVATE_FILE_MODE);
    try {
      for (const [at, ids] of byArrival)
        await out.write(
          line(
            at,
            ids,
            ids.filter((id) => this.cancelled.has(id)),
          ),
        );
      await out.sync();
    } finally {
      await out.close();
    }
    await this.handle.close();
    await fs.rename(tmp, this.file);
    this.handle = await fs.open(this.file, 'a', PRIVATE_FILE_MODE);
    this.written = this.newest.size;
  }
}

function line(at: number, ids: string[], cancelled: string[] = []): string {
  return `${JSON.stringify(cancelled.length ? { v: VERSION, at, ids, cancelled } : { v: VERSION, at, ids })}\n`;
}

function parse(text: string): { at: number; ids: string[]; cancelled: string[] } | undefined {
  if (!text) return undefined;
  try {
    const l = JSON.parse(text) as { v?: unknown; at?: unknown; ids?: unknown; cancelled?: unknown };
    if (l.v !== VERSION || typeof l.at !== 'number' || !Array.isArray(l.ids)) return undefined;
    const strings = (a: unknown[]) => a.filter((id): id is string => typeof id === 'string');
    return {
      at: l.at,
      ids: strings(l.ids),
      cancelled: Array.isArray(l.cancelled) ? strings(l.cancelled) : [],
    };
  } catch {
    return undefined;
  }
}
