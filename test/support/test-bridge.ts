// The browser test bridge: one HTTP server on 127.0.0.1 that serves the built renderer AND a small
// JSON endpoint standing in for the preload, so the page's strict CSP (connect-src 'self') lets it
// talk to the REAL connector service. `POST /__bridge/call/<method>` {arg} → {ok, value|error};
// `GET /__bridge/events` streams the service's events (server-sent events).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  EVENT_CHANNELS,
  INVOKE_METHODS,
  type ConnectorApi,
  type InvokeMethod,
} from '../../preload/ipc-contract.ts';

export interface TestBridge {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function call(connector: ConnectorApi, method: InvokeMethod, arg: unknown): Promise<unknown> {
  const fn = connector[method] as (a?: unknown) => Promise<unknown>;
  return fn(arg);
}

export async function startTestBridge(opts: {
  connector: ConnectorApi;
  staticDir: string;
}): Promise<TestBridge> {
  const root = path.resolve(opts.staticDir);
  const streams = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__bridge/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const offs = EVENT_CHANNELS.map((channel) =>
        opts.connector.on(channel, (payload: unknown) =>
          res.write(`event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`),
        ),
      );
      streams.add(res);
      req.on('close', () => {
        offs.forEach((off) => off());
        streams.delete(res);
      });
      return;
    }
    const m = /^\/__bridge\/call\/([A-Za-z]+)$/.exec(url.pathname);
    if (m) {
      const method = m[1] as InvokeMethod;
      if (req.method !== 'POST' || !(INVOKE_METHODS as readonly string[]).includes(method)) {
        return send(res, 404, { ok: false, error: `No bridge method ${m[1]}` });
      }
      readJson(req)
        .then((body) => call(opts.connector, method, (body as { arg?: unknown }).arg))
        .then(
          (value) => send(res, 200, { ok: true, value: value ?? null }),
          (err: unknown) =>
            send(res, 200, { ok: false, error: err instanceof Error ? err.message : String(err) }),
        );
      return;
    }
    // Static files of the built renderer, never outside its folder.
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
