// One ipcMain handler per contract method. Each handler first checks WHO is calling (one of our
// windows showing our page) and WHAT it sent (the method's runtime guard), and refuses anything
// else with a fixed message: internals (paths, stack traces) never travel back to the renderer.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_METHODS, invokeChannel, type InvokeMethod } from '../../preload/ipc-contract.ts';
import { checkArgument } from '../app-service/arg-guards.ts';
import type { ConnectorService } from '../app-service/connector-service.ts';

export const REFUSED_SENDER = 'Refused: this request did not come from an Appointment Connector window.';
export const REFUSED_ARGUMENT = 'Refused: the request was not in the expected form.';

export interface IpcLog {
  warn(message: string): void;
  error(message: string, err: unknown): void;
}

type Call = (arg: unknown) => Promise<unknown>;

export function registerIpcHandlers(
  service: ConnectorService,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: IpcLog,
): () => void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(invokeChannel(method), async (event, ...args: unknown[]) => {
      if (!isTrusted(event)) {
        log.warn(`ipc ${method}: refused a call from webContents ${event.sender.id}`);
        throw new Error(REFUSED_SENDER);
      }
      if (args.length > 1 || !checkArgument(method, args[0])) {
        log.warn(`ipc ${method}: refused a malformed argument`);
        throw new Error(REFUSED_ARGUMENT);
      }
      try {
        return await (service[method] as Call)(args[0]);
      } catch (err) {
        log.error(`ipc ${method} failed`, err);
        // No `cause` on purpose: the original error (paths, server text) stays in the log.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(failureMessage(method));
      }
    });
  }
  return () => {
    for (const method of INVOKE_METHODS) ipcMain.removeHandler(invokeChannel(method));
  };
}

function failureMessage(method: InvokeMethod): string {
  return `Something went wrong (${method}). The details are in the connector's log file.`;
}
