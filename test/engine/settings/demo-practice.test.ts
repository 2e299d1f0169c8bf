// The built-in demo practice is told by its environment and its inbox together: the engine lets
// any export be tried there (no other-practice hold, plan-job.ts), and the desktop seeds its inbox.
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, isDemoPractice } from '../../../main/engine/settings/index.ts';

const dataDir = path.join(os.tmpdir(), 'appt-demo-practice-test');
const demo = defaultSettings(dataDir).practices[0]!;

describe('isDemoPractice', () => {
  it('is the default settings’ practice: the sandbox reading the data folder’s demo-inbox', () => {
    expect(isDemoPractice(demo, dataDir)).toBe(true);
    expect(isDemoPractice({ ...demo, inbox: `${dataDir}${path.sep}.${path.sep}demo-inbox` }, dataDir)).toBe(
      true,
    );
  });

  it('is no practice on production or demo environments, nor a sandbox practice with its own inbox', () => {
    expect(isDemoPractice({ ...demo, environment: 'production' }, dataDir)).toBe(false);
    expect(isDemoPractice({ ...demo, environment: 'demo' }, dataDir)).toBe(false);
    expect(isDemoPractice({ ...demo, inbox: path.join(dataDir, 'inbox-2') }, dataDir)).toBe(false);
    expect(isDemoPractice(demo, path.join(os.tmpdir(), 'another-data-folder'))).toBe(false);
  });
});
