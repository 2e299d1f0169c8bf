// Pushes the service's events (status changes, job changes) to every open window, on the
// contract's event channels.
import { EVENT_CHANNELS } from '../../preload/ipc-contract.ts';
import type { ConnectorService } from '../app-service/connector-service.ts';
import type { WindowManager } from './windows.ts';

export function setupEventForwarding(
  service: ConnectorService,
  windows: Pick<WindowManager, 'broadcast'>,
): () => void {
  const offs = EVENT_CHANNELS.map((channel) =>
    service.on(channel, (payload) => windows.broadcast(channel, payload)),
  );
  return () => offs.forEach((off) => off());
}
