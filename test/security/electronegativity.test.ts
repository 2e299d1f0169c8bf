// The Electron security lint .ci/run runs, also under `npm test`: Electronegativity over the
// desktop app's code finds nothing that test/security/electronegativity-allowlist.json does not
// justify, and every justification there still matches a finding. And the judging fails as it
// should: a finding whose justification is taken away is reported. About 10 s.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script (no types); its JSDoc describes the result.
import { checkElectronegativity, judge } from './electronegativity-check.mjs';

interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
}
interface Allowed {
  check: string;
  file: string;
  message?: string;
}
interface Result {
  findings: Finding[];
  unjustified: Finding[];
  stale: Allowed[];
  allow: Allowed[];
  scanned: string[];
  seconds: number;
}
type Judge = (f: Finding[], a: Allowed[], s: string[]) => { unjustified: Finding[]; stale: Allowed[] };

describe('Electronegativity', () => {
  it('reports no finding that is not justified in the allowlist', { timeout: 180_000 }, () => {
    const r = (checkElectronegativity as () => Result)();
    console.log(`[electronegativity] ${r.findings.length} findings in ${r.seconds.toFixed(1)} s`);
    // The tool ran and read the app: the false positives on the window factory are always there.
    expect(r.findings.map((f) => f.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(r.unjustified).toEqual([]);
    expect(r.stale).toEqual([]);

    // Without its justification the sandbox finding fails the check; a justification for a
    // finding that is gone is reported as stale.
    const withoutSandbox = r.allow.filter((a) => a.check !== 'SANDBOX_JS_CHECK');
    expect((judge as Judge)(r.findings, withoutSandbox, r.scanned).unjustified.map((f) => f.check)).toEqual([
      'SANDBOX_JS_CHECK',
    ]);
    const gone = r.findings.filter((f) => f.check !== 'AUXCLICK_JS_CHECK');
    expect((judge as Judge)(gone, r.allow, r.scanned).stale.map((a) => a.check)).toEqual([
      'AUXCLICK_JS_CHECK',
    ]);
  });
});
