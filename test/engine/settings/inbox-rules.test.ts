// Issue 10 item 6 and "a relative inbox path": inbox folders are compared as the file system sees
// them (real folders and links in a temp dir), and each refusal names the rule it breaks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  folderKey,
  inboxClashNow,
  isAbsoluteFolder,
  loadOrCreateSettings,
  loadSettings,
  SettingsError,
  validateSettings,
} from '../../../main/engine/settings/index.ts';
import type { Settings } from '../../../main/model/settings.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  // realpath: macOS's tmpdir is itself a link, and the messages quote real folders.
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-rules-')));
  dirs.push(d);
  return d;
}

function settingsWith(dataDir: string, inboxes: string[]): Settings {
  const s = defaultSettings(dataDir);
  const base = s.practices[0]!;
  s.practices = inboxes.map((inbox, i) => ({
    ...base,
    name: `Practice ${String.fromCharCode(65 + i)}`,
    inbox,
    credentialKey: `practice-${i}`,
  }));
  return s;
}

function issues(s: Settings, folders: { dataDir?: string; settingsFile?: string } = {}): string[] {
  const r = validateSettings(s, folders);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('inbox folders, compared as real folders', () => {
  it("refuses practice B's inbox inside practice A's failed/ (A's patients would go to B)", () => {
    const root = tempDir();
    const a = path.join(root, 'a');
    fs.mkdirSync(path.join(a, 'failed'), { recursive: true });
    const found = issues(settingsWith(path.join(root, 'data'), [a, path.join(a, 'failed')]));
    expect(found).toEqual([
      expect.stringMatching(
        /^practices\[1\]\.inbox: '.*[\\/]a[\\/]failed' lies inside the inbox of practices\[0\] \(Practice A, .*\) — its processing\/, processed\/ and failed\/ folders hold that practice's exports/,
      ),
    ]);
    // The other way round: A's inbox around B's.
    const around = issues(settingsWith(path.join(root, 'data'), [path.join(a, 'failed'), a]));
    expect(around).toEqual([
      expect.stringMatching(/^practices\[1\]\.inbox: '.*' contains the inbox of practices\[0\]/),
    ]);
  });

  it('refuses two practices on one folder through a link, and through a linked parent', () => {
    const root = tempDir();
    const a = path.join(root, 'a');
    fs.mkdirSync(a);
    fs.symlinkSync(a, path.join(root, 'b'), 'dir');
    fs.symlinkSync(root, path.join(root, 'root-link'), 'dir');
    const found = issues(settingsWith(path.join(root, 'data'), [a, path.join(root, 'b')]));
    expect(found).toEqual([
      expect.stringMatching(
        /^practices\[1\]\.inbox: '.*[\\/]b' is already the inbox of practices\[0\] \(Practice A, .*\) \(the same folder by another path, such as a link\) — each practice needs its own folder/,
      ),
    ]);
    // A folder that does not exist yet under a linked parent resolves through the parent.
    const later = issues(
      settingsWith(path.join(root, 'data'), [path.join(a, 'new'), path.join(root, 'root-link', 'a', 'new')]),
    );
    expect(later).toHaveLength(1);
    expect(later[0]).toMatch(/is already the inbox of practices\[0\]/);
    // The same strings written differently are one folder too.
    expect(issues(settingsWith(path.join(root, 'data'), [a, `${a}${path.sep}`]))).toHaveLength(1);
  });

  it("refuses an inbox that is the data folder, contains it or lies in the connector's own folders there; a folder of its own there is fine", async () => {
    const root = tempDir();
    const data = path.join(root, 'data');
    fs.mkdirSync(path.join(data, 'jobs'), { recursive: true });
    const folders = { dataDir: data, settingsFile: path.join(data, 'settings.json') };
    expect(issues(settingsWith(data, [data]), folders)).toEqual([
      `practices[0].inbox: '${data}' is the connector’s data folder (${data}), which holds settings.json, the history and what was sent — exports need a folder of their own outside it`,
    ]);
    expect(issues(settingsWith(data, [path.join(data, 'jobs')]), folders)[0]).toMatch(
      /lies inside the connector’s own jobs\/ folder in its data folder/,
    );
    expect(issues(settingsWith(data, [path.join(data, 'ledger', 'sandbox-x')]), folders)[0]).toMatch(
      /own ledger\/ folder/,
    );
    expect(issues(settingsWith(data, [path.join(data, 'inbox-north')]), folders)).toEqual([]);
    expect(issues(settingsWith(data, [root]), folders)[0]).toMatch(/contains the connector’s data folder/);
    expect(issues(defaultSettings(data), folders)).toEqual([]);
    // Through a link to the data folder as well.
    fs.symlinkSync(data, path.join(root, 'data-link'), 'dir');
    expect(issues(settingsWith(data, [path.join(root, 'data-link')]), folders)[0]).toMatch(
      /is the connector’s data folder/,
    );

    // The issue's case: an inbox equal to the data folder is refused when the settings are loaded,
    // and settings.json is not replaced by defaults.
    const text = JSON.stringify(settingsWith(data, [data]), null, 2);
    fs.writeFileSync(folders.settingsFile, text);
    await expect(loadOrCreateSettings(folders.settingsFile, data)).rejects.toThrow(SettingsError);
    await expect(loadOrCreateSettings(folders.settingsFile, data)).rejects.toThrow(
      /is the connector’s data folder/,
    );
    expect(fs.readFileSync(folders.settingsFile, 'utf8')).toBe(text);
  });

  it("refuses an inbox that is the settings file's folder (a settings file kept elsewhere with --config)", async () => {
    const root = tempDir();
    const conf = path.join(root, 'conf');
    fs.mkdirSync(conf);
    const file = path.join(conf, 'settings.json');
    fs.writeFileSync(file, JSON.stringify(settingsWith(path.join(root, 'data'), [conf])));
    await expect(loadSettings(file)).rejects.toThrow(
      /is the folder of the settings file .* taken as an export/,
    );
    // Folders beside the settings file are fine.
    fs.writeFileSync(file, JSON.stringify(settingsWith(path.join(root, 'data'), [path.join(conf, 'inbox')])));
    await expect(loadSettings(file)).resolves.toBeTruthy();
  });

  it('refuses a relative inbox and says to write the full path', () => {
    const found = issues(settingsWith('/data', ['exports/north']));
    expect(found).toEqual([
      "practices[0].inbox: 'exports/north' is a relative folder — write the full path (such as C:\\Exports\\Clinic or /srv/exports/clinic); a relative one would depend on the folder the connector was started from",
    ]);
    expect(isAbsoluteFolder('C:\\Exports', 'win32')).toBe(true);
    expect(isAbsoluteFolder('\\\\frontdesk\\exports', 'win32')).toBe(true);
    expect(isAbsoluteFolder('\\Exports', 'win32')).toBe(false);
    expect(isAbsoluteFolder('C:Exports', 'win32')).toBe(false);
    expect(isAbsoluteFolder('/srv/exports', 'linux')).toBe(true);
    expect(isAbsoluteFolder('~/exports', 'linux')).toBe(false);
  });

  it('folds case where the file system ignores it (Windows, macOS)', () => {
    expect(folderKey('C:\\Exports\\Clinic\\', true)).toBe('c:\\exports\\clinic');
    expect(folderKey('/Users/Ann/Exports', true)).toBe(folderKey('/users/ann/exports', true));
    expect(folderKey('/srv/Exports', false)).not.toBe(folderKey('/srv/exports', false));
  });

  it('at engine start, each practice is checked for itself against the folders as they are now', async () => {
    const root = tempDir();
    const a = path.join(root, 'a');
    fs.mkdirSync(a);
    const practices = [
      { name: 'A', inbox: a },
      { name: 'B', inbox: path.join(root, 'b') },
    ];
    expect(await inboxClashNow(practices, 0)).toBeUndefined();
    expect(await inboxClashNow(practices, 1)).toBeUndefined();
    // The folder appears later, as a link to A's inbox: now both are refused, each for itself.
    fs.symlinkSync(a, path.join(root, 'b'), 'dir');
    expect(await inboxClashNow(practices, 0)).toMatch(
      /^'.*[\\/]a' is already the inbox of practices\[1\] \(B,/,
    );
    expect(await inboxClashNow(practices, 1)).toMatch(
      /^'.*[\\/]b' is already the inbox of practices\[0\] \(A,/,
    );
  });
});
