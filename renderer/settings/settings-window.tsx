// The settings window: the practices on the left (add, pick one to edit), the chosen practice's
// details, credentials and sample-export preview on the right, app-wide settings below. Opened
// with a review (*Review* on a held file), it selects that file's practice and loads the file in
// the preview. Work not saved yet is never lost without a word (unsaved-work.ts): switching to
// another practice asks first, and so do a new review arriving and closing the window.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConnectorApi, PracticeSettings, SettingsView } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { CredentialsPanel } from './credentials-panel.tsx';
import { ExportPreviewPanel } from './export-preview.tsx';
import { GeneralSettings } from './general-settings.tsx';
import { PracticeForm } from './practice-form.tsx';
import { blankPractice } from './practice-draft.ts';
import { unsavedWords, useLeaveGuard, useUnsavedSections, type Section } from './unsaved-work.ts';

/** What switching to another practice (or to *Add practice*) would throw away. */
const PER_PRACTICE: readonly Section[] = ['practice', 'credentials', 'mapping'];

type Selection =
  | { kind: 'existing'; credentialKey: string }
  /** `before`: the practice shown when *Add practice* was pressed, shown again on *Cancel*. */
  | { kind: 'new'; draft: PracticeSettings; before?: string };

interface Props {
  connector: ConnectorApi;
  review?: { practice: string; jobId: string } | null;
  /** The practice to show first (the window was opened on it, e.g. by *Fix credentials*). */
  practice?: string | null;
}

