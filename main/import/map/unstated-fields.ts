// The descriptive fields a file says nothing about: no column of them, no title line that states
// them (`Location: North Clinic`), no default the practice set in its mapping. Their rows go with
// a placeholder (the practice name, `APPOINTMENT`, the type as the description, no reason,
// `Unassigned provider`: row-defaults.ts). One report of a system carries them and another (a day
// sheet, a list run without its location column) does not; the engine keeps, for an appointment
// already sent, what was sent instead of the placeholder (changes/kept-details.ts), so the second
// report neither re-sends every visit nor blanks what the portal shows.
import type { UnstatedField } from '../../model/import-summary.ts';
import type { TitleDefaults } from '../read/stated-filters.ts';
import type { MappingProfile } from './profile.ts';
import type { ColumnRefs } from './resolve-columns.ts';

export function unstatedFields(
  refs: ColumnRefs,
  profile: MappingProfile,
  title: TitleDefaults,
): readonly UnstatedField[] {
  const d = profile.defaults ?? {};
  const out: UnstatedField[] = [];
  if (!refs.type && !d.type) out.push('type');
  if (!refs.reason) out.push('reason');
  if (!refs.description && !refs.reason && !d.description) out.push('description');
  if (!refs.location && !d.location && title.location === undefined) out.push('location');
  const providerStated =
    refs.providerId ||
    refs.providerName ||
    d.providerId ||
    d.providerName ||
    title.providerId !== undefined ||
    title.providerName !== undefined;
  if (!providerStated) out.push('provider');
  return out;
}
