// The sandbox's deactivated-patient switch over real HTTP: while a patient is deactivated, every
// appointment of theirs is processed as ERROR (with a description the history's advice knows)
// and nothing of it reaches the portal; reactivated, the same document is COMPLETED.
import fs from 'node:fs';
import { SANDBOX_CREDENTIALS } from '../../main/credentials/sandbox-credentials.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { appointmentXml, tempDir } from './documents.ts';

let sb: SandboxHandle;
let dir: string;
beforeEach(async () => {
  dir = tempDir('sandbox-deactivated');
  sb = await startSandbox({ dataDir: dir, processingDelayMs: 10 });
});
afterEach(async () => {
  await sb.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function bearer(): Promise<string> {
  const { clientId, clientSecret } = SANDBOX_CREDENTIALS;
  const r = await fetch(`${sb.url}/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      Authorization: `Basic ${clientId}:${clientSecret}`,
    },
    body: new URLSearchParams({
      grant_type: 'password',
      username: sb.username,
      password: sb.password,
    }).toString(),
  });
  return ((await r.json()) as { accessToken: string }).accessToken;
}

const control = (body: unknown) =>
  fetch(`${sb.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

/** POST one document and wait for its processing status; returns the per-appointment states. */
async function send(tok: string, ids: [string, string][]): Promise<string> {
  const xml = appointmentXml(
    sb.practiceId,
    ids.map(([id, patientId]) => ({ id, patientId })),
  );
  const r = await fetch(`${sb.url}/v1/practice/${sb.practiceId}/appointmentsdata`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/xml', Authorization: `Bearer ${tok}` },
    body: xml,
  });
  expect(r.status).toBe(202);
  const loc = r.headers.get('location')!;
  for (let i = 0; i < 200; i++) {
    const text = await (await fetch(loc, { headers: { Authorization: `Bearer ${tok}` } })).text();
    if (!text.includes('INPROGRESS')) return text;
    await new Promise((res) => setTimeout(res, 10));
  }
  throw new Error('not processed');
}

test('a deactivated patient: ERROR for each appointment of theirs until reactivated', async () => {
  const tok = await bearer();
  const on = await control({ deactivatePatients: ['P-2'] });
  expect(on.status).toBe(200);
  expect(((await on.json()) as { deactivatedPatients: string[] }).deactivatedPatients).toEqual(['P-2']);

  const first = await send(tok, [
    ['D-1', 'P-1'],
    ['D-2', 'P-2'],
  ]);
  expect(first.match(/<State>[A-Z]+<\/State>/g)).toEqual([
    '<State>COMPLETED</State>', // the envelope
    '<State>COMPLETED</State>',
    '<State>ERROR</State>',
  ]);
  expect(first).toMatch(/<Code>SANDBOX_PATIENT_INACTIVE<\/Code><Description>[^<]*deactivated/);

  // Clearing the fault rules leaves the patient deactivated; reactivating lets the same id through.
  await fetch(`${sb.url}/__sandbox/faults`, { method: 'DELETE' });
  expect(await send(tok, [['D-2', 'P-2']])).toMatch(/<PracticeResourceId>D-2[\s\S]*<State>ERROR/);
  expect((await control({ reactivatePatients: ['P-2'] })).status).toBe(200);
  expect(await send(tok, [['D-2', 'P-2']])).not.toMatch(/ERROR/);

  const bad = await control({ deactivatePatients: 'P-2' });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toMatch(/list of patient ids/);
});
