// "Show me how you read my export": pick a sample file, see which column feeds which appointment
// field and how sure the connector is, correct any of them from the file's own headers, and save
// the result as the practice's column mapping. Opened with *Review* on a held file, it loads that
// file, asks what the connector is not sure of, and *Confirm and send held files* answers once.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ActionResult, ColumnGuess, ConnectorApi, ExportPreview } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { baseName, plural } from '../shared/format.ts';
import { confidenceWords, fieldLabel } from './field-labels.ts';
import {
  NO_ANSWERS,
  asksDateOrder,
  reviewAnswers,
  unanswered,
  uncertainFields,
  type Answers,
} from './review-answers.ts';
import { ReviewQuestions } from './review-questions.tsx';

interface Props {
  connector: ConnectorApi;
  /** Saved practice the mapping belongs to; without one the preview can be seen but not saved. */
  practice?: string;
  /** A held job to review: its file is loaded (by job id; the window never handles its path). */
  reviewJobId?: string;
  /** The practice's mapping changed (saved or confirmed): the settings must be read again. */
  onMappingSaved?: () => void;
  /** Column corrections made here and not saved yet (true) or none left (false). */
  onUnsavedChange?: (unsaved: boolean) => void;
  /** Filled with "save the corrections now" (resolves true when saved), for a page that must
   *  not move on without them (the wizard's *Continue*). */
  saveRef?: RefObject<(() => Promise<boolean>) | null>;
}

/** A person's choice is certain by definition. */
export function chooseColumn(columns: ColumnGuess[], field: string, column: string | null): ColumnGuess[] {
  return columns.map((c) => (c.field === field ? { ...c, column, confidence: column ? 1 : 0 } : c));
}

/** A detail the recogniser did not list (e.g. an unusual patient-id header), added by a person. */
export function addField(columns: ColumnGuess[], field: string): ColumnGuess[] {
  return columns.some((c) => c.field === field)
    ? columns
    : [...columns, { field, column: null, confidence: 0 }];
}

/** The person's column choices carried to another sheet of the same workbook: kept where that
 *  sheet has the column (or where they said "not in this file"); `cleared` names the others,
 *  which the sheet's own reading replaces. */
export function carryChoices(
  columns: readonly ColumnGuess[],
  edited: ReadonlySet<string>,
  next: Pick<ExportPreview, 'columns' | 'headers'>,
): { columns: ColumnGuess[]; edited: Set<string>; cleared: Array<{ field: string; column: string }> } {
  let out = next.columns;
  const kept = new Set<string>();
  const cleared: Array<{ field: string; column: string }> = [];
  for (const field of edited) {
    const column = columns.find((c) => c.field === field)?.column ?? null;
    if (column !== null && !next.headers.includes(column)) {
      cleared.push({ field, column });
      out = addField(out, field); // its row stays, for the person to choose again
      continue;
    }
    out = chooseColumn(addField(out, field), field, column);
    kept.add(field);
  }
  return { columns: out, edited: kept, cleared };
}

/** What became of the person's column choices on the sheet they picked, in words (null: they
 *  had made none). */
export function sheetPickNote(
  sheet: string | undefined,
  carried: { edited: ReadonlySet<string>; cleared: ReadonlyArray<{ field: string; column: string }> },
): string | null {
  const on = sheet !== undefined ? `the sheet ‘${sheet}’` : 'this sheet';
  const lines = carried.cleared.map(
    (c) =>
      `${on[0]!.toUpperCase()}${on.slice(1)} has no column ‘${c.column}’, so your choice for ${fieldLabel(c.field)} was undone: choose its column again.`,
  );
  if (carried.edited.size > 0)
    lines.push(
      lines.length ? 'Your other column choices are kept.' : `Your column choices are kept on ${on}.`,
    );
  return lines.length ? lines.join(' ') : null;
}

/** Carried to the preview of another sheet: the answers given and the columns chosen so far. */
interface Carry {
  answers: Answers;
  columns: ColumnGuess[];
  edited: ReadonlySet<string>;
}

