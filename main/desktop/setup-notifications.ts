// Wires engine status to native notifications (Electron's Notification). Clicking one opens the
// history window, where the problem is explained with what to do.
import { Notification } from 'electron';
import type { EngineControl } from '../app-service/service-deps.ts';
import { createProblemNotifier, notificationText } from './notifications.ts';

export function setupNotifications(
  engine: Pick<EngineControl, 'getStatus' | 'onStatus'>,
  opts: { icon?: string; onClick(): void },
): () => void {
  const supported = Notification.isSupported();
  const onStatus = createProblemNotifier({
    show(problem) {
      if (!supported) return;
      const n = new Notification({ ...notificationText(problem), icon: opts.icon });
      n.on('click', () => opts.onClick());
      n.show();
    },
  });
  onStatus(engine.getStatus());
  return engine.onStatus(onStatus);
}
