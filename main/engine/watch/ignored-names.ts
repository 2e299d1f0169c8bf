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

export function isIgnoredName(fileName: string): boolean {
  const name = path.basename(fileName).toLowerCase();
  if (name.startsWith('.') || name.startsWith('~$') || name.startsWith('~')) return true;
  if (name.endsWith('~')) return true;
  if (name.endsWith('.error.txt') || name.endsWith('.error.json')) return true;
  if (name === 'desktop.ini' || name === 'thumbs.db') return true;
  // The mapping a person saved next to the exports (`detect --save`) is settings, not an export.
  if (name.endsWith('.profile.json')) return true;
  return TEMP_SUFFIXES.some((s) => name.endsWith(s));
}
