// The rotating log: JSON lines, rotation by size with a bounded number of files, and the redaction
// guard that keeps secrets and patients' names out even when a caller passes them by mistake.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, Redactor, REDACTED, type Logger } from '../../main/log/index.ts';

const dirs: string[] = [];
const loggers: Logger[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'log-'));
  dirs.push(d);
  return d;
}
function logger(opts: Parameters<typeof createLogger>[0]): Logger {
  const l = createLogger(opts);
  loggers.push(l);
  return l;
}
afterEach(() => {
  for (const l of loggers.splice(0)) l.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function lines(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('logger', () => {
  it('writes one JSON line per event with time, level, event and fields; child adds fields', () => {
    const dir = tempDir();
    const log = logger({ dir, clock: () => new Date('2026-03-02T10:00:00Z') });
    log.info('job.received', { jobId: 'j1', rows: 12 });
    log.child({ practice: 'Northside' }).warn('batch.retry', { attempt: 2 });
    log.error('job.failed', { err: new Error('HTTP 500') });
    expect(lines(path.join(dir, 'app.log'))).toEqual([
      { time: '2026-03-02T10:00:00.000Z', level: 'info', event: 'job.received', jobId: 'j1', rows: 12 },
      {
        time: '2026-03-02T10:00:00.000Z',
        level: 'warn',
        event: 'batch.retry',
        practice: 'Northside',
        attempt: 2,
      },
      {
        time: '2026-03-02T10:00:00.000Z',
        level: 'error',
        event: 'job.failed',
        err: { name: 'Error', message: 'HTTP 500' },
      },
    ]);
  });

  it('rotates by size: app.log → app.1.log → …, never more than maxFiles files', () => {
    const dir = tempDir();
    const log = logger({ dir, maxBytes: 1000, maxFiles: 3 });
    for (let i = 0; i < 100; i++) log.info('tick', { i, pad: 'x'.repeat(50) });
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['app.1.log', 'app.2.log', 'app.log']);
    for (const f of files) expect(fs.statSync(path.join(dir, f)).size).toBeLessThanOrEqual(1000);
    // Newest events in app.log, the ones just before in app.1.log: nothing reordered.
    const current = lines(path.join(dir, 'app.log')).map((l) => l.i as number);
    const previous = lines(path.join(dir, 'app.1.log')).map((l) => l.i as number);
    expect(current.at(-1)).toBe(99);
    expect(previous.at(-1)).toBe(current[0]! - 1);
  });

  it('continues an existing log file after a restart, counting its size', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'app.log'), `${'{"old":1}\n'.repeat(98)}`);
    const log = logger({ dir, maxBytes: 1000, maxFiles: 2 });
    log.info('started');
    expect(fs.readdirSync(dir).sort()).toEqual(['app.1.log', 'app.log']);
    expect(lines(path.join(dir, 'app.log'))[0]!.event).toBe('started');
  });

  it('never writes secrets or patient names, even when passed by mistake', () => {
    const dir = tempDir();
    const log = logger({ dir, secrets: ['app-token-XYZ123'] });
    log.addSecret('Pa55-w0rd!');
    log.info('auth.request', {
      headers: { Authorization: 'Bearer eyJhbGciOi.secret.sig', 'content-type': 'application/xml' },
      password: 'Pa55-w0rd!',
      clientSecret: 'cs-1',
      access_token: 'tok',
    });
    log.warn('row.rejected', {
      patient: {
        id: 'P-100',
        firstName: 'Maria',
        lastName: 'Gonzalez',
        name: 'Maria Gonzalez',
        dob: '1980-02-03',
        email: 'm@x.org',
      },
      rows: [{ patientName: 'Jo Doe', line: 4 }],
    });
    log.error('server said', { serverText: 'invalid credentials for Pa55-w0rd! / token app-token-XYZ123' });
    log.error('message with Bearer abc.def.ghi inside');
    const text = fs.readFileSync(path.join(dir, 'app.log'), 'utf8');
    for (const leaked of [
      'Pa55-w0rd!',
      'app-token-XYZ123',
      'eyJhbGciOi',
      'cs-1',
      '"tok"',
      'Maria',
      'Gonzalez',
      '1980-02-03',
      'm@x.org',
      'Jo Doe',
      'abc.def.ghi',
    ])
      expect(text, leaked).not.toContain(leaked);
    const [auth, row, server] = lines(path.join(dir, 'app.log'));
    expect(auth!.headers).toEqual({ Authorization: REDACTED, 'content-type': 'application/xml' });
    // Ids and counts still come through: the log stays useful.
    expect((row!.patient as Record<string, unknown>).id).toBe('P-100');
    expect((row!.rows as Record<string, unknown>[])[0]!.line).toBe(4);
    expect(server!.serverText).toBe(`invalid credentials for ${REDACTED} / token ${REDACTED}`);
  });

  it('the redactor masks the longest secret first and ignores too-short ones', () => {
    const r = new Redactor(['abcd', 'abcdefgh', 'ab']);
    expect(r.maskString('x abcdefgh y abcd z ab')).toBe(`x ${REDACTED} y ${REDACTED} z ab`);
  });

  it('keeps running when the log folder cannot be written', () => {
    const dir = tempDir();
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, '');
    const echoed: string[] = [];
    const log = logger({ dir: file, echo: (l) => echoed.push(l) });
    expect(() => log.info('still.running')).not.toThrow();
    expect(echoed[0]).toContain('still.running');
  });
});
