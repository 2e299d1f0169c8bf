// The built-in sandbox for the engine commands (`run`, `retry`): a practice on the `sandbox`
// environment sends to a local stand-in for Medfusion, so when no sandbox address was given the
// command starts one itself, as the desktop app and `demo` do. Without it a first `run` on a new
// data folder (whose demo practice is on the sandbox) would only report "Could not reach".
import path from 'node:path';
import { DEFAULT_SANDBOX_URL } from '../../medfusion/environments.ts';
import { startSandbox } from '../../sandbox/server.ts';
import type { Settings } from '../../model/settings.ts';

export interface EngineSandbox {
  /** Where practices on the sandbox send: the given address, or the built-in sandbox's. */
  url: string | undefined;
  /** Stops the built-in sandbox if this started one. */
  close(): Promise<void>;
}

/**
 * `given` is --sandbox-url (or $APPT_SANDBOX_URL): a sandbox someone already started. Without it,
 * and with a practice on the sandbox, the built-in one starts on 127.0.0.1:8787 (a free port when
 * that is taken), keeping what it receives in `<data-dir>/sandbox`, and its address is printed.
 */
export async function sandboxForEngine(
  settings: Settings,
  dataDir: string,
  given: string | undefined,
): Promise<EngineSandbox> {
  if (given || !settings.practices.some((p) => p.environment === 'sandbox'))
    return { url: given, close: async () => {} };
  const sandbox = await startSandbox({
    dataDir: path.join(dataDir, 'sandbox'),
    port: Number(new URL(DEFAULT_SANDBOX_URL).port),
    fallbackToFreePort: true,
  });
  console.log(
    `Built-in sandbox (a local stand-in for Medfusion): ${sandbox.url}  ` +
      `(patient portal: ${sandbox.url}/portal/${sandbox.practiceId})`,
  );
  return { url: sandbox.url, close: () => sandbox.close() };
}
