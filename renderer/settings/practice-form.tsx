// Editing one practice: name, inbox folder, Medfusion practice id, environment, time zone and
// how the folder's files are read. Saving goes through the service, which checks again.
// The column mapping is not edited here (the preview saves or confirms it): the form always sends
// the SAVED mapping, never a copy it took earlier, or "Save changes" after "Save this mapping"
// would quietly put the practice back on automatic recognition.
import { useEffect, useMemo, useState } from 'react';
import type { ActionResult, ConnectorApi, PracticeSettings } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { ENVIRONMENTS, draftProblems, isNamedEnvironment, practiceSettingsOf } from './practice-draft.ts';
import { listTimeZones, machineTimeZone } from './time-zones.ts';

interface Props {
  connector: ConnectorApi;
  practice: PracticeSettings;
  isNew: boolean;
  onSaved: (practice: PracticeSettings, result: ActionResult) => void;
  onRemoved?: () => void;
  /** A new practice's *Cancel*: leave without adding anything. */
  onCancel?: () => void;
  /** Fewer fields (the wizard's folder step). */
  compact?: boolean;
  submitLabel?: string;
  /** The draft differs from the saved practice (true) or not (false): the page's unsaved work. */
  onUnsavedChange?: (unsaved: boolean) => void;
}

/** The fields this form edits, to compare a draft with what is saved (the mapping is not one). */
function editedFields(p: PracticeSettings): string {
  return JSON.stringify({ ...practiceSettingsOf(p), mappingProfile: undefined });
}

export function PracticeForm({
  connector,
  practice,
  isNew,
  onSaved,
  onRemoved,
  onCancel,
  compact,
  submitLabel,
  onUnsavedChange,
}: Props) {
  const [draft, setDraft] = useState(practice);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(listTimeZones, []);
  // Reset only when the saved practice really changed, not on every reload of the settings (a
  // credentials save reloads them and must not wipe unsaved edits here). A new mapping is not a
  // reason either: the form does not show it as an input.
  const savedKey = JSON.stringify({ ...practice, mappingProfile: undefined });
  useEffect(() => {
    setDraft(JSON.parse(savedKey) as PracticeSettings);
    setResult(null);
    setConfirmRemove(false);
  }, [savedKey]);

  const unsaved = editedFields(draft) !== editedFields(practice);
  useEffect(() => onUnsavedChange?.(unsaved), [unsaved, onUnsavedChange]);
  useEffect(() => () => onUnsavedChange?.(false), [onUnsavedChange]); // gone: nothing left here

  const set = <K extends keyof PracticeSettings>(key: K, value: PracticeSettings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function act(what: () => Promise<ActionResult>, after: (r: ActionResult) => void) {
    setBusy(true);
    try {
      const r = await what();
      setResult(r);
      if (r.ok) after(r);
    } catch (err) {
      setResult({ ok: false, message: describeError(err) });
    } finally {
      setBusy(false);
    }
  }

  async function chooseFolder() {
    try {
      const folder = await connector.pickFolder();
      if (folder) set('inbox', folder);
    } catch (err) {
      setResult({ ok: false, message: describeError(err) });
    }
  }

  function submit() {
    const cleaned = practiceSettingsOf({
      ...draft,
      mappingProfile: practice.mappingProfile,
      name: draft.name.trim(),
      inbox: draft.inbox.trim(),
      practiceId: draft.practiceId.trim(),
    });
    const problems = draftProblems(cleaned);
    if (problems.length > 0) return setResult({ ok: false, message: problems.join(' ') });
    void act(
      () => connector.savePractice(cleaned),
      (r) => onSaved(cleaned, r),
    );
  }

  return (
    <form
      className="card practice-form"
      aria-label={isNew ? 'New practice' : `Practice ${practice.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor="p-name">Practice name</label>
        <input id="p-name" value={draft.name} onChange={(e) => set('name', e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="p-inbox">Inbox folder (where your scheduling software saves its exports)</label>
        <div className="row">
          <input
            id="p-inbox"
            value={draft.inbox}
            onChange={(e) => set('inbox', e.target.value)}
            placeholder="e.g. \\frontdesk\exports or C:\Exports"
            spellCheck={false}
          />
          <button type="button" onClick={chooseFolder}>
            Choose…
          </button>
        </div>
      </div>
      <fieldset className="field">
        <legend>Where appointments go</legend>
        {ENVIRONMENTS.map((env) => (
          <label key={env.value} className="radio">
            <input
              type="radio"
              name="environment"
              value={env.value}
              checked={draft.environment === env.value}
              onChange={() => set('environment', env.value)}
            />
            <span>
              <strong>{env.label}</strong> <span className="muted small">{env.hint}</span>
            </span>
          </label>
        ))}
        {/* A custom address (an integration engineer's test server) is kept, never silently
            replaced by one of the named environments. */}
        {!isNamedEnvironment(draft.environment) && (
          <label className="radio">
            <input type="radio" name="environment" checked readOnly />
            <span>
              <strong>Other address</strong>{' '}
              <input
                aria-label="Medfusion address"
                className="mono"
                value={draft.environment}
                onChange={(e) => set('environment', e.target.value)}
                spellCheck={false}
              />
            </span>
          </label>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="p-id">
          Medfusion practice id
          {draft.environment === 'sandbox' ? ' (the sandbox’s demo id is filled in)' : ''}
        </label>
        <input
          id="p-id"
          className="mono"
          value={draft.practiceId}
          onChange={(e) => set('practiceId', e.target.value)}
          spellCheck={false}
        />
      </div>
      {!compact && (
        <>
          <div className="field">
            <label htmlFor="p-tz">Time zone of the times in the exports</label>
            <select id="p-tz" value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
              <option value="">This computer’s ({machineTimeZone()})</option>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.snapshotMode}
              onChange={(e) => set('snapshotMode', e.target.checked)}
            />
            <span>
              Each export is the full schedule for its dates{' '}
              <span className="muted small">
                (appointments missing from a newer export are cancelled at the portal)
              </span>
            </span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.polling}
              onChange={(e) => set('polling', e.target.checked)}
            />
            <span>
              The folder is on a network share{' '}
              <span className="muted small">(check it every few seconds)</span>
            </span>
          </label>
          <p className="muted small">
            Column mapping:{' '}
            {practice.mappingProfile === 'auto' ? 'recognised automatically' : practice.mappingProfile}
          </p>
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel ?? (isNew ? 'Add practice' : 'Save changes')}
        </button>
        {isNew && onCancel && (
          <button type="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        )}
        {!isNew && onRemoved && !confirmRemove && (
          <button type="button" className="danger" disabled={busy} onClick={() => setConfirmRemove(true)}>
            Remove…
          </button>
        )}
        {confirmRemove && onRemoved && (
          <span className="confirm" role="group" aria-label="Confirm removal">
            Remove {practice.name} and its stored credentials?{' '}
            <button
              type="button"
              className="danger"
              onClick={() => act(() => connector.removePractice(practice.name), onRemoved)}
            >
              Yes, remove
            </button>{' '}
            <button type="button" onClick={() => setConfirmRemove(false)}>
              Keep it
            </button>
          </span>
        )}
      </div>
      <p role="status" className={result ? (result.ok ? 'ok-text' : 'bad-text') : ''}>
        {result?.message ?? ''}
      </p>
    </form>
  );
}
