// App-wide settings: how long history and archived files are kept, and starting at sign-in.
import { useEffect, useState } from 'react';
import type { ActionResult, ConnectorApi, SettingsView } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';

export function GeneralSettings({
  connector,
  settings,
}: {
  connector: ConnectorApi;
  settings: SettingsView;
}) {
  const [days, setDays] = useState(String(settings.retentionDays));
  const [atLogin, setAtLogin] = useState(settings.startAtLogin);
  const [result, setResult] = useState<ActionResult | null>(null);
  useEffect(() => {
    setDays(String(settings.retentionDays));
    setAtLogin(settings.startAtLogin);
  }, [settings]);

  async function act(what: () => Promise<ActionResult>) {
    try {
      setResult(await what());
    } catch (err) {
      setResult({ ok: false, message: describeError(err) });
    }
  }

  function saveDays() {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 0 || n > 3650) {
      return setResult({
        ok: false,
        message: `‘${days}’ is not a number of days. Enter 0 (keep forever) to 3650.`,
      });
    }
    void act(() => connector.setRetentionDays(n));
  }

  return (
    <section className="card general" aria-labelledby="general-title">
      <h2 id="general-title">All practices</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          saveDays();
        }}
      >
        <label htmlFor="retention">Keep history and sent files for</label>
        <input
          id="retention"
          className="short"
          type="number"
          min={0}
          max={3650}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        <span>days (0 = forever)</span>
        <button type="submit">Save</button>
      </form>
      <label className="check">
        <input
          type="checkbox"
          checked={atLogin}
          onChange={(e) => {
            setAtLogin(e.target.checked);
            void act(() => connector.setStartAtLogin(e.target.checked));
          }}
        />
        Start the connector when I sign in to this computer
      </label>
      <p role="status" className={result ? (result.ok ? 'ok-text' : 'bad-text') : ''}>
        {result?.message ?? ''}
      </p>
    </section>
  );
}
