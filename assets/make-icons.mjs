#!/usr/bin/env node
// Draws the app and tray icons as PNG (plus .ico and .icns that embed those PNGs) with nothing but
// node:zlib, so no image tool or binary is needed. Re-run after changing a shape or colour:
//   node assets/make-icons.mjs
// Tray icons: one per state (ok, working, attention, error) and theme (light = for a light
// taskbar, dark = for a dark one), 32 px and @2x 64 px. The states differ by glyph as well as by
// colour (check, arrow, exclamation mark, cross) so they read without colour vision.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- PNG encoding -------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing: layers of shapes in unit coordinates, 4×4 supersampled -----------------------
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
function segDist(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}
const polyline = (points, width) => (x, y) =>
  points.slice(1).some((p, i) => segDist(x, y, points[i], p) <= width / 2);

function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = null;
          for (const [shape, colour] of layers) if (shape(x, y)) c = colour;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (S * S));
      }
    }
  }
  return encodePng(size, out);
}

// ---- The icons ------------------------------------------------------------------------------
const WHITE = hex('#ffffff');
const appLayers = [
  [roundedRect(0.04, 0.04, 0.96, 0.96, 0.2), hex('#1d5fbf')],
  [roundedRect(0.2, 0.24, 0.8, 0.8, 0.07), WHITE],
  [roundedRect(0.2, 0.24, 0.8, 0.37, 0.07), hex('#0f3d80')],
  [roundedRect(0.2, 0.31, 0.8, 0.37, 0), hex('#0f3d80')],
  [roundedRect(0.31, 0.17, 0.37, 0.3, 0.03), hex('#0f3d80')],
  [roundedRect(0.63, 0.17, 0.69, 0.3, 0.03), hex('#0f3d80')],
  [
    polyline(
      [
        [0.33, 0.58],
        [0.45, 0.7],
        [0.68, 0.46],
      ],
      0.075,
    ),
    hex('#1a9c4a'),
  ],
];

const STATES = {
  ok: {
    colour: '#1a9c4a',
    glyph: polyline(
      [
        [0.3, 0.52],
        [0.44, 0.66],
        [0.7, 0.38],
      ],
      0.12,
    ),
  },
  working: {
    colour: '#1d5fbf',
    glyph: (x, y) =>
      polyline(
        [
          [0.5, 0.72],
          [0.5, 0.3],
        ],
        0.12,
      )(x, y) ||
      polyline(
        [
          [0.32, 0.47],
          [0.5, 0.29],
          [0.68, 0.47],
        ],
        0.12,
      )(x, y),
  },
  attention: {
    colour: '#c77800',
    glyph: (x, y) =>
      polyline(
        [
          [0.5, 0.27],
          [0.5, 0.56],
        ],
        0.13,
      )(x, y) || circle(0.5, 0.72, 0.075)(x, y),
  },
  error: {
    colour: '#c62828',
    glyph: (x, y) =>
      polyline(
        [
          [0.33, 0.33],
          [0.67, 0.67],
        ],
        0.12,
      )(x, y) ||
      polyline(
        [
          [0.67, 0.33],
          [0.33, 0.67],
        ],
        0.12,
      )(x, y),
  },
};
// The ring keeps the badge visible on any taskbar colour: dark ring on light themes, light on dark.
const RING = { light: hex('#1f2937'), dark: hex('#f3f4f6') };

function trayLayers(state, theme) {
  const s = STATES[state];
  return [
    [circle(0.5, 0.5, 0.48), RING[theme]],
    [circle(0.5, 0.5, 0.41), hex(s.colour)],
    [s.glyph, WHITE],
  ];
}

// ---- Containers: .ico and .icns both accept embedded PNG ------------------------------------
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const dir = pngs.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...dir, ...pngs.map((p) => p.png)]);
}
function icns(entries) {
  const parts = entries.map(({ type, png }) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'ascii');
    h.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([h, png]);
  });
  const total = 8 + parts.reduce((n, p) => n + p.length, 0);
  const h = Buffer.alloc(8);
  h.write('icns', 0, 'ascii');
  h.writeUInt32BE(total, 4);
  return Buffer.concat([h, ...parts]);
}

const write = (rel, data) => {
  const file = path.join(here, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  console.log(`${rel} (${data.length} bytes)`);
};

const app = Object.fromEntries([16, 32, 48, 64, 128, 256, 512, 1024].map((s) => [s, render(s, appLayers)]));
write('icon.png', app[512]);
write('icons/256x256.png', app[256]);
write('icons/512x512.png', app[512]);
write('icon.ico', ico([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: app[size] }))));
write(
  'icon.icns',
  icns([
    { type: 'icp4', png: app[16] },
    { type: 'icp5', png: app[32] },
    { type: 'ic07', png: app[128] },
    { type: 'ic08', png: app[256] },
    { type: 'ic09', png: app[512] },
    { type: 'ic10', png: app[1024] },
  ]),
);
for (const state of Object.keys(STATES)) {
  for (const theme of ['light', 'dark']) {
    write(`tray/tray-${state}-${theme}.png`, render(32, trayLayers(state, theme)));
    write(`tray/tray-${state}-${theme}@2x.png`, render(64, trayLayers(state, theme)));
  }
}
