// App-wide settings: how long history and archived files are kept, and starting at sign-in.
// Like every card of the settings page, a draft that its own *Save* keeps (unsaved-work.ts).
import { useEffect, useState } from 'react';
import type { ActionResult, ConnectorApi, SettingsView } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';

export function GeneralSettings({
  connector,
  settings,
  onUnsavedChange,
  onSaved,
}: {
  connector: ConnectorApi;
  settings: SettingsView;
  onUnsavedChange?: (unsaved: boolean) => void;
  /** Saved: the page reads the settings again (so the draft matches what is saved). */
  onSaved?: () => Promise<unknown>;
}) {
  const [days, setDays] = useState(String(settings.retentionDays));
  const [atLogin, setAtLogin] = useState(settings.startAtLogin);
  const [result, setResult] = useState<ActionResult | null>(null);
  useEffect(() => {
    setDays(String(settings.retentionDays));
    setAtLogin(settings.startAtLogin);
  }, [settings]);
  const unsaved = days !== String(settings.retentionDays) || atLogin !== settings.startAtLogin;
  useEffect(() => onUnsavedChange?.(unsaved), [unsaved, onUnsavedChange]);

  async function save() {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 0 || n > 3650) {
      return setResult({
        ok: false,
        message: `‘${days}’ is not a number of days. Enter 0 (keep forever) to 3650.`,
      });
    }
    try {
      const results: ActionResult[] = [];
      if (n !== settings.retentionDays) results.push(await connector.setRetentionDays(n));
      if (atLogin !== settings.startAtLogin) results.push(await connector.setStartAtLogin(atLogin));
      const failed = results.find((r) => !r.ok);
      // Read back before saying "saved", so nothing looks unsaved once the words show.
      if (results.length > 0) await onSaved?.();
      setResult(
        failed ?? {
          ok: true,
          message:
            results
              .map((r) => r.message)
              .filter(Boolean)
              .join(' ') || 'Nothing to save: no change.',
        },
      );
    } catch (err) {
      setResult({ ok: false, message: describeError(err) });
    }
  }

  return (
    <section className="card general" aria-labelledby="general-title">
      <h2 id="general-title">All practices</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="row">
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
        </div>
        <label className="check">
          <input type="checkbox" checked={atLogin} onChange={(e) => setAtLogin(e.target.checked)} />
          Start the connector when I sign in to this computer
        </label>
        <div className="actions">
          <button type="submit">Save</button>
        </div>
      </form>
      <p role="status" className={result ? (result.ok ? 'ok-text' : 'bad-text') : ''}>
        {result?.message ?? ''}
      </p>
    </section>
  );
}
