// Which mapping profile reads a given export: a named preset, a profile JSON file, or 'auto'
// (a profile the user confirmed and saved next to the data, else a preset whose columns the file
// has, else automatic recognition).
import fs from 'node:fs';
import path from 'node:path';
import { fileError } from '../read/export-file-error.ts';
import { findPreset, presetNames, PRESETS } from '../presets/index.ts';
import { parseProfileText, ProfileError, type MappingProfile } from './profile.ts';
import { missingRequired, resolveColumns } from './resolve-columns.ts';

/** Saved next to the export by `detect --save` (or the settings window): used by 'auto'. */
export const SAVED_PROFILE_NAME = 'appt-connector.profile.json';

export type ProfileSource = 'preset' | 'file' | 'saved' | 'auto-preset' | 'auto';

export function readProfileFile(file: string, forExport: string): MappingProfile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw fileError(
      path.basename(forExport),
      0,
      `the mapping profile ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      'Check the profile path in the settings, or use --profile auto',
    );
  }
  try {
    return parseProfileText(text, file);
  } catch (e) {
    if (e instanceof ProfileError)
      throw fileError(
        path.basename(forExport),
        0,
        e.message,
        'Correct the profile file (or run `detect` to make a new one)',
      );
    throw e;
  }
}

/** How well a preset fits these headers: share of its main-table columns present; 0 when a
 *  required field is missing. */
export function presetFit(preset: MappingProfile, headers: readonly string[]): number {
  const prefix = preset.join ? `${preset.join.name}.` : undefined;
  const mainOnly: MappingProfile = {
    ...preset,
    columns: Object.fromEntries(
      Object.entries(preset.columns).filter(([, spec]) => {
        const names = Array.isArray(spec) ? spec : [spec];
        return !(prefix && names.every((n) => n.startsWith(prefix)));
      }),
    ),
  };
  const { refs, notFound } = resolveColumns(mainOnly, headers);
  const total = Object.keys(mainOnly.columns).length;
  if (total === 0) return 0;
  if (preset.join) {
    // The joined table supplies the patient: the key column must be here.
    const key = resolveColumns({ name: 'k', columns: { patientId: preset.join.on.column } }, headers);
    if (!key.refs.patientId) return 0;
  } else if (missingRequired(refs).length > 0) return 0;
  return (total - notFound.length) / total;
}

export function bestPreset(headers: readonly string[]): MappingProfile | undefined {
  let best: MappingProfile | undefined;
  let bestFit = 0.75; // at least three quarters of a preset's columns, or recognition decides
  for (const p of PRESETS) {
    const fit = presetFit(p, headers);
    if (fit > bestFit) [best, bestFit] = [p, fit];
  }
  return best;
}

const settingOf = (setting: string | undefined): string => (setting ?? 'auto').trim() || 'auto';

/** The profile file a setting names: under `auto` the folder's saved profile when there is one;
 *  a path (a `.json` name, or one with a folder) as given. Undefined for a preset's name. */
function profileFileOf(
  spec: string,
  savedDir: string,
): { path: string; source: Extract<ProfileSource, 'saved' | 'file'> } | undefined {
  if (spec.toLowerCase() === 'auto') {
    const saved = path.join(savedDir, SAVED_PROFILE_NAME);
    return fs.existsSync(saved) ? { path: saved, source: 'saved' } : undefined;
  }
  if (spec.toLowerCase().endsWith('.json') || spec.includes('/') || spec.includes('\\'))
    return { path: spec, source: 'file' };
  return undefined;
}

/**
 * Resolve the profile setting to a profile, or to 'auto' meaning "recognise the columns".
 * @throws ExportFileError for an unknown name or an unusable profile file
 */
export function chooseProfile(
  setting: string | undefined,
  exportFile: string,
  headers: readonly string[],
  savedDir = path.dirname(exportFile),
): { profile: MappingProfile | 'recognize'; source: ProfileSource; path?: string } {
  const spec = settingOf(setting);
  const file = profileFileOf(spec, savedDir);
  if (file) return { profile: readProfileFile(file.path, exportFile), ...file };
  if (spec.toLowerCase() === 'auto') {
    const preset = bestPreset(headers);
    return preset ? { profile: preset, source: 'auto-preset' } : { profile: 'recognize', source: 'auto' };
  }
  const preset = findPreset(spec);
  if (preset) return { profile: preset, source: 'preset' };
  throw fileError(
    path.basename(exportFile),
    0,
    `there is no preset or profile named '${spec}'`,
    `Use auto, one of the presets (${presetNames().join(', ')}), or the path of a profile .json file`,
  );
}

/**
 * The workbook sheet the practice's mapping names (MappingProfile.sheet), read before the file is
 * opened, since which sheet is read decides the columns the mapping is then chosen on. A profile
 * that cannot be read names none here: chooseProfile reports it.
 */
export function profileSheet(
  setting: string | undefined,
  exportFile: string,
  savedDir = path.dirname(exportFile),
): string | undefined {
  const file = profileFileOf(settingOf(setting), savedDir)?.path;
  if (file === undefined || !fs.existsSync(file)) return undefined;
  try {
    return readProfileFile(file, exportFile).sheet;
  } catch {
    return undefined;
  }
}

/**
 * The mapping for a file whose reader knows its fields from a standard (an HL7 SIU feed: the
 * hl7-siu preset), whatever mapping the folder keeps for its other exports; unless a person
 * confirmed a mapping for exactly these columns (a held feed reviewed: its status words
 * answered), which then reads it, the preset's status words kept where the person said nothing.
 */
export function chooseStatedProfile(
  stated: MappingProfile,
  setting: string | undefined,
  exportFile: string,
  headers: readonly string[],
  savedDir?: string,
): { profile: MappingProfile; source: ProfileSource; path?: string } {
  let own: ReturnType<typeof chooseProfile> | undefined;
  try {
    own = chooseProfile(setting, exportFile, headers, savedDir);
  } catch {
    // A profile that cannot be read is no confirmation of this layout: the standard decides.
  }
  const confirmed = own && own.profile !== 'recognize' ? own.profile.confirmed : undefined;
  if (
    !own ||
    own.profile === 'recognize' ||
    !confirmed ||
    confirmed.headers.join('\u001f') !== headers.join('\u001f')
  )
    return { profile: stated, source: 'auto-preset' };
  return { ...own, profile: { ...own.profile, status: withStatedWords(stated.status, own.profile.status) } };
}

/** The person's status lists, with each of the preset's words they did not place added to the
 *  preset's list for it. */
function withStatedWords(
  stated: MappingProfile['status'],
  own: MappingProfile['status'],
): MappingProfile['status'] {
  if (!stated) return own;
  const placed = new Set(
    [...(own?.new ?? []), ...(own?.cancel ?? []), ...(own?.skip ?? [])].map((w) => w.trim().toLowerCase()),
  );
  const add = (mine: string[] | undefined, theirs: string[] | undefined): string[] => [
    ...(mine ?? []),
    ...(theirs ?? []).filter((w) => !placed.has(w.trim().toLowerCase())),
  ];
  return {
    ...own,
    new: add(own?.new, stated.new),
    cancel: add(own?.cancel, stated.cancel),
    skip: add(own?.skip, stated.skip),
  };
}
