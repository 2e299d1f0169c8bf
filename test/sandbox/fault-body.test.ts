// Fault rules with an answer's own body and content type (round 53e: a proxy's sign-in page
// answering 200, a ProcessingResponse that says Failed, a status that never finishes).
import { FaultRuleError, normalise } from '../../main/sandbox/faults.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

test('body and contentType are kept with a status; without one, or of the wrong type, refused', () => {
  expect(
    normalise({ route: 'appointmentsdata', status: 200, body: '<html/>', contentType: 'text/html' }),
  ).toMatchObject({
    status: 200,
    body: '<html/>',
    contentType: 'text/html',
  });
  expect(() => normalise({ body: 'x', delayMs: 5 })).toThrow(
    new FaultRuleError('body and contentType go with status'),
  );
  expect(() => normalise({ status: 200, body: 5 })).toThrow(FaultRuleError);
  expect(() => normalise({ status: 200, contentType: 'x'.repeat(201) })).toThrow(FaultRuleError);
});

test('the sandbox answers with the rule’s body and content type, once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-body-'));
  const sb: SandboxHandle = await startSandbox({ dataDir: dir });
  try {
    sb.faults.set({ route: 'any', status: 200, body: '<html>Sign in</html>', contentType: 'text/html' });
    const first = await fetch(`${sb.url}/v1/oauth2/oauthapplication/x`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html');
    expect(await first.text()).toBe('<html>Sign in</html>');
    const second = await fetch(`${sb.url}/v1/oauth2/oauthapplication/x`);
    expect(second.status).toBe(404); // the real answer again: an unknown app token
  } finally {
    await sb.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
