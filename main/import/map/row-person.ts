// A person on a row that reads as no one's: a row of no patient is skipped as blocked time when its
// type or service names a block (`Meeting`, `Lunch`), and a row whose patient cell names a free
// place (`Open Slot`, `Available`) as that place. Either skip loses a visit when the row still
// names a person in a column the mapper reads for nothing:
//   - a block beside `Attendees`, `Participants`, `Client` or `Member` = `Obi, Adaeze`: a meeting
//     with that person (a family meeting, a session booked under a meeting type) or about them (a
//     case conference). Only a block that says it is the staff's own (`Team Meeting`, `Staff
//     Meeting`, `IDT Meeting`, a huddle) is sure to be without them: any other is a row error, never
//     a skip;
//   - a free place beside a phone or an email (`Cell Phone` = `(503) 555-0142`): a place no one
//     has taken has no phone, so the row is a person's whose name was not written; a row error.
//   - a block of any kind beside a person's phone or email, a birth date, or a note on the patient's
//     side (`In-Service training for pt Obi`): blocked time has no birth date or phone of its own,
//     so the row is someone's whose name was not written (a patient's in-service on her
//     equipment, printed once above); a row error, never a skip;
//   - a block whose note or comment is led by a person's name (`Adaeze Obi - new nebulizer`): a
//     patient's in-service on her equipment reads so, and so does a staff member's own training
//     (`Dana Reyes - fire safety`); nothing in the row tells them apart unless the name is the
//     row's own provider or staff (then the note is about the staff's time). Any other name is a
//     row error, never a skip: the file proves neither reading.
// The office's own numbers (`Location Phone`, `Office Fax`, a provider's phone) say nothing of a
// patient and are left out by their header; the columns are picked once per file.
import { namesPatientSide } from './block-words.ts';
import { withoutTitles } from './name-titles.ts';
import { looksLikePersonName } from './names.ts';
import { looksLikeDate } from './parse-date.ts';
import { phoneShaped } from './phone-values.ts';
import { mappedIndexes, type ColumnRef, type ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';

/** The file's columns read for no field. */
export function unmappedColumns(headers: readonly string[], refs: ColumnRefs): ColumnRef[] {
  const used = mappedIndexes(refs);
  return headers.flatMap((header, index) => (used.has(index) ? [] : [{ header, source: 'main', index }]));
}

/** A header naming who attends on the patient's side, as the whole header or before `Name(s)`:
 *  `Attendees`, `Client Name`, `Member`; never `Client Notes` or `Session Type`. */
const PERSON_HEADER =
  /(?:^|[^\p{L}])(?:attendees?|participants?|clients?|members?|guests?|patients?|invitees?|customers?|residents?|students?|consumers?|individuals?|guarantors?|responsible\s+party)(?:\s+names?)?$/iu;

/** A header of the office's or its staff's own number or address, not a patient's (a calendar's
 *  `Organizer`, who booked the row). */
const OFFICE_HEADER =
  /(?:^|[^\p{L}])(?:office|clinic|practice|location|facility|site|provider|doctor|physician|staff|resource|fax|department|dept|room|referring|pcp|organi[sz]er|owner|creator|created|booked|author|user|scheduler|therapist|practitioner|clinician|employee)(?:[^\p{L}]|$)/iu;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A block that says it is the staff's own, with no patient in it: a case conference at most. */
const STAFF_ONLY =
  /(?:^|[^\p{L}])(?:team|staff|idt|idg|interdisciplinary|huddle|case\s+conference|providers?|doctors?|clinicians?|all\s+hands)(?:[^\p{L}]|$)/iu;

/** Whether a block's text says it is the staff's own time. */
export function staffOnlyBlock(text: string): boolean {
  return STAFF_ONLY.test(text);
}

type Cell = { header: string; read: () => string };

/** What a block row of the staff's own time never has, by the field that holds it, and whether a
 *  cell writes it (a database's `NULL` in the birth date column is none). */
const SAID = { dob: 'birth date', email: "patient's e-mail", note: 'note on a patient' } as const;
const WRITES: Record<keyof typeof SAID, (v: string) => boolean> = {
  dob: looksLikeDate,
  email: (v) => EMAIL.test(v),
  note: namesPatientSide,
};

/** Whether a note on a block row is about a patient: on the patient's side, or led by a name that
 *  is not the row's provider's. */
function noteOnPatient(note: string, provider: string): boolean {
  return namesPatientSide(note) || (ledByName(note) !== undefined && !namesOwnStaff(note, provider));
}

/** A note or comment column the mapper reads for nothing (`Comments`, `Appt Notes`, `Memo`). */
const NOTE_HEADER = /(?:^|[^\p{L}])(?:notes?|comments?|memos?|remarks?)(?:[^\p{L}]|$)/iu;

/** The person's name a note starts with, before a dash, colon or bar (`Adaeze Obi - new
 *  nebulizer`, `Obi, Adaeze: CPAP fitting`): two to four words, each capitalised. */
const LED_BY = /^\s*([\p{Lu}][\p{L}'’.-]*(?:,?\s+[\p{Lu}][\p{L}'’.-]*){1,3})\s*[-–—:|]\s*\S/u;
function ledByName(note: string): string | undefined {
  const m = LED_BY.exec(note);
  return m && looksLikePersonName(m[1]!) ? m[1]! : undefined;
}

