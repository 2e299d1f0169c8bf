// A child process that file permissions apply to. Tests of "this account may not read the file"
// chmod a file to 000; a normal user is then refused, but root reads it anyway (CAP_DAC_OVERRIDE).
// Under root (containers, some CI) the child runs through util-linux's setpriv with the two
// capabilities that bypass permission checks removed, so the refusal is real there too.
import { spawnSync } from 'node:child_process';

export function unprivileged(command: string, args: string[]): { command: string; args: string[] } {
  if (process.platform === 'win32' || process.getuid?.() !== 0) return { command, args };
  const probe = spawnSync('setpriv', ['--version']);
  if (probe.error)
    throw new Error(
      'These tests run as root: install util-linux (setpriv) so the child can drop CAP_DAC_OVERRIDE.',
    );
  return {
    command: 'setpriv',
    args: ['--inh-caps=-all', '--bounding-set=-dac_override,-dac_read_search', '--', command, ...args],
  };
}
