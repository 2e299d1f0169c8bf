import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  {
    // The engine never imports electron: it runs under plain Node (CLI, tests, desktop).
    files: ['main/**/*.ts'],
    ignores: ['main/desktop/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    // The preload runs sandboxed: it may use electron's renderer modules and the contract, no Node.
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['fs', 'path', 'child_process', 'os', 'net', 'http', 'https'], patterns: ['node:*'] },
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
