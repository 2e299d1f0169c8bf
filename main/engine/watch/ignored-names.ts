// Which names in an inbox are never exports: temporary and partial files that exporters,
// browsers and Office write before the real file exists, hidden files, and our own error reports.
// Why by name: such files may be complete and stable for seconds (a paused download), so the
// stability window alone would take them.
import path from 'node:path';

const TEMP_SUFFIXES = [
  '.tmp',
  '.temp',
  '.part',
  '.partial',
  '.crdownload',
  '.download',
  '.swp',
  '.lock',
  '.bak',
];

/** Excel saves a workbook into a randomly named file of eight hex digits with no extension
 *  (Microsoft KB 814068: `Cedd4100`), then deletes the original and renames the new file to it.
 *  Taken, it would be moved away before Excel renames it (the save fails, the original is gone);
 *  left behind by a failed save, it is a copy of the file Excel still has under its real name.
 *  Eight digits alone are left to be read: a file named by its date (`20270301`) may be an export. */
const EXCEL_SAVE_TEMP = /^(?=.*[a-f])[0-9a-f]{8}$/;

export function isIgnoredName(fileName: string): boolean {
  const name = path.basename(fileName).toLowerCase();
  if (EXCEL_SAVE_TEMP.test(name)) return true;
  if (name.startsWith('.') || name.startsWith('~$') || name.startsWith('~')) return true;
  if (name.endsWith('~')) return true;
  if (name.endsWith('.error.txt') || name.endsWith('.error.json')) return true;
  if (name === 'desktop.ini' || name === 'thumbs.db') return true;
  // The mapping a person saved next to the exports (`detect --save`) is settings, not an export.
  if (name.endsWith('.profile.json')) return true;
  return TEMP_SUFFIXES.some((s) => name.endsWith(s));
}
