// The practice lines' buttons wired to the connector: each call's answer lands in the window's
// message line (act), a refusal in plain words. *Show problems* stays in the window (it filters
// the list), so the caller passes what it does.
import type { ActionResult, ConnectorApi } from '../shared/types.ts';
import type { PracticeActions } from './practice-lines.tsx';

type Act = (what: () => Promise<ActionResult>) => void;

export function usePracticeActions(
  connector: ConnectorApi,
  act: Act,
  showProblems: (practiceKey: string) => void,
): Omit<PracticeActions, 'onFixCredentials'> {
  return {
    onResumePractice: (practice) => act(() => connector.resumePractice(practice)),
    onPause: (practice, length) => act(() => connector.pausePractice({ practice, length })),
    onSendNow: (practice) => act(() => connector.sendNow(practice)),
    onOpenInbox: (practice) => act(() => connector.openInbox(practice)),
    onOpenSettings: (practice) => act(() => connector.openSettings(practice)),
    onShowProblems: showProblems,
  };
}
