// startSandbox(): a local, Medfusion-compatible server on plain node:http, so the connector can be
// tried, demonstrated and tested before real credentials exist. It speaks the OAuth and
// appointmentsdata API of the spec, processes documents shortly after accepting them, shows a
// patient portal, keeps its state in a data folder across restarts, and can misbehave on demand.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  SANDBOX_CREDENTIALS,
  SANDBOX_PRACTICES,
  type SandboxPractice,
} from '../credentials/sandbox-credentials.ts';
import { FaultSwitches, type ActiveFault } from './faults.ts';
import { route, type Answer, type SandboxRequest, type SandboxContext } from './routes.ts';
import { SandboxStore, type ReceivedRecord, type SandboxJob } from './store.ts';
import { SandboxTokens, type BasicForms } from './tokens.ts';

export interface SandboxOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Default 127.0.0.1: the sandbox has no real security and must not be reachable from outside. */
  host?: string;
  /** Where the sandbox keeps what it received (created if missing). */
  dataDir: string;
  /** Lifetime of the access tokens it issues (default 1799 s, as Medfusion's DEMO). */
  expiresInSec?: number;
  /**
   * Which `Basic` client authentication forms the token endpoint accepts (default both), to play
   * a server that takes only one and show how the client copes.
   */
  acceptBasic?: BasicForms;
  /** Wait before an accepted document is processed (default 200 ms). */
  processingDelayMs?: number;
  /** When `port` is taken, listen on a free port instead of failing. */
  fallbackToFreePort?: boolean;
  /** Zone for the portal's times (default: this machine's). */
  timeZone?: string;
  clock?: () => number;
  /** One line per request (method, path, status; app tokens masked, never bodies). */
  log?: (line: string) => void;
}

export interface SandboxHandle {
  url: string;
  /** The first demo practice. */
  practiceId: string;
  practices: readonly SandboxPractice[];
  appToken: string;
  username: string;
  password: string;
  faults: FaultSwitches;
  received(): ReceivedRecord[];
  /** Connections open now: 0 once a killed client's sockets are closed, so every request it had
   *  sent is in received() (a crash test's exact line between one run and the next). */
  connections(): Promise<number>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function startSandbox(opts: SandboxOptions): Promise<SandboxHandle> {
  const clock = opts.clock ?? Date.now;
  const host = opts.host ?? '127.0.0.1';
  const store = new SandboxStore(opts.dataDir);
  const tokens = new SandboxTokens(clock);
  const faults = new FaultSwitches(() => tokens.expireAll());
  const timers = new Set<NodeJS.Timeout>();
  const delay = opts.processingDelayMs ?? 200;
  let url = '';

  const schedule = (job: SandboxJob) => {
    const t = setTimeout(() => {
      timers.delete(t);
      store.process(job.messageId, new Date(clock()).toISOString(), (id) => faults.isDeactivated(id));
    }, delay);
    timers.add(t);
  };

  const ctx: SandboxContext = {
    store,
    tokens,
    faults,
    expiresInSec: opts.expiresInSec ?? 1799,
    acceptBasic: opts.acceptBasic ?? 'both',
    clock,
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    publicUrl: () => url,
    schedule,
  };

  const server = http.createServer((req, res) => {
    if (opts.log) {
      const log = opts.log;
      const started = Date.now();
      res.on('close', () => {
        const path = (req.url ?? '/').replace(/(oauthapplication\/)[^/?]+/i, '$1…').split('?')[0];
        const outcome = res.writableFinished ? String(res.statusCode) : 'dropped';
        log(`${req.method} ${path} ${outcome} ${Date.now() - started} ms`);
      });
    }
    void serve(req, res, ctx).catch((err: unknown) => {
      // A bug in the sandbox must be visible to the test or demo that hit it, not crash it.
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Sandbox internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    });
  });
  // Keep-alive sockets would hold close() open; the clients are short-lived anyway.
  server.keepAliveTimeout = 1000;

  try {
    await listen(server, opts.port ?? 0, host);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !opts.fallbackToFreePort) {
      store.close();
      throw e;
    }
    await listen(server, 0, host);
  }
  const addr = server.address() as AddressInfo;
  url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;

  // Documents accepted before a restart but not processed yet: process them now.
  for (const job of store.pendingJobs()) schedule(job);

  let closed: Promise<void> | undefined;
  return {
    url,
    practiceId: SANDBOX_CREDENTIALS.practiceId,
    practices: SANDBOX_PRACTICES,
    appToken: SANDBOX_CREDENTIALS.appToken,
    username: SANDBOX_CREDENTIALS.username,
    password: SANDBOX_CREDENTIALS.password,
    faults,
    received: () => store.received(),
    connections: () =>
      new Promise<number>((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n)))),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      })),
  };
}

async function serve(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  ctx: SandboxContext,
): Promise<void> {
  const body = await readBody(req);
  if (body === 'too-large') return send(res, { status: 413, body: 'Payload Too Large\n' });
  const parsed = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const request: SandboxRequest = {
    method: req.method ?? 'GET',
    path: parsed.pathname,
    query: parsed.searchParams,
    headers: req.headers,
    body,
  };
  const r = route(request, ctx);
  if (!r)
    return send(res, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Not found\n',
    });
  const fault: ActiveFault | undefined = r.api ? ctx.faults.take(r.api) : undefined;
  if (fault && fault.phase === 'before') {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) return void req.socket.destroy();
    if (fault.status) {
      const headers: Record<string, string> = {
        'Content-Type': fault.contentType ?? 'text/plain; charset=utf-8',
      };
      if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
      if (fault.status === 401) headers['WWW-Authenticate'] = 'Bearer';
      return send(res, {
        status: fault.status,
        headers,
        body:
          fault.body ??
          `Sandbox fault: HTTP ${fault.status} (${http.STATUS_CODES[fault.status] ?? 'status'}) injected for '${r.api}'.\n`,
      });
    }
  }
  const answer = await r.handle();
  if (fault && fault.phase === 'after') {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) return void req.socket.destroy();
  }
  send(res, answer);
}

function send(res: http.ServerResponse, a: Answer): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(a.status, { 'Cache-Control': 'no-store', ...a.headers });
  res.end(a.body);
}
