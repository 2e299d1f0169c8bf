// Options shared by `convert` and `detect`: how to read an export (profile, practice, time zone,
// date order, joined tables), parsed into the importer's ImportOptions.
import type { PreparedTable } from '../../import/import-export.ts';
import { describeDateOrder } from '../../import/trust/date-order-decision.ts';
import { isValidTimeZone } from '../../import/map/zoned-time.ts';
import type { ImportOptions } from '../../model/import-summary.ts';

export const IMPORT_OPTIONS_USAGE = `  --practice-id     Medfusion practice integration id (a UUID)
  --profile         auto (default), a preset (openemr-appointments-report, openemr-ehi,
                    opendental-confirmations, cliniko, generic) or a profile .json file
  --practice-name   the Location sent when the export has none
  --tz              the practice's time zone as Area/City (default: this computer's)
  --date-order      MDY or DMY for dates like 03/04/2026 the data does not settle (default: from the
                    time zone's region; a file whose data proves the other order is held)
  --join NAME=FILE  a joined table (e.g. patient_data=openemr_patient_data.csv for openemr-ehi)`;

/** The parseArgs options behind ImportArgValues, shared by `convert` and `detect`. */
export const IMPORT_ARG_OPTIONS = {
  profile: { type: 'string' },
  'practice-id': { type: 'string' },
  'practice-name': { type: 'string' },
  tz: { type: 'string' },
  'date-order': { type: 'string' },
  join: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
} as const;

export interface ImportArgValues {
  profile?: string;
  'practice-id'?: string;
  'practice-name'?: string;
  tz?: string;
  'date-order'?: string;
  join?: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Used by `detect` when no practice id is given: the preview needs one, nothing is sent. */
export const PREVIEW_PRACTICE_ID = '00000000-0000-0000-0000-000000000000';

/** @throws Error with a one-line message for bad usage */
export function parseImportArgs(v: ImportArgValues, practiceIdRequired: boolean): ImportOptions {
  const practiceId = v['practice-id']?.trim();
  if (!practiceId && practiceIdRequired)
    throw new Error('--practice-id is required (the Medfusion practice integration id)');
  if (practiceId && !UUID.test(practiceId))
    throw new Error(
      `--practice-id '${practiceId}' is not a practice integration id (expected a UUID like 1c7ecf9f-9700-4e70-b976-9356db658274)`,
    );
  if (v.tz && !isValidTimeZone(v.tz))
    throw new Error(`--tz '${v.tz}' is not a time zone (use Area/City, e.g. America/New_York)`);
  const order = v['date-order']?.toUpperCase();
  if (order && order !== 'MDY' && order !== 'DMY')
    throw new Error(`--date-order must be MDY or DMY (got '${v['date-order']}')`);
  const joinFiles: Record<string, string> = {};
  for (const j of v.join ?? []) {
    const eq = j.indexOf('=');
    if (eq <= 0) throw new Error(`--join must be NAME=FILE (got '${j}')`);
    joinFiles[j.slice(0, eq)] = j.slice(eq + 1);
  }
  return {
    practiceId: practiceId || PREVIEW_PRACTICE_ID,
    ...(v.profile ? { profile: v.profile } : {}),
    ...(v.tz ? { timeZone: v.tz } : {}),
    ...(v['practice-name'] ? { practiceName: v['practice-name'] } : {}),
    ...(order ? { dateOrder: order as 'MDY' | 'DMY', dateOrderSource: 'person' as const } : {}),
    ...(Object.keys(joinFiles).length ? { joinFiles } : {}),
  };
}

/** One line saying how the file was read: which profile, from where, dates and zone. */
export function describeProfileLine(p: PreparedTable): string {
  const how: Record<PreparedTable['source'], string> = {
    preset: 'preset',
    file: `profile file ${p.profilePath ?? ''}`.trim(),
    saved: `saved profile ${p.profilePath ?? ''}`.trim(),
    'auto-preset': 'auto: the columns match preset',
    auto: 'auto: columns recognised by meaning',
  };
  const order = describeDateOrder(p.dateOrder);
  const name = p.source === 'auto' ? '' : ` '${p.profile.name}'`;
  return `${how[p.source]}${name}; dates ${order}; time zone ${p.timeZone}`;
}
