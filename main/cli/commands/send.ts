// `appt-connector send FILE.xml`: validate an AppointmentData file locally, then sign in and POST
// it to the sandbox or Medfusion, and print DataJobId, MessageId and the status Location.
// Exit codes: 0 accepted (and, with --wait, no appointment ended in ERROR), 1 rejected / refused /
// unreachable / ERROR, 2 bad usage or an invalid file.
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine, usageError } from '../command-line.ts';
import { connect, CREDENTIAL_ENV_VARS, SANDBOX_URL_ENV_VAR, UsageError } from '../connect.ts';
import type { PostOutcome } from '../../medfusion/outcomes.ts';
import { withRetry } from '../../medfusion/retry.ts';
import { formatXmlProblem, validateAppointmentData } from '../../xml/validate-appointment-data.ts';
import { describeFailure, printReport, waitForStatus } from './status.ts';

const USAGE = `usage: appt-connector send FILE.xml [--env sandbox|demo|production|URL] [--practice-id ID]
                           [--sandbox-url URL] [--basic raw|base64] [--credential-key KEY]
                           [--timeout SEC] [--wait] [--json]
  --env             where to send (default sandbox)
  --practice-id     Medfusion practice integration id (default for the sandbox: its demo practice)
  --sandbox-url     the sandbox's address (default $${SANDBOX_URL_ENV_VAR} or http://127.0.0.1:8787)
  --basic           client authentication form: raw (default, as documented) or base64
  --credential-key  read the credentials from the OS keychain under this key
  --timeout         seconds to wait for each answer (default 30)
  --wait            after acceptance, wait for the processing result and print it
  --json            one JSON object on stdout
Credentials for demo/production/URL come from the environment variables
${CREDENTIAL_ENV_VARS.appToken}, ${CREDENTIAL_ENV_VARS.username}, ${CREDENTIAL_ENV_VARS.password} (never from arguments).`;

export async function run(argv: string[]): Promise<number> {
  const cmd = parseCommandLine(argv, {
    usage: USAGE,
    argument: 'FILE.xml to send',
    options: {
      env: { type: 'string', default: 'sandbox' },
      'practice-id': { type: 'string' },
      'sandbox-url': { type: 'string' },
      basic: { type: 'string' },
      'credential-key': { type: 'string' },
      timeout: { type: 'string' },
      wait: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if ('exit' in cmd) return cmd.exit;
  const { values, argument: file } = cmd;
  if (values.timeout !== undefined && !/^\d+$/.test(values.timeout)) {
    return usageError(USAGE, '--timeout must be a whole number of seconds');
  }
  const json = values.json === true;
  const fail = (code: number, message: string, extra: Record<string, unknown> = {}): number => {
    if (json) console.log(JSON.stringify({ ok: false, error: message, ...extra }));
    else console.error(message);
    return code;
  };

  let xml: string;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return fail(2, `Cannot read '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  const fileName = path.basename(file);
  const valid = await validateAppointmentData(xml, { fileName });
  if (!valid.ok) {
    if (json) console.log(JSON.stringify({ ok: false, file: fileName, problems: valid.problems }));
    else {
      console.error(`${fileName} is not a valid AppointmentData document; nothing was sent:`);
      for (const p of valid.problems) console.error(`  ${formatXmlProblem(p, fileName)}`);
    }
    return 2;
  }

  let connection;
  try {
    connection = await connect({
      env: String(values.env),
      ...(values['sandbox-url'] ? { sandboxUrl: String(values['sandbox-url']) } : {}),
      ...(values['practice-id'] ? { practiceId: String(values['practice-id']) } : {}),
      ...(values.basic ? { basic: String(values.basic) } : {}),
      ...(values['credential-key'] ? { credentialKey: String(values['credential-key']) } : {}),
      ...(values.timeout ? { timeoutMs: Number(values.timeout) * 1000 } : {}),
    });
  } catch (e) {
    if (e instanceof UsageError) return fail(2, e.message);
    throw e;
  }
  const { client, baseUrl } = connection;
  if (!json) {
    console.log(
      `${fileName}: valid, ${valid.appointmentIds.length} appointment(s): ${valid.appointmentIds.join(', ')}`,
    );
    console.log(
      `Sending to ${baseUrl} (practice ${client.practiceId}) with ${connection.credentialSource}...`,
    );
  }

  // Retry what is safe to retry; a POST that may have arrived is NOT sent again by hand: the user
  // checks first (a second copy would be processed twice).
  const outcome: PostOutcome = await withRetry(() => client.postAppointmentData(xml), {
    maxAttempts: 3,
    baseMs: 1000,
    capMs: 8000,
    maxRetryAfterMs: 60_000,
    shouldRetry: (o) => !(o as { mayHaveArrived?: boolean }).mayHaveArrived,
    onRetry: ({ attempt, delayMs }) => {
      if (!json)
        console.log(
          `  attempt ${attempt} failed for a temporary reason; trying again in ${Math.ceil(delayMs / 1000)} s`,
        );
    },
  });

  if (outcome.kind !== 'accepted') {
    if (json)
      console.log(
        JSON.stringify({ ok: false, file: fileName, appointmentIds: valid.appointmentIds, outcome }),
      );
    else console.error(describeFailure(outcome));
    return 1;
  }
  if (!values.wait) {
    if (json)
      console.log(
        JSON.stringify({ ok: true, file: fileName, appointmentIds: valid.appointmentIds, outcome }),
      );
    else {
      console.log(`Accepted (HTTP ${outcome.httpStatus}).`);
      console.log(`  DataJobId  ${outcome.dataJobId ?? '(none given)'}`);
      console.log(`  MessageId  ${outcome.messageId ?? '(none given)'}`);
      console.log(`  Location   ${outcome.location ?? '(none given)'}`);
      if (outcome.location) console.log(`Processing result: appt-connector status ${outcome.location}`);
    }
    return 0;
  }
  if (!json) {
    console.log(
      `Accepted (HTTP ${outcome.httpStatus}): DataJobId ${outcome.dataJobId ?? '-'}, MessageId ${outcome.messageId ?? '-'}`,
    );
    console.log(`  Location   ${outcome.location ?? '(none given)'}`);
  }
  if (!outcome.location) return fail(1, 'Medfusion gave no status address; the result cannot be followed.');
  const status = await waitForStatus(client, outcome.location, 120_000);
  const errored = status.kind === 'status' && status.report.messages.some((m) => m.state === 'ERROR');
  if (json) {
    console.log(
      JSON.stringify({
        ok: status.kind === 'status' && !errored,
        file: fileName,
        appointmentIds: valid.appointmentIds,
        outcome,
        status,
      }),
    );
  } else if (status.kind === 'status') {
    printReport(status.report);
  } else {
    console.error(describeFailure(status));
  }
  return status.kind === 'status' && !errored ? 0 : 1;
}
