// A person's once-only answer from the command line (`mapping confirm`, `detect FILE --save
// --practice NAME`): read how the file is recognised, apply the corrections given, and write the
// practice's profile with `confirmed` (the columns at this moment) and the status words; point the
// practice's mapping setting at it; remember a person-given date order and the confirmation in the
// practice memory (a running engine notices that at its next inbox check). Then say which held
// files will now go, by reading each again with the new mapping (nothing is sent here).
// A mapping that makes no sense on the file (mapping-sense.ts: a start read from the birth dates)
// is refused before anything is written.
import fs from 'node:fs';
import { detectProfile, importExport, type DetectReport } from '../../import/import-export.ts';
import { ExportFileError } from '../../import/read/index.ts';
import {
  checkProfile,
  FIELD_NAMES,
  ProfileError,
  type FieldName,
  type MappingProfile,
} from '../../import/map/profile.ts';
import { withStatusAnswers, type StatusAnswer } from '../../import/map/status-vocabulary.ts';
import { withNoteStatus } from '../../import/map/note-statuses.ts';
import { describeSenseProblem, mappingSenseProblems } from '../../import/map/mapping-sense.ts';
import { readMappingSample } from '../../import/map/mapping-sample.ts';
import { answeredMorning, isAfterNoonRange } from '../../import/map/after-noon.ts';
import { normalizeHeader } from '../../import/map/resolve-columns.ts';
import { answerLocationZones } from '../../import/map/location-clock.ts';
import type { Doubt } from '../../model/doubt.ts';
import { answeredChecks, isAnswered } from '../../import/trust/answered-checks.ts';
import { keptClock } from '../../import/trust/answered-utc.ts';
import { formatRowError } from '../../model/row-error.ts';
import type { ImportOptions } from '../../model/import-summary.ts';
import { companionTablesIn } from '../../engine/job/companion-tables.ts';
import { practiceMemoryFile, practiceProfilePath } from '../../engine/practice-folder.ts';
import {
  practiceMemoryAt,
  PracticeMemoryError,
  rememberedOrderHeaders,
  type PracticeMemoryData,
} from '../../engine/practice-memory.ts';
import { saveSettings, writeFileAtomic } from '../../engine/settings/index.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import { heldJobs, type PracticeTarget } from './practice-args.ts';

/** A mistake in what the person asked for (exit 2), as opposed to a file that cannot be read. */
export class ConfirmUsageError extends Error {}

export interface ConfirmRequest {
  target: PracticeTarget;
  /** The export the mapping is confirmed on. */
  file: string;
  /** FIELD=COLUMN (COLUMN empty: the field is read from no column). */
  set?: string[];
  /** WORD=booked|cancelled|skip */
  status?: string[];
  dateOrder?: 'MDY' | 'DMY';
  /** Names in one column without a comma (`--name-order`): family name first (Tan Ah Kow) or
   *  given name first. */
  nameOrder?: 'first-last' | 'last-first';
  /** Blank dates answer (`--blank-date above`): an empty date is the date of the row above. */
  blankDate?: 'above';
  /** The Excel sheet the appointments are on (`--sheet`), when a workbook has several. */
  sheet?: string;
  /** Start times without AM/PM (`--after-noon 1-6`): the hours after noon, as the review's answer. */
  afterNoon?: { from: number; to: number };
  /** Times written as UTC at odd hours (`--marked-utc`): `local`, the practice's own clock marked
   *  UTC by mistake; `utc`, really UTC. As the review's answer (mapping-profile.ts withMarkedUtc). */
  markedUtc?: 'local' | 'utc';
  /** Starts at exactly midnight (`--midnight`): `no-time`, the export writes a visit saved without
   *  a time so (those rows are row errors); `midnight`, they are real. As the review's answer
   *  (mapping-profile.ts withMidnightUntimed). */
  midnight?: 'no-time' | 'midnight';
  /** Locations on another clock (`--location-zone 'LOCATION=ZONE'`): each keeps that IANA zone.
   *  As the review's answer (map/location-clock.ts answerLocationZones). */
  locationZones?: Array<{ location: string; zone: string }>;
  /** The doubts of the held job confirmed on: those the engine raised against what was sent with a
   *  content check (slot-moves.ts) are answered with the file's own. */
  heldFor?: readonly Doubt[];
  clock?: () => Date;
}

export interface HeldOutlook {
  job: JobDetails;
  /** Empty (and nothing to `recheck`): the file goes at the engine's next check. */
  doubts: Doubt[];
  /** What the file was held for that is decided against what was already sent (an appointment
   *  id moving to another patient): a reading of the file alone cannot clear it, so the engine
   *  reads the file again and holds it again while it still holds. */
  recheck: Doubt[];
  /** The file cannot be read with the new mapping (it would fail). */
  error?: string;
}

