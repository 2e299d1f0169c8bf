// Writes the column mapping a person confirmed in the settings preview as the practice's mapping
// profile (the importer's profile format, checked by its schema), and returns the path that
// `mappingProfile` then points at. One file per practice, named after its credentialKey so a
// rename never orphans it. What the old profile said beyond columns (date order, status words,
// defaults) is kept: the preview only corrects columns. A review (a held file confirmed once) also
// records the headers it was confirmed for and the answers given: status words and date order.
// A mapping that makes no sense on the export it was chosen on (a start read from the birth
// dates, a patient id from a date column) is refused with words, and nothing is written: the
// practice keeps the mapping it had.
import fs from 'node:fs';
import path from 'node:path';
import type { PracticeSettings } from '../model/settings.ts';
import { findPreset } from '../import/presets/index.ts';
import { normalizeHeader } from '../import/map/resolve-columns.ts';
import { answeredMorning } from '../import/map/after-noon.ts';
import {
  FIELD_LABELS,
  FIELD_NAMES,
  ProfileError,
  checkProfile,
  type FieldName,
  type MappingProfile,
} from '../import/map/profile.ts';
import { withNoteStatus } from '../import/map/note-statuses.ts';
import { answerLocationZones } from '../import/map/location-clock.ts';
import { readProfileFile } from '../import/map/choose-profile.ts';
import { writeFileAtomic } from '../engine/settings/index.ts';
import { withStatusAnswers } from '../import/map/status-vocabulary.ts';
import { answeredChecks } from '../import/trust/answered-checks.ts';
import { keptClock } from '../import/trust/answered-utc.ts';
import type { Doubt } from '../model/doubt.ts';
import { describeSenseProblem, mappingSenseProblems } from '../import/map/mapping-sense.ts';
import { readMappingSample } from '../import/map/mapping-sample.ts';
import { ExportFileError } from '../import/read/export-file-error.ts';
import type { ActionResult, ColumnGuess, ReviewAnswers } from '../../preload/ipc-contract.ts';

/** A person confirmed the mapping for a file with these headers, and answered these questions:
 *  the file's doubts, of which the content checks are remembered as answered. */
export interface Confirmation {
  headers: string[];
  /** The workbook sheet the person confirmed as the appointment list (asked when a workbook has
   *  several that could be). */
  sheet?: string;
  at: string;
  answers: ReviewAnswers;
  doubts: readonly Doubt[];
}

// One name for a practice's profile file, shared with the CLI's `mapping confirm` (engine).
export { profileFileName } from '../engine/practice-folder.ts';

/** The profile the practice uses now, when it is a preset or a file (not 'auto'). */
/** Given name first answered in the review: what confirming the names as read says, so a
 *  family-first order saved before is dropped (as `mapping confirm --name-order first-last` does). */
function withoutGivenFirst(profile: MappingProfile, answers: ReviewAnswers | undefined): MappingProfile {
  if (answers?.nameOrder !== 'first-last' || profile.patientNameOrder === undefined) return profile;
  const { patientNameOrder: _dropped, ...rest } = profile;
  return rest;
}

/** The twelve-hour answer (ReviewAnswers.afterNoon): the hours after noon kept for its column,
 *  and its `twelve-hour-clock` doubts not kept as answered as read, so a later file's start
 *  outside those hours is asked again. Confirming a twelve-hour doubt as read, without hours,
 *  says none are after noon: hours kept before are dropped. */
function withAfterNoon(
  profile: MappingProfile,
  answers: ReviewAnswers | undefined,
  doubts: readonly Doubt[],
): { profile: MappingProfile; doubts: readonly Doubt[] } {
  const a = answers?.afterNoon;
  const clock = (d: Doubt): boolean => d.check === 'twelve-hour-clock';
  if (!a) {
    if (!doubts.some(clock) || profile.afterNoon === undefined) return { profile, doubts };
    const { afterNoon: _dropped, ...rest } = profile;
    return { profile: rest, doubts };
  }
  const key = `twelve-hour-clock@${a.column}`;
  const answered = profile.confirmed?.answered?.filter((k) => k !== key);
  return {
    profile: {
      ...profile,
      afterNoon: {
        column: a.column,
        from: a.from,
        to: a.to,
        morning: answeredMorning(a.to, doubts.find((d) => clock(d) && d.column === a.column)?.plainHours),
      },
      ...(profile.confirmed ? { confirmed: { ...profile.confirmed, answered: answered ?? [] } } : {}),
    },
    doubts: doubts.filter((d) => !(clock(d) && d.column === a.column)),
  };
}

