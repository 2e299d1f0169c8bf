// Whether the column taken for the appointment id really is one: its values must be unique per
// appointment (the same value for another patient or another start means it is not an id) and
// must not be a row counter. Checked on the sample before mapping (a column that fails is dropped
// and ids are derived, as documented), then over the whole file while it is read (a clash found
// later holds the file: by then rows have been read with that id).
import { ownString } from '../own-string.ts';
import { isRowCounter } from './row-counter.ts';

export type IdColumnVerdict = { ok: true } | { ok: false; why: 'counter' | 'not-unique'; example: string };

/** Rows beyond this are not tracked (memory stays flat for bulk loads; the sample and the first
 *  rows decide, and the engine's own per-id check still refuses an id reused for another patient). */
export const ID_TRACK_LIMIT = 100_000;

/**
 * @param rows the sample's appointment rows: the id value, and who and when it is for (`who` is
 *   the patient as written; `when` the start as written)
 */
export function judgeIdColumn(
  rows: ReadonlyArray<{ id: string; who: string; when: string }>,
): IdColumnVerdict {
  const ids = rows.map((r) => r.id);
  if (isRowCounter(ids))
    return { ok: false, why: 'counter', example: ids.filter(Boolean).slice(0, 4).join(', ') };
  const seen = new Map<string, string>();
  for (const r of rows) {
    const id = r.id.trim();
    if (!id) continue;
    const key = `${r.who}\u001f${r.when}`;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, key);
    else if (first !== key) return { ok: false, why: 'not-unique', example: id };
  }
  return { ok: true };
}

/** The whole-file half: remembers each id's appointment and reports the first clash, and the
 *  first id whose rows agree on the appointment but not on `mark` (booked or cancelled). */
export class IdTracker {
  private readonly seen = new Map<string, { key: string; mark: string; provider: string }>();
  clash?: { id: string; line: number };
  /** The clash's two `who`s, the first as seen first (a person's two patient ids). */
  clashWhos?: [string, string];
  disagreement?: { id: string; line: number };
  /** The first id whose rows agree on the appointment but name another provider: one visit
   *  written once per provider or resource (a dentist and a hygienist, a doctor and a room). */
  providerSplit?: { id: string; line: number };

  see(id: string, who: string, when: string, line: number, mark = '', provider = ''): void {
    if (this.clash || !id) return;
    const key = `${who}\u001f${when}`;
    const first = this.seen.get(id);
    if (first === undefined) {
      if (this.seen.size < ID_TRACK_LIMIT)
        this.seen.set(ownString(id), { key: ownString(key), mark, provider: ownString(provider) });
    } else if (first.key !== key) {
      this.clash = { id, line };
      this.clashWhos = [first.key.split('\u001f')[0]!, ownString(who)];
    } else {
      if (first.mark !== mark) this.disagreement ??= { id, line };
      if (first.provider !== provider) this.providerSplit ??= { id, line };
    }
  }
}
