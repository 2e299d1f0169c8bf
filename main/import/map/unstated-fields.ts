// The descriptive fields a file says nothing about: no column of them, no title line that states
// them (`Location: North Clinic`), no default the practice set in its mapping. Their rows go with
// a placeholder (the practice name, `APPOINTMENT`, the type as the description, no reason,
// `Unassigned provider`: row-defaults.ts). One report of a system carries them and another (a day
// sheet, a list run without its location column) does not; the engine keeps, for an appointment
// already sent, what was sent instead of the placeholder (changes/kept-details.ts), so the second
// report neither re-sends every visit nor blanks what the portal shows.
// A file with a column for the field says it, even when the profile does not read that column (a
// preset found by its columns names no Reason or Type of a report run with one added): the old
// value kept there would be stale beside what the file says, so such a field is not unstated (the
// row goes as the profile reads it, as before the rule).
import type { UnstatedField } from '../../model/import-summary.ts';
import type { TitleDefaults } from '../read/stated-filters.ts';
import type { MappingProfile } from './profile.ts';
import type { ColumnRefs } from './resolve-columns.ts';

export function unstatedFields(
  refs: ColumnRefs,
  profile: MappingProfile,
  title: TitleDefaults,
  inFile: ReadonlySet<string> = new Set(),
): readonly UnstatedField[] {
  const d = profile.defaults ?? {};
  const out: UnstatedField[] = [];
  const has = (field: keyof ColumnRefs): boolean => !!refs[field] || inFile.has(field);
  if (!has('type') && !d.type) out.push('type');
  if (!has('reason')) out.push('reason');
  if (!has('description') && !has('reason') && !d.description) out.push('description');
  if (!has('location') && !d.location && title.location === undefined) out.push('location');
  const providerStated =
    has('providerId') ||
    has('providerName') ||
    d.providerId ||
    d.providerName ||
    title.providerId !== undefined ||
    title.providerName !== undefined;
  if (!providerStated) out.push('provider');
  return out;
}
