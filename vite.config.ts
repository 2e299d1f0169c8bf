import os from 'node:os';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { RENDERER_INPUT, RENDERER_OUT_DIR } from './main/desktop/build-layout.ts';

// The test order (slowest files first, test/support/slowest-first.ts), loaded only for a test run:
// it pulls in vitest's node side, which `vite build` has no use for.
const sequencer = process.env.VITEST
  ? (await import('./test/support/slowest-first.ts')).SlowestFirst
  : undefined;

// One config for the renderer build (vite build) and the test run (vitest).
export default defineConfig({
  plugins: [react()],
  base: './',
  root: '.',
  build: {
    outDir: RENDERER_OUT_DIR,
    emptyOutDir: true,
    rollupOptions: { input: { index: RENDERER_INPUT } },
  },
  test: {
    environment: 'node',
    globals: true,
    // The importer's tests (test/import/) are pure: files in, appointments and doubts out, no mocks,
    // no timers, no process state. Run without isolation they share one worker's loaded modules
    // instead of each starting a fresh worker and importing the importer again: measured on the
    // 2-CPU machine, test/import/trust took 115 CPU-s isolated and 24 CPU-s shared (same 1,199
    // tests). A test there that mocks a module, stubs a global or sets process state must undo it
    // (or live elsewhere): the next file in that worker sees what it leaves.
    projects: [
      {
        extends: true,
        test: { name: 'importer', include: ['test/import/**/*.test.{ts,tsx}'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'test/import/**'],
          // The e2e harness boots the built bundles: build them once, before any test file runs.
          globalSetup: ['test/desktop-e2e/build-once.ts'],
          // Engine tests wait for states the engine reaches eventually, each up to 60 s
          // (EVENTUALLY_MS, test/engine/support/engine-harness.ts: 15 s ran out at load 43–53), a few
          // per test: the test's limit is above them, or vitest's bare "timed out" fires before the
          // wait that would say which job was in which state. A passing test never waits for it.
          testTimeout: 120_000,
          // The e2e files boot the built app and pass the wizard in beforeAll: at load 35 that took
          // over 60 s (packaged-retry, 2026-12-07), failing the file with its tests unrun.
          hookTimeout: 120_000,
        },
      },
    ],
    testTimeout: 30_000,
    // expect.poll's own default is 1 s: a window's status line took longer than that under the
    // CI machine's load (load average 30, settings-preview's refusal, 2026-12-06). A pass still
    // returns at the first poll that matches; only a failure waits the whole 10 s.
    expect: { poll: { timeout: 10_000 } },
    ...(sequencer ? { sequence: { sequencer } } : {}),
    // One file more than there are CPUs, at most three (vitest's default on 2 CPUs is one): most
    // of the suite waits on child processes, sockets, timers and Chromium rather than computing.
    // Measured on the 2-CPU CI machine: 2 workers 773 s for the whole CI, 3 workers 638 s.
    maxWorkers: Math.max(2, Math.min(3, os.availableParallelism() + 1)),
    // One fake of `electron` for every test file (not a vi.mock copy in each).
    setupFiles: ['test/support/mock-electron.ts'],
    hookTimeout: 60_000,
    // A bundled `convert` keeps the shapes libxml2 certified in the OS cache folder: the tests'
    // runs keep theirs in a folder of this run, never in the person's own cache.
    env: { APPT_CONNECTOR_CACHE_DIR: path.join(os.tmpdir(), `appt-connector-test-cache-${process.pid}`) },
    server: { deps: { inline: ['electron-store'] } },
  },
});
