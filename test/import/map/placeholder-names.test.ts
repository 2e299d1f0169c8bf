// Placeholder patients (`LUNCH, LUNCH`, `TEST, PATIENT`, `ZZTEST, JOHN`): the quick scan that
// answers most names must agree with the rule itself. The reference below is the rule as written
// in placeholder-names.ts's header, written again here word by word (not the product's code).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaceholderName } from '../../../main/import/map/placeholder-names.ts';

const WORDS = new Set(
  (
    'lunch break meeting mtg staff block blocked blockout hold reserved vacation holiday holidays ' +
    'closed emergency er open slot available unavailable unbooked tba tbd unknown test testing ' +
    'patient pt dummy placeholder none noname ' +
    // blocked time shared with the type check (block-words.ts), a demo chart, test numbers
    'pto out away admin training rep pharma vendor dnb demo sample fake one two three ' +
    // the morning huddle, a course the provider is away at
    'huddle seminar conference ' +
    // German NN (nomen nescio): a name not known yet
    'nn'
  ).split(' '),
);
// Whose or which blocked time: they count only beside a word above (`HOLD, NP`).
const QUALIFIERS = new Set(
  'dr doctor doc np hyg hygiene am pm morning afternoon time only x xx ce christmas xmas thanksgiving practice office'.split(
    ' ',
  ),
);
// Longest first, so `do not book` is taken before `do not` where both start.
const PHRASES = [
  'do not schedule',
  'emergency block',
  'emergency slot',
  'out of office',
  'staff meeting',
  'morning huddle',
  'slot available',
  'not available',
  'office closed',
  'team meeting',
  'blocked time',
  'blocked slot',
  'blocked out',
  'do not book',
  'lunch break',
  'block time',
  'pharma rep',
  'admin time',
  'do not use',
  'new patient',
  'no patient',
  'staff mtg',
  'sales rep',
  'block out',
  'in office',
  'time off',
  'sick day',
  'drug rep',
  'er block',
  'day off',
  'er slot',
  'walk in',
  'no name',
  'do not',
  // the doctor's day away typed in the patient's column (block-words.ts, corpus 464)
  'dr off',
  'new pt',
  'no pt',
  'n n',
];

function reference(first: string, last: string): boolean {
  const words = (s: string): string[] =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w !== '');
  const f = words(first);
  const l = words(last);
  if (f.length + l.length === 0) return false;
  if ([...f, ...l].some((w) => /^zz[a-z]*$/.test(w) || /^xx[a-z]+$/.test(w))) return true;
  const allPlaceholder = (order: string[]): boolean => {
    // Read from the left: the longest phrase starting at a word is taken out with it (`Do Not
    // Available` loses `do not`, and `available` is left).
    // A phrase counts as a placeholder word; `for` after one ends the name (`Hold for Dr Lee`).
    let placeholder = false;
    for (let i = 0; i < order.length;) {
      const phrase = PHRASES.map((p) => p.split(' ')).find((p) => p.every((w, k) => order[i + k] === w));
      const w = order[i]!;
      if (phrase) {
        placeholder = true;
        i += phrase.length;
        continue;
      }
      i++;
      if (WORDS.has(w)) placeholder = true;
      else if (w === 'for' && placeholder) return true;
      else if (!QUALIFIERS.has(w)) return false;
    }
    return placeholder;
  };
  return allPlaceholder([...f, ...l]) || allPlaceholder([...l, ...f]);
}