export interface ConfirmResult {
  report: DetectReport;
  /** The content checks this confirmation answers (for this practice's later files too). */
  answered: Doubt[];
  profilePath: string;
  profile: MappingProfile;
  held: HeldOutlook[];
}

const MEANINGS: Record<string, StatusAnswer> = {
  booked: 'new',
  new: 'new',
  cancelled: 'cancel',
  canceled: 'cancel',
  cancel: 'cancel',
  skip: 'skip',
};

function splitPair(spec: string, option: string): [string, string] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new ConfirmUsageError(`${option} must be NAME=VALUE (got '${spec}')`);
  return [spec.slice(0, eq).trim(), spec.slice(eq + 1).trim()];
}

function applySet(profile: MappingProfile, headers: string[], specs: string[]): void {
  for (const spec of specs) {
    const [field, column] = splitPair(spec, '--set');
    const known = FIELD_NAMES.find((f) => f.toLowerCase() === field.toLowerCase());
    if (!known)
      throw new ConfirmUsageError(
        `--set ${spec}: '${field}' is not a field (fields: ${FIELD_NAMES.join(', ')})`,
      );
    if (column === '') {
      delete profile.columns[known];
      continue;
    }
    const header =
      headers.find((h) => h === column) ??
      headers.find((h) => h.trim().toLowerCase() === column.toLowerCase());
    if (header === undefined)
      throw new ConfirmUsageError(
        `--set ${spec}: the file has no column '${column}' (columns: ${headers.map((h) => `'${h}'`).join(', ')})`,
      );
    // One column per field, and a column feeds one field: taking it away from another field is
    // what a correction means.
    for (const [f, spec2] of Object.entries(profile.columns) as Array<[FieldName, string | string[]]>) {
      const names = Array.isArray(spec2) ? spec2 : [spec2];
      if (f !== known && names.includes(header)) delete profile.columns[f];
    }
    profile.columns[known] = header;
  }
}

/** The `--status` answers, as the review takes them (mapping-profile.ts): a text of a note column
 *  the file asked about (`--status "CANCELLED - pt called 3/15=cancelled"`) is kept for that column
 *  and text only (note-statuses.ts), its question then not kept as answered; every other word goes
 *  into the status vocabulary. Returns the doubts left to answer. */
function applyStatus(profile: MappingProfile, specs: string[], answering: Doubt[]): Doubt[] {
  const given = specs.map((spec) => {
    const [word, meaning] = splitPair(spec, '--status');
    const list = MEANINGS[meaning.toLowerCase()];
    if (!list || !word)
      throw new ConfirmUsageError(`--status ${spec}: say WORD=booked, WORD=cancelled or WORD=skip`);
    return { word, meaning: list };
  });
  const noted = withNoteStatus(profile, given, answering);
  if (noted.profile.noteStatus) profile.noteStatus = noted.profile.noteStatus;
  if (noted.statusWords.length) profile.status = withStatusAnswers(profile.status, noted.statusWords);
  return [...noted.doubts];
}

/**
 * Fields the practice's mapping reads from a column this file does not have (`Status` renamed
 * `Appt Status`): confirming again must not keep the old name, or the field is read from no column
 * from then on and every cancellation goes as booked. Each takes the column automatic recognition
 * finds for it; with none, the person must say (--set). --set answers come first. A preset that
 * automatic recognition picked for this very file (`auto-preset`) was never the practice's: a
 * column it names that the file lacks is one of its optional ones (OpenEMR's report with or
 * without `Address`) and is left out, not asked about.
 */
async function replaceMissingColumns(
  profile: MappingProfile,
  report: DetectReport,
  recognise: () => Promise<DetectReport>,
): Promise<void> {
  const has = new Set(report.headers.map((h) => h.trim().toLowerCase()));
  const missing = (Object.entries(profile.columns) as Array<[FieldName, string | string[]]>).filter(
    ([, spec]) => (Array.isArray(spec) ? spec : [spec]).every((c) => !has.has(c.trim().toLowerCase())),
  );
  if (missing.length === 0) return;
  const auto = await recognise();
  const taken = new Set(Object.values(profile.columns).flat());
  for (const [field, spec] of missing) {
    const found = auto.fields.find((f) => f.field === field && !taken.has(f.column));
    if (!found && report.profileSource === 'auto-preset') {
      delete profile.columns[field];
      continue;
    }
    if (!found)
      throw new ConfirmUsageError(
        `nothing was saved: the mapping reads ${field} from '${[spec].flat().join("' or '")}', which this file does not have, and no column of it reads as one. Say which with --set ${field}=COLUMN (or --set ${field}= if the export has none)`,
      );
    profile.columns[field] = found.column;
    taken.add(found.column);
  }
}

