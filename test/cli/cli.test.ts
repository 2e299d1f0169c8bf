import { describe, expect, it, vi } from 'vitest';
import { main } from '../../main/cli/index.ts';

describe('cli dispatch', () => {
  it('rejects an unknown command with exit code 2', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['no-such-command'])).toBe(2);
    expect(err.mock.calls[0]?.[0]).toContain("unknown command 'no-such-command'");
    err.mockRestore();
  });
  it('lists every command on --help', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await main(['--help'])).toBe(0);
    const text = String(log.mock.calls[0]?.[0]);
    for (const c of ['sandbox', 'send', 'status', 'convert', 'detect', 'run', 'demo'])
      expect(text).toContain(c);
    log.mockRestore();
  });
});
