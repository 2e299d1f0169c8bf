// The second family name in a column of its own (Chile's and Mexico's `Apellido Materno`, Spain's
// `Segundo Apellido`), read after the last name: `González` + `Muñoz` = `González Muñoz`.
import { foldAccents } from './status-vocabulary.ts';

/** Words compared as one: case and accents aside (`MUÑOZ`, `Munoz` and `Muñoz` are one name). */
const words = (text: string): string[] =>
  foldAccents(text)
    .split(/[\s-]+/)
    .filter(Boolean);

/**
 * The last name and the second family name after it; the last name alone when the second is empty,
 * when it is one letter, or when the last name already ends with it.
 * - One letter is no family name: Mexico writes `X` where a person has no second surname (the CURP
 *   and RENAPO's forms), and a lone `M` is an initial. Sent, the portal got `Pérez X`.
 * - A system that keeps both surnames in the last-name column and the second again in its own
 *   (`Apellidos` = `González Muñoz` beside `Apellido Materno` = `Muñoz`) gave `González Muñoz Muñoz`.
 *   Only a last name of more words than the second: `González` beside `González` is a person's two
 *   surnames (González González), both sent.
 */
export function withSecondFamilyName(last: string, second: string): string {
  if (!last || !second || /^\p{L}\.?$/u.test(second)) return last;
  const l = words(last);
  const s = words(second);
  const endsWith = s.length < l.length && s.every((w, i) => l[l.length - s.length + i] === w);
  return endsWith ? last : `${last} ${second}`;
}
