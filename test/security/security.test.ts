// Security checks end to end (the XML unit tests live in test/xml/safe-xml.test.ts):
//  - XML exports cannot make the connector read a file: DTD/entities in any spelling or encoding,
//    and XInclude, are refused or inert; a marker file's content never shows up anywhere;
//  - after a full run (good, bad and refused exports; one practice with made-up real-looking
//    credentials that Medfusion refuses), no secret value is in the data folder, logs, history,
//    error reports or settings;
//  - plain http:// is refused for every address but this computer's;
//  - patients' names from the sample exports never reach the logs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importExport } from '../../main/import/import-export.ts';
import { checkBaseUrl } from '../../main/medfusion/environments.ts';
import { secretKey, type SecretName } from '../../main/credentials/credential-store.ts';
import { createHarness, listFiles, SAMPLES, type Harness } from '../engine/support/engine-harness.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let tmp: string;
let h: Harness | undefined;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'security-'));
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const PRACTICE = '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90';

/** Everything importExport makes of a file, as text (items, row errors, or the file error). */
async function importAsText(file: string): Promise<{ text: string; fileError: boolean }> {
  let text = '';
  try {
    for await (const item of importExport(file, { practiceId: PRACTICE, timeZone: 'America/New_York' })) {
      text += JSON.stringify(item);
    }
    return { text, fileError: false };
  } catch (e) {
    return { text: `${text}${String(e)}${JSON.stringify(e)}`, fileError: true };
  }
}

describe('XML exports cannot read files from this computer', () => {
  const secretFile = () => {
    const marker = `LEAKED-${process.pid}-${Date.now()}`;
    const file = path.join(tmp, 'secret.txt');
    fs.writeFileSync(file, marker);
    return { marker, url: `file://${file}` };
  };
  const appt = (id: string) =>
    `<Appt><Id>${id}</Id><Date>2026-12-21</Date><Time>09:00</Time><Patient>P1</Patient></Appt>`;
  // Third value: refused as a whole file (true), or either way as long as nothing is read (null).
  const variants: [string, (url: string) => Buffer, boolean | null][] = [
    [
      'external entity (XXE)',
      (url) =>
        Buffer.from(
          `<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "${url}">]>\n<Appts>${appt('&x;')}</Appts>`,
        ),
      true,
    ],
    [
      'lower-case doctype',
      (url) =>
        Buffer.from(
          `<?xml version="1.0"?><!doctype a [<!entity x system "${url}">]><Appts>${appt('&x;')}</Appts>`,
        ),
      true,
    ],
    [
      'parameter entity',
      (url) =>
        Buffer.from(
          `<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY % p SYSTEM "${url}"> %p;]>\n<Appts>${appt('1')}</Appts>`,
        ),
      true,
    ],
    [
      'UTF-16 encoded XXE',
      (url) =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(
            `<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "${url}">]>\n<Appts>${appt('&x;')}${appt('2')}</Appts>`,
            'utf16le',
          ),
        ]),
      true,
    ],
    [
      'entity expansion (billion laughs)',
      () =>
        Buffer.from(
          '<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
            `<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<Appts>${appt('&c;')}</Appts>`,
        ),
      true,
    ],
    [
      'XInclude of a local file',
      (url) =>
        Buffer.from(
          `<?xml version="1.0"?>\n<Appts xmlns:xi="http://www.w3.org/2001/XInclude">${appt('1')}` +
            `<Appt><Id>2</Id><Date>2026-12-21</Date><Time>10:00</Time><Patient><xi:include href="${url}" parse="text"/></Patient></Appt></Appts>`,
        ),
      null,
    ],
  ];

  test.each(variants)('%s', async (_name, make, refused) => {
    const { marker, url } = secretFile();
    const file = path.join(tmp, 'export.xml');
    fs.writeFileSync(file, make(url));
    const { text, fileError } = await importAsText(file);
    expect(text).not.toContain(marker);
    if (refused !== null) expect(fileError).toBe(refused);
    if (refused) expect(text).toMatch(/refused: the document contains a '<!(DOCTYPE|ENTITY)'/);
  });
});

test('plain http:// is refused except for this computer', () => {
  for (const bad of [
    'http://api.medfusion.com',
    'http://10.0.0.5:8080/v1',
    'http://localhost.evil.example',
  ]) {
    expect(() => checkBaseUrl(bad), bad).toThrow(/plain http would send the access token/);
  }
  for (const ok of [
    'http://127.0.0.1:8080',
    'http://localhost:3000',
    'http://[::1]:9000',
    'https://api.example.org',
  ]) {
    expect(checkBaseUrl(ok)).toBe(ok.replace(/\/$/, ''));
  }
  expect(() => checkBaseUrl('https://user:pw@api.example.org')).toThrow(
    /must not carry a user name or password/,
  );
});

