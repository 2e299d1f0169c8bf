// Status words swapped for another real system's word of the same meaning (or printed in
// capitals), and ids written another way with their value kept. All must send.
import type { ExpectedLayout } from './expected.ts';
import type { ValueColumns } from './value-columns.ts';
import { appointmentsByLine, type ValueDraft, type ValueTable } from './value-rewrite.ts';

/** Status words of the same meaning in different real systems (sources in status-words.ts):
 *  a word is replaced by the next one of its group. */
const STATUS_GROUPS: Array<{ status: 'NEW' | 'CANCEL'; words: string[] }> = [
  { status: 'NEW', words: ['Scheduled', 'Booked'] }, // Tebra, CollaborateMD / EMIS, Best Practice
  { status: 'CANCEL', words: ['Cancelled', 'Canceled'] }, // Dentally, Nookal / SimplePractice, Epic
  // Epic, CollaborateMD / EMIS, Vision / Dentally / Healthie, Vagaro / Nookal, Cliniko
  { status: 'NEW', words: ['No Show', 'DNA', 'Did Not Attend', 'No-Show', 'Did Not Arrive'] },
  { status: 'NEW', words: ['Arrived', 'Checked In', 'Checked-In'] }, // EMIS, Dentally / Tebra / CollaborateMD
  { status: 'NEW', words: ['Completed', 'Checked Out'] }, // Epic, Dentally / Tebra, Elation
];

const groupOf = (v: string): (typeof STATUS_GROUPS)[number] | undefined =>
  STATUS_GROUPS.find((g) => g.words.some((w) => w.toLowerCase() === v.trim().toLowerCase()));

function nextWord(v: string): string | undefined {
  const g = groupOf(v);
  if (!g) return undefined;
  const i = g.words.findIndex((w) => w.toLowerCase() === v.trim().toLowerCase());
  return g.words[(i + 1) % g.words.length];
}

export function statusDrafts(table: ValueTable, layout: ExpectedLayout): ValueDraft[] {
  // The status column: its known words agree with every expected row's status.
  const expected = appointmentsByLine(layout);
  const votes = new Map<number, { agree: number; disagree: number }>();
  table.rewrite((value, col, line) => {
    const want = expected.get(line)?.status;
    const g = want && groupOf(value);
    if (!g) return undefined;
    const v = votes.get(col) ?? { agree: 0, disagree: 0 };
    if (g.status === want) v.agree++;
    else v.disagree++;
    votes.set(col, v);
    return undefined;
  });
  const cols = [...votes].filter(([, v]) => v.agree > 0 && v.disagree === 0).map(([c]) => c);
  if (cols.length !== 1) return [];
  // A column that also holds words of its own system (VistA's `NO ACTION TAKEN`, read only where
  // every status is one of VistA's names: vista-statuses.ts) becomes, half rewritten, a column no
  // system writes: its own words lose the company that proved them, so a hold is allowed.
  let ownWords = false;
  table.rewrite((v, col) => {
    if (col === cols[0] && v.trim() !== '' && !groupOf(v)) ownWords = true;
    return undefined;
  });
  const mayHold = ownWords ? 'the column keeps words only its own system writes' : undefined;
  const drafts: ValueDraft[] = [];
  const other = table.rewrite((v, col) => (col === cols[0] ? nextWord(v) : undefined));
  if (other) drafts.push({ name: 'status words of another system', text: other, mayHold });
  // The group's third word, where it has one (Did Not Attend beside No Show and DNA).
  const third = table.rewrite((v, col) => {
    const next = col === cols[0] ? nextWord(v) : undefined;
    return next && nextWord(next) !== v ? nextWord(next) : undefined;
  });
  if (third) drafts.push({ name: 'status words of a third system', text: third, mayHold });
  // Dentrix, Oracle CCL and Medical Manager print status words in capitals.
  const caps = table.rewrite((v, col) => (col === cols[0] && groupOf(v) ? v.toUpperCase() : undefined));
  if (caps) drafts.push({ name: 'status words in capitals', text: caps });
  return drafts;
}

/** Ids written another way: zero-padded ids are sent as written (the engine finds one a
 *  spreadsheet rewrote among the ids sent before, changes/digit-ids.ts); a whole number saved with
 *  decimals (`12345.0`) is read as that number (map/damaged-ids.ts wholeId, 58r3). Not where
 *  the layout joins another file by an id (that file would have to change too). */
export function idDrafts(table: ValueTable, cols: ValueColumns, joined: boolean): ValueDraft[] {
  if (cols.ids.length === 0 || joined) return [];
  const idCols = new Set(cols.ids.map((c) => c.col));
  const of = new Set(cols.ids.map((c) => c.of));
  const ways: Array<[string, (id: string) => string | undefined, boolean]> = [
    // pandas writes an integer column with a gap as floats: a lost leading zero cannot come back.
    ['ids as decimals (12345.0)', (id) => (/^[1-9]\d*$/.test(id) ? `${id}.0` : undefined), false],
    ['ids zero-padded', (id) => (/^\d+$/.test(id) ? id.padStart(10, '0') : undefined), true],
  ];
  return ways.flatMap(([name, fn, asWritten]) => {
    const text = table.rewrite((v, col) => (idCols.has(col) ? fn(v) : undefined));
    const as = (id: string | null): string | null => (id === null || !asWritten ? id : (fn(id) ?? id));
    if (!text) return [];
    return [
      {
        name,
        text,
        expect: (l: ExpectedLayout) => ({
          ...l,
          rows: l.rows.map((r) =>
            r.expect !== 'appointment'
              ? r
              : {
                  ...r,
                  appointmentId: of.has('appointmentId') ? as(r.appointmentId) : r.appointmentId,
                  patientId: of.has('patientId') ? as(r.patientId) : r.patientId,
                },
          ),
        }),
      },
    ];
  });
}
