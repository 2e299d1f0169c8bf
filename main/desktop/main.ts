// The desktop app's entry (bundled to dist-electron/main.mjs): one instance only, then start.
// A second copy hands over to the first (which opens a window) and exits at once.
import { app } from 'electron';
import { startDesktopApp } from './desktop-app.ts';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void startDesktopApp();
}
