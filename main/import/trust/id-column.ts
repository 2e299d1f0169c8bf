// Whether the column taken for the appointment id really is one: its values must be unique per
// appointment (the same value for another patient or another start means it is not an id) and
// must not be a row counter, nor the patient's own id written again (`Appointment ID` = `Patient
// ID` on every row: the patient's next appointment would carry it too). Checked on the sample
// before mapping (a column that fails is dropped and ids are derived, as documented), then over
// the whole file while it is read (a clash found later holds the file: by then rows have been
// read with that id).
import { ownString } from '../own-string.ts';
import { isRowCounter } from './row-counter.ts';
import { SPLITS_NAMED } from './start-providers.ts';
import { readsAsEmpty } from '../map/no-value.ts';
import { DAMAGED_ID_HINT, spreadsheetDamage } from '../map/damaged-ids.ts';
import { guidKey } from '../map/guid-ids.ts';

/** `sameStart`: the value's rows are of different patients at one start, a family or a group
 *  booked as one appointment (one slot, an id for the booking, a row per person). */
export type IdColumnVerdict =
  | { ok: true }
  | { ok: false; why: 'counter' | 'not-unique' | 'patient-id'; example: string; sameStart?: true };

/** Rows beyond this are not tracked (memory stays flat for bulk loads; the sample and the first
 *  rows decide, and the engine's own per-id check still refuses an id reused for another patient). */
export const ID_TRACK_LIMIT = 100_000;

/**
 * @param rows the sample's appointment rows: the id value, and who and when it is for (`who` is
 *   the patient as written; `when` the start as written; `patientId` the patient-id column's
 *   value, when one is mapped)
 */
export function judgeIdColumn(
  rows: ReadonlyArray<{ id: string; who: string; when: string; patientId?: string }>,
): IdColumnVerdict {
  const ids = rows.map((r) => r.id);
  if (isRowCounter(ids))
    return { ok: false, why: 'counter', example: ids.filter(Boolean).slice(0, 4).join(', ') };
  const seen = new Map<string, string>();
  for (const r of rows) {
    const id = r.id.trim();
    // `NULL` on two rows is two ids left empty, not one id given twice (no-value.ts).
    if (!id || readsAsEmpty(id)) continue;
    const key = `${r.who}\u001f${r.when}`;
    // One GUID written in two cases or with and without braces is one id given twice (guid-ids.ts).
    const same = guidKey(id) ?? id;
    const first = seen.get(same);
    if (first === undefined) seen.set(same, key);
    else if (first !== key)
      return {
        ok: false,
        why: 'not-unique',
        example: id,
        ...(sameStart(first, key) ? { sameStart: true } : {}),
      };
  }
  const patientOwn = patientIdAgain(rows);
  return patientOwn === undefined ? { ok: true } : { ok: false, why: 'patient-id', example: patientOwn };
}

/** `00012` and `12` are one number written two ways (a report pads one column, not the other), and
 *  so are `P100415`, `MRN-100415`, `100415-A` and `100415`: one run of four digits or more with a
 *  mark of up to four other signs before or after it is that number, on either side (a report that
 *  copies the patient's number into its id column marks it, or strips the mark the patient id
 *  carries). */
const sameId = (a: string, b: string): boolean =>
  a.replace(/^0+(?=.)/, '').toLowerCase() === b.replace(/^0+(?=.)/, '').toLowerCase() ||
  (markedNumber(a) ?? 'a') === (markedNumber(b) ?? 'b');

/** The number of an id written as one run of four digits or more with up to four other signs
 *  before or after it, without its leading zeros. */
const MARKED_NUMBER = /^\D{0,4}?0*(\d{4,})\D{0,4}$/;
const markedNumber = (v: string): string | undefined => MARKED_NUMBER.exec(v)?.[1];

/**
 * The first id, when the id column holds the patient's id on every row that has both (two rows at
 * least): a report that writes the patient's number under `Appointment ID` (or joins on it). Each
 * patient once in a day's list, it is unique there, yet the patient's next appointment would come
 * under the same id and move this one on the portal. Two real ids equal on every row of a list
 * is no coincidence; on one row it can be, so one row proves nothing.
 */
function patientIdAgain(rows: ReadonlyArray<{ id: string; patientId?: string }>): string | undefined {
  let first: string | undefined;
  let both = 0;
  for (const r of rows) {
    const id = r.id.trim();
    const patient = r.patientId?.trim() ?? '';
    if (!id || !patient || readsAsEmpty(id) || readsAsEmpty(patient)) continue;
    if (!sameId(id, patient)) return undefined;
    first ??= id;
    both++;
  }
  return both >= 2 ? first : undefined;
}

/** Whether two `who␟when` keys are of one start (and so of different patients). */
function sameStart(a: string, b: string): boolean {
  return a.slice(a.indexOf('\u001f')) === b.slice(b.indexOf('\u001f'));
}

/** The whole-file half: remembers each id's appointment and reports the first clash, and the
 *  first id whose rows agree on the appointment but not on `mark` (booked or cancelled). */
export class IdTracker {
  private readonly seen = new Map<string, { key: string; mark: string; provider: string; at?: number }>();
  clash?: { id: string; line: number; sameStart?: true };
  /** The clash's two `who`s, the first as seen first (a person's two patient ids). */
  clashWhos?: [string, string];
  disagreement?: { id: string; line: number };
  /** The first id whose rows agree on the appointment but name another provider: one visit
   *  written once per provider or resource (a dentist and a hygienist, a doctor and a room). */
  providerSplit?: { id: string; line: number };
  /** Every id split so (up to SPLITS_NAMED): a confirmation accepts these, and a later file's
   *  other split is asked about (answered-checks.ts). */
  readonly providerSplitIds = new Set<string>();

