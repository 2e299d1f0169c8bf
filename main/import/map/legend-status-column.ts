// A status column that only the file's own legend names. A narrow report column headed `Stat`
// (MDOffice, older Windows practice-management reports) or `Sts` is no header recognition reads as
// the visit's status (a bare `Stat` may be an order's urgency), so with no other status its
// one-letter codes were asked about. But when a legend line of the same file explains every code
// the column writes (`Status: P=Pending  K=Kept  C=Cancelled  N=No Show  R=Rescheduled`), in
// meanings the vocabulary reads, the file says what the column is and what each code means: it is
// read as the status, for this file only, and no one is asked.
//
// Only when the whole file was read (the legend is printed after the rows), nothing was taken as
// the status, exactly one such column fits, and the legend is that column's alone
// (legend-statuses.ts: a legend that also explains another column's codes, or that says otherwise
// than the connector's own reading of a code, is asked about as before). A legend line labelled as
// something else's (`Eligibility: A=Active  C=Cancelled`, `Confirmation: X=Cancelled by text`,
// `Recall:`, `Pt Status:`) explains that thing's codes, whose letters a bare `Stat` column may well
// write (an insurance or confirmation status printed narrow): it never makes the column the visit's
// status, and a code it explains is the other thing's, so the column is asked about.
import type { LegendEntry } from '../read/table-types.ts';
import { headerWords } from './header-meaning.ts';
import { legendStatuses } from './legend-statuses.ts';
import type { Recognition } from './recognize.ts';
import type { StatusVocabulary } from './status-vocabulary.ts';

/** A header's shortened status word (`Stat`, `Appt Sts`): a report writer's narrow column. */
const STATUS_SHORT = new Set(['stat', 'sts', 'stts']);
const STATUS_FIELDS = new Set(['status', 'cancelledAt', 'cancelledFlag']);

/** The column to read as the status by the file's legend, or undefined. */
export function legendStatusColumn(
  recognition: Recognition,
  headers: readonly string[],
  column: (header: string) => string[],
  legend: readonly LegendEntry[],
  vocabulary: StatusVocabulary | undefined,
): string | undefined {
  if (recognition.fields.some((f) => STATUS_FIELDS.has(f.field))) return undefined;
  const own = legend.filter((e) => !e.label || labelSaysStatus(e.label));
  if (own.length === 0) return undefined;
  const foreign = new Set(legend.filter((e) => !own.includes(e)).map((e) => e.code));
  const taken = new Set(recognition.fields.map((f) => f.column));
  const codes = new Set(own.map((e) => e.code));
  const fits = headers.filter((h) => {
    if (taken.has(h) || !saysStatus(h)) return false;
    const cells = column(h).map((c) => c.trim());
    if (!cells.some(Boolean) || cells.some((c) => c && (!codes.has(c) || foreign.has(c)))) return false;
    const others = headers.filter((o) => o !== h).map(column);
    const reading = legendStatuses(own, cells, vocabulary, h, others);
    return !!reading && reading.codes.size > 0 && !reading.doubt;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Words a status header may carry besides the status word: the visit's own (`Appt Stat`, `Sch
 *  Sts`). Any other names whose status it is (`Elig Stat`, `Ins Stat`, `Acct Sts`), and a legend
 *  of visit statuses printed under it may be another column's. */
const VISIT_WORDS = new Set(['appt', 'appointment', 'visit', 'sch', 'sched', 'schd', 'schedule', 'booking']);

function saysStatus(header: string): boolean {
  const words = headerWords(header);
  return (
    words.some((w) => w === 'status' || STATUS_SHORT.has(w)) &&
    words.every((w) => w === 'status' || STATUS_SHORT.has(w) || VISIT_WORDS.has(w))
  );
}

/** Words a status legend's label may be made of: the status word in the languages the vocabulary
 *  reads, the visit's words, and a legend's own (`Status:`, `Appt Status Codes:`, `Legend:`,
 *  `Estado:`). */
const LABEL_WORDS = new Set([
  'legend',
  'key',
  'keys',
  'code',
  'codes',
  'estado',
  'estados',
  'statut',
  'stato',
  'estatus',
]);

function labelSaysStatus(label: string): boolean {
  return headerWords(label).every(
    (w) => w === 'status' || STATUS_SHORT.has(w) || VISIT_WORDS.has(w) || LABEL_WORDS.has(w),
  );
}

/** The recognition with `header` read as the status (the file's legend names it). */
export function withLegendStatus(recognition: Recognition, header: string): Recognition {
  return {
    ...recognition,
    fields: [
      ...recognition.fields,
      {
        field: 'status',
        column: header,
        confidence: 1,
        why: "the file's legend explains every code it writes",
      },
    ],
    profile: { ...recognition.profile, columns: { ...recognition.profile.columns, status: header } },
    unmapped: recognition.unmapped.filter((h) => h !== header),
  };
}
