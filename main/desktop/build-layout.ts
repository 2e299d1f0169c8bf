// Where the build puts the desktop app's files, relative to the app's root (the project folder,
// or app.asar when packaged). The ONE place that knows it: vite.config.ts and
// vite.desktop.config.ts build to these paths and desktop-paths.ts loads from them, so the build
// and the app cannot drift apart (they did: the app once loaded a page the build never wrote).
// No imports on purpose: the Vite configs load this file too.

/** The renderer build: `vite build` (vite.config.ts). */
export const RENDERER_OUT_DIR = 'dist/renderer';
/** The renderer's HTML entry, relative to Vite's root (the project folder). */
export const RENDERER_INPUT = 'renderer/index.html';
/** Vite writes an HTML entry at its path relative to the root, inside the out dir. */
export const RENDERER_PAGE = `${RENDERER_OUT_DIR}/${RENDERER_INPUT}`;

/** The Electron side: main and preload (vite.desktop.config.ts). */
export const ELECTRON_OUT_DIR = 'dist-electron';
export const MAIN_ENTRY = 'main.mjs';
export const MAIN_CJS = 'main.cjs';
export const PRELOAD_ENTRY = 'preload.cjs';
export const PRELOAD = `${ELECTRON_OUT_DIR}/${PRELOAD_ENTRY}`;
