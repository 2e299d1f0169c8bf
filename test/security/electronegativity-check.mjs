#!/usr/bin/env node
// Electron security lint: runs @doyensec/electronegativity over the desktop app's code (main's
// Electron shell, the preload, the renderer page and its built copy) and fails on any finding
// that electronegativity-allowlist.json does not justify, and on any justification that no longer
// matches a finding (so the list stays true). Offline by design: the Electron version is given
// (-e), and the tool's look-ups on the network (translations, Electron's releases) fail at once
// (electronegativity-offline.cjs) and are skipped ("No connectivity?"); a time limit bounds the
// whole run. Run by .ci/run and by
// test/security/electronegativity.test.ts.
//   node test/security/electronegativity-check.mjs      prints one line per finding; exit 1 on a miss
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG = path.join(ROOT, 'test/security/electronegativity-allowlist.json');
const CLI = path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
const TIME_LIMIT_MS = 150_000;

/**
 * @typedef {{ check: string, file: string, line: number, message: string }} Finding
 * @typedef {{ check: string, file: string, message?: string, why: string }} Allowed
 * @returns {{ findings: Finding[], unjustified: Finding[], stale: Allowed[], allow: Allowed[], scanned: string[], seconds: number }}
 */
export function checkElectronegativity() {
  const started = Date.now();
  const config = JSON.parse(fs.readFileSync(CONFIG, 'utf8'));
  // Only the app's Electron-facing code, copied as it lies in the project (relative paths stay
  // the same): the whole project would take the tool three times as long and read the tests'
  // own Electron stand-ins.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
  try {
    const input = path.join(work, 'input');
    const scanned = config.scan.filter((p) => fs.existsSync(path.join(ROOT, p)));
    for (const p of scanned) fs.cpSync(path.join(ROOT, p), path.join(input, p), { recursive: true });
    const out = path.join(work, 'findings.sarif');
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(ROOT, 'test/security/electronegativity-offline.cjs'),
        CLI,
        ...['-i', input, '-e', config.electronVersion, '-r', '-v', 'false', '-o', out],
      ],
      { encoding: 'utf8', timeout: TIME_LIMIT_MS, env: { ...process.env, FORCE_COLOR: '0' } },
    );
    if (!fs.existsSync(out)) {
      const why = run.error ? run.error.message : `exit ${run.status}`;
      throw new Error(
        `Electronegativity wrote no findings (${why}):\n${`${run.stdout}\n${run.stderr}`.trim().slice(-2000)}`,
      );
    }
    const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
    /** @type {Finding[]} */
    const findings = sarif.runs[0].results.map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      return {
        check: r.ruleId,
        file: loc?.artifactLocation?.uri ?? 'N/A',
        line: loc?.region?.startLine ?? 0,
        message: r.message?.text ?? '',
      };
    });
    return {
      findings,
      ...judge(findings, config.allow, scanned),
      allow: config.allow,
      scanned,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Which findings no entry justifies, and which entries match no finding.
 * @param {Finding[]} findings
 * @param {Allowed[]} allow
 * @param {string[]} scanned the paths that were scanned (entries for others are not stale)
 */
export function judge(findings, allow, scanned) {
  const matches = (a, f) =>
    a.check === f.check && a.file === f.file && (!a.message || f.message.includes(a.message));
  const unjustified = findings.filter((f) => !allow.some((a) => matches(a, f)));
  // A justification for a file that was scanned and matching nothing: the finding is gone, so
  // must the entry be (it would otherwise excuse a future finding it was never written for).
  const inScan = (file) => scanned.some((p) => file === p || file.startsWith(`${p}/`));
  const stale = allow.filter((a) => inScan(a.file) && !findings.some((f) => matches(a, f)));
  return { unjustified, stale };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { findings, unjustified, stale, seconds } = checkElectronegativity();
  for (const f of findings) {
    const tag = unjustified.includes(f) ? 'NEW ' : 'ok  ';
    console.log(`${tag}${f.check} ${f.file}:${f.line} ${f.message}`);
  }
  for (const a of stale)
    console.log(`STALE allowlist entry ${a.check} ${a.file}: it matches no finding any more; remove it`);
  console.log(
    `[electronegativity] ${findings.length} findings, ${findings.length - unjustified.length} justified in ` +
      `test/security/electronegativity-allowlist.json, ${unjustified.length} not, ${stale.length} stale entries (${seconds.toFixed(1)} s)`,
  );
  if (unjustified.length > 0) {
    console.log(
      'Fix each NEW finding, or if it is not real, justify it in test/security/electronegativity-allowlist.json.',
    );
  }
  process.exit(unjustified.length > 0 || stale.length > 0 ? 1 : 0);
}
