// Which folder may be a practice's inbox. Compared as the file system sees them, not as strings:
// links are followed (for the part of the path that exists) and case is folded where the file
// system ignores it (Windows, macOS). An inbox is refused when it
//   - is relative (it would depend on the folder the connector was started from),
//   - is the same folder as another practice's inbox (the two would split its files at random),
//   - lies inside another practice's inbox, or contains one (the other's processing/, processed/
//     and failed/ folders hold its patients' exports, which would be sent as this practice's),
//   - is the data folder or contains it (it would take settings.json as an export), or lies inside
//     one of the connector's own folders there (jobs/, ledger/ …). A folder of its own inside the
//     data folder, such as the demo inbox, is fine: only an inbox's top level is watched.
//   - is the settings file's folder or contains it.
// Checked when settings are validated (validate.ts, synchronously) and again each time the engine
// starts watching an inbox (a share or a link may appear after the settings were saved).
import fs from 'node:fs';
import path from 'node:path';

export interface FolderContext {
  /** The connector's data folder (settings.json, jobs/, ledger/ …), when known. */
  dataDir?: string;
  /** The settings file, when known (its folder is guarded like the data folder). */
  settingsFile?: string;
}

export interface InboxOwner {
  name: string;
  inbox: string;
}

/** One inbox that breaks a rule: which practice, and a sentence naming the rule. */
export interface InboxClash {
  index: number;
  message: string;
}

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/** What the connector keeps in its data folder besides settings.json (data-dir.ts,
 *  practice-folder.ts, the desktop's sandbox). A new folder there must be added here. */
export const CONNECTOR_FOLDERS = ['jobs', 'logs', 'ledger', 'profiles', 'sandbox'] as const;

/** Absolute on this system: on Windows a drive and a root (`C:\x`) or a UNC path (`\\server\x`);
 *  `\x` and `C:x` depend on the current drive or folder. */
export function isAbsoluteFolder(p: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return /^([a-zA-Z]:[\\/]|[\\/]{2}[^\\/])/.test(p);
  return path.isAbsolute(p);
}

/** The comparable form of a resolved folder: no trailing separator, case folded if need be. */
export function folderKey(resolved: string, caseInsensitive = CASE_INSENSITIVE): string {
  const trimmed = resolved.length > 1 ? resolved.replace(/[\\/]+$/, '') : resolved;
  return caseInsensitive ? trimmed.toLowerCase() : trimmed;
}

type Realpath = (p: string) => string;

/** Follow links for the longest part of the path that exists; keep the rest as written. */
function realSync(p: string, real: Realpath = fs.realpathSync.native): string {
  let head = path.resolve(p);
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(real(head), ...tail);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return path.join(head, ...tail);
      tail.unshift(path.basename(head));
      head = parent;
    }
  }
}

async function realAsync(p: string): Promise<string> {
  let head = path.resolve(p);
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(await fs.promises.realpath(head), ...tail);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return path.join(head, ...tail);
      tail.unshift(path.basename(head));
      head = parent;
    }
  }
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

interface Resolved {
  inboxes: Array<string | undefined>;
  dataDir?: string;
  settingsDir?: string;
}

/** The rules, on folders already resolved (undefined: a relative inbox, reported on its own). */
function clashes(practices: readonly InboxOwner[], r: Resolved, only?: number): InboxClash[] {
  const out: InboxClash[] = [];
  const key = (p: string) => folderKey(p);
  practices.forEach((p, i) => {
    if (only !== undefined && i !== only) return;
    const mine = r.inboxes[i];
    const here = `'${p.inbox}'`;
    if (mine === undefined) {
      out.push({
        index: i,
        message:
          `${here} is a relative folder — write the full path (such as C:\\Exports\\Clinic or /srv/exports/clinic); ` +
          'a relative one would depend on the folder the connector was started from',
      });
      return;
    }
    const k = key(mine);
    const via = (other: string) =>
      path.resolve(p.inbox) !== path.resolve(other)
        ? ' (the same folder by another path, such as a link)'
        : '';
    // Against other practices: report a pair once (on the later one) in validation; every
    // practice for itself when checking one at engine start.
    practices.forEach((o, j) => {
      if (j === i || (only === undefined && j > i)) return;
      const theirs = r.inboxes[j];
      if (theirs === undefined) return;
      const t = key(theirs);
      const whose = `practices[${j}] (${o.name}, ${o.inbox})`;
      if (k === t)
        out.push({
          index: i,
          message: `${here} is already the inbox of ${whose}${via(o.inbox)} — each practice needs its own folder; two practices on one folder would split its files between them`,
        });
      else if (inside(k, t))
        out.push({
          index: i,
          message: `${here} lies inside the inbox of ${whose} — its processing/, processed/ and failed/ folders hold that practice's exports, which would be sent as this practice's; use a folder outside it`,
        });
      else if (inside(t, k))
        out.push({
          index: i,
          message: `${here} contains the inbox of ${whose} — one practice's folder must not hold another's; use folders side by side`,
        });
    });
    if (r.dataDir) {
      const d = key(r.dataDir);
      const own = CONNECTOR_FOLDERS.find((f) => {
        const folder = key(path.join(r.dataDir!, f));
        return k === folder || inside(k, folder);
      });
      const rule =
        k === d
          ? 'is the connector’s data folder'
          : own
            ? `lies inside the connector’s own ${own}/ folder in its data folder`
            : inside(d, k)
              ? 'contains the connector’s data folder'
              : undefined;
      if (rule)
        out.push({
          index: i,
          message: `${here} ${rule} (${r.dataDir}), which holds settings.json, the history and what was sent — exports need a folder of their own outside it`,
        });
    }
    if (r.settingsDir && (!r.dataDir || key(r.settingsDir) !== key(r.dataDir))) {
      const s = key(r.settingsDir);
      if (k === s || inside(s, k))
        out.push({
          index: i,
          message: `${here} ${k === s ? 'is' : 'contains'} the folder of the settings file (${r.settingsDir}), which would be taken as an export — use another folder`,
        });
    }
  });
  return out;
}

/** Every rule broken by the practices' inboxes, one per offending pair or folder (validation). */
export function inboxClashesSync(practices: readonly InboxOwner[], ctx: FolderContext = {}): InboxClash[] {
  return clashes(practices, {
    inboxes: practices.map((p) => (isAbsoluteFolder(p.inbox) ? realSync(p.inbox) : undefined)),
    ...(ctx.dataDir ? { dataDir: realSync(ctx.dataDir) } : {}),
    ...(ctx.settingsFile ? { settingsDir: realSync(path.dirname(path.resolve(ctx.settingsFile))) } : {}),
  });
}

/**
 * Why practice `index` may not watch its inbox now (undefined: it may), looking at the folders as
 * they are at this moment (engine start, and each time an unreachable inbox is tried again).
 */
export async function inboxClashNow(
  practices: readonly InboxOwner[],
  index: number,
  ctx: FolderContext = {},
): Promise<string | undefined> {
  const inboxes = await Promise.all(
    practices.map((p) => (isAbsoluteFolder(p.inbox) ? realAsync(p.inbox) : Promise.resolve(undefined))),
  );
  const found = clashes(
    practices,
    {
      inboxes,
      ...(ctx.dataDir ? { dataDir: await realAsync(ctx.dataDir) } : {}),
      ...(ctx.settingsFile
        ? { settingsDir: await realAsync(path.dirname(path.resolve(ctx.settingsFile))) }
        : {}),
    },
    index,
  );
  return found.length ? found.map((c) => c.message).join('; ') : undefined;
}
