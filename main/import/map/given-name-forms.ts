// Given names people write in a form's free text for the one on their record: `Bob Smith` typed
// into `Patient Name` beside `Robert` `Smith`. Short forms that begin like the name (`Rob`,
// `Chris`) need no list; these are the common English ones that do not. A form that is a given
// name of its own (`Liam`, `Jack`, `Jamie`) is left out: a father booking for his son may be one.
const FORMS: ReadonlyArray<readonly [string, string]> = [
  ['robert', 'bob bobby robbie'],
  ['william', 'bill billy will willy'],
  ['richard', 'dick rick ricky rich'],
  ['elizabeth', 'liz lizzie beth betsy betty libby'],
  ['margaret', 'maggie meg peggy marge'],
  ['jennifer', 'jenny jen jenn'],
  ['katherine', 'kate katie kathy kat cathy'],
  ['catherine', 'kate katie cathy'],
  ['kathleen', 'kathy kate katie'],
  ['james', 'jim jimmy'],
  ['edward', 'ted teddy ed eddie ned'],
  ['theodore', 'ted teddy'],
  ['charles', 'chuck charlie chas'],
  ['anthony', 'tony'],
  ['joseph', 'joe joey'],
  ['michael', 'mike mikey mick'],
  ['thomas', 'tom tommy'],
  ['patricia', 'pat patty trish tricia'],
  ['rebecca', 'becky becca'],
  ['susan', 'sue susie'],
  ['deborah', 'deb debbie'],
  ['alexander', 'alex'],
  ['alexandra', 'alex'],
  ['henry', 'hank harry'],
  ['harold', 'harry hal'],
  ['lawrence', 'larry'],
  ['peter', 'pete'],
  ['samuel', 'sam sammy'],
  ['christopher', 'chris'],
  ['christine', 'chris'],
  ['nicholas', 'nick nicky'],
  ['daniel', 'dan danny'],
  ['matthew', 'matt'],
  ['andrew', 'andy'],
  ['steven', 'steve'],
  ['stephen', 'steve'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff'],
  ['timothy', 'tim timmy'],
  ['benjamin', 'ben benny'],
  ['jonathan', 'jon jonny'],
  ['frederick', 'fred freddie'],
  ['francis', 'frank'],
  ['donald', 'don donnie'],
  ['ronald', 'ron ronnie'],
  ['dorothy', 'dot dottie'],
  ['barbara', 'barb'],
  ['victoria', 'vicky tori'],
  ['abigail', 'abby'],
];

const FORM_OF = new Map<string, Set<string>>();
for (const [name, forms] of FORMS)
  for (const form of forms.split(' ')) {
    const full = FORM_OF.get(form) ?? new Set<string>();
    full.add(name);
    FORM_OF.set(form, full);
  }

/** One given name is a known short form of the other (`Bob` and `Robert`, either way round). */
export function knownShortForm(a: string, b: string): boolean {
  return FORM_OF.get(a)?.has(b) === true || FORM_OF.get(b)?.has(a) === true;
}

/** `short` is a short form of the given name `full` (both lower case): a known one (`bob` of
 *  `robert`), or its beginning, two letters or more short of it (`chris` of `christopher`, `kim`
 *  of `kimberly`; not `ann` of `anne`, a spelling of its own). */
export function shortFormOf(short: string, full: string): boolean {
  if (FORM_OF.get(short)?.has(full) === true) return true;
  return short.length >= 2 && full.length >= short.length + 2 && full.startsWith(short);
}

/** The full names of FORMS (`robert`, `christopher`): a bracketed name that begins with the one
 *  before it is its legal name only when it is one of these. A name merely beginning so is as
 *  often another name: the English name chosen beside a Chinese, Korean or Vietnamese one (`Li
 *  (Lisa)`, `Min (Mindy)`, `An (Andrew)`), a pet form longer than the name (`Tom (Tommy)`), or a
 *  note (`Pat (Patient)`, `Sam (Samoan)`); the legal name had gone as Lisa, Andrew, Patient. */
const FULL_NAMES = new Set(FORMS.map(([name]) => name));

/** `inner`, bracketed after `outer`, is its legal name: `outer` a known short form of it (`bob`,
 *  `ed`), or its first three letters or more when it is a full name of FORMS (`rob` of `robert`;
 *  not `an` of `andrew`, a Vietnamese given name of its own). */
function bracketedIsLegal(outer: string, inner: string): boolean {
  if (FORM_OF.get(outer)?.has(inner) === true) return true;
  return outer.length >= 3 && FULL_NAMES.has(inner) && shortFormOf(outer, inner);
}

/** A given name and another in brackets right after it (`Bob (Robert) Smith`, `Smith, Bob
 *  (Robert)`). Names are written legal name first and the name the patient goes by in brackets
 *  (`Robert (Bob)`), which the brackets' removal keeps; written the other way round, a short form
 *  with its full form in brackets, the bracketed one is the legal name and the short form goes:
 *  `Bob (Robert) Smith` is Robert Smith (it had gone as Bob). Two names not short and full of one
 *  another (`Grace (Xiao) Li`) are left to the legal-first order. */
const NAME_THEN_BRACKETED = /(^|[\s,])(\p{L}[\p{L}'’-]*)\s*\(\s*(\p{L}[\p{L}'’-]*)\s*\)/gu;
export function legalNameInBrackets(cell: string): string {
  return cell.replace(NAME_THEN_BRACKETED, (whole, before: string, outer: string, inner: string) =>
    bracketedIsLegal(outer.toLowerCase(), inner.toLowerCase()) ? `${before}${inner}` : whole,
  );
}
