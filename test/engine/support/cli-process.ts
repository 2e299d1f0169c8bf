// `appt-connector run` as a real child process for crash tests and benchmarks: output collected,
// exit awaited. The keychain is kept out (no D-Bus) and tracking polls start fast. The CLI can be
// bundled into one file first (as the desktop build ships the engine): it then starts in a
// fraction of a second instead of compiling TypeScript with tsx at every start.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { PracticeSettings, Settings } from '../../../main/model/settings.ts';
import { practice } from './engine-harness.ts';

export interface RunProcess {
  proc: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

/** `cli`: a bundle from bundleCli(); default the tsx entry bin/appt-connector.mjs. */
export function startRun(
  args: string[],
  env: Record<string, string> = {},
  cli = 'bin/appt-connector.mjs',
): RunProcess {
  let out = '';
  const proc = spawn(process.execPath, [cli, 'run', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', APPT_TRACK_FIRST_POLL_MS: '100', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, output: () => out, exit };
}

/** The CLI as one ESM file in a fresh folder under out/ (so node_modules still resolves), with
 *  the XSD where the bundled schema loader looks for it. Returns the file; remove its folder. */
export async function bundleCli(): Promise<{ cli: string; dir: string }> {
  fs.mkdirSync('out', { recursive: true });
  const dir = fs.mkdtempSync(path.resolve('out', 'cli-bundle-'));
  const cli = path.join(dir, 'appt-connector.mjs');
  await build({
    entryPoints: ['main/cli/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: cli,
    logLevel: 'warning',
  });
  fs.cpSync('main/xml/schema', path.join(dir, 'xml', 'schema'), { recursive: true });
  return { cli, dir };
}

/** settings.json for `run --config`: one sandbox practice watching `inbox` (the harness's
 *  practice() defaults), written in `root`. Returns the file's path. */
export function writeSettingsFile(
  root: string,
  inbox: string,
  over: { practice?: Partial<PracticeSettings>; stabilityMs?: number; batchSize?: number } = {},
): string {
  const settings: Settings = {
    version: 1,
    practices: [practice(root, 0, { inbox, ...over.practice })],
    retentionDays: 0,
    stabilityMs: over.stabilityMs ?? 200,
    batchSize: over.batchSize ?? 50,
  };
  const file = path.join(root, 'settings.json');
  fs.writeFileSync(file, JSON.stringify(settings));
  return file;
}
