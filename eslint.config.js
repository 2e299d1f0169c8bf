import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layers of main/, top first. Each folder may not import the folders of the layers above it.
const LAYERS = [
  ['cli', 'desktop'],
  ['app-service'],
  ['engine'],
  ['medfusion', 'import', 'xml', 'changes', 'sandbox'],
  ['model', 'log', 'credentials', 'files', 'os'],
];
// Folders only some others may import: the built-in sandbox (a stand-in for Medfusion) is started
// by the command line and the desktop app, never by the engine or the Medfusion client.
const ONLY_FROM = { sandbox: ['cli', 'desktop'] };

/** One config object per main/ folder: electron banned outside main/desktop (the engine runs under
 *  plain Node: CLI, tests, desktop), and no import of a folder in a layer above. */
function mainLayers() {
  return LAYERS.flatMap((layer, depth) => {
    const above = LAYERS.slice(0, depth).flat();
    const guarded = (folder) =>
      Object.keys(ONLY_FROM).filter((name) => name !== folder && !ONLY_FROM[name].includes(folder));
    // The windows' code and the IPC contract: app-service and the desktop implement the contract.
    const outside =
      depth >= LAYERS.findIndex((l) => l.includes('engine')) ? ['preload', 'renderer'] : ['renderer'];
    return layer.map((folder) => ({
      files: [`main/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: folder === 'desktop' ? [] : ['electron'],
            patterns: [...new Set([...above, ...guarded(folder), ...outside])].map((name) => ({
              group: [`**/${name}/**`],
              message: `main/${folder} may not import ${name}/: imports run one way (see eslint.config.js, LAYERS).`,
            })),
          },
        ],
      },
    }));
  });
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Imports run one way (CONTRIBUTING.md, "Where things are"):
  //   cli, desktop → app-service → engine → medfusion, import, xml, changes, sandbox
  //     → model, log, credentials, files, os
  // The sandbox is imported only by cli and desktop. A folder may import its own layer and the
  // layers below it, never one above. `no-restricted-imports` is set once per folder because a
  // later config object replaces the rule's options instead of adding to them.
  {
    // A folder not (yet) in LAYERS still keeps the engine free of electron.
    files: ['main/**/*.ts'],
    ignores: ['main/desktop/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  ...mainLayers(),
  {
    // The preload runs sandboxed: it may use electron's renderer modules and the contract, no Node.
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'child_process', 'os', 'net', 'http', 'https'],
          patterns: [
            { group: ['node:*'] },
            // The contract reaches main/ only for the shared model (main/model/), so the renderer,
            // which compiles against the contract, cannot reach engine internals through it.
            { regex: '(^|/)main/(?!model/)', message: 'The preload imports only main/model/.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the app only through the preload bridge.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'fs', 'path', 'child_process', 'os'], patterns: ['node:*', '**/main/**'] },
      ],
    },
  },
);
