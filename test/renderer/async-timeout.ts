// testing-library's waitFor and findBy* give up after 1 s by default. A window's answer took
// longer than that under the CI machine's load (history-window's search found no "No file
// matches" within 1 s at load 30, 2026-12-07): the same 10 s as expect.poll (vite.config.ts). A
// pass still returns at the first check that matches; only a failure waits the whole 10 s.
// Imported for its effect by each test file that renders a window.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
