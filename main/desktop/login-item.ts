// "Start at login". Windows and macOS: Electron's login item. Linux has no such API in Electron,
// so there we write/remove an XDG autostart entry (~/.config/autostart), which every mainstream
// desktop honours. For an AppImage the entry must point at the AppImage, not the mounted binary.
import { app } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoginItem } from '../app-service/service-deps.ts';

function autostartFile(env: NodeJS.ProcessEnv): string {
  const configHome = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(configHome, 'autostart', 'appt-connector.desktop');
}

export function desktopEntry(exec: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Appointment Connector',
    `Exec="${exec.replace(/"/g, '\\"')}"`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function createLoginItem(platform: NodeJS.Platform = process.platform, env = process.env): LoginItem {
  if (platform === 'linux') {
    const file = autostartFile(env);
    return {
      get: () => fs.existsSync(file),
      set(on) {
        if (!on) return fs.rmSync(file, { force: true });
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, desktopEntry(env.APPIMAGE || process.execPath));
      },
    };
  }
  return {
    get: () => app.getLoginItemSettings().openAtLogin,
    set: (on) => app.setLoginItemSettings({ openAtLogin: on }),
  };
}
