// Is the file still what was read? An exporter may pause longer than the stability window (Windows
// exporters write a header and two rows, wait 2.5 s, then the rest), and it keeps writing to the
// file after the connector moved it: a rename keeps the inode on the same volume, and the
// exporter's open handle with it. So a reading counts only when the file's size, modification time
// and content hash are the same after the reading as before it; otherwise it is read again.
import fs from 'node:fs/promises';

/** Readings of one file before the connector gives up and waits (a visible hold, read again at
 *  the next inbox check). */
export const MAX_READINGS = 3;

/** A snapshot that cancels anything is re-checked after this many stability windows of quiet: a
 *  missing row is then a cancellation, not a row the exporter has not written yet. */
export const SNAPSHOT_QUIET_WINDOWS = 3;

/** Size, modification time and inode, as one comparable string ('' when the file is gone). */
export async function fileStamp(file: string): Promise<string> {
  try {
    const st = await fs.stat(file, { bigint: true });
    return `${st.size}:${st.mtimeNs}:${st.ino}`;
  } catch {
    return '';
  }
}

/** The modification time a fileStamp() holds, in epoch ms (undefined for ''). */
export function stampModifiedMs(stamp: string): number | undefined {
  const ns = stamp.split(':')[1];
  return ns ? Number(BigInt(ns) / 1_000_000n) : undefined;
}

/** The size in bytes a fileStamp() holds (undefined for ''). */
export function stampSize(stamp: string): number | undefined {
  const size = stamp.split(':')[0];
  return size ? Number(size) : undefined;
}
