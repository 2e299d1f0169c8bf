// The status panel's buttons on one practice: *Pause for 1 h* / *Pause until tomorrow*,
// *Resume*, *Send now* and *Open inbox*. The window names the practice and a pause length, never
// a time or a folder: the end of the pause is worked out here (practice-pauses.ts pauseEnd) and
// the folder comes from the settings.
import fs from 'node:fs';
import type { PracticeSettings } from '../model/settings.ts';
import { pauseEnd } from '../engine/practice-pauses.ts';
import type { ActionResult, InvokeMap } from '../../preload/ipc-contract.ts';
import type { ConnectorServiceDeps } from './service-deps.ts';

type PracticeActions = {
  pausePractice(arg: InvokeMap['pausePractice'][0]): Promise<ActionResult>;
  resumePractice(name: string): Promise<ActionResult>;
  sendNow(name: string): Promise<ActionResult>;
  openInbox(name: string): Promise<ActionResult>;
};

const NEEDS_ENGINE: ActionResult = { ok: false, message: 'This needs the running connector.' };

function timeWords(at: Date, now: Date): string {
  const time = at.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  return at.toDateString() === now.toDateString() ? time : `tomorrow ${time}`;
}

export function createPracticeActions(
  deps: ConnectorServiceDeps,
  findPractice: (name: string) => Promise<PracticeSettings | undefined>,
): PracticeActions {
  const { engine } = deps;
  const now = () => (deps.now ?? (() => new Date()))();
  const unknown = (name: string): ActionResult => ({
    ok: false,
    message: `There is no practice named ${name}.`,
  });

  return {
    async pausePractice({ practice: name, length }) {
      if (!(await findPractice(name))) return unknown(name);
      if (!engine.pausePractice) return NEEDS_ENGINE;
      const at = now();
      const until = pauseEnd(length, at);
      const result = await engine.pausePractice(name, until);
      if (!result.ok) return result;
      return {
        ok: true,
        message: `${name} is paused until ${timeWords(until, at)}. Its exports wait in the inbox and go by themselves then.`,
      };
    },

    async resumePractice(name) {
      const practice = await findPractice(name);
      if (!practice) return unknown(name);
      const wasPaused = engine.endPracticePause?.(name) ?? false;
      const refused = engine
        .getStatus()
        .problems.some((p) => p.kind === 'credentials' && p.practiceKey === practice.credentialKey);
      // A refused sign-in is tried again too: Resume means "send again", whatever stopped it.
      if (refused) engine.resumePractice?.(name);
      if (!wasPaused && !refused) return { ok: true, message: `${name} was not paused.` };
      return { ok: true, message: `Sending for ${name} goes on.` };
    },

    async sendNow(name) {
      if (!(await findPractice(name))) return unknown(name);
      return engine.checkPracticeNow ? engine.checkPracticeNow(name) : NEEDS_ENGINE;
    },

    async openInbox(name) {
      const practice = await findPractice(name);
      if (!practice) return unknown(name);
      if (!fs.existsSync(practice.inbox) || !fs.statSync(practice.inbox).isDirectory())
        return {
          ok: false,
          message: `The inbox folder ${practice.inbox} of ${name} cannot be found on this computer. Connect the network share, or choose another folder in Settings.`,
        };
      if (!deps.host.openFolder) return { ok: false, message: 'Opening folders is not available here.' };
      const error = await deps.host.openFolder(practice.inbox);
      return error
        ? { ok: false, message: `The folder ${practice.inbox} could not be opened: ${error}` }
        : { ok: true };
    },
  };
}
