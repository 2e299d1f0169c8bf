// A practice's answer to a cancellation written in a note, type or reason column (the audit's
// `off-book-text` and `cancel-text` doubts: Tom Nguyen's `Notes` = `CANCELLED - pt called 3/15` in
// a hand-kept sheet with no status column, or `cancelled 3/1 - will call to resched` beside an
// empty status). The review shows each such text as a word to answer (booked, cancelled, not an
// appointment); the answer is kept for that column and those exact texts only. A later file's
// other text that says cancelled is asked about again: a note is free text, and `pt wants to
// cancel if earlier slot` on next week's list is no cancellation the practice has seen.
import type { AppointmentStatus } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { StatusAnswer } from '../../model/status-answer.ts';
import type { MappingProfile, NoteStatus } from './profile.ts';

/** A note's text as answered and as compared: trimmed, runs of spaces as one, any case. */
export function noteKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What the profile's answers say of one column's texts: `cancel` / `skip` decide the row,
 *  `new` only says the text was seen and answered booked (the audit does not ask it again). */
export class NoteAnswers {
  private readonly meaning = new Map<string, 'new' | 'cancel' | 'skip'>();
  constructor(
    readonly header: string,
    readonly index: number,
    answers: NoteStatus,
  ) {
    for (const m of ['new', 'cancel', 'skip'] as const)
      for (const t of answers[m] ?? []) this.meaning.set(noteKey(t), m);
  }

  /** The answered meaning of the row's text in this column, if it was answered. */
  of(values: readonly string[]): 'new' | 'cancel' | 'skip' | undefined {
    const v = values[this.index];
    return v ? this.meaning.get(noteKey(v)) : undefined;
  }

  /** Whether `text` in this column was answered (any meaning): the audit leaves it alone. */
  answered(column: string, text: string): boolean {
    return column === this.header && this.meaning.has(noteKey(text));
  }
}

/** The profile's note answers for the file's columns (a column the file lacks is left out). */
export function noteAnswers(
  profile: Pick<MappingProfile, 'noteStatus'>,
  headers: readonly string[],
  indexOf: (headers: readonly string[], column: string) => number,
): NoteAnswers[] {
  return (profile.noteStatus ?? []).flatMap((n) => {
    const i = indexOf(headers, n.column);
    return i < 0 ? [] : [new NoteAnswers(headers[i]!, i, n)];
  });
}

/** The row's status once the answered notes are read: a booked row whose note was answered
 *  cancelled is cancelled, one answered not an appointment is skipped (`'skip'`). A row the status
 *  already cancels or skips is left as it is. */
export function withNoteAnswers(
  status: AppointmentStatus,
  notes: readonly NoteAnswers[],
  values: readonly string[],
): AppointmentStatus | 'skip' {
  if (status !== 'NEW') return status;
  for (const n of notes) {
    const m = n.of(values);
    if (m === 'cancel') return 'CANCEL';
    if (m === 'skip') return 'skip';
  }
  return status;
}

/** Cancellations written in a note, type or reason column (`off-book-text` / `cancel-text`
 *  doubts), answered in the review (or `mapping confirm --status TEXT=cancelled`) as the status
 *  words they are shown as: each text the doubt showed is kept for that column and that text only
 *  (map/note-statuses.ts), as answered, or booked when confirmed without an answer for it, and the
 *  doubt is never kept as answered, so a later file's other such text is asked again. (A doubt
 *  whose texts were all answered booked had been kept as answered for the whole column: after
 *  `cancelled last visit - rebooked` was answered booked, a later `cancelled - not rebooked` went
 *  out booked unasked.) The words so kept are no status column's and are left out of the status
 *  vocabulary. */
export function withNoteStatus(
  profile: MappingProfile,
  words: ReadonlyArray<{ word: string; meaning: StatusAnswer }>,
  doubts: readonly Doubt[],
): {
  profile: MappingProfile;
  doubts: readonly Doubt[];
  statusWords: Array<{ word: string; meaning: StatusAnswer }>;
} {
  const notes = new Map<string, NoteStatus>(
    (profile.noteStatus ?? []).map((n) => [n.column, structuredClone(n)]),
  );
  const taken = new Set<string>();
  const answeredDoubts = new Set<Doubt>();
  for (const d of doubts) {
    if ((d.check !== 'off-book-text' && d.check !== 'cancel-text') || !d.column) continue;
    const n = notes.get(d.column) ?? { column: d.column };
    for (const sample of new Set(d.samples.map((t) => t.trim()).filter(Boolean))) {
      const given = words.find((w) => noteKey(w.word) === noteKey(sample));
      const meaning = given?.meaning ?? 'new';
      for (const m of ['new', 'cancel', 'skip'] as const) {
        const kept = (n[m] ?? []).filter((t) => noteKey(t) !== noteKey(sample));
        if (kept.length) n[m] = kept;
        else delete n[m];
      }
      n[meaning] = [...(n[meaning] ?? []), (given?.word ?? sample).trim()];
      if (given) taken.add(noteKey(given.word));
    }
    notes.set(d.column, n);
    answeredDoubts.add(d);
  }
  if (answeredDoubts.size === 0) return { profile, doubts, statusWords: [...words] };
  // A text also shown as a status column's word stays in the vocabulary as well.
  const statusSamples = new Set(
    doubts
      .filter((d) => d.kind === 'status' && !answeredDoubts.has(d))
      .flatMap((d) => d.samples.map(noteKey)),
  );
  return {
    profile: { ...profile, noteStatus: [...notes.values()] },
    doubts: doubts.filter((d) => !answeredDoubts.has(d)),
    statusWords: words.filter((w) => !taken.has(noteKey(w.word)) || statusSamples.has(noteKey(w.word))),
  };
}