export function SettingsWindow({ connector, review, practice }: Props) {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  // What the window was asked to show (the route), and what it shows: a new route (*Review* or
  // *Fix credentials* while this window is open) waits for the person's answer when it would
  // throw away work not saved yet.
  const askedPractice = review?.practice ?? practice ?? undefined;
  const askedJobId = review?.jobId;
  const [shown, setShown] = useState({ practice: askedPractice, jobId: askedJobId });
  const reviewPractice = shown.practice;
  const reviewJobId = shown.jobId;
  const [selection, setSelection] = useState<Selection | null>(null);
  const [error, setError] = useState('');
  // Outlives the form that produced it (adding a practice swaps the "new" form for the saved one).
  const [notice, setNotice] = useState('');
  const { unsaved, report, clear } = useUnsavedSections();
  useLeaveGuard(unsaved.length > 0);
  /** A switch held back because it would lose unsaved work: the person decides. */
  const [pendingSwitch, setPendingSwitch] = useState<(() => void) | null>(null);
  const atRisk = unsaved.filter((s) => PER_PRACTICE.includes(s));
  const now = useRef({ atRisk: 0, shown });
  now.current = { atRisk: atRisk.length, shown };

  useEffect(() => {
    const next = { practice: askedPractice, jobId: askedJobId };
    const { atRisk: risk, shown: was } = now.current;
    if (next.practice === was.practice && next.jobId === was.jobId) return setPendingSwitch(null);
    if (risk === 0) setShown(next);
    else setPendingSwitch(() => () => setShown(next));
  }, [askedPractice, askedJobId]);

  const reload = useCallback(async () => {
    try {
      const s = await connector.getSettings();
      setSettings(s);
      setError('');
      return s;
    } catch (err) {
      setError(describeError(err));
      return null;
    }
  }, [connector]);

  useEffect(() => {
    void reload().then((s) => {
      const chosen = s?.practices.find((p) => p.name === reviewPractice) ?? s?.practices[0];
      if (chosen) setSelection({ kind: 'existing', credentialKey: chosen.credentialKey });
    });
  }, [reload, reviewPractice, reviewJobId]);

  const reviewing = !!reviewJobId && !!settings?.practices.some((p) => p.name === reviewPractice);
  useEffect(() => {
    // The review is why the window opened: bring it into view.
    if (reviewing) previewRef.current?.scrollIntoView?.({ block: 'start' });
  }, [reviewing, reviewJobId]);

  if (!settings) return <p className="page">{error || 'Loading settings…'}</p>;

  const current =
    selection?.kind === 'existing'
      ? settings.practices.find((p) => p.credentialKey === selection.credentialKey)
      : undefined;

  /** Go to another practice now, or first ask when this one's work is not saved. */
  function switchTo(go: () => void) {
    setNotice('');
    if (atRisk.length === 0) return go();
    setPendingSwitch(() => go);
  }

  function addPractice() {
    setNotice('');
    const taken = settings!.practices.map((p) => p.credentialKey);
    const sandboxId = settings!.practices.find((p) => p.environment === 'sandbox')?.practiceId ?? '';
    setSelection({
      kind: 'new',
      draft: blankPractice(`Practice ${settings!.practices.length + 1}`, taken, sandboxId),
      ...(current ? { before: current.credentialKey } : {}),
    });
  }

  return (
    <main className="settings page" data-unsaved={unsaved.join(' ') || undefined}>
      <h1>Settings</h1>
      {error && (
        <p className="bad-text" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="ok-text">
        {notice}
      </p>
      <div className="settings-grid">
        <nav aria-label="Practices" className="practice-list">
          <h2>Practices</h2>
          <ul>
            {settings.practices.map((p) => (
              <li key={p.credentialKey}>
                <button
                  type="button"
                  aria-current={current?.credentialKey === p.credentialKey ? 'true' : undefined}
                  onClick={() => {
                    if (current?.credentialKey === p.credentialKey) return;
                    switchTo(() => setSelection({ kind: 'existing', credentialKey: p.credentialKey }));
                  }}
                >
                  {p.name}
                  <span className="muted small">{p.environment}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => switchTo(addPractice)}>
            + Add practice
          </button>
        </nav>
        <div className="practice-detail">
          {pendingSwitch && (
            <div
              className="card unsaved-warning"
              role="alertdialog"
              aria-labelledby="unsaved-title"
              aria-describedby="unsaved-words"
            >
              <h2 id="unsaved-title">Unsaved changes</h2>
              <p id="unsaved-words">
                Not saved yet for {current?.name ?? 'the new practice'}: {unsavedWords(atRisk)}. Stay to save
                with each part’s own button, or leave without saving.
              </p>
              <div className="actions">
                <button type="button" className="primary" autoFocus onClick={() => setPendingSwitch(null)}>
                  Stay and save
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const go = pendingSwitch;
                    setPendingSwitch(null);
                    clear(PER_PRACTICE);
                    go();
                  }}
                >
                  Leave without saving
                </button>
              </div>
            </div>
          )}
          {selection?.kind === 'new' && (
            <PracticeForm
              connector={connector}
              practice={selection.draft}
              isNew
              onUnsavedChange={report.practice}
              onCancel={() => {
                const back = selection.before ?? settings.practices[0]?.credentialKey;
                setSelection(back ? { kind: 'existing', credentialKey: back } : null);
              }}
              onSaved={(p, r) => {
                setNotice(r.message ?? '');
                void reload().then(() => setSelection({ kind: 'existing', credentialKey: p.credentialKey }));
              }}
            />
          )}
          {current && (
            <>
              <PracticeForm
                connector={connector}
                practice={current}
                isNew={false}
                onUnsavedChange={report.practice}
                onSaved={() => void reload()}
                onRemoved={() => {
                  setNotice(`Removed ${current.name}.`);
                  void reload().then((s) => {
                    const first = s?.practices[0];
                    setSelection(first ? { kind: 'existing', credentialKey: first.credentialKey } : null);
                  });
                }}
              />
              <CredentialsPanel
                // Typed secrets belong to one practice: another practice starts with empty fields.
                key={current.credentialKey}
                connector={connector}
                practice={current}
                onChanged={() => void reload()}
                onUnsavedChange={report.credentials}
              />
              <div ref={previewRef} className="preview-slot">
                <ExportPreviewPanel
                  // A new review (or another practice) starts a fresh preview.
                  key={`${current.credentialKey}\u0000${current.name === reviewPractice ? (reviewJobId ?? '') : ''}`}
                  connector={connector}
                  practice={current.name}
                  {...(current.name === reviewPractice && reviewJobId ? { reviewJobId } : {})}
                  onMappingSaved={() => void reload()}
                  onUnsavedChange={report.mapping}
                />
              </div>
            </>
          )}
          {!selection && <p>No practice yet. Press “Add practice”.</p>}
          <GeneralSettings
            connector={connector}
            settings={settings}
            onUnsavedChange={report.general}
            onSaved={reload}
          />
        </div>
      </div>
    </main>
  );
}