/** The answer to times written as UTC that would start at odd hours (ReviewAnswers.markedUtc):
 *  `local` keeps the start column in the mapping as its markedUtc (map/marked-utc.ts), and its
 *  `utc-night` doubts are not kept as answered (the UTC reading they asked about is not what was
 *  confirmed), so a file read so is checked as any local clock is; `utc` drops a local answer kept
 *  before, as confirming as read does. With no answer, one kept before stays only while the file
 *  confirmed on has its column: another layout confirmed later is never read with it. A local
 *  answer to a question the file did not ask is refused: it is never applied unasked. */
function withMarkedUtc(
  profile: MappingProfile,
  answers: ReviewAnswers | undefined,
  doubts: readonly Doubt[],
  headers: readonly string[] | undefined,
): { profile: MappingProfile; doubts: readonly Doubt[] } | { refused: string } {
  const a = answers?.markedUtc;
  const { markedUtc: kept, ...rest } = profile;
  if (!a) {
    const same = (h: string): boolean => !!kept && normalizeHeader(h) === normalizeHeader(kept.column);
    return !kept || !headers || headers.some(same) ? { profile, doubts } : { profile: rest, doubts };
  }
  const night = (d: Doubt): boolean => d.check === 'utc-night' && d.column === a.column;
  if (!doubts.some(night))
    return {
      refused: `Not saved: this file asks nothing about the times of column '${a.column}' written as UTC, so they are not answered as the practice's own clock.`,
    };
  if (a.reading === 'utc') return { profile: rest, doubts };
  const key = `utc-night@${a.column}`;
  const answered = profile.confirmed?.answered?.filter((k) => k !== key);
  return {
    profile: {
      ...profile,
      // The marks and hours of this file are kept with the answer (answered-utc.ts checks later files).
      markedUtc: keptClock(a.column, doubts.find(night)?.writtenClock, kept),
      ...(profile.confirmed ? { confirmed: { ...profile.confirmed, answered: answered ?? [] } } : {}),
    },
    doubts: doubts.filter((d) => !night(d)),
  };
}

/** The answer that midnight in a start column means no time was saved (ReviewAnswers.
 *  midnightUntimed): kept in the mapping for the column the `midnight` question named, that
 *  question then not kept as answered (its midnight reading is not what was confirmed), so a later
 *  file is read with the answer only while its starts show a day's schedule
 *  (trust/untimed-midnights.ts) and asked again otherwise. Refused for a file whose question does
 *  not offer it (starts at night, or no other time): it is never taken where midnight may be real.
 *  Confirming the question as read (midnight is real) drops an answer kept before; another layout
 *  confirmed later without the column drops it too. */
function withMidnightUntimed(
  profile: MappingProfile,
  answers: ReviewAnswers | undefined,
  doubts: readonly Doubt[],
  headers: readonly string[] | undefined,
): { profile: MappingProfile; doubts: readonly Doubt[] } | { refused: string } {
  const a = answers?.midnightUntimed;
  const { midnightUntimed: kept, ...rest } = profile;
  const asked = (d: Doubt): boolean => d.check === 'midnight' && (!a || d.column === a.column);
  if (!a) {
    if (!kept) return { profile, doubts };
    const same = (h: string): boolean => normalizeHeader(h) === normalizeHeader(kept.column);
    const stays =
      !doubts.some((d) => asked(d) && d.column === kept.column) && (!headers || headers.some(same));
    return stays ? { profile, doubts } : { profile: rest, doubts };
  }
  if (!doubts.some((d) => asked(d) && d.midnightUntimed))
    return {
      refused: `Not saved: this file does not let midnight in column '${a.column}' be answered as 'no time was saved' (it asks nothing about midnight there, or its other starts are at night or are no times at all, so a midnight start may be real). Export the start times with the visits.`,
    };
  const key = `midnight@${a.column}`;
  const answered = profile.confirmed?.answered?.filter((k) => k !== key);
  return {
    profile: {
      ...profile,
      midnightUntimed: { column: a.column },
      ...(profile.confirmed ? { confirmed: { ...profile.confirmed, answered: answered ?? [] } } : {}),
    },
    doubts: doubts.filter((d) => !asked(d)),
  };
}

function currentProfile(practice: PracticeSettings): MappingProfile | undefined {
  const spec = practice.mappingProfile.trim();
  if (!spec || spec.toLowerCase() === 'auto') return undefined;
  const preset = findPreset(spec);
  if (preset) return preset;
  try {
    return fs.existsSync(spec) ? readProfileFile(spec, spec) : undefined;
  } catch {
    return undefined; // an unusable old profile is replaced, not merged
  }
}

