// The committed icons (drawn by assets/make-icons.mjs) are what the tray and the installers
// expect: a tray PNG per state × theme at 1x and 2x, and app icons as PNG, ICO and ICNS.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAY_LOOKS } from '../../main/desktop/tray-status.ts';
import { trayIconPath } from '../../main/desktop/setup-tray.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(PNG_SIGNATURE), file).toBe(true);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

// setup-tray imports electron at run time: the shared fake (test/support/mock-electron.ts).
describe('icons', () => {
  it('a tray icon for every state and theme, 32 px and @2x 64 px', () => {
    for (const look of TRAY_LOOKS) {
      for (const dark of [false, true]) {
        const file = trayIconPath('assets', look, dark);
        expect(pngSize(file)).toEqual([32, 32]);
        expect(pngSize(file.replace(/\.png$/, '@2x.png'))).toEqual([64, 64]);
      }
    }
  });

  it('app icons: 512/256 PNG, an ICO of embedded PNGs up to 256, an ICNS up to 1024', () => {
    expect(pngSize('assets/icon.png')).toEqual([512, 512]);
    expect(pngSize('assets/icons/256x256.png')).toEqual([256, 256]);
    expect(pngSize('assets/icons/512x512.png')).toEqual([512, 512]);

    const ico = fs.readFileSync('assets/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => {
      const e = 6 + 16 * i;
      const offset = ico.readUInt32LE(e + 12);
      expect(ico.subarray(offset, offset + 8).equals(PNG_SIGNATURE)).toBe(true);
      return ico[e] === 0 ? 256 : ico[e]!;
    });
    expect(sizes).toEqual([16, 32, 48, 64, 128, 256]);

    const icns = fs.readFileSync('assets/icon.icns');
    expect(icns.subarray(0, 4).toString()).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4))
      types.push(icns.subarray(at, at + 4).toString());
    expect(types).toEqual(['icp4', 'icp5', 'ic07', 'ic08', 'ic09', 'ic10']);
  });

  it('electron-builder.yml points at these files', () => {
    const yml = fs.readFileSync('electron-builder.yml', 'utf8');
    for (const ref of ['assets/icon.ico', 'assets/icon.icns', 'assets/icons']) {
      expect(yml).toContain(ref);
      expect(fs.existsSync(path.resolve(ref))).toBe(true);
    }
  });
});
