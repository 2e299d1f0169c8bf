// A provider written with the initial of the given name (`OKAFOR C`, `J. Smith`, `Smith, J.`)
// beside the same provider's whole name (`OKAFOR, CHIDI MD`): an IBM i register or a day sheet
// prints the short form on its rows, cut to fit the column, under a group line with the whole
// name. The two are one person when the family names are equal and the initial is the first
// letter of the given name, titles and credentials aside. Only for a check of one against the
// other (group-columns.ts): which of two people an initial names is decided there, never here.
import { credentialOf } from './provider-credentials.ts';
import { parseProviderName } from './provider-name.ts';
import { foldAccents } from './status-vocabulary.ts';

const TITLE = /^(?:dr|dra|doctor|prof|professor|mr|mrs|ms|miss)$/;

/** Letters only, lower case, accents folded: `Okafor,` and `OKAFOR` are one word. */
const plainWord = (w: string): string => foldAccents(w.toLowerCase()).replace(/[^\p{L}]/gu, '');

/** `OKAFOR C`, `C. Okafor`, `Okafor, C.`, `Dr C Okafor MD`: the family name and the initial, when
 *  the name is exactly those once titles and credentials are off. */
export function initialledName(text: string): { last: string; initial: string } | undefined {
  const words = text
    .split(/[\s,]+/)
    .filter((w) => w !== '' && !credentialOf(w, { position: 'alone', mixedCase: true }))
    .map(plainWord)
    .filter((w) => w !== '' && !TITLE.test(w));
  // A family name of two words or more (`GARCIA LOPEZ M`, `M VAN DYKE`) is whole beside the
  // initial: Spanish and Dutch family names are printed so, and the whole name keeps them.
  if (words.length < 2) return undefined;
  const whole = (ws: string[]): boolean => ws.every((w) => w.length > 1);
  if (words[0]!.length === 1 && whole(words.slice(1)))
    return { last: words.slice(1).join(' '), initial: words[0]! };
  if (words.at(-1)!.length === 1 && whole(words.slice(0, -1)))
    return { last: words.slice(0, -1).join(' '), initial: words.at(-1)! };
  return undefined;
}

/** A whole name as its family name and its given name's initial (`OKAFOR, CHIDI MD` → `okafor
 *  c`) and as family and given name (`okafor chidi`: one person however titled); undefined when
 *  the given name is itself an initial or no name is read. */
export function wholeName(text: string): { initial: string; person: string } | undefined {
  const p = parseProviderName(text);
  const first = plainWord(p.first);
  const last = p.last.split(/\s+/).map(plainWord).join(' ');
  return first.length > 1 && last
    ? { initial: `${last} ${first[0]}`, person: `${last} ${first}` }
    : undefined;
}

/** Whether `short` (`OKAFOR C`) is written for the whole name whose key is `wholeKey`
 *  (wholeName). */
export function initialFits(short: string, wholeKey: string): boolean {
  const s = initialledName(short);
  return s !== undefined && `${s.last} ${s.initial}` === wholeKey;
}
