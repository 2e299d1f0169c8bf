// bin/appt-connector.mjs runs dist/cli/ only while it is the build of the sources as they are
// (bin/cli-bundle-fresh.mjs): checked here on a small project in a temp folder, file by file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { freshCliBundle, hashInputs, statInputs } from '../../bin/cli-bundle-fresh.mjs';

let root: string;
const files = ['main/a.ts', 'main/b.ts', 'package.json'];

function build(): void {
  const dir = path.join(root, 'dist/cli');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'appt-connector.mjs'), '// bundle\n');
  fs.writeFileSync(
    path.join(dir, 'inputs.json'),
    JSON.stringify({ hash: hashInputs(root, files), files, stats: statInputs(root, files) }),
  );
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-fresh-'));
  fs.mkdirSync(path.join(root, 'main'));
  fs.writeFileSync(path.join(root, 'main/a.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(root, 'main/b.ts'), 'export const b = 2;\n');
  fs.writeFileSync(path.join(root, 'package.json'), '{"version":"1.0.0"}\n');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const entry = () => path.join(root, 'dist/cli/appt-connector.mjs');

test('no bundle, or no manifest: the sources are run', () => {
  expect(freshCliBundle(root)).toBeUndefined();
  build();
  fs.rmSync(path.join(root, 'dist/cli/inputs.json'));
  expect(freshCliBundle(root)).toBeUndefined();
});

test('fresh right after the build; stale once a source changes, even to the same size', () => {
  build();
  expect(freshCliBundle(root)).toBe(entry());
  fs.writeFileSync(path.join(root, 'main/b.ts'), 'export const b = 3;\n'); // same length
  expect(freshCliBundle(root)).toBeUndefined();
});

test('a file touched but not changed (a checkout back, a copy) keeps it fresh: the hash decides', () => {
  build();
  const later = new Date(Date.now() + 60_000);
  fs.utimesSync(path.join(root, 'main/a.ts'), later, later);
  expect(freshCliBundle(root)).toBe(entry());
});

test('an older copy of a source with old times (cp -p, unzip) does not pass for the built one', () => {
  build();
  const old = new Date('2020-01-01T00:00:00Z');
  fs.writeFileSync(path.join(root, 'main/a.ts'), 'export const a = 0;\n');
  fs.utimesSync(path.join(root, 'main/a.ts'), old, old);
  expect(freshCliBundle(root)).toBeUndefined();
});

test('a source removed: the sources are run, nothing throws', () => {
  build();
  fs.rmSync(path.join(root, 'main/b.ts'));
  expect(freshCliBundle(root)).toBeUndefined();
});
