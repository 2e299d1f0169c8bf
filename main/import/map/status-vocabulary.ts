// What a status word in an export means for Medfusion: send it as a live appointment (NEW),
// send it as cancelled (CANCEL), or do not send the row at all (skip).
//
// The built-in vocabulary covers the products in shared/docs/export-formats.md; a profile can
// add words (its own lists win). Matching ignores case, extra spaces and an OpenEMR symbol
// prefix ("x Canceled" matches "x", "canceled" and "x canceled").
// Why "No show" is NEW and not CANCEL: the appointment existed and the patient missed it; a
// CANCEL would tell the patient on the portal that the practice cancelled it.

export type StatusMeaning = 'NEW' | 'CANCEL' | 'skip';

export interface StatusVocabulary {
  new?: string[];
  cancel?: string[];
  skip?: string[];
  /** A word in none of the lists: 'hold' (default: the file is held and a person asked once),
   *  'new', 'skip', or 'error' (a row error). */
  unknown?: 'hold' | 'new' | 'skip' | 'error';
}

export const BUILT_IN_STATUS: Required<Omit<StatusVocabulary, 'unknown'>> = {
  cancel: [
    // OpenEMR symbols and titles
    'x',
    '%',
    'x canceled',
    '% canceled < 24h',
    // Open Dental (Broken = missed or cancelled), SimplePractice, eClinicalWorks
    'broken',
    'late cancelled',
    'late canceled',
    'hwcancel',
    'deleted',
    'rescheduled',
    'void',
  ],
  skip: [
    // Open Dental entries that are not scheduled visits
    'unschedlist',
    'planned',
    'ptnote',
    'ptnotecompleted',
    // Open slots / blocked time some reports mix in
    'blocked',
    'block',
    'open slot',
    'available',
  ],
  new: [
    'none',
    '-',
    'scheduled',
    'confirmed',
    'pending',
    'arrived',
    'checked out',
    'complete',
    'completed',
    'show',
    'no show',
    '?',
    'asap',
    'pen',
    'arr',
    'chk',
    'ptns',
  ],
};

export function normalizeStatus(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Words that contain "cancel" mean CANCEL even when no list names them (hwCancel, Cancelled
 *  by patient...). */
const CANCEL_STEM = /cancel/i;

/** Build a classifier from a profile's vocabulary merged over the built-in one. */
export function statusClassifier(
  profile: StatusVocabulary | undefined,
): (word: string) => StatusMeaning | 'unknown' {
  const table = new Map<string, StatusMeaning>();
  const add = (words: string[] | undefined, meaning: StatusMeaning): void => {
    for (const w of words ?? []) table.set(normalizeStatus(w), meaning);
  };
  add(BUILT_IN_STATUS.new, 'NEW');
  add(BUILT_IN_STATUS.skip, 'skip');
  add(BUILT_IN_STATUS.cancel, 'CANCEL');
  add(profile?.new, 'NEW');
  add(profile?.skip, 'skip');
  add(profile?.cancel, 'CANCEL');
  return (word) => {
    const n = normalizeStatus(word);
    if (!n) return 'NEW';
    const direct = table.get(n);
    if (direct) return direct;
    // OpenEMR: "<symbol> <title>"; the site may have renamed the title but not the symbol.
    const sp = n.indexOf(' ');
    if (sp > 0 && sp <= 2) {
      const bySymbol = table.get(n.slice(0, sp)) ?? table.get(n.slice(sp + 1));
      if (bySymbol) return bySymbol;
    }
    if (CANCEL_STEM.test(n)) return 'CANCEL';
    // "SMS Confirmed", "AVM Confirmed": a channel word before a known one.
    const lastWord = n.slice(n.lastIndexOf(' ') + 1);
    if (lastWord !== n && table.get(lastWord) === 'NEW') return 'NEW';
    return 'unknown';
  };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', 't', 'cancelled', 'canceled']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'f', '']);

/** Reads a boolean flag column (Dental4Windows `cancelled=true`). undefined = not a boolean. */
export function parseFlag(value: string): boolean | undefined {
  const n = value.trim().toLowerCase();
  if (TRUE_WORDS.has(n)) return true;
  if (FALSE_WORDS.has(n)) return false;
  return undefined;
}
