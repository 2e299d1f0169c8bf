// `appt-connector status LOCATION`: read a processing status (the Location printed by `send`) and
// print each message's state and error. The server and practice come from the address itself;
// a loopback address is taken to be the sandbox (demo credentials).
// Exit codes: 0 read and no ERROR, 1 an ERROR message or the status could not be read, 2 usage.
import { parseCommandLine, usageError } from '../command-line.ts';
import type { MedfusionClient } from '../../medfusion/client.ts';
import { connect, UsageError } from '../connect.ts';
import { environmentOf, isLoopbackHost } from '../../medfusion/environments.ts';
import type { Failure, ProcessingStatusReport, StatusOutcome } from '../../medfusion/outcomes.ts';

const USAGE = `usage: appt-connector status LOCATION [--env sandbox|demo|production|URL] [--basic raw|base64]
                             [--credential-key KEY] [--wait] [--json]
  LOCATION          the status address printed by 'send' (.../v1/practice/ID/processingStatus/ID)
  --env             default: taken from LOCATION (a 127.0.0.1/localhost address = the sandbox)
  --wait            poll until every message is COMPLETED or ERROR (at most 2 minutes)
  --json            one JSON object on stdout`;

export function describeFailure(f: Failure): string {
  const lines = [f.message];
  if (f.kind === 'unauthorized') lines.push('Check the credentials (see README, "Sending a file by hand").');
  if (f.kind === 'retryable' && f.mayHaveArrived) {
    lines.push(
      'The server may have received the document before the connection failed: check its status or the history before sending it again.',
    );
  }
  if (f.serverText?.trim())
    lines.push(
      'Server said:',
      ...f.serverText
        .trim()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  return lines.join('\n');
}

export function printReport(report: ProcessingStatusReport): void {
  console.log(`DataJobId ${report.dataJobId ?? '-'}: ${report.finished ? 'finished' : 'still processing'}`);
  for (const m of report.messages) {
    const what = m.practiceResourceId ? `appointment ${m.practiceResourceId}` : 'whole document';
    console.log(
      `  ${(m.state ?? '?').padEnd(10)} ${what.padEnd(28)} ${m.statusDate ?? ''}  (message ${m.messageId ?? '-'})`,
    );
    if (m.error) {
      const head = [m.error.severity, m.error.code].filter(Boolean).join(' ');
      console.log(`             ${head ? `${head}: ` : ''}${m.error.description ?? m.error.text}`);
    }
  }
}

export async function waitForStatus(
  client: MedfusionClient,
  location: string,
  maxMs: number,
): Promise<StatusOutcome> {
  const until = Date.now() + maxMs;
  let delay = 250;
  for (;;) {
    const s = await client.getProcessingStatus(location);
    if (s.kind === 'rejected' || s.kind === 'unauthorized') return s;
    if (s.kind === 'status' && s.report.finished) return s;
    if (Date.now() + delay > until) return s;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}

export async function run(argv: string[]): Promise<number> {
  const cmd = parseCommandLine(argv, {
    usage: USAGE,
    argument: 'LOCATION',
    options: {
      env: { type: 'string' },
      basic: { type: 'string' },
      'credential-key': { type: 'string' },
      wait: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if ('exit' in cmd) return cmd.exit;
  const { values } = cmd;
  let location: URL;
  try {
    location = new URL(cmd.argument);
  } catch {
    return usageError(USAGE, `'${cmd.argument}' is not an address; give the full Location printed by 'send'`);
  }
  const json = values.json === true;
  const practiceId = /\/practice\/([^/]+)\//.exec(location.pathname)?.[1];
  const fail = (code: number, message: string): number => {
    if (json) console.log(JSON.stringify({ ok: false, error: message }));
    else console.error(message);
    return code;
  };
  if (!practiceId)
    return fail(
      2,
      `'${location.href}' is not a processing status address (.../v1/practice/ID/processingStatus/ID).`,
    );

  const env =
    (values.env as string | undefined) ??
    (isLoopbackHost(location.hostname) ? 'sandbox' : (environOfUrl(location) ?? location.origin));
  let client: MedfusionClient;
  try {
    ({ client } = await connect({
      env,
      practiceId: decodeURIComponent(practiceId),
      ...(env === 'sandbox' ? { sandboxUrl: location.origin } : {}),
      ...(values.basic ? { basic: String(values.basic) } : {}),
      ...(values['credential-key'] ? { credentialKey: String(values['credential-key']) } : {}),
    }));
  } catch (e) {
    if (e instanceof UsageError) return fail(2, e.message);
    throw e;
  }
  const status = values.wait
    ? await waitForStatus(client, location.href, 120_000)
    : await client.getProcessingStatus(location.href);
  if (status.kind !== 'status') {
    if (json) console.log(JSON.stringify({ ok: false, outcome: status }));
    else console.error(describeFailure(status));
    return 1;
  }
  const errored = status.report.messages.some((m) => m.state === 'ERROR');
  if (json) console.log(JSON.stringify({ ok: !errored, ...status.report }));
  else printReport(status.report);
  return errored ? 1 : 0;
}

function environOfUrl(url: URL): string | undefined {
  return environmentOf(url.origin);
}
