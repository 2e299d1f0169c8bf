// Ties a profile to one file: finds each named column in the file's header (case, spaces and a
// stray BOM ignored; the first alternative present wins), or in the joined table for
// `join.name + '.' + column`. Reports what is missing in words a person can act on.
import { FIELD_LABELS, FIELD_NAMES, type FieldName, type MappingProfile } from './profile.ts';

export interface ColumnRef {
  header: string;
  source: 'main' | 'join';
  index: number;
}

export type ColumnRefs = Partial<Record<FieldName, ColumnRef>>;

/** The indexes of the file's own columns that some field is read from (a companion table's are
 *  not the file's): what is left are its free columns. */
export function mappedIndexes(refs: ColumnRefs): Set<number> {
  const used = new Set<number>();
  for (const r of Object.values(refs)) if (r?.source === 'main') used.add(r.index);
  return used;
}

export interface Resolution {
  refs: ColumnRefs;
  /** Fields the profile names whose columns are in neither table. */
  notFound: Array<{ field: FieldName; names: string[] }>;
}

export function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Whether a practice's answer kept for one column (`{ column }` in the saved mapping: the
 *  marked-UTC or midnight answer of a start column) is for the column `header`, as a header is
 *  matched: its case, spaces and BOM aside. Decided once per file. */
export function answerIsFor(answer: { column: string } | undefined, header: string | undefined): boolean {
  return !!answer && header !== undefined && normalizeHeader(answer.column) === normalizeHeader(header);
}

/** The column a profile names, matched as every header is (normalizeHeader: case, spaces). */
export function indexOfHeader(headers: readonly string[], name: string): number {
  const n = normalizeHeader(name);
  return headers.findIndex((h) => normalizeHeader(h) === n);
}

export function resolveColumns(
  profile: MappingProfile,
  headers: readonly string[],
  joinHeaders?: readonly string[],
): Resolution {
  const refs: ColumnRefs = {};
  const notFound: Resolution['notFound'] = [];
  const prefix = profile.join ? `${profile.join.name}.` : undefined;
  for (const field of FIELD_NAMES) {
    const spec = profile.columns[field];
    if (spec === undefined) continue;
    const names = Array.isArray(spec) ? spec : [spec];
    let found: ColumnRef | undefined;
    for (const name of names) {
      const i = indexOfHeader(headers, name);
      if (i >= 0) {
        found = { header: headers[i]!, source: 'main', index: i };
        break;
      }
      if (prefix && joinHeaders && name.toLowerCase().startsWith(prefix.toLowerCase())) {
        const j = indexOfHeader(joinHeaders, name.slice(prefix.length));
        if (j >= 0) {
          found = { header: name, source: 'join', index: j };
          break;
        }
      }
    }
    if (found) refs[field] = found;
    else notFound.push({ field, names });
  }
  return { refs, notFound };
}

/** What the mapping cannot do without, in words; empty when the appointment can be built. */
export function missingRequired(refs: ColumnRefs): string[] {
  const missing: string[] = [];
  if (!refs.dateTime && !refs.date) missing.push(`${FIELD_LABELS.date} (or ${FIELD_LABELS.dateTime})`);
  if (!refs.patientName && !(refs.firstName && refs.lastName))
    missing.push(`${FIELD_LABELS.patientName} (or first and last name columns)`);
  if (!refs.dob) missing.push(FIELD_LABELS.dob);
  return missing;
}