async function detectFor(target: PracticeTarget, file: string, base: ImportOptions): Promise<DetectReport> {
  const spec = target.practice.mappingProfile.trim() || 'auto';
  try {
    return await detectProfile(file, { ...base, profile: spec });
  } catch (err) {
    // The practice's profile no longer fits this export (its layout changed): start from what
    // automatic recognition sees; the person corrects it with --set.
    if (!(err instanceof ExportFileError) || spec.toLowerCase() === 'auto') throw err;
    return detectProfile(file, { ...base, profile: 'auto' });
  }
}

async function readMemory(file: string): Promise<PracticeMemoryData> {
  try {
    return await practiceMemoryAt(file).read();
  } catch (err) {
    if (err instanceof PracticeMemoryError) return { version: 1 }; // replaced by this answer
    throw err;
  }
}

/** `--after-noon FROM-TO` (`1-6`): two hours 1–11, the first not after the last; null if not. */
export function afterNoonHours(text: string): { from: number; to: number } | null {
  const m = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return isAfterNoonRange(from, to) ? { from, to } : null;
}

/** The twelve-hour answer as the review takes it (app-service/mapping-profile.ts withAfterNoon):
 *  hours after noon kept for the start column the file's question names, its twelve-hour doubts
 *  then not kept as answered as read (an hour outside is asked again); confirming such a doubt
 *  without hours drops hours kept before. Returns the doubts left to answer. */
function applyAfterNoon(
  profile: MappingProfile,
  hours: ConfirmRequest['afterNoon'],
  answering: Doubt[],
  file: string,
): Doubt[] {
  const clock = answering.filter((d) => d.check === 'twelve-hour-clock');
  if (!hours) {
    if (clock.length) delete profile.afterNoon;
    return answering;
  }
  const asked = clock.find((d) => d.plainHours && d.column);
  const column = asked?.column;
  if (!column)
    throw new ConfirmUsageError(`--after-noon: ${file} asks no question about times written without AM/PM`);
  profile.afterNoon = { column, ...hours, morning: answeredMorning(hours.to, asked.plainHours) };
  if (profile.confirmed?.answered)
    profile.confirmed.answered = profile.confirmed.answered.filter(
      (k) => k !== `twelve-hour-clock@${column}`,
    );
  return answering.filter((d) => !(d.check === 'twelve-hour-clock' && d.column === column));
}

/** The times-marked-UTC answer as the review takes it (app-service/mapping-profile.ts
 *  withMarkedUtc): `local` keeps the start column the file's `utc-night` question names as the
 *  mapping's markedUtc, its question then not kept as answered; `utc` drops a local answer kept
 *  before. Either, for a file that asks no such question, is a mistake. No answer keeps one made
 *  before only while this file has its column. Returns the doubts left to answer. */
function applyMarkedUtc(
  profile: MappingProfile,
  reading: ConfirmRequest['markedUtc'],
  answering: Doubt[],
  headers: readonly string[],
  file: string,
): Doubt[] {
  if (!reading) {
    const kept = profile.markedUtc;
    if (kept && !headers.some((h) => normalizeHeader(h) === normalizeHeader(kept.column)))
      delete profile.markedUtc;
    return answering;
  }
  const asked = answering.find((d) => d.check === 'utc-night' && d.column);
  const column = asked?.column;
  if (!column)
    throw new ConfirmUsageError(
      `--marked-utc: ${file} asks no question about times written as UTC (nothing was saved)`,
    );
  if (reading === 'utc') {
    delete profile.markedUtc;
    return answering;
  }
  // The marks and hours of this file are kept with the answer (answered-utc.ts checks later files).
  profile.markedUtc = keptClock(column, asked.writtenClock, profile.markedUtc);
  if (profile.confirmed?.answered)
    profile.confirmed.answered = profile.confirmed.answered.filter((k) => k !== `utc-night@${column}`);
  return answering.filter((d) => !(d.check === 'utc-night' && d.column === column));
}

/** The midnight answer as the review takes it (app-service/mapping-profile.ts withMidnightUntimed):
 *  `no-time` keeps the start column the file's `midnight` question names as the mapping's
 *  midnightUntimed, its question then not kept as answered; only where the question offers it (the
 *  file's other starts a day's). `midnight` (real) drops one kept before, as confirming as read
 *  does. No answer keeps one made before while this file has its column and does not ask about
 *  midnight there. Returns the doubts left to answer. */
