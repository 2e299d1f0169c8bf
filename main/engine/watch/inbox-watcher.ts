// Watches one practice's inbox and hands over each export exactly when it is complete: it has not
// changed for `stabilityMs` (chokidar's awaitWriteFinish) and it can be opened for reading
// (Windows exporters hold a lock while writing: such files are tried again later).
//
// Only the inbox's top level is watched (depth 0): the connector's own subfolders
// (processing/, processed/, failed/) live inside the inbox, so they are never taken as new exports.
// Files already present at start are handed over oldest first, after one stability window.
import fs from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isIgnoredName } from './ignored-names.ts';
import { checkReadable } from './readable.ts';

export interface InboxWatcherOptions {
  dir: string;
  /** A file must stay unchanged this long before it is taken. */
  stabilityMs: number;
  /** Poll instead of OS events (network shares, where events are unreliable). */
  polling: boolean;
  /** Poll interval in polling mode. */
  pollIntervalMs?: number;
  /** A stable, readable file (absolute path). Called at most once per appearance. */
  onFile: (file: string) => void;
  onError?: (err: Error) => void;
  /**
   * A file waits because it cannot be read: `why` says so in words a person can act on (this
   * account may not read it, or it has stayed locked for a long time); `undefined` once it is
   * readable again or gone. The file is still tried again every half minute.
   */
  onUnreadable?: (file: string, why: string | undefined) => void;
}

/** A lock held this long is no exporter still writing: say so (Windows cannot tell a lock from a refusal). */
const LOCKED_TOO_LONG_MS = 10 * 60_000;

/** Longest wait between two attempts at a locked file. */
const MAX_LOCK_RETRY_MS = 30_000;

export class InboxWatcher {
  private watcher?: FSWatcher;
  private readonly dir: string;
  /** Files seen but not handed over yet (waiting for stability or a lock), with their retry timer. */
  private readonly waiting = new Map<string, NodeJS.Timeout | undefined>();
  /** Version (size:mtime) of each file last handed over, so two paths of discovery never hand it twice. */
  private readonly handed = new Map<string, string>();
  /** Since when each file has been found locked or refused, and whether that was reported. */
  private readonly blocked = new Map<string, { since: number; reported: boolean }>();
  private closed = false;
  /** The look at the inbox when the watch starts (see firstLook). */
  private started: Promise<void> = Promise.resolve();
  /** The look at the folder under way: looks take turns (see scan). */
  private looking: Promise<void> = Promise.resolve();
  /** Files the OS events found stable, handed over together oldest first (see settled). */
  private readonly settling = new Set<string>();
  private settlingTimer?: NodeJS.Timeout;

  constructor(private readonly opts: InboxWatcherOptions) {
    this.dir = path.resolve(opts.dir);
  }

  /** Resolves once the watcher is ready; files already present are handed over shortly after. */
  async start(): Promise<void> {
    const { stabilityMs, polling } = this.opts;
    const pollMs = Math.max(25, Math.min(100, stabilityMs / 4));
    const watcher = watch(this.dir, {
      depth: 0,
      ignoreInitial: true,
      usePolling: polling,
      interval: this.opts.pollIntervalMs ?? 1000,
      binaryInterval: this.opts.pollIntervalMs ?? 1000,
      awaitWriteFinish: {
        stabilityThreshold: stabilityMs,
        pollInterval: pollMs,
      },
      ignored: (p: string) => path.resolve(p) !== this.dir && isIgnoredName(p),
    });
    this.watcher = watcher;
    const take = (p: string) => this.settled(path.resolve(p), pollMs);
    watcher.on('add', take);
    watcher.on('change', take);
    watcher.on('unlink', (p: string) => this.handed.delete(path.resolve(p)));
    watcher.on('error', (err) => this.opts.onError?.(err instanceof Error ? err : new Error(String(err))));
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    this.started = this.scan(false);
  }

  /** Resolves once the look at the inbox when the watch started is over: every file present then
   *  and stable is handed over (or waits on a lock). `run --once` waits for this, not for a time:
   *  on a loaded machine the look can end later than any fixed window would allow. */
  firstLook(): Promise<void> {
    return this.started;
  }

  /**
   * Look at the folder again ("Send now", or after a network share comes back): every file not
   * already handed over or waiting is checked for stability and handed over oldest first.
   */
  async rescan(): Promise<void> {
    await this.scan(true);
  }

  /** The file handed over could not be taken after all: hand it over again when next seen. */
  forget(file: string): void {
    this.handed.delete(path.resolve(file));
  }

  /** Look at the folder for anything an OS event missed; files already handed over are not
   *  handed again (unlike rescan, which is the user asking for another look). */
  async sweep(): Promise<void> {
    await this.scan(false);
  }

  /** Looks at the folder one at a time. Two at once (an inbox check while the first look still
   *  stats a large backlog on a loaded machine or a share) each found the files before either
   *  marked them waiting, and took them side by side: a newer export could be handed over before
   *  an older one (58e's backlog at load 30 sent S1 before S2). */
  private scan(force: boolean): Promise<void> {
    const run = this.looking.then(() => this.lookOnce(force));
    this.looking = run.catch(() => undefined);
    return run;
  }

