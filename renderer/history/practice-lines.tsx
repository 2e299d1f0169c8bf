// The status panel's practice lines: one line per practice in plain words, a loud TEST MODE badge
// on practices that send to the built-in sandbox, and the buttons that act on that practice
// (Fix credentials, Resume, Show problems, Send now, Pause, Open inbox, Settings). A refused
// sign-in leads (red, first): nothing of that practice goes out until someone acts.
import { useState } from 'react';
import type { PracticeStatus } from './practice-words.ts';
import { practiceTone, practiceWords } from './practice-words.ts';

export interface PracticeActions {
  onFixCredentials?: (practice: string) => void;
  onResumePractice?: (practice: string) => void;
  onPause?: (practice: string, length: 'hour' | 'tomorrow') => void;
  onSendNow?: (practice: string) => void;
  onOpenInbox?: (practice: string) => void;
  /** By the practice's key: the history filter finds the files it took in under earlier names. */
  onShowProblems?: (practiceKey: string) => void;
  onOpenSettings?: (practice: string) => void;
}

interface Props extends PracticeActions {
  practices: readonly PracticeStatus[];
  appPaused: boolean;
  now?: Date;
}

/** Refused sign-ins first (they stop a whole practice), then the settings order. */
function ordered(practices: readonly PracticeStatus[]): PracticeStatus[] {
  return [...practices].sort((a, b) => Number(b.signInRefused) - Number(a.signInRefused));
}

export function PracticeLines({ practices, appPaused, now = new Date(), ...actions }: Props) {
  if (practices.length === 0) return null;
  return (
    <ul className="practice-lines" aria-label="Practices">
      {ordered(practices).map((p) => (
        <PracticeLine key={p.credentialKey} practice={p} appPaused={appPaused} now={now} {...actions} />
      ))}
    </ul>
  );
}

function PracticeLine({
  practice: p,
  appPaused,
  now,
  ...a
}: PracticeActions & { practice: PracticeStatus; appPaused: boolean; now: Date }) {
  const [pauseOpen, setPauseOpen] = useState(false);
  const stopped = p.signInRefused || !!p.pausedUntil;
  const pauseMenu = `pause-${p.credentialKey}`;
  return (
    <li className={`practice-line tone-${practiceTone(p, appPaused)}`} data-practice={p.name}>
      <span className="practice-text">
        <strong>{p.name}</strong>
        {p.testMode && (
          <strong
            className="test-badge"
            role="note"
            title={`${p.name} sends to the built-in sandbox on this computer.`}
          >
            TEST MODE — nothing reaches patients
          </strong>
        )}
        <span className="practice-words">{practiceWords(p, appPaused, now)}</span>
      </span>
      <span className="practice-actions">
        {p.signInRefused && a.onFixCredentials && (
          <button type="button" className="primary small" onClick={() => a.onFixCredentials!(p.name)}>
            Fix credentials
          </button>
        )}
        {stopped && a.onResumePractice && (
          <button type="button" className="small" onClick={() => a.onResumePractice!(p.name)}>
            Resume
          </button>
        )}
        {p.problems > 0 && a.onShowProblems && (
          <button type="button" className="small" onClick={() => a.onShowProblems!(p.credentialKey)}>
            Show problems
          </button>
        )}
        {!stopped && !appPaused && a.onSendNow && (
          <button type="button" className="small" onClick={() => a.onSendNow!(p.name)}>
            Send now
          </button>
        )}
        {!p.pausedUntil && a.onPause && (
          <span className="pause-choice">
            <button
              type="button"
              className="small"
              aria-expanded={pauseOpen}
              aria-controls={pauseMenu}
              onClick={() => setPauseOpen((o) => !o)}
            >
              Pause…
            </button>
            {pauseOpen && (
              <span className="pause-options" id={pauseMenu}>
                {(['hour', 'tomorrow'] as const).map((length) => (
                  <button
                    key={length}
                    type="button"
                    className="small"
                    onClick={() => {
                      setPauseOpen(false);
                      a.onPause!(p.name, length);
                    }}
                  >
                    {length === 'hour' ? 'For 1 hour' : 'Until tomorrow 6:00'}
                  </button>
                ))}
              </span>
            )}
          </span>
        )}
        {a.onOpenInbox && (
          <button type="button" className="small" onClick={() => a.onOpenInbox!(p.name)}>
            Open inbox
          </button>
        )}
        {a.onOpenSettings && (
          <button type="button" className="small" onClick={() => a.onOpenSettings!(p.name)}>
            Settings
          </button>
        )}
      </span>
    </li>
  );
}
