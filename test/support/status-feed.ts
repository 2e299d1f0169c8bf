// A status stream for main-process wiring tests: the shape the tray and notifications subscribe
// to (EngineControl's getStatus/onStatus), driven step by step by the test.
import type { EngineStatus, Problem } from '../../main/model/status-and-jobs.ts';

export function status(over: Partial<EngineStatus> = {}): EngineStatus {
  return {
    state: 'idle',
    paused: false,
    counts: { sentToday: 0, queued: 0, failed: 0 },
    problems: [],
    ...over,
  };
}

export function problem(id: string, over: Partial<Problem> = {}): Problem {
  return { id, kind: 'rejected', message: `Problem ${id}`, hint: 'Open the history for details.', ...over };
}

export function createStatusFeed(initial: EngineStatus = status()) {
  let current = initial;
  const listeners = new Set<(s: EngineStatus) => void>();
  return {
    getStatus: () => current,
    onStatus(listener: (s: EngineStatus) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(next: EngineStatus) {
      current = next;
      for (const l of listeners) l(next);
    },
    listenerCount: () => listeners.size,
  };
}
