// The preload: exposes `window.connector` (ConnectorApi) to the renderer through contextBridge.
// Generated from the contract's method list, so a new contract entry needs no code here. Only
// plain invoke calls and the listed event channels pass; the renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_METHODS,
  invokeChannel,
  type ConnectorApi,
  type EventChannel,
  type EventMap,
} from './ipc-contract.ts';

export function buildConnectorApi(): ConnectorApi {
  const api: Record<string, unknown> = {};
  for (const method of INVOKE_METHODS) {
    // Exactly one argument or none: the handler refuses anything else anyway.
    api[method] = (...args: unknown[]) => ipcRenderer.invoke(invokeChannel(method), ...args.slice(0, 1));
  }
  api.on = <C extends EventChannel>(channel: C, listener: (payload: EventMap[C]) => void): (() => void) => {
    if (!(EVENT_CHANNELS as readonly string[]).includes(channel)) {
      throw new Error(`Unknown event channel '${String(channel)}'`);
    }
    // Wrap so the renderer never receives the IpcRendererEvent (it carries `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: EventMap[C]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  };
  return Object.freeze(api) as ConnectorApi;
}

contextBridge.exposeInMainWorld('connector', buildConnectorApi());
