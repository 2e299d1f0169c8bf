// Retention of archived exports (patient data) and history: nothing deleted while retentionDays is
// 0; otherwise day folders and failed files older than the cutoff go, newer ones and anything a
// person put there stay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyRetention,
  JobStore,
  pruneArchivedFiles,
  retentionCutoff,
} from '../../../main/engine/job-store/index.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'retention-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function put(file: string, mtime?: Date): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'Patient,Date\nDoe,2026-01-01\n');
  if (mtime) fs.utimesSync(file, mtime, mtime);
}

const now = new Date('2026-03-31T12:00:00');
const old = new Date('2026-02-01T12:00:00');

function archive(inbox: string): void {
  put(path.join(inbox, 'processed', '2026-02-01', 'a.csv'));
  put(path.join(inbox, 'processed', '2026-03-30', 'b.csv'));
  put(path.join(inbox, 'processed', 'kept-by-hand', 'c.csv'));
  put(path.join(inbox, 'failed', 'old.csv'), old);
  put(path.join(inbox, 'failed', 'old.csv.error.txt'), old);
  put(path.join(inbox, 'failed', 'retried.csv'), old);
  put(path.join(inbox, 'failed', 'retried.csv.error.json'), now); // a recent report keeps its file
  put(path.join(inbox, 'today.csv'), old); // the inbox itself is never touched
}

function remaining(inbox: string): string[] {
  return (fs.readdirSync(inbox, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(inbox, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

describe('retention', () => {
  it('has no cutoff while retentionDays is 0', () => {
    expect(retentionCutoff(0, now)).toBeUndefined();
    expect(retentionCutoff(30, now)?.toISOString()).toBe(
      new Date(now.getTime() - 30 * 86_400_000).toISOString(),
    );
  });

  it('removes archived day folders and failed files older than the cutoff', async () => {
    const inbox = tempDir();
    archive(inbox);
    const removed = await pruneArchivedFiles(inbox, retentionCutoff(30, now)!);
    expect(removed.length).toBe(3);
    expect(remaining(inbox)).toEqual([
      'failed/retried.csv',
      'failed/retried.csv.error.json',
      'processed/2026-03-30/b.csv',
      'processed/kept-by-hand/c.csv',
      'today.csv',
    ]);
    expect(await pruneArchivedFiles(path.join(inbox, 'no-such-inbox'), now)).toEqual([]);
  });

  it('applies to history and every inbox at once, and deletes nothing with retentionDays 0', async () => {
    const dataDir = tempDir();
    const inboxes = [path.join(dataDir, 'in-a'), path.join(dataDir, 'in-b')];
    inboxes.forEach(archive);
    const store = await JobStore.open(path.join(dataDir, 'jobs'));
    const base = {
      practice: 'A',
      state: 'processed' as const,
      counts: { rows: 0, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
    };
    const extra = { dataJobIds: [], messageIds: [], rowErrors: [], batches: [] };
    await store.create({ id: 'old', file: 'a.csv', receivedAt: old.toISOString(), ...base, ...extra });
    await store.create({ id: 'new', file: 'b.csv', receivedAt: now.toISOString(), ...base, ...extra });
    expect(await applyRetention({ store, inboxes, retentionDays: 0, now })).toEqual({
      jobsRemoved: 0,
      filesRemoved: [],
    });
    expect(remaining(inboxes[0]!).length).toBe(8);
    const r = await applyRetention({ store, inboxes, retentionDays: 30, now });
    expect(r.jobsRemoved).toBe(1);
    expect(r.filesRemoved.length).toBe(6);
    expect(store.list().map((j) => j.id)).toEqual(['new']);
    await store.close();
  });
});
