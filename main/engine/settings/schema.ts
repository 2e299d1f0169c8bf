// The JSON Schema of `Settings` (model/settings.ts): one schema for the engine's own validation
// and for the desktop app's electron-store, so both accept and refuse the same files. Built
// against the interfaces (schema-of.ts): a field added to model/settings.ts and not here, or here
// and not there, does not compile; the IPC guard takes its field list from here.
// Only keywords shared by JSON Schema draft-07 and 2020-12 (conf/electron-store use Ajv2020), and
// no custom keywords (Ajv's strict mode would refuse them inside electron-store).
// Rules a schema cannot express (unique names, distinct inboxes, environment URLs, time zones,
// secret-looking keys) live in validate.ts.
import type { PracticeSettings, Settings } from '../../model/settings.ts';
import { allOf, type PropertiesOf, type RequiredKeys } from './schema-of.ts';

export const SETTINGS_VERSION = 1;

export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export const practiceSchema = {
  type: 'object',
  additionalProperties: false,
  required: allOf<RequiredKeys<PracticeSettings>>()([
    'name',
    'inbox',
    'practiceId',
    'environment',
    'mappingProfile',
    'timeZone',
    'snapshotMode',
    'polling',
    'credentialKey',
  ]),
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    inbox: { type: 'string', minLength: 1 },
    practiceId: { type: 'string', pattern: UUID_PATTERN },
    environment: { type: 'string', minLength: 1 },
    mappingProfile: { type: 'string', minLength: 1 },
    timeZone: { type: 'string' },
    snapshotMode: { type: 'boolean' },
    maxSnapshotCancelPercent: { type: 'integer', minimum: 0, maximum: 100 },
    polling: { type: 'boolean' },
    credentialKey: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._-]+$' },
  } as const satisfies PropertiesOf<PracticeSettings>,
} as const;

/** Property schemas: pass as electron-store's `schema` option. */
export const settingsProperties = {
  version: { type: 'integer', const: SETTINGS_VERSION },
  practices: { type: 'array', items: practiceSchema },
  retentionDays: { type: 'integer', minimum: 0, maximum: 36500 },
  stabilityMs: { type: 'integer', minimum: 100, maximum: 600_000 },
  batchSize: { type: 'integer', minimum: 1, maximum: 1000 },
  startAtLogin: { type: 'boolean' },
  firstRunDone: { type: 'boolean' },
} as const satisfies PropertiesOf<Settings>;

/** The whole document. */
export const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  required: allOf<RequiredKeys<Settings>>()([
    'version',
    'practices',
    'retentionDays',
    'stabilityMs',
    'batchSize',
  ]),
  properties: settingsProperties,
} as const;

/** What to do when a field is wrong, keyed by field name: joined to the schema's own words. Every
 *  practice field has one (a new field without its hint does not compile). */
export const FIELD_HINTS: Readonly<Record<string, string>> = {
  name: 'give each practice a short display name',
  inbox: 'the folder your scheduling software exports into',
  practiceId: 'copy the practice integration id Medfusion gave you (looks like 3f2b8c1e-…-…)',
  environment: 'use sandbox, demo, production or a full https:// address',
  mappingProfile: "use 'auto', a preset name or the path of a saved mapping",
  timeZone: "an IANA zone such as America/New_York, or '' for this computer's zone",
  snapshotMode: 'true if each export is the full schedule of its dates, else false',
  maxSnapshotCancelPercent:
    'snapshot mode: hold a file for review when it would cancel more than this percent of the appointments sent for its dates (0–100, default 20)',
  polling: 'true for a network share, else false',
  credentialKey:
    'a short key (letters, digits, . _ -) under which the keychain holds this practice’s secrets',
  retentionDays: 'days to keep history and archived files; 0 keeps them forever',
  stabilityMs: 'milliseconds a file must stay unchanged before it is read (default 1000)',
  batchSize: 'appointments per request to Medfusion (default 50)',
  version: `this build reads settings version ${SETTINGS_VERSION}`,
} satisfies Record<keyof PracticeSettings, string> & Partial<Record<keyof Settings, string>>;
