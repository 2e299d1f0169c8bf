// The questions of a held file's review, one per doubt: every doubt in plain words with values
// from the file, and an answer control where a person's answer settles it (status words: booked,
// cancelled or not an appointment; date order: the file's own dates written out both ways; names
// without a comma: family name or given name first; a workbook's sheets: which one holds the appointments, its rows shown when picked).
// Columns in doubt are answered in the column table below, where they are marked.
// Blank dates answer: a date printed once per day may be answered as the day of the row above.
// Times written as UTC at odd hours: really UTC, or the practice's own clock marked UTC by mistake.
// Starts at midnight in a day's schedule: real, or visits saved without a time (those rows left out).
import type { ReactNode } from 'react';
import type { Doubt, ExportPreview } from '../shared/types.ts';
import { DoubtItem } from '../history/held-review.tsx';
import { STATUS_CHOICES, asksNameOrder, unknownStatusWords, type Answers } from './review-answers.ts';
import { afterNoonWords, asksAfterNoon, asksBlankDate, asksMarkedUtc } from './review-answers.ts';
import { asksMidnightUntimed, asksLocationZones, PRACTICE_CLOCK } from './review-answers.ts';

interface Props {
  doubts: Doubt[];
  dateReadings: NonNullable<ExportPreview['dateReadings']>;
  answers: Answers;
  onChange: (answers: Answers) => void;
  /** A held workbook: the sheet whose rows are shown, and picking another (unset: no picking). */
  sheet?: { shown: string | undefined; pick: (sheet: string) => void };
}

/** One choice of a question: its radio button and words (every question's choices look alike). */
function Radio(props: {
  name: string;
  value?: string;
  checked: boolean;
  onPick: () => void;
  children: ReactNode;
}) {
  return (
    <label className="radio-inline">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={props.onPick}
      />
      {props.children}
    </label>
  );
}

/** The choices of a question whose answer is one value of `field` (date order, name order, blank
 *  dates): `choice(value, label)` is the radio button that sets it. */
function answerChoice<K extends 'dateOrder' | 'nameOrder' | 'blankDate' | 'markedUtc' | 'midnight'>(
  field: K,
  name: string,
  answers: Answers,
  onChange: Props['onChange'],
) {
  return (value: NonNullable<Answers[K]>, label: string) => (
    <Radio
      name={name}
      value={value}
      checked={answers[field] === value}
      onPick={() => onChange({ ...answers, [field]: value })}
    >
      {label}
    </Radio>
  );
}

function SheetQuestion({ names, sheet }: { names: string[]; sheet: NonNullable<Props['sheet']> }) {
  return (
    <fieldset className="answer">
      <legend>The appointments are on the sheet:</legend>
      {names.map((name) => (
        <Radio
          key={name}
          name="sheet"
          value={name}
          checked={sheet.shown === name}
          onPick={() => sheet.pick(name)}
        >
          {name}
        </Radio>
      ))}
      <p className="muted small">The rows below are from the sheet picked here.</p>
    </fieldset>
  );
}

function StatusQuestion({
  word,
  answers,
  onChange,
}: { word: string } & Omit<Props, 'doubts' | 'dateReadings' | 'sheet'>) {
  return (
    <fieldset className="answer">
      <legend>
        <span className="mono">‘{word}’</span> means:
      </legend>
      {STATUS_CHOICES.map((c) => (
        <Radio
          key={c.value}
          name={`status-${word}`}
          value={c.value}
          checked={answers.status[word] === c.value}
          onPick={() => onChange({ ...answers, status: { ...answers.status, [word]: c.value } })}
        >
          {c.label}
        </Radio>
      ))}
    </fieldset>
  );
}

