// `appt-connector mapping show|confirm --practice NAME`: the once-only review of a practice's
// mapping from the command line. `show` prints how the practice's exports are read (its profile,
// the remembered date order) and every held file with what is uncertain; `confirm` answers it
// (confirm-mapping.ts) and says which held files will now go.
// Exit codes: 0 done, 1 nothing to confirm on or the file cannot be read, 2 bad usage or settings.
import fs from 'node:fs';
import { parseCommandLine, usageError } from '../command-line.ts';
import { findPreset } from '../../import/presets/index.ts';
import { readProfileFile } from '../../import/map/choose-profile.ts';
import { FIELD_LABELS, type FieldName, type MappingProfile } from '../../import/map/profile.ts';
import { ExportFileError } from '../../import/read/index.ts';
import { describeDoubt } from './describe-doubt.ts';
import { formatRowError } from '../../model/row-error.ts';
import { practiceMemoryFile } from '../../engine/practice-folder.ts';
import { practiceMemoryAt, type PracticeMemoryData } from '../../engine/practice-memory.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import type { Doubt } from '../../model/doubt.ts';
import {
  heldJobs,
  loadPractice,
  PRACTICE_ARG_OPTIONS,
  PRACTICE_OPTIONS_USAGE,
  shellName,
  type PracticeTarget,
} from './practice-args.ts';
import { confirmMapping, ConfirmUsageError, type ConfirmResult } from './confirm-mapping.ts';
import {
  acceptanceOf,
  acceptCancellations,
  acceptedText,
  massCancelOf,
} from '../../engine/job/mass-cancel.ts';
import { displayLines } from '../../model/display-text.ts';
import { afterNoonHours } from './confirm-mapping.ts';

const USAGE = `usage: appt-connector mapping show --practice NAME [--data-dir DIR] [--config FILE] [--json]
       appt-connector mapping confirm --practice NAME [--file FILE | --job ID] [--set FIELD=COLUMN ...]
                                      [--status WORD=booked|cancelled|skip ...] [--date-order DMY|MDY]
                                      [--name-order first-last|last-first] [--sheet NAME]
                                      [--after-noon FROM-TO] [--accept-cancellations] [--blank-date above]
                                      [--marked-utc local|utc] [--midnight no-time|midnight]
                                      [--location-zone 'LOCATION=ZONE' ...]
  show              how this practice's exports are read, and each file held for review with what
                    is uncertain (values from the file, and the question to answer)
  confirm           answer once: the mapping recognised on the held file (or --file), with your
                    corrections, becomes the practice's confirmed profile; held files then go
${PRACTICE_OPTIONS_USAGE}
  --file            confirm on this export (default: the newest held file of the practice)
  --job             confirm on the file of this held job
  --set             read FIELD from COLUMN (e.g. --set appointmentId="Appt #"; --set FIELD= for none)
  --status          what a status word means (e.g. --status Umgebucht=booked)
  --date-order      the practice's day/month order for dates like 03/04/2026 (remembered)
  --name-order      names in one column without a comma: last-first when the family name comes
                    first (Tan Ah Kow, Smith John; remembered), first-last when the given name does
  --blank-date      above: an empty appointment date is the date of the row above (a report that
                    prints each day's date once; remembered; never across a heading)
  --after-noon      start times written without AM/PM: the hours after noon (e.g. --after-noon 1-6:
                    1:00 to 6:59 are PM, 7:00 to 11:59 AM; remembered for that start column)
  --marked-utc      times written as UTC (10:00Z) that would start at odd hours: local when they are
                    the practice's own clock marked UTC by mistake (read as written in the
                    practice's time zone; remembered for that start column), utc when they are UTC
  --location-zone   a location whose times are written on its own clock, not the practice's
                    (e.g. --location-zone 'Bowling Green - Scottsville Rd=America/Chicago'): its
                    rows are read on that IANA zone (remembered for that location as written; a
                    location whose name changes, or a new one on another clock, is asked again)
  --midnight        starts at exactly midnight (12:00 AM) among a day's visits: no-time when the
                    export writes a visit saved without a time so (those rows are not sent, the
                    others go; remembered for that start column, asked again for a file with starts
                    at night), midnight when they really start then
  --sheet           the Excel sheet the appointments are on, when a workbook has several
                    (remembered: later workbooks are read from the sheet of that name)
  --accept-cancellations
                    the held snapshot (--job, or the newest held for its cancellations) really
                    cancels what it says: accepted for that file's content only, then it goes
  --json            machine-readable output`;

