// The kill-point harness: `appt-connector run --once` as a real child process that SIGKILLs itself
// right after its n-th durable step (APPT_KILL_AT_STEP, see main/engine/job/step-points.ts), then a
// plain `run --once` on the same folders. Every POST of appointments is counted on its way to the
// sandbox by a small pass-through proxy (the sandbox itself does not record refused ones).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/server.ts';
import { JobStore } from '../../../main/engine/job-store/index.ts';
import { dataPaths } from '../../../main/engine/settings/index.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';
import { startRun, writeSettingsFile } from '../../engine/support/cli-process.ts';

export interface Step {
  n: number;
  kind: string;
  detail: string;
}

export interface CountingProxy {
  url: string;
  posts(): number;
  close(): Promise<void>;
}

/** Forwards everything to `target`, counting POSTs of appointments. */
export async function countingProxy(target: string): Promise<CountingProxy> {
  const t = new URL(target);
  let posts = 0;
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && /\/appointmentsdata$/.test(req.url ?? '')) posts++;
    const up = http.request(
      { host: t.hostname, port: t.port, path: req.url, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts: () => posts,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** One scenario's folders, sandbox and proxy. */
export class KillRig {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'kill-points-'));
  readonly inbox = path.join(this.root, 'inbox');
  readonly dataDir = path.join(this.root, 'data');
  readonly stepLog = path.join(this.root, 'steps.tsv');
  sandbox!: SandboxHandle;
  proxy!: CountingProxy;
  private config!: string;

  constructor(private readonly cli: string) {}

  async open(): Promise<this> {
    fs.mkdirSync(this.inbox);
    await this.openSandbox();
    this.config = writeSettingsFile(this.root, this.inbox, {
      practice: { name: 'Kill Point Clinic' },
      stabilityMs: 100,
    });
    return this;
  }

  private async openSandbox(): Promise<void> {
    this.sandbox = await startSandbox({ dataDir: path.join(this.root, 'sandbox'), processingDelayMs: 10 });
    this.proxy = await countingProxy(this.sandbox.url);
  }

  private get snapshotDir(): string {
    return path.join(this.root, 'snapshot');
  }

  /** Keep the inbox and the data folder as they are now (after a scenario's preparation). */
  snapshot(): void {
    fs.cpSync(this.inbox, path.join(this.snapshotDir, 'inbox'), { recursive: true });
    if (fs.existsSync(this.dataDir))
      fs.cpSync(this.dataDir, path.join(this.snapshotDir, 'data'), { recursive: true });
  }

  /** The inbox and data folder back as snapshot() kept them (same paths: the journal holds
   *  absolute ones), with a fresh sandbox that has seen nothing. */
  async restore(): Promise<void> {
    await this.proxy.close();
    await this.sandbox.close();
    for (const dir of [this.inbox, this.dataDir, path.join(this.root, 'sandbox')])
      fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(this.snapshotDir, 'inbox'), this.inbox, { recursive: true });
    if (fs.existsSync(path.join(this.snapshotDir, 'data')))
      fs.cpSync(path.join(this.snapshotDir, 'data'), this.dataDir, { recursive: true });
    await this.openSandbox();
  }

  /** `run --once`; with `killAt`, the process kills itself right after that step. */
  async run(
    killAt?: number,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
    fs.rmSync(this.stepLog, { force: true });
    const args = [
      '--config',
      this.config,
      '--data-dir',
      this.dataDir,
      '--sandbox-url',
      this.proxy.url,
      '--once',
    ];
    const env: Record<string, string> = { APPT_STEP_LOG: this.stepLog };
    if (killAt !== undefined) env.APPT_KILL_AT_STEP = String(killAt);
    const r = startRun(args, env, this.cli);
    const signal = new Promise<NodeJS.Signals | null>((res) => r.proc.on('exit', (_c, s) => res(s)));
    const code = await r.exit;
    return { code, signal: await signal, output: r.output() };
  }

  steps(): Step[] {
    if (!fs.existsSync(this.stepLog)) return [];
    return fs
      .readFileSync(this.stepLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [n, kind, detail] = l.split('\t');
        return { n: Number(n), kind: kind!, detail: detail ?? '' };
      });
  }

  /** Every job in the journal, oldest first (opened read-only: no engine runs now). */
  async jobs(): Promise<JobDetails[]> {
    const store = await JobStore.open(dataPaths(this.dataDir).jobs, { readOnly: true });
    try {
      return store
        .list({ limit: 1000 })
        .map((s) => store.get(s.id)!)
        .reverse();
    } finally {
      await store.close();
    }
  }

  async close(): Promise<void> {
    await this.proxy?.close();
    await this.sandbox?.close();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
