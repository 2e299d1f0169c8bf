// Words a practice writes into a chart's name to say it is no living patient's: a test chart
// (`TEST, PATIENT ONE`, `Grant, Olivia (TEST)`, `TESTPATIENT, TWO`: Epic's "zz + test" and
// Cerner's "ZZTestonly, Patientone" policies), a duplicate or merged chart renamed so nobody books
// under it (`SMITH, JOHN DO NOT USE`, `DUPLICATE, DO NOT USE`, `Smith, John (MERGED)`), or a
// patient who died (`Young, Paul (DECEASED)`). Anywhere in the name, in brackets or not: the
// bracketed notes a name otherwise leaves out (row-patient.ts) are read here first.
//
// Whole words only: `Tester`, `Testa`, `Merced`, `Dupont` are names. A word with digits glued on
// (`Test0`) is left alone too: generated data names its people so (this repository's fixtures
// do), and a practice numbers its test charts apart (`TEST, PATIENT 1`) often enough; a chart
// written `TEST1, JOHN` goes unflagged. `Test` is a real family name
// too, but a rare one beside the test charts every practice keeps: a row under it is refused, and
// the row error says to enter a real Mr Test's appointment on the portal by hand. A wrong patient
// on the portal is worse than one appointment entered by hand.

/** Why a name is no living patient's chart. */
export type ChartFlag = 'not-a-chart' | 'deceased';

// One regex on each name cell (about 0.1 µs); `[^a-z]` before rather than a look-behind or `\b`,
// which cost twice as much on names with none of these words.
const FLAG =
  /(?:^|[^a-z0-9])(?:(x?test(?:patient|pt)?|do(?:[\s_-]*not|n'?t)[\s_-]*use|dnu|duplicate|dup(?:[\s_-]*(?:chart|record|pt|patient))?|merged?)|(deceased|expired))(?![a-z0-9])/i;

/** The flag a name cell carries and the word that says it, if any. */
export function chartFlagOf(cell: string): { flag: ChartFlag; word: string } | undefined {
  if (cell === '') return undefined;
  const m = FLAG.exec(cell);
  if (!m) return undefined;
  return m[1] ? { flag: 'not-a-chart', word: m[1] } : { flag: 'deceased', word: m[2]! };
}
