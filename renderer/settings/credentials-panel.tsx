// Write-only credential fields. The window never receives a secret: it shows "set" / "not set"
// from the practice view, sends what the person typed to the keychain, and clears the inputs.
import { useEffect, useState } from 'react';
import type { ActionResult, ConnectorApi, PracticeView, SecretName, SecretValues } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';

const FIELDS: ReadonlyArray<{ name: SecretName; label: string; type: 'password' | 'text' }> = [
  { name: 'appToken', label: 'App token', type: 'password' },
  { name: 'username', label: 'Username', type: 'text' },
  { name: 'password', label: 'Password', type: 'password' },
];

interface Props {
  connector: ConnectorApi;
  practice: PracticeView;
  /** Called after secrets changed, so the caller reloads the "set" flags. */
  onChanged: () => void;
  /** Something typed and not saved yet (true) or nothing (false). */
  onUnsavedChange?: (unsaved: boolean) => void;
}

function SetFlag({ set }: { set: boolean }) {
  return <span className={`flag ${set ? 'ok-text' : 'muted'}`}>{set ? '✓ set' : 'not set'}</span>;
}

export function CredentialsPanel({ connector, practice, onChanged, onUnsavedChange }: Props) {
  const empty: SecretValues = { appToken: '', username: '', password: '' };
  const [values, setValues] = useState<SecretValues>(empty);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const typed = Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as SecretValues;
  const sandbox = practice.environment === 'sandbox';
  const unsaved = Object.keys(typed).length > 0;
  useEffect(() => onUnsavedChange?.(unsaved), [unsaved, onUnsavedChange]);
  useEffect(() => () => onUnsavedChange?.(false), [onUnsavedChange]);

  async function act(what: () => Promise<ActionResult>) {
    setBusy(true);
    setResult(null);
    try {
      setResult(await what());
    } catch (err) {
      setResult({ ok: false, message: describeError(err) });
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    act(async () => {
      const r = await connector.setSecrets({ credentialKey: practice.credentialKey, values: typed });
      setValues(empty); // never keep a secret in the window longer than needed
      onChanged();
      return r;
    });

  return (
    <section className="card" aria-labelledby="cred-title">
      <h2 id="cred-title">Credentials for {practice.name}</h2>
      {sandbox && (
        <p className="muted">
          The built-in sandbox signs in with its own demo credentials: you do not need to enter any. Enter the
          ones from Medfusion when you switch to demo or production.
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        autoComplete="off"
      >
        {FIELDS.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`secret-${f.name}`}>
              {f.label} <SetFlag set={practice.secretsSet[f.name]} />
            </label>
            <input
              id={`secret-${f.name}`}
              type={f.type}
              autoComplete="off"
              spellCheck={false}
              value={values[f.name] ?? ''}
              placeholder={practice.secretsSet[f.name] ? 'Stored: type to replace' : ''}
              onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            />
          </div>
        ))}
        <p className="muted small">
          Client id and secret (obtained from the app token): <SetFlag set={practice.secretsSet.clientId} /> /{' '}
          <SetFlag set={practice.secretsSet.clientSecret} />
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || Object.keys(typed).length === 0}>
            Save credentials
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => act(() => connector.testConnection(practice.name))}
          >
            Test connection
          </button>
        </div>
      </form>
      <p role="status" className={result ? (result.ok ? 'ok-text' : 'bad-text') : ''}>
        {busy ? 'Working…' : (result?.message ?? '')}
      </p>
    </section>
  );
}
