// SHA-256 of a file's bytes, streamed (an export may be large): the identity of an export's
// content, so the same file dropped twice is recognised.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The hash of the file's bytes, or of its first `bytes` only (filed-growth.ts: is what a job read
 *  still the beginning of its file?). */
export async function sha256File(file: string, bytes?: number): Promise<string> {
  const hash = createHash('sha256');
  if (bytes === 0) return hash.digest('hex');
  const range = bytes === undefined ? {} : { start: 0, end: bytes - 1 };
  for await (const chunk of createReadStream(file, range)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The file's hash and its size in bytes, from one reading. */
export async function contentOf(file: string): Promise<{ contentHash: string; contentSize: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { contentHash: hash.digest('hex'), contentSize: size };
}
