// Picks the window from the URL hash and hands it the bridge.
import { useEffect, useState } from 'react';
import type { ConnectorApi } from './shared/types.ts';
import { practiceFromHash, reviewFromHash, windowFromHash, WINDOW_TITLES } from './shared/route.ts';
import { HistoryWindow } from './history/history-window.tsx';
import { SettingsWindow } from './settings/settings-window.tsx';
import { Wizard } from './settings/wizard.tsx';

export function App({ connector }: { connector: ConnectorApi | null }) {
  const [hash, setHash] = useState(() => window.location.hash);
  const win = windowFromHash(hash);
  const review = reviewFromHash(hash);
  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = WINDOW_TITLES[win];
  }, [win]);

  if (!connector) {
    return (
      <p className="page bad-text" role="alert">
        This window only works inside the Appointment Connector app (its connection to the app is missing).
      </p>
    );
  }
  if (win === 'settings') {
    return <SettingsWindow connector={connector} review={review} practice={practiceFromHash(hash)} />;
  }
  if (win === 'wizard') return <Wizard connector={connector} />;
  return <HistoryWindow connector={connector} />;
}