  /** With `namesClashes` (a patient-id column's trackers), every clash as a confirmation keeps
   *  it (up to SPLITS_NAMED): the id given to two people, or one person's two ids (`5002|5077`).
   *  Accepting these leaves a later file's other shared id, or other person's two ids, asked. */
  readonly clashIds = new Set<string>();
  readonly clashPairs = new Set<string>();
  /** Each clash as the id and the two `who`s it was given to (`id␟who␟who`): an answer accepts
   *  the id for those people only, so the same account number later given to someone else is
   *  asked about (a family's 5001 accepted for a mother and her child never takes in a stranger). */
  readonly clashIdPairs = new Set<string>();

  /** `namesClashes`: go on past the first clash and name each (answered-checks.ts). */
  constructor(private readonly namesClashes = false) {}

  /** `at`: the row's event time (event-time-column.ts), when the file writes one. */
  see(id: string, who: string, when: string, line: number, mark = '', provider = '', at?: number): void {
    if ((this.clash && !this.namesClashes) || !id || readsAsEmpty(id)) return;
    const key = `${who}\u001f${when}`;
    const first = this.seen.get(id);
    if (first === undefined) {
      if (this.seen.size < ID_TRACK_LIMIT)
        this.seen.set(ownString(id), {
          key: ownString(key),
          mark,
          provider: ownString(provider),
          ...(at !== undefined ? { at } : {}),
        });
    } else if (first.key !== key) {
      const whos: [string, string] = [first.key.split('\u001f')[0]!, ownString(who)];
      if (!this.clash) {
        this.clash = { id, line, ...(sameStart(first.key, key) ? { sameStart: true } : {}) };
        this.clashWhos = whos;
      }
      if (this.namesClashes && this.clashIds.size < SPLITS_NAMED) {
        this.clashIds.add(ownString(id));
        const sorted = [...whos].sort();
        this.clashPairs.add(sorted.join('|'));
        this.clashIdPairs.add([ownString(id), ...sorted].join('\u001f'));
      }
    } else {
      // Rows whose event times never go back: the last row is the latest state, as it is kept.
      // A row back in time, or with none, leaves the order unknown from then on.
      // Two events at one instant that disagree have no order: asked.
      if (
        first.at !== undefined &&
        at !== undefined &&
        (at > first.at || (at === first.at && first.mark === mark))
      ) {
        first.at = at;
        first.mark = mark;
      } else {
        if (first.mark !== mark) this.disagreement ??= { id, line };
        delete first.at;
      }
      if (first.provider !== provider) {
        this.providerSplit ??= { id, line };
        if (this.providerSplitIds.size < SPLITS_NAMED) this.providerSplitIds.add(ownString(id));
      }
    }
  }
}

/**
 * What the doubt over a reused id says and asks. An id on rows of different patients at one start
 * is a family's or a group's booking (one slot, a row per person): sent as it is, each row would
 * take the one portal appointment from the one before, and only the last patient would keep it.
 * Ids made from each patient instead are stable only if the column is left out of every export
 * from now on, so a person decides (`line`: where the value came again, when known). Nor is an
 * id made from the session's id and each patient's stable: a group appointment gains and loses
 * clients after it is booked (SimplePractice adds a client to an existing group appointment;
 * Jane keeps the other clients booked when one cancels), so a session of one client, sent under
 * the bare id, would move to a new id, and be on that patient's portal twice, when a second joins.
 */
export function idReuseDoubt(
  id: string,
  sameStart: boolean,
  line?: number,
): { message: string; samples: string[]; question: string } {
  const again = line === undefined ? '' : ` (again on line ${line})`;
  // `1.23457E+11` on two appointments: a spreadsheet cut two ids to their first digits. The column
  // is the id, only this copy lost it; mapped to none, a clean export's real ids would later send
  // every appointment a second time. So the question is the re-export, not which column.
  const damage = spreadsheetDamage(id.trim());
  if (damage)
    return {
      message: `the value '${id}' is used for two different appointments${again}; it ${damage}`,
      samples: [id],
      question: `${DAMAGED_ID_HINT}. Confirm the mapping only if this column holds no appointment id (ids are then made from patient, provider and day)`,
    };
  if (!sameStart)
    return {
      message: `the value '${id}' is used for two different appointments${again}, so this column is not an appointment id`,
      samples: [id],
      question: 'Which column holds the appointment id (or is there none)?',
    };
  return {
    message: `the value '${id}' is on rows of different patients at one start${again}: a family or a group booked as one appointment, so it is no id of each patient's own appointment`,
    samples: [id],
    question:
      "Map no column as the appointment id (each patient's appointment then gets an id made from patient, provider and day), or the column that holds each patient's own appointment id",
  };
}

/** What the doubt over an id column that repeats the patient's id says and asks. */
export function patientIdAsIdDoubt(
  idHeader: string,
  patientHeader: string,
  example: string,
): { message: string; samples: string[]; question: string } {
  return {
    message: `'${idHeader}' is the same as '${patientHeader}' on every row ('${example}'…): the patient's id, not the appointment's, so the patient's next appointment would come under it and move this one`,
    samples: [example],
    question: `Does '${idHeader}' hold each appointment's own id? If not, map the column that does, or none (ids are then made from patient, provider and day); confirm the mapping only if each patient really has one appointment id for good`,
  };
}
