// Builds the renderer with Vite's JS API into a temp folder (never the shared dist/), recording
// every module that went into the bundle so a test can say what the renderer imports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';

export interface RendererBuild {
  outDir: string;
  /** Absolute ids of every module Vite transformed into the bundle. */
  modules: string[];
  /** Page path of the built index.html, relative to outDir (e.g. /renderer/index.html). */
  page: string;
}

export async function buildRenderer(): Promise<RendererBuild> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renderer-build-'));
  const modules: string[] = [];
  await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'record-modules',
        transform(_code, id) {
          modules.push(id);
          return null;
        },
      },
    ],
  });
  const html = fs
    .readdirSync(outDir, { recursive: true })
    .map(String)
    .find((f) => f.endsWith('index.html'));
  if (!html) throw new Error(`vite build wrote no index.html into ${outDir}`);
  return { outDir, modules, page: `/${html.split(path.sep).join('/')}` };
}