function applyMidnight(
  profile: MappingProfile,
  reading: ConfirmRequest['midnight'],
  answering: Doubt[],
  headers: readonly string[],
  file: string,
): Doubt[] {
  const kept = profile.midnightUntimed;
  if (!reading) {
    const asked = kept && answering.some((d) => d.check === 'midnight' && d.column === kept.column);
    if (kept && (asked || !headers.some((h) => normalizeHeader(h) === normalizeHeader(kept.column))))
      delete profile.midnightUntimed;
    return answering;
  }
  const asked = answering.find((d) => d.check === 'midnight' && d.column);
  if (!asked)
    throw new ConfirmUsageError(
      `--midnight: ${file} asks no question about starts at midnight (nothing was saved)`,
    );
  const column = asked.column!;
  if (reading === 'midnight') {
    delete profile.midnightUntimed;
    return answering;
  }
  if (!asked.midnightUntimed)
    throw new ConfirmUsageError(
      `--midnight no-time: ${file} cannot be answered so (its other starts are at night or are no times at all, so a midnight start may be real; nothing was saved). Export the start times with the visits`,
    );
  profile.midnightUntimed = { column };
  if (profile.confirmed?.answered)
    profile.confirmed.answered = profile.confirmed.answered.filter((k) => k !== `midnight@${column}`);
  return answering.filter((d) => !(d.check === 'midnight' && d.column === column));
}

