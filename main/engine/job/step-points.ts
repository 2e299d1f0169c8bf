// Named points right after each durable step of a job (a journal append, a link, a rename, an
// unlink, a copy, a ledger append, an answered POST), so the crash suite can stop the engine at
// EVERY step boundary instead of at random moments, and tests can make one step fail.
//
// Off unless asked for. A test arms it for a real child process through the environment (read
// once, when this module loads, as failpoint libraries do):
//   APPT_STEP_LOG=<file>     append "n<TAB>kind<TAB>detail" for every step (the crash suite counts
//                            a scenario's steps with it)
//   APPT_KILL_AT_STEP=<n>    SIGKILL this very process right after step n is logged
//   APPT_HOLD_BEFORE=<kind>  every step of that kind waits, before it happens, until the file
//   APPT_HOLD_UNTIL=<file>   exists (whatever the stop signal says: a stop test holds a job's
//                            POST so the clean stop, which waits for the step in flight, is still
//                            under way when its second signal comes)
// In-process tests install hooks with setStepHooks(): `before` may throw to make the step fail
// (a full disk, a folder that went away), `after` sees each step done.
import fs from 'node:fs';

export type StepKind = 'journal' | 'link' | 'unlink' | 'rename' | 'copy' | 'ledger' | 'post';

export interface StepHooks {
  before?(kind: StepKind, detail: string): void | Promise<void>;
  after?(kind: StepKind, detail: string): void;
}

let hooks: StepHooks | undefined = fromEnv(process.env);

/** Replace the hooks (undefined: none). Returns the previous ones. */
export function setStepHooks(next: StepHooks | undefined): StepHooks | undefined {
  const prev = hooks;
  hooks = next;
  return prev;
}

/** Called right before a step: a test hook may make it fail. */
export async function stepBefore(kind: StepKind, detail: string): Promise<void> {
  await hooks?.before?.(kind, detail);
}

/** Called right after a step has happened (and, for the journal, is on disk). */
export function stepDone(kind: StepKind, detail: string): void {
  hooks?.after?.(kind, detail);
}

function fromEnv(env: NodeJS.ProcessEnv): StepHooks | undefined {
  const log = env.APPT_STEP_LOG;
  const killAt = Number(env.APPT_KILL_AT_STEP);
  const hold =
    env.APPT_HOLD_BEFORE && env.APPT_HOLD_UNTIL ? [env.APPT_HOLD_BEFORE, env.APPT_HOLD_UNTIL] : undefined;
  if (!log && !(killAt > 0) && !hold) return undefined;
  let n = 0;
  return {
    async before(kind) {
      while (hold && kind === hold[0] && !fs.existsSync(hold[1]!))
        await new Promise((r) => setTimeout(r, 50));
    },
    after(kind, detail) {
      n++;
      // Synchronous on purpose: the line must be on disk before the kill below.
      if (log) fs.appendFileSync(log, `${n}\t${kind}\t${detail.replace(/\s+/g, ' ')}\n`);
      if (n === killAt) process.kill(process.pid, 'SIGKILL');
    },
  };
}
