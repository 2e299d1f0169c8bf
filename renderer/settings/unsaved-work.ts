// One save model for the settings pages: every card edits a draft that only its own button saves
// (Save changes, Save credentials, Save this mapping, Save), and tells the page whether it holds
// unsaved work. The page warns before that work would be lost: switching practice (in the page),
// and closing or reloading the window (`beforeunload`; the shell asks with a dialog, see
// main/desktop/unsaved-guard.ts).
import { useCallback, useEffect, useMemo, useState } from 'react';

export type Section = 'practice' | 'credentials' | 'mapping' | 'general';

const SECTION_WORDS: Record<Section, string> = {
  practice: 'the practice details',
  credentials: 'the credentials you typed',
  mapping: 'the column mapping',
  general: 'the settings for all practices',
};

/** "the practice details and the column mapping" */
export function unsavedWords(sections: readonly Section[]): string {
  const words = sections.map((s) => SECTION_WORDS[s]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Which sections hold unsaved work, with one stable reporter per section. */
export function useUnsavedSections() {
  const [dirty, setDirty] = useState<Partial<Record<Section, boolean>>>({});
  const report = useMemo(() => {
    const make = (s: Section) => (d: boolean) =>
      setDirty((prev) => (!!prev[s] === d ? prev : { ...prev, [s]: d }));
    return {
      practice: make('practice'),
      credentials: make('credentials'),
      mapping: make('mapping'),
      general: make('general'),
    };
  }, []);
  const clear = useCallback((sections: readonly Section[]) => {
    setDirty((prev) => ({ ...prev, ...Object.fromEntries(sections.map((s) => [s, false])) }));
  }, []);
  const unsaved = (Object.keys(dirty) as Section[]).filter((s) => dirty[s]);
  return { unsaved, report, clear };
}

/** While `dirty`, closing or reloading the window asks first (Chromium's beforeunload; Electron
 *  hands the question to the shell's 'will-prevent-unload'). */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const hold = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ''; // older Chromium needs a value set, not only preventDefault
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [dirty]);
}