  private async lookOnce(force: boolean): Promise<void> {
    if (this.closed) return;
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (err) {
      this.opts.onError?.(err as Error);
      return;
    }
    const first = await this.statAll(names.filter((n) => !isIgnoredName(n)));
    if (first.length === 0) return;
    for (const f of first) this.waiting.set(f.file, undefined);
    // Why a second look one window later: a file present at start may still be being written.
    await sleep(this.opts.stabilityMs);
    if (this.closed) return;
    const again = new Map(
      (
        await this.statAll(
          first.map((f) => path.basename(f.file)),
          true,
        )
      ).map((f) => [f.file, f]),
    );
    first.sort(writtenFirst);
    for (const f of first) {
      // Taken meanwhile through a watcher event, or waiting on a lock timer: not ours any more.
      if (!this.waiting.has(f.file) || this.waiting.get(f.file) !== undefined) continue;
      this.waiting.delete(f.file);
      const now = again.get(f.file);
      if (!now) continue;
      // Still changing: chokidar reports it (change event) once it settles.
      if (now.size !== f.size || now.mtimeMs !== f.mtimeMs) continue;
      await this.takeWhenReadable(f.file, 0, force);
    }
  }

  /**
   * A file the OS events found stable. Each file's stability is polled on its own timer, so two
   * exports written within one poll of each other (a book then a cancel, a day then its
   * correction, dropped in the same second) were found stable, and taken, in either order: the
   * older taken last read as the newer, re-booking what the newer cancelled. Those found within
   * two polls are handed over together, oldest first, in turn with the looks at the folder.
   */
  private settled(file: string, pollMs: number): void {
    this.settling.add(file);
    if (this.settlingTimer) return;
    this.settlingTimer = setTimeout(() => {
      this.settlingTimer = undefined;
      const files = [...this.settling].map((f) => path.basename(f));
      this.settling.clear();
      const run = this.looking.then(async () => {
        const found = await this.statAll(files, true);
        found.sort(writtenFirst);
        const gone = files.map((f) => path.join(this.dir, f)).filter((f) => !found.some((x) => x.file === f));
        // A file gone meanwhile still goes through takeWhenReadable: it clears what it reported.
        for (const file of [...found.map((f) => f.file), ...gone]) await this.takeWhenReadable(file, 0);
      });
      this.looking = run.catch((err: unknown) => this.opts.onError?.(err as Error));
    }, 2 * pollMs);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.settlingTimer) clearTimeout(this.settlingTimer);
    for (const t of this.waiting.values()) if (t) clearTimeout(t);
    this.waiting.clear();
    await this.watcher?.close();
  }

  private async statAll(
    names: string[],
    includeWaiting = false,
  ): Promise<{ file: string; size: number; mtimeMs: number }[]> {
    const out: { file: string; size: number; mtimeMs: number }[] = [];
    for (const name of names) {
      const file = path.join(this.dir, name);
      if (!includeWaiting && this.waiting.has(file)) continue;
      try {
        const st = await fs.stat(file);
        if (st.isFile()) out.push({ file, size: st.size, mtimeMs: st.mtimeMs });
      } catch {
        // Gone between readdir and stat: nothing to take.
      }
    }
    return out;
  }

  private async takeWhenReadable(file: string, attempt: number, force = false): Promise<void> {
    if (this.closed) return;
    const pending = this.waiting.get(file);
    if (pending) clearTimeout(pending);
    this.waiting.delete(file);
    let state;
    try {
      state = await checkReadable(file);
    } catch (err) {
      this.opts.onError?.(err as Error);
      return;
    }
    if (this.closed) return;
    this.noteBlocked(file, state);
    if (state === 'gone') return;
    if (state === 'locked' || state === 'denied') {
      const delay = Math.min(
        MAX_LOCK_RETRY_MS,
        Math.max(250, this.opts.stabilityMs) * 2 ** Math.min(attempt, 6),
      );
      this.waiting.set(
        file,
        setTimeout(() => void this.takeWhenReadable(file, attempt + 1), delay),
      );
      return;
    }
    let version: string;
    try {
      const st = await fs.stat(file);
      version = `${st.size}:${st.mtimeMs}`;
    } catch {
      return; // gone meanwhile
    }
    if (!force && this.handed.get(file) === version) return;
    this.handed.set(file, version);
    this.opts.onFile(file);
  }

  private noteBlocked(file: string, state: 'ok' | 'locked' | 'denied' | 'gone'): void {
    const was = this.blocked.get(file);
    if (state === 'ok' || state === 'gone') {
      this.blocked.delete(file);
      if (was?.reported) this.opts.onUnreadable?.(file, undefined);
      return;
    }
    const now = Date.now();
    const entry = was ?? { since: now, reported: false };
    this.blocked.set(file, entry);
    if (entry.reported) return;
    if (state === 'denied') {
      entry.reported = true;
      this.opts.onUnreadable?.(file, 'this account may not read it (permission denied)');
    } else if (now - entry.since >= LOCKED_TOO_LONG_MS) {
      entry.reported = true;
      this.opts.onUnreadable?.(
        file,
        `it has been locked or refused for over ${LOCKED_TOO_LONG_MS / 60_000} minutes`,
      );
    }
  }
}

const NAMES = new Intl.Collator('en', { numeric: true });
const stem = (file: string) => path.basename(file).replace(/\.[^.]*$/, '');

/**
 * Oldest modification time first. Files stamped the same instant (a share that keeps whole
 * seconds, FAT's two; a copy that keeps times) go by name as a person reads it: numbers as
 * numbers (`export-9` before `export-10`, `(2)` before `(10)`) and a name before the same name with
 * more (`Schedule` before a browser's next download `Schedule (1)`, or ` - Copy`), so without its
 * extension (`.` sorts after ` `). By characters, `export-10` and `Schedule (1)` went first: the
 * older export was taken last and read as the newest (redteam-round-61r1).
 */
function writtenFirst(a: { file: string; mtimeMs: number }, b: { file: string; mtimeMs: number }): number {
  return a.mtimeMs - b.mtimeMs || NAMES.compare(stem(a.file), stem(b.file)) || NAMES.compare(a.file, b.file);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
