// A person's acceptance of a held file answers the hold it was given for, not every hold of that
// file: kept per file content and per hold in the practice memory, a real file in a temp folder.
// Acceptances written before holds were told apart (no `check`) answer any hold, as they did.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  acceptanceOf,
  acceptCancellations,
  cancellationsAccepted,
} from '../../main/engine/job/mass-cancel.ts';
import { practiceMemoryAt } from '../../main/engine/practice-memory.ts';
import type { Doubt } from '../../main/model/doubt.ts';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accepted-holds-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const hold = (check: Doubt['check'], count: number): Doubt => ({
  kind: 'mass-cancel',
  check,
  message: 'held',
  samples: [],
  count,
  question: 'accept?',
});
const at = new Date('2026-12-03T12:00:00Z');

test('an acceptance answers its own hold; a second acceptance of the same file is kept beside it', async () => {
  const memory = practiceMemoryAt(path.join(dir, 'practice.json'));
  await acceptCancellations(memory, acceptanceOf(hold('patient-id-change', 1), 'H1', 'test', at));
  let m = await memory.read();
  expect(cancellationsAccepted(m, 'H1', 1, 'patient-id-change')).toBe(true);
  expect(cancellationsAccepted(m, 'H1', 1, 'same-person-twice')).toBe(false);
  expect(cancellationsAccepted(m, 'H1', 2, 'patient-id-change')).toBe(false);
  expect(cancellationsAccepted(m, 'H2', 1, 'patient-id-change')).toBe(false);

  await acceptCancellations(memory, acceptanceOf(hold('same-person-twice', 1), 'H1', 'test', at));
  m = await memory.read();
  expect(cancellationsAccepted(m, 'H1', 1, 'patient-id-change')).toBe(true);
  expect(cancellationsAccepted(m, 'H1', 1, 'same-person-twice')).toBe(true);
  // Accepted again with a larger count: replaces its own entry, not the other's.
  await acceptCancellations(memory, acceptanceOf(hold('same-person-twice', 3), 'H1', 'test', at));
  m = await memory.read();
  expect(m.acceptedCancellations!.map((a) => [a.check, a.cancels])).toEqual([
    ['patient-id-change', 1],
    ['same-person-twice', 3],
  ]);
});

test('an acceptance kept before holds were told apart answers any hold of its file', async () => {
  const file = path.join(dir, 'practice.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      acceptedCancellations: [{ contentHash: 'H1', cancels: 4, at: at.toISOString(), by: 'older version' }],
    }),
  );
  const m = await practiceMemoryAt(file).read();
  expect(cancellationsAccepted(m, 'H1', 4, 'mass-cancel')).toBe(true);
  expect(cancellationsAccepted(m, 'H1', 2, 'older-file')).toBe(true);
  expect(cancellationsAccepted(m, 'H1', 5, 'mass-cancel')).toBe(false);
});
