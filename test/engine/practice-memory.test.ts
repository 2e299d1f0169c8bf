// The practice memory file: written atomically, read back, refused with a plain reason when
// damaged, and a person's answer is never replaced by what a later file's data suggests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  PracticeMemoryError,
  practiceMemoryAt,
  rememberDataDateOrder,
} from '../../main/engine/practice-memory.ts';
import { practiceMemoryFile, practiceProfilePath } from '../../main/engine/practice-folder.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memory-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('lives beside the ledger of the practice (per environment and practice id); profiles per credential key', () => {
  const p = { environment: 'sandbox', practiceId: 'ABC-1', credentialKey: 'main st/clinic' };
  expect(practiceMemoryFile('/data', p)).toBe(
    path.resolve('/data/ledger/sandbox-abc-1/practice-memory.json'),
  );
  expect(practiceProfilePath('/data', p)).toBe(path.resolve('/data/profiles/main_st_clinic.profile.json'));
});

test('nothing remembered at first; a data-settled order is written once and read back', async () => {
  const m = practiceMemoryAt(path.join(dir, 'sub', 'practice-memory.json'));
  expect(await m.read()).toEqual({ version: 1 });
  expect(await m.fingerprint()).toBe('');
  const at = new Date('2026-12-01T10:00:00Z');
  expect(await rememberDataDateOrder(m, { order: 'DMY', evidence: "'25/12/2026'" }, at)).toBe(true);
  expect(await m.read()).toEqual({
    version: 1,
    dateOrder: { order: 'DMY', source: 'data', evidence: "'25/12/2026'", at: '2026-12-01T10:00:00.000Z' },
  });
  const print = await m.fingerprint();
  expect(print).toMatch(/^[0-9a-f]{64}$/);
  // A second file proving the other order does not flip it (the importer holds such a file).
  expect(await rememberDataDateOrder(m, { order: 'MDY' }, at)).toBe(false);
  expect((await m.read()).dateOrder!.order).toBe('DMY');
});

test("a person's answer is kept over data", async () => {
  const m = practiceMemoryAt(path.join(dir, 'practice-memory.json'));
  await m.update((x) => ({
    ...x,
    dateOrder: { order: 'MDY', source: 'person', evidence: 'mapping confirm', at: '2026-12-01T00:00:00Z' },
  }));
  expect(await rememberDataDateOrder(m, { order: 'DMY' }, new Date())).toBe(false);
  expect((await m.read()).dateOrder).toMatchObject({ order: 'MDY', source: 'person' });
});

test.each([
  ['{ not json', /not valid JSON/],
  ['[]', /no 'version'/],
  ['{"version": 9}', /newer Appointment Connector/],
  ['{"version": 1, "dateOrder": {"order": "YMD"}}', /'dateOrder' must be/],
  ['{"version": 1, "mapping": {"profile": ""}}', /'mapping' must be/],
])('a damaged file %s is refused with its name and what to do', async (text, why) => {
  const file = path.join(dir, 'practice-memory.json');
  fs.writeFileSync(file, text);
  const m = practiceMemoryAt(file);
  const err = await m.read().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(PracticeMemoryError);
  expect((err as Error).message).toContain(file);
  expect((err as Error).message).toMatch(why);
  expect((err as Error).message).toContain('mapping confirm');
});
