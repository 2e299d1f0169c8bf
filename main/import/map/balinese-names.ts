// Balinese names begin with `I` (a man) or `Ni` (a woman), then a birth-order name: Wayan, Putu,
// Gede (first-born), Made, Kadek, Nengah (second), Nyoman, Komang (third), Ketut (fourth), and
// the caste names Ida Bagus, Anak Agung are left to the other rules. `I Wayan Sudirta` is Wayan
// Sudirta's name with its prefix; read word by word it had gone as first name I, Wayan a middle
// name left out (64r2), and every first-born son of a list is first name I. The prefix and the
// birth-order name together are the given name (`I Wayan`), as the Indonesian civil register writes
// it. Source: Wikipedia, "Balinese name" (en.wikipedia.org/wiki/Balinese_name).
const PREFIXES = new Set(['i', 'ni']);
const BIRTH_ORDER = new Set([
  'wayan',
  'putu',
  'gede',
  'made',
  'kadek',
  'nengah',
  'nyoman',
  'komang',
  'ketut',
]);

/** Whether two words begin a Balinese name: its prefix, then a birth-order name (`I Wayan`). */
export function balineseGivenName(first: string, second: string): boolean {
  return PREFIXES.has(first.toLowerCase()) && BIRTH_ORDER.has(second.toLowerCase());
}
