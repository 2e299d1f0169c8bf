// Closing a window that holds unsaved settings asks first. The page says it has unsaved work
// with a `beforeunload` handler (renderer/settings/unsaved-work.ts); Electron then emits
// 'will-prevent-unload' instead of closing, and shows nothing by itself: this asks, and lets the
// window close only when the person chooses to leave (Electron's documented pattern).
import { dialog, type BrowserWindow } from 'electron';

export const LEAVE = 0;

export function guardUnsavedWork(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Close without saving', 'Keep the window open'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'Some changes in this window are not saved.',
      detail: 'Keep the window open and press the Save button of each change, or close it and lose them.',
    });
    if (choice === LEAVE) event.preventDefault();
  });
}
