// The `appt-connector` command line: one table of subcommands, each in its own module under
// ./commands exporting `run(argv): Promise<number>` (the process exit code).
// Exit codes: 0 success, 1 rejected or failed, 2 bad usage or bad input.

import { handleClosedOutput } from './output-closed.ts';

export type CommandRunner = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CommandRunner }> }> = {
  sandbox: {
    summary: 'start the local Medfusion-compatible sandbox',
    load: () => import('./commands/sandbox.ts'),
  },
  send: {
    summary: 'validate and send one AppointmentData XML file',
    load: () => import('./commands/send.ts'),
  },
  status: { summary: 'read a processing status URL', load: () => import('./commands/status.ts') },
  convert: {
    summary: 'convert an export to AppointmentData XML',
    load: () => import('./commands/convert.ts'),
  },
  detect: { summary: 'show the recognised columns of an export', load: () => import('./commands/detect.ts') },
  mapping: {
    summary: "show or confirm a practice's mapping (files held for review)",
    load: () => import('./commands/mapping.ts'),
  },
  run: { summary: 'run the connector engine in the foreground', load: () => import('./commands/run.ts') },
  history: { summary: 'list jobs from the history', load: () => import('./commands/history.ts') },
  retry: { summary: 'retry a failed job', load: () => import('./commands/retry.ts') },
  credentials: {
    summary: "set, test or delete a practice's credentials",
    load: () => import('./commands/credentials.ts'),
  },
  demo: {
    summary: 'sandbox + engine on a demo inbox: see the whole flow',
    load: () => import('./commands/demo.ts'),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return ['usage: appt-connector <command> [options]', '', 'commands:', ...lines].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  let mod: { run: CommandRunner };
  try {
    mod = await command.load();
  } catch (err) {
    console.error(`command '${name}' is not available in this build: ${(err as Error).message}`);
    return 2;
  }
  return mod.run(rest);
}

// Only run when executed as the CLI, not when imported by tests.
if (process.argv[1] && /appt-connector|cli[\\/]index\.ts$/.test(process.argv[1])) {
  // `history | head`: a closed pipe ends the command quietly instead of crashing with EPIPE.
  handleClosedOutput();
  const argv = process.argv.slice(2);
  // Every command runs in the main thread. (Big conversions ran in a worker with a capped young
  // generation until the reader's 32 KB pieces and batched rows made the main thread both
  // cheaper and smaller: 1,000,000 rows in 10.5-11.5 s of CPU and 137 MB against 13.7-14.5 s
  // and 166 MB in the worker; test/bench/README.md.)
  const ran = main(argv);
  ran.then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 1;
    },
  );
}