function DateOrderQuestion({ dateReadings, answers, onChange }: Omit<Props, 'doubts' | 'sheet'>) {
  const choice = answerChoice('dateOrder', 'date-order', answers, onChange);
  return (
    <fieldset className="answer">
      <legend>The dates in this file are written:</legend>
      {dateReadings.length > 0 && (
        <table className="readings">
          <thead>
            <tr>
              <th scope="col">In the file</th>
              <th scope="col">Day first</th>
              <th scope="col">Month first</th>
            </tr>
          </thead>
          <tbody>
            {dateReadings.map((r) => (
              <tr key={r.text}>
                <td className="mono">{r.text}</td>
                <td>{r.dayFirst ?? 'not a date'}</td>
                <td>{r.monthFirst ?? 'not a date'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {choice('DMY', 'Day first (31/12/2026)')}
      {choice('MDY', 'Month first (12/31/2026)')}
    </fieldset>
  );
}

/** Names in one column without a comma: which comes first. Family name first is kept in the
 *  mapping (its name order); given name first is what confirming says anyway. */
function NameOrderQuestion({ answers, onChange }: Pick<Props, 'answers' | 'onChange'>) {
  const choice = answerChoice('nameOrder', 'name-order', answers, onChange);
  return (
    <fieldset className="answer">
      <legend>The names without a comma are written:</legend>
      {choice('first-last', 'Given name first (Wei Ming Tan)')}
      {choice('last-first', 'Family name first (Tan Wei Ming)')}
    </fieldset>
  );
}

/** Blank dates answer: a report that prints each day's date once. The day above is kept in the
 *  mapping; leaving the rows out (each a row error) is what confirming does anyway. */
function BlankDateQuestion({ answers, onChange }: Pick<Props, 'answers' | 'onChange'>) {
  const choice = answerChoice('blankDate', 'blank-date', answers, onChange);
  return (
    <fieldset className="answer">
      <legend>A row with an empty date is:</legend>
      {choice('above', 'On the same day as the row above')}
      {choice('left-out', 'Not to be sent (each is reported as a row error)')}
    </fieldset>
  );
}

/** Times written as UTC (`10:00Z`) that would start at odd hours in the practice's zone: really
 *  UTC, or the practice's own clock marked UTC by mistake (kept in the mapping for this column).
 *  Neither is picked for the person: either one, wrong, moves every appointment. */
function MarkedUtcQuestion({ answers, onChange }: Pick<Props, 'answers' | 'onChange'>) {
  const choice = answerChoice('markedUtc', 'marked-utc', answers, onChange);
  return (
    <fieldset className="answer">
      <legend>The times written as UTC (with a Z or +00:00) are:</legend>
      {choice('utc', 'Really UTC (each converted to the practice’s time zone)')}
      {choice('local', 'The practice’s own clock, marked UTC by mistake (10:00Z is 10:00 at the practice)')}
      {answers.markedUtc === 'local' && (
        <p className="muted small">Read in the practice’s time zone, as written. Kept for later files.</p>
      )}
    </fieldset>
  );
}

/** Starts at exactly midnight in a file whose other starts are a day's: real midnight visits, or
 *  visits saved without a time that the export prints as 12:00 AM (those rows are not sent).
 *  Neither is picked for the person: one sends a visit at midnight, the other leaves it out. */
function MidnightQuestion({ answers, onChange }: Pick<Props, 'answers' | 'onChange'>) {
  const choice = answerChoice('midnight', 'midnight', answers, onChange);
  return (
    <fieldset className="answer">
      <legend>The starts at midnight (12:00 AM or 00:00) are:</legend>
      {choice(
        'no-time',
        'No time was saved (a walk-in, a visit booked without a time): do not send those rows',
      )}
      {choice('midnight', 'Real: these visits start at midnight')}
      {answers.midnight === 'no-time' && (
        <p className="muted small">
          Those rows are listed as not sent; the other rows go. Kept for later files of a day’s schedule; a
          file with starts at night is asked again.
        </p>
      )}
    </fieldset>
  );
}

/** A group's locations on other clocks: each location's clock picked from a list (the practice's,
 *  or a zone), none picked for the person: either way a wrong pick sends its visits an hour off. */
function LocationZonesQuestion({
  asked,
  answers,
  onChange,
}: Pick<Props, 'answers' | 'onChange'> & { asked: Array<{ location: string; zones: string[] }> }) {
  const set = (location: string, zone: string): void =>
    onChange({ ...answers, locationZones: { ...answers.locationZones, [location]: zone } });
  return (
    <fieldset className="answer">
      <legend>Which clock are each location’s times written on?</legend>
      {asked.map(({ location, zones }) => (
        <label key={location} className="location-zone">
          {location}{' '}
          <select
            value={answers.locationZones?.[location] ?? ''}
            onChange={(e) => set(location, e.target.value)}
          >
            <option value="" disabled>
              Choose…
            </option>
            <option value={PRACTICE_CLOCK}>The practice’s time zone</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
      ))}
      <p className="muted small">
        Kept for each location as written: a location whose name changes, or a new one on another clock, is
        asked again. A time the file writes with its own zone or offset is read as written.
      </p>
    </fieldset>
  );
}

const HOURS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** Times written without AM/PM (the twelve-hour question): as read, or a range of hours after
 *  noon, offered as the file's earliest to latest such hour and kept in the mapping. */
function AfterNoonQuestion({
  offered,
  answers,
  onChange,
}: { offered: { from: number; to: number } } & Pick<Props, 'answers' | 'onChange'>) {
  const a = answers.afterNoon;
  const set = (next: { from: number; to: number } | undefined) => {
    const { afterNoon: _old, ...rest } = answers;
    onChange(next ? { ...rest, afterNoon: next } : rest);
  };
  const hour = (which: 'from' | 'to', value: number) => (
    <select
      aria-label={which === 'from' ? 'After noon from' : 'After noon to'}
      value={value}
      onChange={(e) => set({ ...(a ?? offered), [which]: Number(e.target.value) })}
    >
      {HOURS.map((h) => (
        <option key={h} value={h}>
          {which === 'from' ? `${h}:00` : `${h}:59`}
        </option>
      ))}
    </select>
  );
  return (
    <fieldset className="answer">
      <legend>The times written without AM/PM are:</legend>
      <Radio name="after-noon" checked={!a} onPick={() => set(undefined)}>
        As read (no hour is after noon)
      </Radio>
      <Radio name="after-noon" checked={!!a} onPick={() => set(a ?? offered)}>
        After noon from {hour('from', (a ?? offered).from)} to {hour('to', (a ?? offered).to)}
      </Radio>
      {a && (
        <p className="muted small">
          {a.from > a.to
            ? 'The first hour must not be after the last.'
            : `${afterNoonWords(a)}. Kept for later files.`}
        </p>
      )}
    </fieldset>
  );
}

export function ReviewQuestions({ doubts, dateReadings, answers, onChange, sheet }: Props) {
  return (
    <section className="review" aria-labelledby="review-title">
      <h3 id="review-title">Please check ({doubts.length})</h3>
      <ol className="doubts">
        {doubts.map((d, i) => (
          <DoubtItem key={i} doubt={d}>
            {d.kind === 'status' &&
              unknownStatusWords([d]).map((w) => (
                <StatusQuestion key={w} word={w} answers={answers} onChange={onChange} />
              ))}
            {d.kind === 'date-order' && doubts.findIndex((x) => x.kind === 'date-order') === i && (
              <DateOrderQuestion dateReadings={dateReadings} answers={answers} onChange={onChange} />
            )}
            {asksAfterNoon([d]) && doubts.findIndex((x) => asksAfterNoon([x])) === i && (
              <AfterNoonQuestion offered={asksAfterNoon([d])!} answers={answers} onChange={onChange} />
            )}
            {asksMarkedUtc([d]) && doubts.findIndex((x) => asksMarkedUtc([x])) === i && (
              <MarkedUtcQuestion answers={answers} onChange={onChange} />
            )}
            {asksMidnightUntimed([d]) && doubts.findIndex((x) => asksMidnightUntimed([x])) === i && (
              <MidnightQuestion answers={answers} onChange={onChange} />
            )}
            {asksLocationZones([d]).length > 0 && (
              <LocationZonesQuestion asked={asksLocationZones([d])} answers={answers} onChange={onChange} />
            )}
            {asksNameOrder([d]) && doubts.findIndex((x) => asksNameOrder([x])) === i && (
              <NameOrderQuestion answers={answers} onChange={onChange} />
            )}
            {asksBlankDate([d]) && doubts.findIndex((x) => asksBlankDate([x])) === i && (
              <BlankDateQuestion answers={answers} onChange={onChange} />
            )}
            {d.kind === 'sheet' && sheet && doubts.findIndex((x) => x.kind === 'sheet') === i && (
              <SheetQuestion names={d.samples} sheet={sheet} />
            )}
            {(d.kind === 'column' || d.kind === 'appointment-id' || d.kind === 'layout-changed') && (
              <p className="muted small">Check its column in the table below.</p>
            )}
          </DoubtItem>
        ))}
      </ol>
    </section>
  );
}
