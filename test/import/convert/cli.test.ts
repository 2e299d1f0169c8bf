// The `convert` and `detect` commands as a user runs them: a real child process of
// bin/appt-connector.mjs, real files in a temp folder, every written document checked with the XSD.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateAppointmentDataSync } from '../../../main/xml/validate-appointment-data.ts';
import { EXPORTS, PRACTICE, SAMPLES, tempDir } from './support.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/appt-connector.mjs', ...args],
      { maxBuffer: 20e6 },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function outDir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}

describe('appt-connector convert', () => {
  it('writes one validated document per batch and a summary; works without --profile (auto)', async () => {
    const out = outDir();
    const r = await cli([
      'convert',
      path.join(SAMPLES, 'openemr_appointments_report.csv'),
      '--practice-id',
      PRACTICE,
      '--tz',
      'America/Los_Angeles',
      '--out',
      out,
      '--batch-size',
      '2',
    ]);
    expect(r.code).toBe(0);
    const files = fs.readdirSync(out).sort();
    expect(files).toEqual([
      'openemr_appointments_report-001.xml',
      'openemr_appointments_report-002.xml',
      'openemr_appointments_report-003.xml',
    ]);
    for (const f of files)
      expect(validateAppointmentDataSync(fs.readFileSync(path.join(out, f), 'utf8')).ok).toBe(true);
    expect(r.stderr).toContain(
      'openemr_appointments_report.csv: 5 rows read, 5 appointments converted (NEW 4, CANCEL 1), 0 skipped, 0 errors',
    );
    expect(r.stderr).toContain("profile: auto: the columns match preset 'openemr-appointments-report'");
    expect(fs.readFileSync(path.join(out, files[0]!), 'utf8')).toContain(
      '<Time>2026-12-14T16:00:00.000Z</Time>',
    );
  });

  it('converts the good rows and lists each bad one (exit 0); exit 1 when no row converts', async () => {
    const out = outDir();
    const r = await cli([
      'convert',
      path.join(SAMPLES, 'bad/bad_dates.csv'),
      '--practice-id',
      PRACTICE,
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 rows read, 1 appointment converted');
    expect(r.stderr).toContain(
      "error: bad_dates.csv, line 2, column 'Date': not a date: there is no month 13 (value '2026-13-45')",
    );
    expect(r.stderr).toContain("error: bad_dates.csv, line 3, column 'Time'");
    const allBad = path.join(out, 'all_bad.csv');
    fs.writeFileSync(allBad, 'Date,Time,Patient,DOB\n2026-02-30,09:00,Ann Lee,1970-01-01\n');
    const none = await cli(['convert', allBad, '--practice-id', PRACTICE, '--out', path.join(out, 'x')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('not a real date (day 30 does not exist in 2026-02)');
  });

  it('streams documents to stdout with --out - and gives a JSON summary with --json', async () => {
    const r = await cli([
      'convert',
      path.join(SAMPLES, 'cliniko_appointments.csv'),
      '--practice-id',
      PRACTICE,
      '--out',
      '-',
      '--batch-size',
      '1',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const docs = r.stdout
      .split('<?xml')
      .filter(Boolean)
      .map((d) => `<?xml${d}`);
    expect(docs).toHaveLength(2);
    for (const d of docs) expect(validateAppointmentDataSync(d.trim()).ok).toBe(true);
    const summary = JSON.parse(r.stderr);
    expect(summary).toMatchObject({
      ok: true,
      rowsRead: 2,
      appointments: 2,
      byStatus: { NEW: 1, CANCEL: 1 },
      errors: 0,
      skipped: 0,
    });
  });

  it('exit 2 for bad usage and for a file that cannot be used, with the reason', async () => {
    const noId = await cli(['convert', path.join(SAMPLES, 'cliniko_appointments.csv')]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('--practice-id is required');
    const empty = await cli([
      'convert',
      path.join(SAMPLES, 'bad/empty.csv'),
      '--practice-id',
      PRACTICE,
      '--json',
      '--out',
      outDir(),
    ]);
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.stdout)).toMatchObject({
      ok: false,
      fileError: { file: 'empty.csv', message: 'the file is empty' },
    });
    // --out names a file (`--out /dev/null` to see only the summary): a reason, not a stack trace.
    const outFile = path.join(outDir(), 'not-a-folder.xml');
    fs.writeFileSync(outFile, '');
    const onFile = await cli([
      'convert',
      path.join(SAMPLES, 'cliniko_appointments.csv'),
      '--practice-id',
      PRACTICE,
      '--out',
      outFile,
    ]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain(`--out ${outFile} is a file, not a folder`);
    expect(onFile.stderr).not.toContain('EEXIST');
  });
});

describe('appt-connector detect', () => {
  it('prints the recognised columns with confidence, the date order and the first rows as they would be sent', async () => {
    const r = await cli(['detect', path.join(EXPORTS, 'title_line_report.csv'), '--tz', 'America/Denver']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "header on line 4 (title lines before it: 'Daily Schedule Report - Sunrise Family Medicine'",
    );
    expect(r.stdout).toMatch(/date of birth\s+Date of Birth\s+0\.\d\d/);
    expect(r.stdout).toContain("dates: MDY (from the data: '12/28/2026' in column 'Visit Date')");
    expect(r.stdout).toContain('line 7: CANCEL 2026-12-29T20:45:00.000Z');
    expect(r.stdout).toContain('line 8: skipped (no patient (open slot or blocked time))');
  });

  it('--save writes the profile next to the data; auto then uses it, and the user can correct it', async () => {
    const dir = outDir();
    const file = path.join(dir, 'week.txt');
    fs.copyFileSync(path.join(EXPORTS, 'tab_lastfirst_dmy.txt'), file);
    const d = await cli(['detect', file, '--save', '--json']);
    expect(d.code).toBe(0);
    const report = JSON.parse(d.stdout);
    expect(report.savedTo).toBe(path.join(dir, 'appt-connector.profile.json'));
    const saved = JSON.parse(fs.readFileSync(report.savedTo, 'utf8'));
    expect(saved.columns).toMatchObject({
      patientName: 'Name',
      dob: 'Born',
      dateTime: 'When',
      providerName: 'Seen By',
    });
    // The user corrects it: the practice's location and a fixed time zone.
    saved.defaults = { location: 'Harbour Clinic' };
    saved.timeZone = 'Europe/Dublin';
    fs.writeFileSync(report.savedTo, JSON.stringify(saved));
    const c = await cli(['convert', file, '--practice-id', PRACTICE, '--out', '-']);
    expect(c.code).toBe(0);
    expect(c.stderr).toContain(`profile: saved profile ${report.savedTo}`);
    expect(c.stdout).toContain('<Location>Harbour Clinic</Location>');
  });

  it('exit 1 and what is missing when the file cannot be mapped', async () => {
    const r = await cli(['detect', path.join(SAMPLES, 'openemr_patient_data.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot find appointment date');
  });
});
