// How a start value says it is UTC, kept with the practice's answer that its column writes the
// practice's own clock marked as UTC by mistake (MappingProfile.markedUtc, marked-utc.ts).

/** How a start says it is UTC: a `Z` (or `Zulu`), a zero offset (`+00:00`), `UTC` written after
 *  the time, or only its column's header. Kept with the answer (MappingProfile.markedUtc.marks):
 *  a later file that marks its times otherwise comes from a writer that changed (pandas upgraded
 *  writes `+00:00` where it wrote `Z`), which may write true UTC now. */
export type UtcMark = 'Z' | '+00:00' | 'UTC' | 'header';
export const UTC_MARKS: readonly UtcMark[] = ['Z', '+00:00', 'UTC', 'header'];

/** The mark a start value written as UTC carries (`header` where the cell itself has none). */
export function utcMarkOf(value: string): UtcMark {
  const v = value.trim();
  if (/(?:\d|\s)(?:z|zulu)$/i.test(v)) return 'Z';
  if (/[+-]00(?::?00)?$/.test(v) && !/(?:utc|gmt)[+-]00(?::?00)?$/i.test(v)) return '+00:00';
  if (/\butc(?:[+-]0{1,2}(?::?00)?)?$/i.test(v)) return 'UTC';
  return 'header';
}
