// SHA-256 of a file's bytes, streamed (an export may be large): the identity of an export's
// content, so the same file dropped twice is recognised.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
