// Validation of a settings document: the JSON Schema (schema.ts) first, then the rules a schema
// cannot say (unique names, inbox folders apart from each other and from the data folder —
// inbox-rules.ts —, environment addresses, time zones) and the guard
// that keeps secrets out of the settings file. Every problem is phrased as
// "practices[1].practiceId: must be a UUID — copy the practice integration id …".
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Class, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { checkBaseUrl, ENVIRONMENT_NAMES } from '../../medfusion/environments.ts';
import type { Settings } from '../../model/settings.ts';
import { FIELD_HINTS, settingsSchema } from './schema.ts';
import { inboxClashesSync, type FolderContext } from './inbox-rules.ts';

export interface SettingsIssue {
  /** Where: `practices[1].practiceId`, or '' for the whole document. */
  path: string;
  message: string;
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(
    readonly issues: SettingsIssue[],
    readonly file?: string,
  ) {
    super(
      `${file ? `Settings file ${file}` : 'Settings'} cannot be used:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
  }
}

export function formatIssue(i: SettingsIssue): string {
  return i.path ? `${i.path}: ${i.message}` : i.message;
}

// Compiled on first use, not at load: loading and compiling ajv costs ~0.3 s of CPU, and commands
// that never validate settings (`history`, `convert`) should not pay it at every start.
// validateSchema: false: by default ajv first compiles the whole JSON Schema 2020-12 meta-schema
// to check our own constant schema against it, at every start of every process (~75 of ~100 ms of
// the compile's CPU, measured). That check is the same on every machine, so a test makes it once
// (test/engine/settings/settings.test.ts, 'the schema is valid JSON Schema 2020-12'); strict mode
// still refuses unknown keywords here.
let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as {
      Ajv2020: typeof Ajv2020Class;
    };
    compiled = new Ajv2020({ allErrors: true, strict: true, validateSchema: false }).compile(settingsSchema);
  }
  return compiled;
}

/** Key names that hold a secret. Secrets live in the keychain, referenced by `credentialKey`. */
const SECRET_KEY = /pass(word|wd|phrase)?$|secret|token|api_?key|private_?key|^auth(orization)?$/i;

/** Keys electron-store/conf keep for themselves in the same file. */
const TOOL_KEYS = new Set(['__internal__']);

function dotted(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg}`))
    .join('')
    .replace(/^\./, '');
}

function hintFor(p: string): string {
  const field = /([A-Za-z]+)$/.exec(p)?.[1];
  const hint = field ? FIELD_HINTS[field] : undefined;
  return hint ? ` — ${hint}` : '';
}

function describeAjvError(e: ErrorObject): SettingsIssue {
  const where = dotted(e.instancePath);
  const join = (child: string) => (where ? `${where}.${child}` : child);
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return { path: join(missing), message: `missing${hintFor(missing)}` };
    }
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      return { path: join(extra), message: 'unknown setting — remove it or check its spelling' };
    }
    case 'pattern':
      if (where.endsWith('practiceId')) return { path: where, message: `must be a UUID${hintFor(where)}` };
      return { path: where, message: `has characters that are not allowed${hintFor(where)}` };
    case 'type':
      return { path: where, message: `must be ${(e.params as { type: string }).type}${hintFor(where)}` };
    case 'const':
      return {
        path: where,
        message: `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}${hintFor(where)}`,
      };
    case 'minLength':
      return { path: where, message: `must not be empty${hintFor(where)}` };
    default:
      return { path: where, message: `${e.message ?? 'is not valid'}${hintFor(where)}` };
  }
}

/** Keys anywhere in the document whose names look like secrets. */
export function findSecretKeys(value: unknown, at = ''): SettingsIssue[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findSecretKeys(v, `${at}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
    const here = at ? `${at}.${k}` : k;
    const own: SettingsIssue[] = SECRET_KEY.test(k)
      ? [
          {
            path: here,
            message:
              'secrets are never kept in the settings file — remove this line and store it with ' +
              '`appt-connector credentials set --practice NAME` (or the Settings window), which uses the OS keychain',
          },
        ]
      : [];
    return [...own, ...findSecretKeys(v, here)];
  });
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function crossFieldIssues(s: Settings, folders: FolderContext): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const names = new Map<string, number>();
  const keys = new Map<string, number>();
  s.practices.forEach((p, i) => {
    const at = `practices[${i}]`;
    const nameKey = p.name.trim().toLowerCase();
    const sameName = names.get(nameKey);
    if (sameName !== undefined)
      issues.push({
        path: `${at}.name`,
        message: `'${p.name}' is already the name of practices[${sameName}] — practice names must be unique`,
      });
    else names.set(nameKey, i);
    // The practice's identity (job-practice.ts): two practices under one key would share their
    // jobs, keychain entries and confirmed mapping.
    const sameKey = keys.get(p.credentialKey);
    if (sameKey !== undefined)
      issues.push({
        path: `${at}.credentialKey`,
        message: `'${p.credentialKey}' is already the credentialKey of practices[${sameKey}] — each practice needs its own`,
      });
    else keys.set(p.credentialKey, i);
    if (!(ENVIRONMENT_NAMES as readonly string[]).includes(p.environment)) {
      try {
        checkBaseUrl(p.environment);
        if (!/^https?:\/\//i.test(p.environment.trim()))
          throw new Error(`'${p.environment}' is not a web address.`);
      } catch (err) {
        issues.push({
          path: `${at}.environment`,
          message: `${(err as Error).message} (${FIELD_HINTS.environment})`,
        });
      }
    }
    if (p.timeZone && !isTimeZone(p.timeZone))
      issues.push({
        path: `${at}.timeZone`,
        message: `'${p.timeZone}' is not a time zone — ${FIELD_HINTS.timeZone}`,
      });
  });
  // Real folders, not strings: links followed, case folded where the file system ignores it.
  for (const c of inboxClashesSync(s.practices, folders))
    issues.push({ path: `practices[${c.index}].inbox`, message: c.message });
  return issues;
}

/** Check a parsed settings document (already migrated to the current version). */
export function validateSettings(raw: unknown, folders: FolderContext = {}): SettingsValidation {
  const secretIssues = findSecretKeys(raw);
  let doc = raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    doc = Object.fromEntries(Object.entries(raw).filter(([k]) => !TOOL_KEYS.has(k)));
  }
  const schemaCheck = schemaValidator();
  const schemaIssues = schemaCheck(doc)
    ? []
    : (schemaCheck.errors ?? [])
        // A secret-looking key is reported once, by the secret guard, not also as unknown.
        .filter(
          (e) =>
            !(
              e.keyword === 'additionalProperties' &&
              SECRET_KEY.test(String((e.params as { additionalProperty: string }).additionalProperty))
            ),
        )
        .map(describeAjvError);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return { ok: false, issues: [{ path: '', message: 'the settings file must hold one JSON object' }] };
  const issues = [...secretIssues, ...schemaIssues];
  if (issues.length === 0) issues.push(...crossFieldIssues(doc as Settings, folders));
  return issues.length ? { ok: false, issues } : { ok: true, settings: doc as Settings };
}