/** Every file under these folders, as text (binary files as latin1 so byte patterns still match). */
function allText(dirs: string[]): { file: string; text: string }[] {
  return dirs.flatMap((d) =>
    listFiles(d).map((f) => ({
      file: path.join(d, f),
      text: fs.readFileSync(path.join(d, f)).toString('latin1'),
    })),
  );
}

test('after a full run no secret is in the data folder, logs, history, error reports or settings', async () => {
  // Practice 2 holds made-up, real-looking credentials that the sandbox refuses: the error paths
  // (token refused, problem shown, logs written) are where a secret would slip out.
  const secrets = {
    appToken: 'AT-7f3k9QzLmW2xVb8nRt5Y-appToken',
    username: 'frontdesk.zq81x@northside-secret.example',
    password: 'Pw!9vX2#qLr7$Tn4-password',
    clientId: 'CID-4hG8sK2mP0wQ-clientId',
    clientSecret: 'CS-Jx7Vn3Rb9Lq2Wz5Tm8-clientSecret',
  };
  h = await createHarness({ practices: 2 });
  for (const [name, value] of Object.entries(secrets)) {
    await h.credentials.set(secretKey('practice-2', name as SecretName), value);
  }
  // Practice 1 uses the sandbox's demo credentials; their values must not be written either.
  const settingsFile = path.join(h.root, 'settings.json');
  fs.writeFileSync(settingsFile, JSON.stringify(h.settings, null, 2));
  const running = await h.start();
  const samples = [
    'cliniko_appointments.csv',
    'openemr_appointments_report.csv',
    'opendental_confirmations.txt',
  ];
  for (const s of samples) fs.copyFileSync(path.join(SAMPLES, s), path.join(h.inbox(0), s));
  fs.copyFileSync(path.join(SAMPLES, 'bad', 'bad_dates.csv'), path.join(h.inbox(0), 'bad_dates.csv'));
  fs.copyFileSync(path.join(SAMPLES, 'bad', 'random_bytes.csv'), path.join(h.inbox(0), 'random_bytes.csv'));
  fs.writeFileSync(path.join(h.inbox(1), 'two.csv'), clinikoCsv(2, { firstId: 61_000 }));
  // Five samples from five systems land in one inbox at once: which of them are held as another
  // practice's export (other-practice.ts) depends on which were sent first, so any end state counts.
  const done = (j: JobDetails) => j.state === 'processed' || j.state === 'failed' || j.state === 'held';
  await h.waitFor((jobs) => jobs.filter((j) => j.practice === 'Practice 1' && done(j)).length >= 5, 30_000);
  const until = Date.now() + 15_000;
  while (!running.engine.getStatus().problems.some((p) => p.kind === 'credentials')) {
    if (Date.now() > until) throw new Error('practice 2 never reported its credentials problem');
    await new Promise((r) => setTimeout(r, 50));
  }
  await h.stopEngine(); // logs and history flushed and closed

  const files = allText(
    [h.dataDir, h.inbox(0), h.inbox(1), path.dirname(settingsFile)].filter((d, i, a) => a.indexOf(d) === i),
  );
  const scanned = files.filter((f) => !f.file.startsWith(path.join(h!.root, 'sandbox')));
  expect(scanned.some((f) => /logs/.test(f.file))).toBe(true);
  expect(scanned.some((f) => /\.error\.txt$/.test(f.file))).toBe(true);
  const needles = [
    ...Object.values(secrets),
    'sandbox-password',
    'sandbox-client-secret',
    'sandbox-app-token',
    Buffer.from(`${secrets.clientId}:${secrets.clientSecret}`).toString('base64'),
    encodeURIComponent(secrets.password),
  ];
  for (const needle of needles) {
    const hits = scanned.filter((f) => f.text.includes(needle)).map((f) => f.file);
    expect(hits, `secret '${needle}' found`).toEqual([]);
  }
  expect(scanned.filter((f) => /Bearer\s+[A-Za-z0-9._~+/-]{8,}/.test(f.text)).map((f) => f.file)).toEqual([]);

  // No patient name from the sample exports in the logs.
  const names = new Set<string>();
  for (const s of samples) {
    for await (const item of importExport(path.join(SAMPLES, s), {
      practiceId: PRACTICE,
      timeZone: 'America/New_York',
    })) {
      if (item.kind !== 'appointment') continue;
      const p = item.appointment.patient;
      for (const n of [p.firstName, p.lastName]) if (n && n.length >= 4) names.add(n);
    }
  }
  expect(names.size).toBeGreaterThan(5);
  const logs = scanned.filter((f) => f.file.includes(`${path.sep}logs${path.sep}`));
  expect(logs.length).toBeGreaterThan(0);
  for (const name of names) {
    expect(
      logs.filter((f) => f.text.includes(name)).map((f) => f.file),
      `patient name '${name}' in the logs`,
    ).toEqual([]);
  }
}, 60_000);
