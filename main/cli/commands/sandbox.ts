// `appt-connector sandbox`: run the local Medfusion-compatible sandbox in the foreground until
// Ctrl+C (SIGINT) or SIGTERM. With --json the FIRST stdout line is one JSON object with the URL
// and demo credentials, so scripts and tests can start it and read where it listens.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from '../../sandbox/server.ts';
import type { BasicForms } from '../../sandbox/tokens.ts';

export const DEFAULT_SANDBOX_PORT = 8787;
/** Survives restarts of the sandbox (not of the machine, on systems that clean the temp folder). */
export const DEFAULT_SANDBOX_DATA_DIR = path.join(os.tmpdir(), 'appt-connector-sandbox');

const USAGE = `usage: appt-connector sandbox [--port N] [--host H] [--data-dir DIR] [--expires-in SEC]
                              [--processing-delay MS] [--accept-basic raw|base64|both] [--json]
  --port              port to listen on (default ${DEFAULT_SANDBOX_PORT}; a free one if that is taken)
  --host              address to listen on (default 127.0.0.1: this computer only)
  --data-dir          where the sandbox keeps what it received (default ${DEFAULT_SANDBOX_DATA_DIR})
  --expires-in        access token lifetime in seconds (default 1799)
  --processing-delay  wait before processing an accepted document, ms (default 200)
  --accept-basic      client authentication forms the token endpoint takes: raw, base64 or both (default)
  --json              first stdout line: {"url","practiceId","appToken","username","password",...}`;

function intOption(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new Error(`--${name} must be a whole number >= ${min}`);
  return Number(value);
}

function acceptBasicOption(value: string | undefined): BasicForms {
  if (value === undefined) return 'both';
  if (value === 'raw' || value === 'base64' || value === 'both') return value;
  throw new Error('--accept-basic must be raw, base64 or both');
}

function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export async function run(argv: string[]): Promise<number> {
  let opts: {
    acceptBasic: BasicForms;
    port?: number;
    host: string;
    dataDir: string;
    expiresInSec?: number;
    processingDelayMs?: number;
    json: boolean;
  };
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'expires-in': { type: 'string' },
        'processing-delay': { type: 'string' },
        'accept-basic': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    opts = {
      port: intOption(values.port, 'port', 0),
      host: values.host ?? '127.0.0.1',
      dataDir: path.resolve(values['data-dir'] ?? DEFAULT_SANDBOX_DATA_DIR),
      expiresInSec: intOption(values['expires-in'], 'expires-in', 1),
      processingDelayMs: intOption(values['processing-delay'], 'processing-delay', 0),
      json: values.json ?? false,
      acceptBasic: acceptBasicOption(values['accept-basic']),
    };
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }

  if (!isLoopbackAddress(opts.host)) {
    // The sandbox has demo credentials anyone can read and no real security.
    console.error(
      `Warning: listening on ${opts.host}${opts.host === '0.0.0.0' || opts.host === '::' ? ' (every network interface)' : ''}: every computer that can reach this one can use the sandbox with the demo credentials and see its portal. Use --host 127.0.0.1 unless another computer must reach it. The /__sandbox controls still answer only to this computer.`,
    );
  }
  const log = opts.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  let sb;
  try {
    sb = await startSandbox({
      port: opts.port ?? DEFAULT_SANDBOX_PORT,
      // An explicit --port that is taken is an error; the default falls back to a free port.
      fallbackToFreePort: opts.port === undefined,
      host: opts.host,
      dataDir: opts.dataDir,
      ...(opts.expiresInSec ? { expiresInSec: opts.expiresInSec } : {}),
      acceptBasic: opts.acceptBasic,
      ...(opts.processingDelayMs !== undefined ? { processingDelayMs: opts.processingDelayMs } : {}),
      log,
    });
  } catch (e) {
    console.error(`Could not start the sandbox: ${(e as Error).message}`);
    return 1;
  }

  const info = {
    url: sb.url,
    practiceId: sb.practiceId,
    appToken: sb.appToken,
    username: sb.username,
    password: sb.password,
    practices: sb.practices,
    portalUrl: `${sb.url}/portal/${sb.practiceId}`,
    dataDir: opts.dataDir,
  };
  if (opts.json) {
    console.log(JSON.stringify(info));
  } else {
    console.log(
      [
        `Sandbox (Medfusion-compatible, for trying the connector) listening on ${sb.url}`,
        '',
        'Demo credentials (not secrets; they only open this sandbox):',
        `  practice id  ${sb.practiceId}   ${sb.practices[0]!.name}`,
        ...sb.practices.slice(1).map((p) => `  practice id  ${p.practiceId}   ${p.name}`),
        `  app token    ${sb.appToken}`,
        `  username     ${sb.username}`,
        `  password     ${sb.password}`,
        '',
        `Patient portal: ${info.portalUrl}`,
        `Data folder:    ${opts.dataDir}`,
        `Send a file:    appt-connector send FILE.xml --env sandbox --sandbox-url ${sb.url}`,
        'Stop with Ctrl+C.',
        '',
      ].join('\n'),
    );
  }

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await sb.close();
  if (!opts.json) console.log('Sandbox stopped.');
  return 0;
}
