// The one way a subcommand reads its arguments: `--help` prints the usage (exit 0); an unknown
// option or a missing/extra argument prints what is wrong and the usage (exit 2). Commands then
// check their own values and report mistakes through `usageError`.
import { parseArgs } from 'node:util';

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: true }>
>['values'];

export interface CommandSpec<O extends Options> {
  usage: string;
  options: O;
  /** What the one positional argument is, for the error message (e.g. 'export FILE'). */
  argument: string;
  /** Prefix for error messages, e.g. 'convert'. */
  name?: string;
}

/** Print a usage mistake and the usage; returns the exit code for bad usage. */
export function usageError(usage: string, message: string, name?: string): 2 {
  console.error(`${name ? `${name}: ` : ''}${message}\n\n${usage}`);
  return 2;
}

export function parseCommandLine<const O extends Options>(
  argv: string[],
  spec: CommandSpec<O>,
): { values: Values<O>; argument: string } | { exit: number } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...spec.options, ...HELP } });
  } catch (e) {
    return { exit: usageError(spec.usage, (e as Error).message, spec.name) };
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(spec.usage);
    return { exit: 0 };
  }
  if (parsed.positionals.length !== 1) {
    return { exit: usageError(spec.usage, `give exactly one ${spec.argument}`, spec.name) };
  }
  return { values: parsed.values as Values<O>, argument: parsed.positionals[0]! };
}
