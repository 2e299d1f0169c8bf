// *Export CSV* in the history window: every job matching the window's filters (the whole history,
// not the page on screen) written as CSV (engine/job-store/history-csv.ts) where the person chose
// in the save dialog. The answer names the file and how many files it lists.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { HistoryQuery } from '../model/status-and-jobs.ts';
import type { ActionResult } from '../../preload/ipc-contract.ts';
import type { HostActions, JobHistory } from './service-deps.ts';

function suggestedName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `sending-history-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.csv`;
}

export async function exportHistoryCsv(
  query: HistoryQuery,
  jobs: JobHistory,
  host: HostActions,
  now: () => Date,
): Promise<ActionResult> {
  if (!jobs.csv || !host.pickSaveFile) return { ok: false, message: 'Export needs the desktop app.' };
  // The filters only: the page and cursor of the window do not limit what is exported.
  const { offset: _o, limit: _l, before: _b, ...filters } = query;
  const { text, count: lines } = await jobs.csv(filters);
  const file = await host.pickSaveFile(suggestedName(now()));
  if (!file) return { ok: true, message: '' };
  try {
    // A byte-order mark so Excel reads the file as UTF-8 (accents in practice and file names).
    await fsp.writeFile(file, `\uFEFF${text}\r\n`, { mode: 0o600 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'an error';
    return {
      ok: false,
      message: `Could not save ${path.basename(file)} (${code}). Choose another folder and try again.`,
    };
  }
  return {
    ok: true,
    message: `Saved ${lines} ${lines === 1 ? 'file' : 'files'} to ${path.basename(file)}.`,
  };
}