/** @throws ConfirmUsageError (bad corrections), ExportFileError (the file cannot be read) */
export async function confirmMapping(req: ConfirmRequest): Promise<ConfirmResult> {
  const { target } = req;
  const { practice, dataDir } = target;
  const clock = req.clock ?? (() => new Date());
  const memoryFile = practiceMemoryFile(dataDir, practice);
  const memory = await readMemory(memoryFile);
  const order = req.dateOrder ?? memory.dateOrder?.order;
  const base: ImportOptions = {
    practiceId: practice.practiceId,
    ...(practice.timeZone ? { timeZone: practice.timeZone } : {}),
    practiceName: practice.name,
    joinFiles: companionTablesIn(practice.inbox),
    savedProfileDir: practice.inbox,
    ...(order
      ? { dateOrder: order, dateOrderSource: req.dateOrder ? 'person' : (memory.dateOrder?.source ?? 'data') }
      : {}),
    ...(!req.dateOrder && memory.dateOrder
      ? { dateOrderHeaders: rememberedOrderHeaders(memory.dateOrder) }
      : {}),
    ...(req.sheet !== undefined ? { sheet: req.sheet } : {}),
  };
  const report = await detectFor(target, req.file, base);
  if (req.sheet !== undefined && report.sheet !== req.sheet)
    throw new ConfirmUsageError(
      report.sheet === undefined
        ? `--sheet ${req.sheet}: ${report.file} is no Excel workbook`
        : `--sheet ${req.sheet}: the workbook has no visible sheet of that name with rows in it (check the name as its tab shows it)`,
    );
  const profile = structuredClone(report.profile);
  let answering = applyMidnight(
    profile,
    req.midnight,
    applyMarkedUtc(
      profile,
      req.markedUtc,
      applyAfterNoon(
        profile,
        req.afterNoon,
        [...report.doubts, ...(req.heldFor ?? [])].filter((d) => d.check),
        report.file,
      ),
      report.headers,
      report.file,
    ),
    report.headers,
    report.file,
  );
  // Locations answered to keep another clock, as the review takes them (location-clock.ts).
  const zoned = answerLocationZones(profile, req.locationZones, answering);
  if ('refused' in zoned) throw new ConfirmUsageError(`--location-zone: ${zoned.refused}`);
  Object.assign(profile, zoned.profile);
  answering = zoned.doubts;
  applySet(profile, report.headers, req.set ?? []);
  await replaceMissingColumns(profile, report, () => detectProfile(req.file, { ...base, profile: 'auto' }));
  answering = applyStatus(profile, req.status ?? [], answering);
  // As the review takes the answer (mapping-profile.ts): family name first is kept in the profile;
  // given name first is what confirming the names as read says (a last-first order set before is
  // dropped).
  if (req.nameOrder === 'last-first') profile.patientNameOrder = 'last-first';
  else if (req.nameOrder === 'first-last' && profile.patientNameOrder === 'last-first')
    delete profile.patientNameOrder;
  // Blank dates answer, kept as the review keeps it (mapping-profile.ts).
  if (req.blankDate === 'above') profile.blankDate = 'above';
  // A fixed day/month order in a confirmed profile counts as the person's answer: keep it only
  // when it is one (given now), or the data proved it, or a preset or earlier profile fixed it.
  if (req.dateOrder) profile.dateOrder = req.dateOrder;
  else if (report.profileSource === 'auto' && report.dateOrder.source !== 'data') delete profile.dateOrder;
  // Which sheet is the list: the one named, or the one shown when the workbook asked.
  if (req.sheet !== undefined || report.doubts.some((d) => d.kind === 'sheet')) profile.sheet = report.sheet!;
  const sample = await readMappingSample(req.file, profile.sheet, practice.timeZone);
  const senseless = mappingSenseProblems(profile.columns, sample, {
    now: clock(),
    ...(profile.status ? { status: profile.status } : {}),
  });
  if (senseless.length > 0)
    throw new ConfirmUsageError(
      `nothing was saved. ${senseless.map(describeSenseProblem).join(' ')} ` +
        '(--set FIELD=COLUMN names the right column; --set FIELD= reads the field from no column)',
    );
  const at = clock().toISOString();
  const profilePath = practiceProfilePath(dataDir, practice);
  let checked: MappingProfile;
  try {
    checked = checkProfile(
      {
        ...profile,
        name: `${practice.name} (confirmed)`,
        // The content checks this file was held for are answered; every other one still runs.
        confirmed: {
          headers: report.headers,
          at,
          answered: answeredChecks(answering, profile.confirmed?.answered),
        },
      },
      profilePath,
    );
  } catch (err) {
    if (err instanceof ProfileError) throw new ConfirmUsageError(err.problems.join('; '));
    throw err;
  }
  await writeFileAtomic(profilePath, `${JSON.stringify(checked, null, 2)}\n`);

  const settings = {
    ...target.settings,
    practices: target.settings.practices.map((p) =>
      p.name === practice.name ? { ...p, mappingProfile: profilePath } : p,
    ),
  };
  await saveSettings(target.settingsFile, settings);

  // Last, so a running engine sees a complete answer when it notices the change.
  const settled =
    req.dateOrder !== undefined
      ? {
          order: req.dateOrder,
          source: 'person' as const,
          evidence: 'confirmed with appt-connector mapping confirm',
          at,
          // Answered for this export's columns: another system's are asked (layout-date-order.ts).
          headers: [...report.headers],
        }
      : (memory.dateOrder ??
        (report.dateOrder.source === 'data'
          ? {
              order: report.dateOrder.order,
              source: 'data' as const,
              evidence: report.dateOrder.evidence ?? 'settled by the dates in the export',
              at,
              headers: [...report.headers],
            }
          : undefined));
  await writeFileAtomic(
    memoryFile,
    `${JSON.stringify(
      {
        ...memory,
        version: 1,
        ...(settled ? { dateOrder: settled } : {}),
        mapping: { profile: profilePath, at },
      },
      null,
      2,
    )}\n`,
  );

  const held: HeldOutlook[] = [];
  for (const job of await heldJobs(dataDir, practice)) {
    held.push(
      await outlook(
        job,
        {
          ...base,
          profile: profilePath,
          ...(settled
            ? {
                dateOrder: settled.order,
                dateOrderSource: settled.source,
                ...(settled.headers ? { dateOrderHeaders: settled.headers } : {}),
              }
            : {}),
        },
        checked.confirmed?.answered,
      ),
    );
  }
  return { report, answered: answering, profilePath, profile: checked, held };
}

/** Held-for doubts the engine decides with the ledger (identity-doubt.ts, lost-zeros.ts), but for
 *  those the confirmation answered. */
const againstLedger = (job: JobDetails, answered: readonly string[] | undefined): Doubt[] =>
  (job.doubts ?? []).filter((d) => d.kind === 'identity' && !isAnswered(answered, d));

/** Read a held file again with the new mapping (nothing is sent) to say whether it will go. */
async function outlook(
  job: JobDetails,
  opts: ImportOptions,
  answered: readonly string[] | undefined,
): Promise<HeldOutlook> {
  const file = job.archivedPath;
  const recheck = againstLedger(job, answered);
  if (!file || !fs.existsSync(file))
    return { job, doubts: [], recheck, error: `its file ${file ?? job.file} is gone` };
  try {
    const gen = importExport(file, opts);
    for (;;) {
      const r = await gen.next();
      if (r.done) return { job, doubts: r.value.doubts ?? [], recheck };
    }
  } catch (err) {
    return {
      job,
      doubts: [],
      recheck,
      error: err instanceof ExportFileError ? formatRowError(err.error) : (err as Error).message,
    };
  }
}
