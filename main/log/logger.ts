// The rotating JSON-lines log: one line per event {time, level, event, ...fields}, written through
// the Redactor. Rotation by size: app.log → app.1.log → … → app.<maxFiles-1>.log, the oldest
// dropped, so the folder never holds more than maxFiles files (about maxFiles × maxBytes).
// Writes are synchronous appends: log lines stay in order and survive a crash right after them.
import fs from 'node:fs';
import path from 'node:path';
import { mkdirPrivateSync, PRIVATE_FILE_MODE } from '../files/private-files.ts';
import { displayText } from '../model/display-text.ts';
import { Redactor } from './redact.ts';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. { practice, jobId }). */
  child(fields: LogFields): Logger;
  /** Mask this secret wherever it would appear in the log from now on. */
  addSecret(value: string | undefined): void;
  close(): void;
}

export interface LoggerOptions {
  dir: string;
  /** Rotate when app.log would grow past this (default 1 MB). */
  maxBytes?: number;
  /** Files kept, app.log included (default 5). */
  maxFiles?: number;
  clock?: () => Date;
  /** Known secret strings to mask. */
  secrets?: Iterable<string>;
  /** Also echo lines here (e.g. process.stderr for `run --verbose`). */
  echo?: (line: string) => void;
  baseName?: string;
}

class RotatingFile {
  private fd: number | undefined;
  private size = 0;

  constructor(
    private readonly dir: string,
    private readonly base: string,
    private readonly maxBytes: number,
    private readonly maxFiles: number,
  ) {}

  private fileFor(n: number): string {
    return path.join(this.dir, n === 0 ? `${this.base}.log` : `${this.base}.${n}.log`);
  }

  private open(): number {
    if (this.fd === undefined) {
      mkdirPrivateSync(this.dir);
      this.fd = fs.openSync(this.fileFor(0), 'a', PRIVATE_FILE_MODE);
      this.size = fs.fstatSync(this.fd).size;
    }
    return this.fd;
  }

  private rotate(): void {
    this.close();
    fs.rmSync(this.fileFor(this.maxFiles - 1), { force: true });
    for (let n = this.maxFiles - 2; n >= 0; n--) {
      if (fs.existsSync(this.fileFor(n))) fs.renameSync(this.fileFor(n), this.fileFor(n + 1));
    }
  }

  write(line: string): void {
    const bytes = Buffer.byteLength(line);
    this.open();
    if (this.size > 0 && this.size + bytes > this.maxBytes) {
      if (this.maxFiles > 1) this.rotate();
      else {
        this.close();
        fs.truncateSync(this.fileFor(0), 0);
      }
    }
    fs.writeSync(this.open(), line);
    this.size += bytes;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

/** File names and values quoted from exports: no control characters or escape sequences in the log
 *  (JSON escapes C0 itself, but not C1 or bidi marks, and `--verbose` echoes to a terminal). */
function cleanStrings(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = typeof v === 'string' ? displayText(v, 2000) : v;
  return out;
}

export function createLogger(opts: LoggerOptions): Logger {
  const file = new RotatingFile(
    opts.dir,
    opts.baseName ?? 'app',
    opts.maxBytes ?? 1024 * 1024,
    Math.max(1, opts.maxFiles ?? 5),
  );
  const redactor = new Redactor(opts.secrets);
  const clock = opts.clock ?? (() => new Date());

  const make = (bound: LogFields): Logger => {
    const write = (level: LogLevel, event: string, fields?: LogFields) => {
      const safe = cleanStrings(redactor.redact({ ...bound, ...fields }) as LogFields);
      const line = `${JSON.stringify({ time: clock().toISOString(), level, event: redactor.maskString(event), ...safe })}\n`;
      try {
        file.write(line);
      } catch {
        // A full disk or a removed folder must not stop the engine; the event is lost, not the file.
      }
      opts.echo?.(line);
    };
    return {
      info: (e, f) => write('info', e, f),
      warn: (e, f) => write('warn', e, f),
      error: (e, f) => write('error', e, f),
      child: (fields) => make({ ...bound, ...fields }),
      addSecret: (v) => redactor.addSecret(v),
      close: () => file.close(),
    };
  };
  return make({});
}

/** A logger that writes nothing (tests, tools that do not log). */
export const nullLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => nullLogger,
  addSecret: () => {},
  close: () => {},
};
