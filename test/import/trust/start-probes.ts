// What a time red team checks of each three-row probe (60g, 61e, 61r4): which rows went at which
// start, judged against starts worked out by hand. A hold is never wrong; a row a person could not
// be sure of must be a row error naming its line, field and value.
import { expect } from 'vitest';
import { held, STARTS, type Run } from './three-row-probes.ts';

const NAMES = ['Hollis', 'Obi', 'Lindqvist'];
/** Each row's start in UTC minutes, or null: the row must not go. */
export type Want = Array<string | null>;
/** The three rows' starts as written (Los Angeles). */
export const MARCH: Want = STARTS;
/** MARCH with Obi's start replaced (null: Obi's row must not go). */
export const obiAt = (obi: string | null): Want => [MARCH[0]!, obi, MARCH[2]!];

/** Why `r` is a wrong send for `want` (or, `strict`, anything but exactly `want` sent), '' if none. */
export function wrong(r: Run, want: Want, strict = false): string {
  if (held(r) || r === 'refused') return strict ? 'held' : '';
  const went = new Map(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString().slice(0, 16)]));
  const why: string[] = [];
  want.forEach((w, i) => {
    const name = NAMES[i]!;
    const got = went.get(name);
    if (w === null) {
      if (got !== undefined) why.push(`${name} sent at ${got}`);
      else if (!r.errors.some((e) => e.line === i + 2 && e.field !== undefined && e.value !== undefined))
        why.push(`${name}: no row error`);
    } else if (got === undefined) {
      // a row error is never a wrong send (a person is asked about that row), unless `strict`
      const error = r.errors.find((e) => e.line === i + 2);
      if (!error) why.push(`${name} not sent (want ${w})`);
      else if (strict) why.push(`${name}: row error ${error.message}`);
    } else if (got !== w) why.push(`${name} sent at ${got} (want ${w})`);
  });
  if (r.appointments.length > went.size) why.push('more appointments than rows');
  return why.join('; ');
}
export const expectNoWrong = async (p: Promise<Run>, want: Want, strict = false): Promise<void> => {
  expect(wrong(await p, want, strict)).toBe('');
};