/** The columns' sense on the export they were chosen on: undefined when it makes sense. */
async function senselessMapping(
  source: string,
  profile: MappingProfile,
  now: Date,
  timeZone: string | undefined,
): Promise<ActionResult | undefined> {
  let sample;
  try {
    sample = await readMappingSample(source, profile.sheet, timeZone);
  } catch (err) {
    if (err instanceof ExportFileError)
      return { ok: false, message: `${err.error.message}. ${err.error.hint}` };
    throw err;
  }
  const problems = mappingSenseProblems(profile.columns, sample, {
    now,
    ...(profile.status ? { status: profile.status } : {}),
  });
  if (problems.length === 0) return undefined;
  return { ok: false, message: `Not saved. ${problems.map(describeSenseProblem).join(' ')}` };
}

/** `source`: the export the columns were chosen on (a sample or a held file). */
export async function writeMappingProfile(
  file: string,
  practice: PracticeSettings,
  columns: ColumnGuess[],
  source: string,
  confirmation?: Confirmation,
): Promise<ActionResult> {
  const mapped: Partial<Record<FieldName, string>> = {};
  for (const c of columns) {
    if (!(FIELD_NAMES as readonly string[]).includes(c.field)) {
      return { ok: false, message: `'${c.field}' is not an appointment field this app knows.` };
    }
    if (c.column === null || c.column.trim() === '') continue;
    const field = c.field as FieldName;
    if (mapped[field] !== undefined) {
      return { ok: false, message: `The ${FIELD_LABELS[field]} is mapped twice; choose one column for it.` };
    }
    mapped[field] = c.column;
  }
  if (Object.keys(mapped).length === 0) {
    return {
      ok: false,
      message: 'No column is mapped; choose at least the appointment date and patient columns.',
    };
  }
  const base = currentProfile(practice);
  const answers = confirmation?.answers;
  const rest: MappingProfile = withoutGivenFirst(base ?? { name: practice.name, columns: {} }, answers);
  // The twelve-hour answer (hours after noon) and the doubts it leaves as answered: withAfterNoon.
  const clock = withAfterNoon(rest, answers, confirmation?.doubts ?? []);
  // Times marked UTC answered as the practice's own clock, or as UTC: withMarkedUtc.
  const utcRead = withMarkedUtc(clock.profile, answers, clock.doubts, confirmation?.headers);
  if ('refused' in utcRead) return { ok: false, message: utcRead.refused };
  // Midnight in the start column answered as no time saved (row errors), or as real: withMidnightUntimed.
  const untimed = withMidnightUntimed(utcRead.profile, answers, utcRead.doubts, confirmation?.headers);
  if ('refused' in untimed) return { ok: false, message: untimed.refused };
  // Locations answered to keep another clock (map/location-clock.ts).
  const zoned = answerLocationZones(untimed.profile, answers?.locationZones, untimed.doubts);
  if ('refused' in zoned) return { ok: false, message: zoned.refused };
  // Cancellations written in a note, answered for those texts only: withNoteStatus.
  const noted = withNoteStatus(zoned.profile, answers?.statusWords ?? [], zoned.doubts);
  const utc = { profile: noted.profile, doubts: noted.doubts };
  const statusWords = noted.statusWords;
  const candidate: MappingProfile = {
    ...utc.profile,
    name: `${practice.name} (${confirmation ? 'confirmed in the review' : 'saved from the preview'})`,
    columns: mapped,
    ...(confirmation
      ? {
          confirmed: {
            headers: [...confirmation.headers],
            at: confirmation.at,
            answered: answeredChecks(utc.doubts, utc.profile.confirmed?.answered),
          },
        }
      : {}),
    ...(statusWords.length ? { status: withStatusAnswers(rest.status, statusWords) } : {}),
    ...(answers?.dateOrder ? { dateOrder: answers.dateOrder } : {}),
    // Family name first (Tan Ah Kow): the order the question offers besides confirming as read
    // (given name first, which drops a family-first order saved before: withoutGivenFirst).
    ...(answers?.nameOrder === 'last-first' ? { patientNameOrder: 'last-first' as const } : {}),
    ...(confirmation?.sheet !== undefined ? { sheet: confirmation.sheet } : {}),
    // Blank dates answer: an empty date is the day of the row above (a date printed once per day).
    ...(answers?.blankDate === 'above' ? { blankDate: 'above' as const } : {}),
  };
  let profile: MappingProfile;
  try {
    profile = checkProfile(candidate, file);
  } catch (err) {
    if (err instanceof ProfileError) return { ok: false, message: err.problems.join(' ') };
    throw err;
  }
  const senseless = await senselessMapping(
    source,
    profile,
    new Date(confirmation?.at ?? Date.now()),
    practice.timeZone,
  );
  if (senseless) return senseless;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFileAtomic(file, `${JSON.stringify(profile, null, 2)}\n`);
  return { ok: true };
}
