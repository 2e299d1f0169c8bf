// Setup file (vite.config.ts, test.setupFiles): every test file gets the ONE fake of `electron`
// (fake-electron.ts) in place of the real module, whose import outside Electron is only the path
// of its binary. A test reads what the code under test did through `fake` from fake-electron.ts.
import { vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule);
