// Which process a pid names right now: its start, read from the operating system. A pid alone is
// not an identity: after a power cut the pid written in a lock file usually belongs to some other
// program by the next boot, and `kill(pid, 0)` then says "alive". A lock records the holder's
// start with its pid; a pid whose start differs is another process, and the lock is stale.
//   Linux   /proc/<pid>/stat field 22 (start in clock ticks since boot) with the boot's id from
//           /proc/sys/kernel/random/boot_id: exact, and independent of wall-clock changes.
//   macOS   `ps -o lstart= -p <pid>` (the start as a date, to the second).
//   Windows PowerShell's Process.StartTime as a FILETIME (100 ns units).
// `atMs` is the same start as a wall-clock time, approximate (it moves with clock changes), only
// for judging lock files written before starts were recorded.
// Everything here is low level (no engine, no changes): the job store and the ledgers both use it.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';

/** `gone`: no process has this pid. `unknown`: the system would not say (then trust kill(pid,0)). */
export type ProcessStart = { start: string; atMs?: number } | 'gone' | 'unknown';

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

let bootId: Promise<string | undefined> | undefined;
let bootTime: Promise<number | undefined> | undefined;

/** /proc's clock ticks are USER_HZ, 100 on every Linux architecture Node runs on. */
const USER_HZ = 100;

function linuxBootTimeMs(): Promise<number | undefined> {
  bootTime ??= fs
    .readFile('/proc/stat', 'utf8')
    .then((s) => {
      const m = /^btime (\d+)$/m.exec(s);
      return m ? Number(m[1]) * 1000 : undefined;
    })
    .catch(() => undefined);
  return bootTime;
}

function linuxBootId(): Promise<string | undefined> {
  bootId ??= fs
    .readFile('/proc/sys/kernel/random/boot_id', 'utf8')
    .then((s) => s.trim() || undefined)
    .catch(() => undefined);
  return bootId;
}

/** Field 22 of /proc/<pid>/stat. The command name (field 2) may hold spaces and parentheses,
 *  so fields are counted after its LAST ')'. */
export function startTicksFromStat(stat: string): string | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // After ')' come field 3 (state) onwards: field 22 is the 20th of them.
  const ticks = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/)[19];
  return ticks && /^\d+$/.test(ticks) ? ticks : undefined;
}

async function linuxStart(pid: number): Promise<ProcessStart> {
  let stat: string;
  try {
    stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unknown';
  }
  const ticks = startTicksFromStat(stat);
  const boot = await linuxBootId();
  if (!ticks || !boot) return 'unknown';
  const btime = await linuxBootTimeMs();
  return {
    start: `linux:${boot}:${ticks}`,
    ...(btime !== undefined ? { atMs: btime + (Number(ticks) * 1000) / USER_HZ } : {}),
  };
}

function run(cmd: string, args: string[]): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 10_000, windowsHide: true }, (err, stdout) =>
      resolve({ ok: !err, out: String(stdout).trim() }),
    );
  });
}

async function macStart(pid: number): Promise<ProcessStart> {
  const r = await run('ps', ['-o', 'lstart=', '-p', String(pid)]);
  if (r.ok && r.out) {
    const at = Date.parse(r.out.replace(/\s+/g, ' '));
    return { start: `ps:${r.out.replace(/\s+/g, ' ')}`, ...(Number.isNaN(at) ? {} : { atMs: at }) };
  }
  // ps exits 1 with no output for a pid that does not exist.
  return pidAlive(pid) ? 'unknown' : 'gone';
}

async function windowsStart(pid: number): Promise<ProcessStart> {
  const r = await run('powershell.exe', [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    `(Get-Process -Id ${pid} -ErrorAction Stop).StartTime.ToFileTimeUtc()`,
  ]);
  // FILETIME: 100 ns units since 1601-01-01.
  if (r.ok && /^\d+$/.test(r.out))
    return { start: `win:${r.out}`, atMs: Number(BigInt(r.out) / 10_000n) - 11_644_473_600_000 };
  return pidAlive(pid) ? 'unknown' : 'gone';
}

/** The start of the process with this pid, as an opaque string equal only for the same process. */
export function processStart(pid: number): Promise<ProcessStart> {
  if (!Number.isInteger(pid) || pid <= 0) return Promise.resolve('gone');
  switch (process.platform) {
    case 'linux':
    case 'android':
      return linuxStart(pid);
    case 'darwin':
    case 'freebsd':
    case 'openbsd':
      return macStart(pid);
    case 'win32':
      return windowsStart(pid);
    default:
      return Promise.resolve(pidAlive(pid) ? 'unknown' : 'gone');
  }
}

let own: Promise<string | undefined> | undefined;

/** This process's own start (asked once). */
export function ownStart(): Promise<string | undefined> {
  own ??= processStart(process.pid).then((s) => (typeof s === 'object' ? s.start : undefined));
  return own;
}
