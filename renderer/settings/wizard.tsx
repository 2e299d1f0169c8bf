// First run: welcome → folder → sample preview → credentials → done. It starts on the built-in
// sandbox with the demo inbox the app created, so a person sees an export reach a (local)
// portal before Medfusion has sent any credentials; credentials may be skipped on the sandbox.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConnectorApi, PracticeView, SettingsView } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { CredentialsPanel } from './credentials-panel.tsx';
import { ExportPreviewPanel } from './export-preview.tsx';
import { PracticeForm } from './practice-form.tsx';
import { blankPractice } from './practice-draft.ts';
import { useLeaveGuard } from './unsaved-work.ts';

export const WIZARD_STEPS = ['Welcome', 'Folder', 'Sample export', 'Credentials', 'Done'] as const;

export function Wizard({ connector }: { connector: ConnectorApi }) {
  const [step, setStep] = useState(0);
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [credentialKey, setCredentialKey] = useState<string | null>(null);
  const [error, setError] = useState('');
  // Column corrections on the sample step: *Continue* must not drop them without a word.
  const [mappingUnsaved, setMappingUnsaved] = useState(false);
  const [warnUnsaved, setWarnUnsaved] = useState(false);
  const saveMapping = useRef<(() => Promise<boolean>) | null>(null);
  useLeaveGuard(mappingUnsaved); // closing the window asks too

  const reload = useCallback(async () => {
    try {
      const s = await connector.getSettings();
      setSettings(s);
      setCredentialKey((k) => k ?? s.practices[0]?.credentialKey ?? null);
    } catch (err) {
      setError(describeError(err));
    }
  }, [connector]);
  useEffect(() => void reload(), [reload]);

  useEffect(() => {
    if (step === WIZARD_STEPS.length - 1) {
      connector.finishFirstRun().catch((err: unknown) => setError(describeError(err)));
    }
  }, [step, connector]);

  useEffect(() => {
    document.getElementById('wizard-step-title')?.focus();
    setWarnUnsaved(false);
  }, [step]);

  if (!settings) return <p className="page">{error || 'Loading…'}</p>;
  const practice: PracticeView | undefined = settings.practices.find(
    (p) => p.credentialKey === credentialKey,
  );
  const next = () => setStep((s) => Math.min(s + 1, WIZARD_STEPS.length - 1));
  const back = () => setStep((s) => Math.max(s - 1, 0));

  return (
    <main className="wizard page">
      <ol className="steps" aria-label="Setup steps">
        {WIZARD_STEPS.map((label, i) => (
          <li key={label} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : ''}>
            <span className="step-no">{i + 1}</span> {label}
          </li>
        ))}
      </ol>
      {error && (
        <p className="bad-text" role="alert">
          {error}
        </p>
      )}
      <h1 id="wizard-step-title" tabIndex={-1}>
        {
          [
            'Welcome to Appointment Connector',
            'Where do the exports arrive?',
            'Check a sample export',
            'Medfusion credentials',
            'All set',
          ][step]
        }
      </h1>

      {step === 0 && (
        <div className="card">
          <p>
            The connector watches a folder. Whenever your scheduling software saves an export there, it sends
            the appointments to your patient portal and keeps a history of what was sent.
          </p>
          <p>
            You start on the <strong>built-in sandbox</strong>: a practice portal on this computer, with a
            demo inbox folder already made. Nothing leaves the computer, and you do not need any credentials
            from Medfusion yet.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={next}>
              Start
            </button>
          </div>
        </div>
      )}

      {step === 1 && (
        <>
          <p>
            The demo inbox is filled in. Keep it to try things out, or choose the folder your exports go to.
          </p>
          <PracticeForm
            connector={connector}
            practice={practice ?? blankPractice('My practice', [], '')}
            isNew={!practice}
            compact
            submitLabel="Save and continue"
            onSaved={(p) => {
              setCredentialKey(p.credentialKey);
              void reload().then(next);
            }}
          />
          <div className="actions">
            <button type="button" onClick={back}>
              Back
            </button>
          </div>
        </>
      )}

      {step === 2 && (
        <>
          <ExportPreviewPanel
            connector={connector}
            practice={practice?.name}
            // Read the practice again so "Back" then "Save and continue" keeps the saved mapping.
            onMappingSaved={() => void reload()}
            onUnsavedChange={setMappingUnsaved}
            saveRef={saveMapping}
          />
          {warnUnsaved && mappingUnsaved && (
            <div className="card bad-text" role="alert">
              <p>Your column changes are not saved. Save them as this practice’s mapping before going on?</p>
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  onClick={() => void saveMapping.current?.().then((ok) => ok && next())}
                >
                  Save them and continue
                </button>
                <button type="button" onClick={next}>
                  Continue without them
                </button>
              </div>
            </div>
          )}
          <div className="actions">
            <button type="button" onClick={back}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => (mappingUnsaved ? setWarnUnsaved(true) : next())}
            >
              Continue
            </button>
          </div>
        </>
      )}

      {step === 3 && practice && (
        <>
          <CredentialsPanel connector={connector} practice={practice} onChanged={() => void reload()} />
          <div className="actions">
            <button type="button" onClick={back}>
              Back
            </button>
            <button type="button" className="primary" onClick={next}>
              {practice.environment === 'sandbox' && !Object.values(practice.secretsSet).some(Boolean)
                ? 'Skip: not needed on the sandbox'
                : 'Continue'}
            </button>
          </div>
        </>
      )}

      {step === 4 && (
        <div className="card">
          <p>
            The connector now watches <strong className="mono">{practice?.inbox}</strong>
            {practice?.environment === 'sandbox' ? ' and sends to the built-in sandbox' : ''}.
          </p>
          <p>
            Save an export into that folder: within a few seconds it appears in the sending history. The tray
            icon turns amber or red if something needs you. You can change everything later in Settings.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => (window.location.hash = '#history')}>
              Open the sending history
            </button>
          </div>
        </div>
      )}
    </main>
  );
}