export function ExportPreviewPanel({
  connector,
  practice,
  reviewJobId,
  onMappingSaved,
  onUnsavedChange,
  saveRef,
}: Props) {
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  /** The picked sample's path (not set for a held file: the service finds that one by job id). */
  const [pickedFile, setPickedFile] = useState<string | null>(null);
  const [columns, setColumns] = useState<ColumnGuess[]>([]);
  const [edited, setEdited] = useState<Set<string>>(new Set());
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS);
  /** The answers last confirmed: they stay on screen, and are no longer work to lose. */
  const [confirmedAnswers, setConfirmedAnswers] = useState<Answers>(NO_ANSWERS);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);
  /** What became of the person's column choices when they picked another sheet. */
  const [sheetNote, setSheetNote] = useState<string | null>(null);

  /** `carry`: the work done so far, kept when the same file is read again (another sheet). */
  const load = useCallback(
    async (get: () => Promise<ExportPreview | null>, file: string | null, carry?: Carry) => {
      setResult(null);
      setBusy(true);
      try {
        const p = await get();
        if (!p) return;
        const carried = carry
          ? carryChoices(carry.columns, carry.edited, p)
          : { columns: p.columns, edited: new Set<string>(), cleared: [] };
        setPreview(p);
        setPickedFile(file);
        setColumns(carried.columns);
        setEdited(carried.edited);
        setSheetNote(carry ? sheetPickNote(p.sheet, carried) : null);
        setAnswers(carry?.answers ?? NO_ANSWERS);
        setConfirmedAnswers(NO_ANSWERS);
      } catch (err) {
        setResult({ ok: false, message: describeError(err) });
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  /** The workbook (held, or the sample picked) read from the sheet the person picks: its rows
   *  and columns shown instead, with the answers and column choices made so far. */
  const sheetSource = preview?.review
    ? { jobId: preview.review.jobId }
    : pickedFile
      ? { file: pickedFile, ...(practice ? { practice } : {}) }
      : null;
  function pickSheet(sheet: string) {
    if (!sheetSource) return;
    const carry = { answers: { ...answers, sheet }, columns, edited };
    void load(() => connector.previewSheet({ ...sheetSource, sheet }), pickedFile, carry);
  }

  useEffect(() => {
    if (reviewJobId) void load(() => connector.previewHeldFile(reviewJobId), null);
  }, [connector, reviewJobId, load]);

  async function pick() {
    setResult(null);
    let file: string | null;
    try {
      file = await connector.pickFile();
    } catch (err) {
      return setResult({ ok: false, message: describeError(err) });
    }
    if (!file) return;
    const chosen = file;
    await load(
      () => connector.previewExport(practice ? { file: chosen, practice } : { file: chosen }),
      chosen,
    );
  }

  async function act(what: () => Promise<ActionResult>): Promise<boolean> {
    setBusy(true);
    try {
      const r = await what();
      setResult(r);
      if (r.ok) {
        setEdited(new Set()); // saved: nothing of this page's work is left to lose
        onMappingSaved?.();
      }
      return r.ok;
    } catch (err) {
      setResult({ ok: false, message: describeError(err) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  const review = preview?.review;
  const doubts = preview?.doubts ?? [];
  const toAnswer = unanswered(doubts, answers);
  /** With questions (a held file, or doubts in a sample) the answers are saved with the columns. */
  const asks = !!review || doubts.length > 0;

  // The mapping is checked against the file it was chosen on (the service refuses nonsense).
  const save = (): Promise<boolean> =>
    practice && pickedFile
      ? act(() => connector.saveMapping({ practice, file: pickedFile, columns }))
      : Promise.resolve(false);
  function confirm(): Promise<boolean> {
    if (!practice) return Promise.resolve(false);
    const source = review ? { jobId: review.jobId } : pickedFile ? { file: pickedFile } : null;
    if (!source) return Promise.resolve(false);
    const given = answers;
    return act(() =>
      connector.confirmMapping({
        practice,
        ...source,
        columns,
        answers: reviewAnswers(doubts, given),
        // The file as shown: a file saved over since is refused, never confirmed unseen.
        ...(preview?.seen ? { seen: preview.seen } : {}),
      }),
    ).then((ok) => {
      if (ok) setConfirmedAnswers(given);
      return ok;
    });
  }

  // Corrections and answers not saved yet are the page's work (unsaved-work.ts).
  const unsaved = !!practice && (edited.size > 0 || answers !== confirmedAnswers);
  useEffect(() => onUnsavedChange?.(unsaved), [unsaved, onUnsavedChange]);
  useEffect(() => () => onUnsavedChange?.(false), [onUnsavedChange]);
  useEffect(() => {
    if (!saveRef) return;
    // The same action as the page's own button: a page that moves on saves what it shows.
    saveRef.current = () => (asks ? confirm() : save());
    return () => {
      saveRef.current = null;
    };
  });
  const inDoubt = uncertainFields(doubts);
  // Warn about made-up ids until the person picks a patient id column (saving reads the file again).
  const pickedPatientId = columns.some((c) => c.field === 'patientId' && c.column);
  const madeUp =
    preview?.madeUpPatientIds && !(preview.madeUpPatientIds.noColumn && pickedPatientId)
      ? preview.madeUpPatientIds
      : undefined;

  const addable = (preview?.mappableFields ?? []).filter((f) => !columns.some((c) => c.field === f));
  const missing = preview
    ? preview.missing.filter((f) => !columns.some((c) => c.field === f && c.column))
    : [];
  return (
    <section className="card preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{reviewJobId ? 'Check how a held file is read' : 'Sample export'}</h2>
      {!reviewJobId && (
        <p className="muted">
          Pick one export from your scheduling software. The connector shows which column it reads for each
          appointment detail; correct any that are wrong.
        </p>
      )}
      <button type="button" onClick={pick} disabled={busy}>
        Choose a sample export…
      </button>
      {preview && (
        <>
          {review && (
            <p className="review-intro">
              <strong>{baseName(preview.file)}</strong> is waiting for you: nothing from it has been sent.
              {review.heldFiles > 1
                ? ` ${plural(review.heldFiles, 'file')} of ${review.practice} wait for the same answer.`
                : ''}{' '}
              Check the points below once; the connector remembers your answers for {review.practice}.
            </p>
          )}
          <p>
            <strong>{baseName(preview.file)}</strong>
            <span className="muted">
              {' '}
              · {preview.headers.length} columns
              {/* While the date order is a question, the guess is not shown as if it were settled. */}
              {preview.dateOrder && !asksDateOrder(doubts)
                ? ` · dates read as ${preview.dateOrder.split('').join('/')}`
                : ''}
            </span>
          </p>
          {preview.errors.length > 0 && (
            <ul className="errors" aria-label="Problems in this file">
              {preview.errors.map((e, i) => (
                <li key={i} className="bad-text">
                  {placeOf(e)}
                  {e.message}
                </li>
              ))}
            </ul>
          )}
          {doubts.length > 0 && (
            <ReviewQuestions
              doubts={doubts}
              dateReadings={preview.dateReadings ?? []}
              answers={answers}
              onChange={(a) => {
                setAnswers(a);
                setResult(null);
              }}
              {...(sheetSource ? { sheet: { shown: preview.sheet, pick: pickSheet } } : {})}
            />
          )}
          {sheetNote && (
            <p className="muted small sheet-note" role="note">
              {sheetNote}
            </p>
          )}
          {columns.length > 0 && (
            <table className="mapping">
              <caption className="sr-only">Recognised columns</caption>
              <thead>
                <tr>
                  <th scope="col">Appointment detail</th>
                  <th scope="col">Column in your file</th>
                  <th scope="col">Confidence</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((c) => {
                  const mine = edited.has(c.field);
                  const pct = Math.round(c.confidence * 100);
                  const check = inDoubt.has(c.field) && !mine;
                  return (
                    <tr
                      key={c.field}
                      className={[c.column ? '' : 'unmapped', check ? 'uncertain' : ''].join(' ').trim()}
                    >
                      <th scope="row">
                        {fieldLabel(c.field)}
                        {check && <span className="pill tone-warn check-tag">please check</span>}
                      </th>
                      <td>
                        <select
                          aria-label={`Column for ${fieldLabel(c.field)}`}
                          value={c.column ?? ''}
                          onChange={(e) => {
                            setColumns((cols) => chooseColumn(cols, c.field, e.target.value || null));
                            setEdited((s) => new Set(s).add(c.field));
                            setResult(null);
                          }}
                        >
                          <option value="">(not in this file)</option>
                          {preview.headers.map((h) => (
                            <option key={h} value={h}>
                              {h}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {mine ? (
                          c.column ? (
                            'chosen by you'
                          ) : (
                            'choose its column'
                          )
                        ) : (
                          <span className="confidence">
                            <meter min={0} max={100} value={pct} aria-hidden="true" />
                            {c.column ? `${pct}% · ` : ''}
                            {confidenceWords(c.confidence, c.column !== null)}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {columns.length > 0 && addable.length > 0 && (
            <label className="row add-field">
              <span>Another detail is in this file:</span>
              <select
                aria-label="Add another appointment detail"
                value=""
                onChange={(e) => {
                  const field = e.target.value;
                  if (!field) return;
                  setColumns((cols) => addField(cols, field));
                  setEdited((s) => new Set(s).add(field));
                  setResult(null);
                }}
              >
                <option value="">Choose which…</option>
                {addable.map((f) => (
                  <option key={f} value={f}>
                    {fieldLabel(f)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {missing.length > 0 && (
            <p className="bad-text" role="alert">
              Still needed: {missing.map(fieldLabel).join(', ')}. Choose the column that holds each, or ask
              for an export that includes them.
            </p>
          )}
          {madeUp && (
            <p className="warn-text made-up-ids" role="note">
              {madeUp.noColumn
                ? 'No column of this file gives the patient id, so the connector makes one up from each patient’s name and date of birth. '
                : `${madeUp.rows} of the first ${plural(madeUp.of, 'appointment')} have no patient id: the connector makes one up for them from the patient’s name and date of birth. `}
              Made-up ids do not match patients already on the portal under their chart number. If the file
              has a chart or account number column, choose it as the patient id.
            </p>
          )}
          {preview.sampleRows.length > 0 && (
            <table className="sample">
              <caption>
                First appointments as patients will see them
                {preview.sampleRows.length > 1 ? ` (${preview.sampleRows.length})` : ''}
                {/* The days depend on the open day/month question: say how they were read. */}
                {asksDateOrder(doubts) && (
                  <span className="muted small">
                    {' '}
                    · days read {preview.dateOrder === 'DMY' ? 'day first' : 'month first'} here; your answer
                    to the date question applies once you confirm
                  </span>
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Patient</th>
                  <th scope="col">Day</th>
                  <th scope="col">Time</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {preview.sampleRows.map((r) => (
                  <tr key={r.line}>
                    <td>{r.patient}</td>
                    <td className="nowrap">{r.day}</td>
                    <td className="nowrap">{r.time}</td>
                    <td>{r.provider}</td>
                    <td>{r.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {practice && asks ? (
            <div className="confirm-row">
              <button
                type="button"
                className="primary"
                onClick={() => void confirm()}
                disabled={busy || columns.length === 0 || toAnswer.length > 0 || missing.length > 0}
                aria-describedby="confirm-hint"
              >
                {review ? 'Confirm and send held files' : `Save this mapping for ${practice}`}
              </button>
              <span id="confirm-hint" className="muted small">
                {toAnswer.length > 0
                  ? `First say ${toAnswer.join(' and ')}.`
                  : `Saves this mapping and your answers for ${practice}${
                      review ? `, then sends the ${plural(review.heldFiles, 'file')} waiting` : ''
                    }.`}
              </span>
            </div>
          ) : practice ? (
            <button
              type="button"
              className="primary"
              onClick={() => void save()}
              disabled={busy || columns.length === 0}
            >
              Save this mapping for {practice}
            </button>
          ) : (
            <p className="muted">Save the practice first to keep this mapping.</p>
          )}
        </>
      )}
      <p role="status" className={result ? (result.ok ? 'ok-text' : 'bad-text') : ''}>
        {result?.message ?? ''}
      </p>
    </section>
  );
}

/** Where a problem is, as the person finds it: a workbook's row on its sheet, a text file's line. */
function placeOf(e: ExportPreview['errors'][number]): string {
  if (e.line <= 0) return '';
  return e.sheet !== undefined ? `Row ${e.line} of sheet '${e.sheet}': ` : `Line ${e.line}: `;
}
