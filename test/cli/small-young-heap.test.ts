// Which command lines run in the capped-young-generation worker (main/cli/small-young-heap.ts):
// a `convert` of an existing file at or above the size limit, nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIG_EXPORT_BYTES, isBigConvert } from '../../main/cli/small-young-heap.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'young-heap-'));
const big = path.join(dir, 'big.csv');
const small = path.join(dir, 'small.csv');
// Sparse files: the size is what counts, not the content.
fs.writeFileSync(big, '');
fs.truncateSync(big, BIG_EXPORT_BYTES);
fs.writeFileSync(small, '');
fs.truncateSync(small, BIG_EXPORT_BYTES - 1);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('isBigConvert', () => {
  it('a convert of a file of exactly the limit is big, one byte less is not', () => {
    expect(isBigConvert(['convert', big, '--practice-id', 'p', '--out', dir])).toBe(true);
    expect(isBigConvert(['convert', small, '--practice-id', 'p', '--out', dir])).toBe(false);
  });
  it('only convert: detect of the same big file runs as before', () => {
    expect(isBigConvert(['detect', big])).toBe(false);
  });
  it('folders, missing files and option names never count', () => {
    expect(isBigConvert(['convert', dir, path.join(dir, 'missing.csv'), `--x=${big}`])).toBe(false);
  });
});