/** A doubt that asks which comes first in one-column names without a comma: --name-order answers
 *  it (the review asks the same of these checks: renderer/settings/review-answers.ts). */
const asksNameOrder = (d: Doubt): boolean => d.check === 'family-first' || d.check === 'name-order';
/** Blank dates answer: a date printed once per day, answered by --blank-date above. */
const asksBlankDate = (d: Doubt): boolean => d.check === 'date-gaps';

function describeHeld(j: JobDetails): string[] {
  return [
    `  ${j.file}  (job ${j.id}, received ${j.receivedAt})`,
    ...(j.doubts ?? []).flatMap((d) => describeDoubt(d, '    ')),
  ];
}

function profileOf(spec: string): { kind: string; profile?: MappingProfile; error?: string } {
  if (!spec || spec.toLowerCase() === 'auto')
    return { kind: 'auto: the columns are recognised in each file (nothing confirmed yet)' };
  const preset = findPreset(spec);
  if (preset) return { kind: `preset '${spec}'`, profile: preset };
  if (!fs.existsSync(spec)) return { kind: `profile file ${spec}`, error: 'the file is missing' };
  try {
    return { kind: `profile file ${spec}`, profile: readProfileFile(spec, spec) };
  } catch (err) {
    return {
      kind: `profile file ${spec}`,
      error: err instanceof ExportFileError ? err.error.message : (err as Error).message,
    };
  }
}

function describeOrder(m: PracticeMemoryData | undefined, memoryError?: string): string {
  if (memoryError) return `dates: the practice memory cannot be read: ${memoryError}`;
  const d = m?.dateOrder;
  if (!d)
    return "dates: no day/month order settled yet (each file's data, else the time zone's region, decides)";
  const how = d.source === 'person' ? 'confirmed by a person' : `settled by the data: ${d.evidence}`;
  return `dates: ${d.order} (${d.order === 'DMY' ? 'day first' : 'month first'}), ${how}, on ${d.at}`;
}

