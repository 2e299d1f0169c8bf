// The desktop layer's log (desktop.log next to the engine's app.log): refused IPC calls and
// startup failures. Same redacting, rotating logger as the engine.
import { createLogger } from '../log/logger.ts';
import { dataPaths } from '../engine/settings/index.ts';
import type { IpcLog } from './ipc-handlers.ts';

export function createDesktopLog(dataDir: string): IpcLog {
  const logger = createLogger({ dir: dataPaths(dataDir).logs, baseName: 'desktop' });
  return {
    warn: (message) => logger.warn(message),
    error: (message, err) =>
      logger.error(message, { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
  };
}
