// What ends a foreground engine (`run`, `retry`, `demo`): Ctrl+C or SIGTERM, the parent process
// going away, an IPC channel closing, or the terminal's output being closed. The first request
// starts a clean stop (the step in flight writes its journal entry, waits end, locks are released);
// a second signal forces the exit (the caller flushes the journal first).
//
// Why watch the parent: `npm run cli -- run --once` ended by a timeout or a killed terminal kills
// npm's shell, not node. The orphan would keep the data folder's locks and, before the waits
// became cancellable, spin. Node reads `process.ppid` afresh on each access; once the parent dies
// the process is re-parented (to init or a subreaper), so a changed ppid means the parent is gone.
// Cheaper and more dependable than stdin (often /dev/null or a terminal that stays open).
import { onOutputClosed } from './output-closed.ts';

export interface StopRequests {
  /** Resolves with why the first stop was requested ('SIGINT', 'SIGTERM', …). */
  readonly first: Promise<string>;
  /** Run `force` on the second signal (Ctrl+C twice). */
  onSecond(force: (reason: string) => void): void;
  /** Remove the parent watch (the signal listeners stay, see below). */
  dispose(): void;
}

/** How often the parent is looked at: a stop starts at most this long after it died. */
export const PARENT_CHECK_MS = 250;

/** `keepAlive`: the watch itself keeps the process running until dispose() (for `run`, so a
 *  connector with nothing to watch yet does not end by itself); otherwise it never holds it up. */
export function watchStopRequests(opts: { keepAlive?: boolean } = {}): StopRequests {
  let seen = 0;
  let signals = 0;
  let resolveFirst!: (reason: string) => void;
  const first = new Promise<string>((r) => (resolveFirst = r));
  let force: ((reason: string) => void) | undefined;
  // Only a repeated signal forces: `timeout npm run …` signals the whole process group as npm's
  // shell dies, so "parent gone" and SIGTERM arrive together, and that is one stop, not two.
  const request = (reason: string, signal = false) => {
    seen++;
    if (signal) signals++;
    if (seen === 1) resolveFirst(reason);
    else if (signal && signals === 2) force?.(reason);
  };
  // The listeners stay installed even after dispose(): a library's exit hook (signal-exit style)
  // re-raises the signal when it finds itself the last listener, which would kill the process in
  // the middle of the clean stop.
  process.on('SIGINT', () => request('SIGINT', true));
  process.on('SIGTERM', () => request('SIGTERM', true));
  process.on('SIGHUP', () => request('SIGHUP', true));
  if (process.connected) process.once('disconnect', () => request('the parent process disconnected'));
  const offOutput = onOutputClosed(() => request('the output was closed'));
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      request('the parent process is gone');
    }
  }, PARENT_CHECK_MS);
  if (!opts.keepAlive) timer.unref();
  return {
    first,
    onSecond: (f) => (force = f),
    dispose: () => {
      clearInterval(timer);
      offOutput();
    },
  };
}
