// What only the desktop can do for the service: native folder/file pickers and the save dialog,
// the clipboard, revealing a file or opening a folder in the file manager, and opening the
// settings window on a held file's review.
import { app, BrowserWindow, clipboard, dialog, shell, type OpenDialogOptions } from 'electron';
import path from 'node:path';
import type { HostActions } from '../app-service/service-deps.ts';

async function pick(options: OpenDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function createHostActions(windows: {
  openReview: HostActions['openReview'];
  openSettings: NonNullable<HostActions['openSettings']>;
}): HostActions {
  return {
    openReview: windows.openReview,
    openSettings: windows.openSettings,
    pickFolder: () =>
      pick({
        title: 'Choose the folder your scheduling software exports to',
        properties: ['openDirectory', 'createDirectory'],
      }),
    pickFile: () =>
      pick({
        title: 'Choose a sample export',
        properties: ['openFile'],
        filters: [
          {
            name: 'Schedule exports',
            extensions: ['csv', 'txt', 'tsv', 'xml', 'hl7', 'xlsx', 'xlsm', 'xls', 'htm', 'html'],
          },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    showInFolder: (file) => shell.showItemInFolder(file),
    // shell.openPath resolves to an error text ('' when the folder opened).
    openFolder: (folder) => shell.openPath(folder),
    async pickSaveFile(suggestedName) {
      const options = {
        title: 'Save the sending history as CSV',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    // The page's own navigator.clipboard is refused: session-security.ts denies every permission.
    copyText: (text) => clipboard.writeText(text),
  };
}
