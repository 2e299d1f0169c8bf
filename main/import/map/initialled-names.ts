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
 *  the name is exactly those two words once titles and credentials are off. */
export function initialledName(text: string): { last: string; initial: string } | undefined {
  const words = text
    .split(/[\s,]+/)
    .filter((w) => w !== '' && !credentialOf(w, { position: 'alone', mixedCase: true }))
    .map(plainWord)
    .filter((w) => w !== '' && !TITLE.test(w));
  if (words.length !== 2) return undefined;
  const [a, b] = words as [string, string];
  if (a.length === 1 && b.length > 1) return { last: b, initial: a };
  if (b.length === 1 && a.length > 1) return { last: a, initial: b };
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