async function show(target: PracticeTarget, json: boolean): Promise<number> {
  const { practice, dataDir } = target;
  const mapping = profileOf(practice.mappingProfile.trim());
  let memory: PracticeMemoryData | undefined;
  let memoryError: string | undefined;
  try {
    memory = await practiceMemoryAt(practiceMemoryFile(dataDir, practice)).read();
  } catch (err) {
    memoryError = (err as Error).message;
  }
  const held = await heldJobs(dataDir, practice);
  if (json) {
    console.log(
      JSON.stringify(
        {
          practice: practice.name,
          mapping: { setting: practice.mappingProfile, ...mapping },
          memory: memory ?? null,
          ...(memoryError ? { memoryError } : {}),
          held: held.map((j) => ({
            id: j.id,
            file: j.file,
            receivedAt: j.receivedAt,
            reason: j.reason,
            doubts: j.doubts ?? [],
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const p = mapping.profile;
  const lines = [
    `${practice.name}`,
    `mapping: ${mapping.kind}${mapping.error ? ` — cannot be used: ${mapping.error}` : ''}`,
  ];
  if (p?.confirmed)
    lines.push(`  confirmed ${p.confirmed.at} on the columns: ${p.confirmed.headers.join(', ')}`);
  if (p) {
    for (const [field, col] of Object.entries(p.columns) as Array<[FieldName, string | string[]]>)
      lines.push(`  ${FIELD_LABELS[field].padEnd(34)} ${Array.isArray(col) ? col.join(' | ') : col}`);
    const s = p.status;
    if (s?.new?.length) lines.push(`  status words read as booked:    ${s.new.join(', ')}`);
    if (s?.cancel?.length) lines.push(`  status words read as cancelled: ${s.cancel.join(', ')}`);
    if (s?.skip?.length) lines.push(`  status words skipped:           ${s.skip.join(', ')}`);
    for (const l of p.locationZones ?? []) lines.push(`  location '${l.location}' keeps ${l.zone} time`);
  }
  lines.push(describeOrder(memory, memoryError), '');
  if (held.length === 0) lines.push('No file is held for review.');
  else {
    lines.push(
      `${held.length} file${held.length === 1 ? ' is' : 's are'} held for review (nothing from ${held.length === 1 ? 'it' : 'them'} was sent):`,
    );
    for (const j of held) lines.push(...describeHeld(j));
    lines.push(
      '',
      `To answer: appt-connector mapping confirm --practice ${shellName(practice.name)} ` +
        '[--set FIELD=COLUMN ...] [--status WORD=booked|cancelled|skip ...] [--date-order DMY|MDY]' +
        (held.some((j) => j.doubts?.some(asksNameOrder)) ? ' [--name-order first-last|last-first]' : '') +
        (held.some((j) => j.doubts?.some((d) => d.kind === 'sheet')) ? ' [--sheet NAME]' : '') +
        (held.some((j) => j.doubts?.some(asksBlankDate)) ? ' [--blank-date above]' : '') +
        // The twelve-hour answer: hours after noon (confirm-mapping.ts, afterNoonHours).
        (held.some((j) => j.doubts?.some((d) => d.plainHours)) ? ' [--after-noon FROM-TO]' : '') +
        // Times marked UTC: really UTC, or the practice's own clock (confirm-mapping.ts).
        (held.some((j) => j.doubts?.some((d) => d.check === 'utc-night'))
          ? ' [--marked-utc local|utc]'
          : '') +
        // Starts at midnight where "no time was saved" can be answered (confirm-mapping.ts).
        (held.some((j) => j.doubts?.some((d) => d.check === 'midnight' && d.midnightUntimed))
          ? ' [--midnight no-time|midnight]'
          : '') +
        // Locations on another clock: each answered with its zone (location-clock.ts).
        (held.some((j) => j.doubts?.some((d) => d.check === 'location-zone'))
          ? " [--location-zone 'LOCATION=ZONE' ...]"
          : '') +
        (held.some((j) => massCancelOf(j)) ? ' [--accept-cancellations --job ID]' : ''),
    );
  }
  console.log(displayLines(lines.join('\n')));
  return 0;
}

/** What `confirm` (and `detect --save --practice`) print after writing the answer. */
/** What a doubt's subjects are, where they are not patient ids (answered-checks.ts). */
const SUBJECTS_ARE: Record<string, string> = {
  'report-title': 'the title',
  'location-split': 'appointments',
  'id-provider-split': 'appointment ids',
  'change-log': 'the title',
  'title-zone': 'the zone',
  'grouped-rows': 'the lines and their words',
};

export function describeConfirmed(r: ConfirmResult, practice: string, fileName = r.report.file): string {
  const go = r.held.filter((h) => h.doubts.length === 0 && h.recheck.length === 0 && !h.error);
  const lines = [
    `Confirmed the mapping of ${practice} on ${fileName}: saved to ${r.profilePath}`,
    `  (the practice's mapping setting now names it; the columns at this moment are recorded, and a later export with other columns is held again)`,
  ];
  // What the confirmation answers for later files too (answered-checks.ts): said, never silent.
  const answered = r.answered;
  if (answered.length) {
    lines.push("  It also answers, for this practice's later files (they are not held for these again):");
    for (const d of answered) {
      // Twins confirmed are these twins only (answered-checks.ts): others are asked about.
      const whom = d.subjects
        ? ` (for ${SUBJECTS_ARE[d.check ?? ''] ?? 'patient ids'} ${d.subjects.join(', ')} only)`
        : '';
      lines.push(`    - ${d.column ? `column '${d.column}': ` : ''}${d.message}${whom}`);
    }
  }
  if (r.held.length === 0) lines.push('No file of this practice is held for review.');
  else {
    lines.push(
      `${go.length} of ${r.held.length} held file${r.held.length === 1 ? '' : 's'} will now go: a running connector ` +
        'takes them at its next inbox check; `appt-connector run` takes them at start.',
    );
    for (const h of r.held) {
      if (h.error) lines.push(`  ${h.job.file}: cannot be read with this mapping: ${h.error}`);
      else if (h.doubts.length) {
        lines.push(`  ${h.job.file}: still uncertain, stays held:`);
        for (const d of h.doubts) lines.push(...describeDoubt(d, '    '));
      } else if (h.recheck.length) {
        // A mapping cannot answer these: only another id column (or another export) can.
        lines.push(
          `  ${h.job.file}: read again with this mapping, and held again if it still would do this (checked against what was already sent):`,
        );
        for (const d of h.recheck) lines.push(...describeDoubt(d, '    '));
      } else lines.push(`  ${h.job.file}: goes`);
    }
  }
  return lines.join('\n');
}

async function confirm(
  target: PracticeTarget,
  v: {
    file?: string;
    job?: string;
    set?: string[];
    status?: string[];
    'date-order'?: string;
    'name-order'?: string;
    'blank-date'?: string;
    'after-noon'?: string;
    'marked-utc'?: string;
    midnight?: string;
    'location-zone'?: string[];
    sheet?: string;
    'accept-cancellations'?: boolean;
    json?: boolean;
  },
): Promise<number> {
  const { practice, dataDir } = target;
  if (v.file && v.job) return usageError(USAGE, 'give --file or --job, not both', 'mapping confirm');
  const accepting = v['accept-cancellations'] === true;
  if (accepting && v.file)
    return usageError(
      USAGE,
      '--accept-cancellations applies to a held file: give --job ID (or nothing for the newest), not --file',
      'mapping confirm',
    );
  const order = v['date-order']?.toUpperCase();
  if (order !== undefined && order !== 'MDY' && order !== 'DMY')
    return usageError(USAGE, `--date-order must be MDY or DMY (got '${v['date-order']}')`, 'mapping confirm');
  const nameOrder = v['name-order']?.toLowerCase();
  if (nameOrder !== undefined && nameOrder !== 'first-last' && nameOrder !== 'last-first')
    return usageError(
      USAGE,
      `--name-order must be first-last or last-first (got '${v['name-order']}')`,
      'mapping confirm',
    );
  // Blank dates answer: only 'above' (an empty date is the date of the row above).
  const blankDate = v['blank-date']?.toLowerCase();
  if (blankDate !== undefined && blankDate !== 'above')
    return usageError(USAGE, `--blank-date must be above (got '${v['blank-date']}')`, 'mapping confirm');
  // The twelve-hour answer: hours after noon, `1-6`.
  const afterNoon = v['after-noon'] === undefined ? undefined : afterNoonHours(v['after-noon']);
  if (afterNoon === null)
    return usageError(
      USAGE,
      `--after-noon must be two hours from 1 to 11, the first not after the last, e.g. 1-6 (got '${v['after-noon']}')`,
      'mapping confirm',
    );
  // Times marked UTC: the practice's own clock (local), or really UTC.
  const markedUtc = v['marked-utc']?.toLowerCase();
  if (markedUtc !== undefined && markedUtc !== 'local' && markedUtc !== 'utc')
    return usageError(
      USAGE,
      `--marked-utc must be local (the practice's own clock marked UTC by mistake) or utc (got '${v['marked-utc']}')`,
      'mapping confirm',
    );
  // Starts at midnight: visits saved without a time (no-time), or real.
  const midnight = v.midnight?.toLowerCase();
  if (midnight !== undefined && midnight !== 'no-time' && midnight !== 'midnight')
    return usageError(
      USAGE,
      `--midnight must be no-time (visits saved without a time: those rows are not sent) or midnight (they really start then) (got '${v.midnight}')`,
      'mapping confirm',
    );
  // Locations on another clock: LOCATION=ZONE, split at the last '=' (a zone has none).
  const locationZones: Array<{ location: string; zone: string }> = [];
  for (const lz of v['location-zone'] ?? []) {
    const at = lz.lastIndexOf('=');
    const location = at > 0 ? lz.slice(0, at).trim() : '';
    const zone = at > 0 ? lz.slice(at + 1).trim() : '';
    if (!location || !zone)
      return usageError(
        USAGE,
        `--location-zone must be LOCATION=ZONE, the location as the question names it and an IANA zone (e.g. 'Bowling Green - Scottsville Rd=America/Chicago'; got '${lz}')`,
        'mapping confirm',
      );
    locationZones.push({ location, zone });
  }
  let file = v.file;
  let fileName: string | undefined;
  let accepted: JobDetails | undefined;
  let heldFor: readonly Doubt[] | undefined;
  if (!file) {
    const held = await heldJobs(dataDir, practice);
    const job = v.job
      ? held.find((j) => j.id === v.job)
      : accepting
        ? held.find((j) => massCancelOf(j))
        : held[0];
    if (accepting && job && !massCancelOf(job)) {
      console.error(
        `mapping confirm: ${job.file} (job ${job.id}) is not held for its cancellations; there is nothing to accept.`,
      );
      return 1;
    }
    if (!job) {
      console.error(
        v.job
          ? `mapping confirm: job ${v.job} is not a held file of ${practice.name}. List them with: appt-connector mapping show --practice ${shellName(practice.name)}`
          : accepting
            ? `mapping confirm: no file of ${practice.name} is held for its cancellations.`
            : `mapping confirm: no file of ${practice.name} is held for review. To confirm on an export, give --file FILE.`,
      );
      return 1;
    }
    file = job.archivedPath;
    fileName = job.file;
    heldFor = job.doubts;
    if (accepting) accepted = job;
    if (!file || !fs.existsSync(file)) {
      console.error(
        `mapping confirm: the file of job ${job.id} (${file ?? job.file}) is gone. Give --file FILE.`,
      );
      return 1;
    }
  } else if (!fs.existsSync(file)) {
    console.error(`mapping confirm: ${file}: no such file. Check the path.`);
    return 2;
  }
  try {
    const r = await confirmMapping({
      target,
      file,
      set: v.set ?? [],
      status: v.status ?? [],
      ...(order ? { dateOrder: order as 'MDY' | 'DMY' } : {}),
      ...(nameOrder ? { nameOrder: nameOrder as 'first-last' | 'last-first' } : {}),
      ...(blankDate ? { blankDate: 'above' as const } : {}),
      ...(v.sheet !== undefined ? { sheet: v.sheet } : {}),
      ...(afterNoon ? { afterNoon } : {}),
      ...(markedUtc ? { markedUtc: markedUtc as 'local' | 'utc' } : {}),
      ...(midnight ? { midnight: midnight as 'no-time' | 'midnight' } : {}),
      ...(locationZones.length ? { locationZones } : {}),
      ...(heldFor ? { heldFor } : {}),
    });
    const note = accepted ? await recordAcceptance(target, accepted) : '';
    // The file's mapping outlook cannot see the ledger: a snapshot held for its cancellations
    // stays held unless they were accepted now.
    for (const h of r.held) {
      const doubt = massCancelOf(h.job);
      if (doubt && h.job.id !== accepted?.id) h.doubts = [...h.doubts, doubt];
    }
    if (v.json)
      console.log(
        JSON.stringify(
          {
            ok: true,
            profilePath: r.profilePath,
            profile: r.profile,
            held: r.held.map((h) => ({
              id: h.job.id,
              file: h.job.file,
              goes: !h.error && h.doubts.length === 0 && h.recheck.length === 0,
              doubts: h.doubts,
              ...(h.recheck.length ? { recheck: h.recheck } : {}),
              ...(h.error ? { error: h.error } : {}),
            })),
          },
          null,
          2,
        ),
      );
    else console.log([note, describeConfirmed(r, practice.name, fileName)].filter(Boolean).join('\n'));
    return 0;
  } catch (err) {
    if (err instanceof ConfirmUsageError) return usageError(USAGE, err.message, 'mapping confirm');
    if (err instanceof ExportFileError) {
      console.error(`mapping confirm: ${formatRowError(err.error)}`);
      return 1;
    }
    throw err;
  }
}

/** Accept the held snapshot's cancellations for its content (a running engine reads it again at
 *  its next inbox check: the practice memory changed). */
async function recordAcceptance(target: PracticeTarget, job: JobDetails): Promise<string> {
  const doubt = massCancelOf(job);
  if (!doubt || !job.contentHash) return '';
  await acceptCancellations(
    practiceMemoryAt(practiceMemoryFile(target.dataDir, target.practice)),
    acceptanceOf(doubt, job.contentHash, 'appt-connector mapping confirm --accept-cancellations', new Date()),
  );
  return `${acceptedText(doubt, job.file)} (job ${job.id}), for this file's content only.`;
}

export async function run(argv: string[]): Promise<number> {
  const cmd = parseCommandLine(argv, {
    usage: USAGE,
    name: 'mapping',
    argument: 'subcommand (show or confirm)',
    options: {
      ...PRACTICE_ARG_OPTIONS,
      file: { type: 'string' },
      job: { type: 'string' },
      set: { type: 'string', multiple: true },
      status: { type: 'string', multiple: true },
      'date-order': { type: 'string' },
      'name-order': { type: 'string' },
      'blank-date': { type: 'string' },
      'after-noon': { type: 'string' },
      'marked-utc': { type: 'string' },
      midnight: { type: 'string' },
      'location-zone': { type: 'string', multiple: true },
      sheet: { type: 'string' },
      'accept-cancellations': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if ('exit' in cmd) return cmd.exit;
  const { values, argument } = cmd;
  if (argument !== 'show' && argument !== 'confirm')
    return usageError(USAGE, `unknown subcommand '${argument}' (show or confirm)`, 'mapping');
  let target: PracticeTarget;
  try {
    target = await loadPractice(values);
  } catch (err) {
    console.error(`mapping: ${(err as Error).message}`);
    return 2;
  }
  return argument === 'show' ? show(target, values.json ?? false) : confirm(target, values);
}