/** The words of a name, in lower case and without commas or titles' dots, to compare two. */
const nameWords = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((w) => w !== '');

/** Whether the name leading `note` is the row's provider's (`Dana Reyes - fire safety` on Dana
 *  Reyes's own row, `Dr. Lee - CPR recert` on `Lee, Anna MD`'s): a note about the staff's own
 *  time. A title in front says nothing of who (`Dr.`); each whole word must be one of the
 *  provider's, and an initial the first letter of one (`B. Lee` on Anna Lee's row is someone
 *  else, who may be a patient). */
function namesOwnStaff(note: string, provider: string): boolean {
  const name = ledByName(note);
  if (!name || !provider) return false;
  const own = nameWords(provider);
  const words = nameWords(withoutTitles(name));
  const whole = words.filter((w) => w.length > 1);
  return (
    whole.length > 0 &&
    whole.every((w) => own.includes(w)) &&
    words.every((w) => w.length > 1 || own.some((o) => o.startsWith(w)))
  );
}

/** The first of `cells` whose value passes `test`, as [header, value]. */
function firstWritten(cells: readonly Cell[], test: (v: string) => boolean): [string, string] | undefined {
  for (const c of cells) {
    const v = c.read().trim();
    if (v !== '' && test(v)) return [c.header, v];
  }
  return undefined;
}

/** Fails the row when a block (`block`, the text that named it) on a row of no patient is not the
 *  staff's own and an unmapped person column names someone, or, whatever the block, when the row
 *  has a person's phone or email, a birth date, or a note on the patient's side. */
export function blockWithPersonCheck(
  cursor: RowCursor,
  unmapped: readonly ColumnRef[],
  refs: ColumnRefs,
): ((block: string) => void) | undefined {
  const cells = unmapped
    .filter((c) => PERSON_HEADER.test(c.header.trim()))
    .map((c) => ({ header: c.header, read: cursor.readerAt(c) }));
  const contact = placeWithContactCheck(cursor, unmapped);
  const said = (['dob', 'email', 'note'] as const).flatMap((f) => {
    const r = refs[f];
    return r ? [{ field: f, header: r.header, read: cursor.readerAt(r) }] : [];
  });
  for (const c of unmapped)
    if (NOTE_HEADER.test(c.header) && !PERSON_HEADER.test(c.header.trim()))
      said.push({ field: 'note', header: c.header, read: cursor.readerAt(c) });
  const provider = refs.providerName ? cursor.readerAt(refs.providerName) : () => '';
  if (!cells.length && !contact && !said.length) return undefined;
  return (block) => {
    const named = staffOnlyBlock(block) ? undefined : firstWritten(cells, looksLikePersonName);
    if (named)
      cursor.failAt(
        named[0],
        `names no patient, but ${named[0]} names ${named[1]} on this "${block}" row: is this "${block}" a visit with ${named[1]}, or staff time about them?`,
        `Write ${named[1]} in the patient column if this is a patient's visit; a block of the staff's own time can say so (Team Meeting, Staff Meeting)`,
        named[1],
      );
    for (const c of said) {
      const v = c.read();
      if (v && (c.field === 'note' ? noteOnPatient(v, provider()) : WRITES[c.field](v)))
        cursor.failAt(
          c.header,
          `names no patient, but ${c.header} has ${v} on this "${block}" row: blocked time has no ${SAID[c.field]}, this may be a patient's visit`,
          `Write the patient's name in the patient column, or clear ${c.header} on a block of the staff's own time`,
          v,
        );
    }
    contact?.(block, true);
  };
}

/** Fails the row when a free place written as the patient (`place`), or a block (`block`: `place`
 *  is the text that named it), has a phone or an email of someone's in an unmapped column. */
export function placeWithContactCheck(
  cursor: RowCursor,
  unmapped: readonly ColumnRef[],
): ((place: string, block?: boolean) => void) | undefined {
  const cells = unmapped
    .filter((c) => !OFFICE_HEADER.test(c.header))
    .map((c) => ({ header: c.header, read: cursor.readerAt(c) }));
  if (!cells.length) return undefined;
  return (place, block = false) => {
    const contact = firstWritten(cells, (v) => phoneShaped(v) || EMAIL.test(v));
    if (contact)
      cursor.failAt(
        contact[0],
        block
          ? `names no patient, but ${contact[0]} has ${contact[1]} on this "${place}" row: blocked time has no phone or email, this may be a patient's visit`
          : `names a free place ("${place}") as the patient, but ${contact[0]} has ${contact[1]}: a free place has no phone or email, this may be a patient's visit`,
        `Write the patient's name in the patient column, or clear ${contact[0]} on a free place`,
        contact[1],
      );
  };
}