describe('isPlaceholderName', () => {
  it('refuses names made of placeholder words or carrying a test marker, and keeps people', () => {
    expect(isPlaceholderName('Lunch', 'LUNCH')).toBe(true);
    expect(isPlaceholderName('New', 'PATIENT')).toBe(true);
    expect(isPlaceholderName('John', 'ZZTEST')).toBe(true);
    expect(isPlaceholderName('Do Not', 'Book')).toBe(true);
    expect(isPlaceholderName('Réservé', 'XXX')).toBe(true);
    expect(isPlaceholderName('Anna', 'Block')).toBe(false);
    expect(isPlaceholderName('Minh', 'Do')).toBe(false);
    expect(isPlaceholderName('José', 'Núñez')).toBe(false);
    expect(isPlaceholderName('', '')).toBe(false);
    // Blocked time the type check knows (block-words.ts) names a dummy patient too.
    expect(isPlaceholderName('Off', 'DAY')).toBe(true);
    expect(isPlaceholderName('Staff', 'TRAINING')).toBe(true);
    expect(isPlaceholderName('Drug Rep', 'LUNCH')).toBe(true);
    expect(isPlaceholderName('Of Office', 'Out')).toBe(true);
    expect(isPlaceholderName('PTO', 'PTO')).toBe(true);
    expect(isPlaceholderName('Patient', 'DEMO')).toBe(true);
    expect(isPlaceholderName('Doris', 'Day')).toBe(false);
    expect(isPlaceholderName('John', 'Demo')).toBe(false);
    // Beside a placeholder word, words that say whose or which blocked time it is; `for` ends it.
    expect(isPlaceholderName('NP', 'HOLD')).toBe(true);
    expect(isPlaceholderName('Hygiene', 'RESERVED')).toBe(true);
    expect(isPlaceholderName('Christmas', 'HOLIDAY')).toBe(true);
    expect(isPlaceholderName('XX', 'BLOCK')).toBe(true);
    expect(isPlaceholderName('Time', 'BLOCKED')).toBe(true);
    expect(isPlaceholderName('FOR DR', 'HOLD')).toBe(true);
    expect(isPlaceholderName('Hold for Dr', 'Lee')).toBe(true);
    expect(isPlaceholderName('CE', 'SEMINAR')).toBe(true);
    expect(isPlaceholderName('Morning', 'Huddle')).toBe(true);
    // Alone they name nothing, and a person keeps a name beside them.
    expect(isPlaceholderName('Doc', 'Hygiene')).toBe(false);
    expect(isPlaceholderName('Lee', 'Dr')).toBe(false);
    expect(isPlaceholderName('Anna', 'Hold')).toBe(false);
    expect(isPlaceholderName('Anna for', 'Smith')).toBe(false);
  });

  it("refuses the practice's own dummy chart and German N.N. (nomen nescio), keeps people", () => {
    expect(isPlaceholderName('Patient', 'PRACTICE')).toBe(true);
    expect(isPlaceholderName('Patient', 'Office')).toBe(true);
    expect(isPlaceholderName('N.N.', 'N.N.')).toBe(true);
    expect(isPlaceholderName('NN', 'NN')).toBe(true);
    expect(isPlaceholderName('Anna', 'Office')).toBe(false);
    expect(isPlaceholderName('N', 'Nguyen')).toBe(false);
    expect(isPlaceholderName('Anna N.', 'Nguyen')).toBe(false);
  });

  it('refuses the XX prefix of test and anonymous charts and sample or fake dummies, keeps people', () => {
    // `XXTEST` (test charts start with an X), Maine Medical Center's anonymous `XXDigamma, Theta`.
    expect(isPlaceholderName('Mary', 'XXTEST')).toBe(true);
    expect(isPlaceholderName('Theta', 'XXDigamma')).toBe(true);
    expect(isPlaceholderName('Patient', 'Sample')).toBe(true);
    expect(isPlaceholderName('Patient', 'FAKE')).toBe(true);
    // `XX` alone says which block it is, and one X is a name's (`Xu`, `Xavier`).
    expect(isPlaceholderName('XX', 'Smith')).toBe(false);
    expect(isPlaceholderName('Li', 'Xu')).toBe(false);
    expect(isPlaceholderName('Joe', 'Sample')).toBe(false);
  });

  it('agrees with the rule on names mixing placeholder words, phrase words, markers and people', () => {
    const word = fc.constantFrom(
      'Practice',
      'NN',
      'N',
      'Lunch',
      'STAFF',
      'meeting',
      'Hold',
      'Patient',
      'New',
      'Do',
      'Not',
      'Book',
      'No',
      'Walk',
      'In',
      'Available',
      'ZZTest',
      'xxx',
      'xxxa',
      'XXTest',
      'Sample',
      'Xu',
      'Smith',
      'Zoë',
      'Ñame',
      'Müller',
      'O',
      'Test',
      'Block',
      'Lunché',
      'Day',
      'Off',
      'PTO',
      'Drug',
      'Rep',
      'Admin',
      'Time',
      'One',
      'for',
      'NP',
      'Hygiene',
      'Dr',
      'XX',
      'Lee',
      'Huddle',
    );
    const sep = fc.constantFrom(' ', '-', ', ', '.', "'", '  ');
    const name = fc.array(fc.tuple(word, sep), { maxLength: 4 }).map((parts) =>
      parts
        .map(([w, s]) => w + s)
        .join('')
        .trim(),
    );
    fc.assert(
      fc.property(name, name, (first, last) => {
        expect(isPlaceholderName(first, last)).toBe(reference(first, last));
      }),
      { numRuns: 3000 },
    );
  });
});
