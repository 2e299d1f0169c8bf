// The words of a person's name, split into given, middle and family name: shared by patient
// names (names.ts) and provider names (provider-name.ts) once titles, credentials and ids are off.
//
// A comma always means `Last, First [Middle]`. Without one, `order` decides; family-name
// particles stay with the family name ("Maria de la Cruz" → last "de la Cruz"). Casing is done
// here too, so callers get names ready for the portal.
import type { NameOrder } from './profile.ts';
import { balineseGivenName } from './balinese-names.ts';
import { compoundGivenName } from './compound-given-names.ts';
import { caseCapitalWords, givenInitials, prefixedCapitals, spellsNameInCapitals } from './name-capitals.ts';
import { FAMILY_FIRST_SCRIPT } from './name-regions.ts';
import { markShowsGivenFirst, patronymicMarkAt } from './patronymic-marks.ts';
import { isSingleCase, PARTICLES, properCaseName } from './proper-case.ts';
import { foldAccents } from './status-vocabulary.ts';

export interface PersonName {
  first: string;
  last: string;
  middle?: string;
}

// Vietnamese family names, unaccented as US exports write them (and accented ones are compared
// unaccented). "Van" (and "Le") before one of them is a middle name, not a Dutch particle: "Tuan
// Van Trinh" is Tuan Van, family name Trinh. Source: Wikipedia, "Vietnamese name", section "Family
// name" (the fourteen commonest, with Huỳnh/Hoàng and Vũ/Võ, and its list of less common ones).
// Left out: Dam and Son, as common as Dutch names after `van` (Van Dam, van Son), and Thi, far
// oftener the middle name Thị (`Lan Thi Nguyen`) than a family name.
const VIETNAMESE_FAMILY = new Set(
  (
    'nguyen tran le pham huynh hoang phan vu vo dang bui do ho ngo duong ly ' +
    'banh cao chau chu chung diep dao dinh doan giang ha han kieu kim la lac lam lieu luc luong ' +
    'luu ma mach mai nghiem pho phung quach quang quyen ta thach thai thao thuy tieu to ton trang ' +
    'trieu trinh truong vuong au bach khuc khong lai ong tang tong ung vi'
  ).split(' '),
);

/** A word without its accents (Trịnh → trinh, Đặng → dang), lower case: asked only of the word
 *  after a `Van` or `Le`, so the normalising costs plain names nothing. */
function unaccented(word: string): string {
  return foldAccents(word).replace(/đ/g, 'd');
}

/** Whether a word is one of the Vietnamese family names (asked of a leading particle only). */
function vietnameseFamily(word: string): boolean {
  return PARTICLES.has(word.toLowerCase()) && VIETNAMESE_FAMILY.has(unaccented(word));
}

function isParticle(word: string, familyWord: string): boolean {
  const w = word.toLowerCase();
  if (!PARTICLES.has(w)) return false;
  return !((w === 'van' || w === 'le') && VIETNAMESE_FAMILY.has(unaccented(familyWord)));
}

// The commonest Vietnamese family names (Wikipedia, "Vietnamese name": Nguyễn to Lý, with
// Huỳnh/Hoàng and Vũ/Võ), which are no given names of the English-speaking world, and the middle
// names that follow the family name (Thị for women, Văn for men, and Đức, Hữu, Minh, Ngọc, Thanh,
// Quốc, Đình, Xuân, Công, Hồng). `Le Thi Mai` is Lê Thị Mai, family name Lê, given name Mai.
const VIETNAMESE_COMMON_FAMILY = new Set(
  'nguyen tran le pham huynh hoang phan vu vo dang bui do ho ngo duong ly'.split(' '),
);
const VIETNAMESE_MIDDLE = new Set('thi van duc huu minh ngoc thanh quoc dinh xuan cong hong'.split(' '));
// Of those, the family names that are no Vietnamese given name either (Lý, Vũ, Hoàng, Đăng, Dương
// and Mai are given names too: `Ly Thi Nguyen`, `Thuy Duong`): first in a name they are its family
// name whatever follows, so `Nguyen An` and `Pham Quang Huy` (Quang no middle name of the list
// above) are written family name first as surely as `Nguyen Van An`.
const VIETNAMESE_FAMILY_ONLY = new Set('nguyen tran pham huynh phan bui ngo'.split(' '));

/**
 * A name in one column that reads as Vietnamese family name first: of three words or more, a
 * common Vietnamese family name, then a Vietnamese middle name (`Le Thi Mai`, `NGUYEN VAN AN`,
 * `Pham Minh Duc`); of two words or more, a family name that is no given name (`Nguyen An`,
 * `Pham Quang Huy`: they would go as first name Nguyen, Pham). Read first name first it would go as first name Le; read family name first
 * it would be wrong for a name written the Western way that starts so (`Ly Thi Nguyen` may be Ly,
 * family name Nguyen): the order cannot be told by rule (row-patient.ts asks).
 */
export function vietnameseFamilyFirst(text: string): boolean {
  const w = text.trim().split(/\s+/);
  if (w.length < 2) return false;
  const family = unaccented(w[0]!.toLowerCase());
  if (VIETNAMESE_FAMILY_ONLY.has(family)) return true;
  return (
    w.length >= 3 &&
    VIETNAMESE_COMMON_FAMILY.has(family) &&
    VIETNAMESE_MIDDLE.has(unaccented(w[1]!.toLowerCase()))
  );
}

// Chinese (pinyin) and Korean family names that no one in the English-speaking world is given, nor
// a Chinese or Korean given name is written as: first in a one-column name they are its family
// name, so `Wang Xiao Ming` and `Park Ji Hoon` (family name first, as Chinese and Korean write them)
// would go as first name Wang, Park. Left out: names that are English given or family names too
// (Kim, Lee, Lin, Ma, Sun, Hu, Young, Song), and those that are also given syllables written first
// the Western way (Wei, Yu, Chen, Jun, Min, Jung, Hong, Han, Yang, Liang, Peng, Zheng, Xiao: `Wei
// Zhang` is Wei of the Zhang family).
const CHINESE_KOREAN_FAMILY_ONLY = new Set(
  (
    'zhang wang liu huang zhao zhou wu xu zhu guo luo xie deng cao zeng cai cui ' +
    'park choi kwon hwang ahn baek jeon'
  ).split(' '),
);

/**
 * A name of two words or more in one column whose first word is a Chinese or Korean family name
 * that is no given name (`Wang Xiao Ming`, `Zhang Wei`, `Park Ji Hoon`): read first name first it
 * would go as first name Wang, last name Ming; written the Western way it would be `Xiao Ming
 * Wang`. Rare the other way round, but a person can tell (row-patient.ts asks, as for `Le Thi Mai`).
 */
export function chineseKoreanFamilyFirst(text: string): boolean {
  return familyNameFirst(text.trim().split(/\s+/));
}

function familyNameFirst(w: readonly string[]): boolean {
  return (
    w.length >= 2 &&
    (CHINESE_KOREAN_FAMILY_ONLY.has(w[0]!.toLowerCase()) ||
      koreanInThreeWords(w) ||
      southernChineseName(w) ||
      chineseBinName(w))
  );
}

/** Common Mandarin family names that are English given names too, or short enough to be either. */
const MANDARIN_FAMILY = new Set('li chen yang he lin hu sun ma gao liang zheng feng yu dong xiao'.split(' '));

/**
 * `Lee Bin Hong`, `LIU BIN`, `Chen Bin Wei`: a Chinese or Korean family name, then `Bin` as the first
 * syllable of a two-word given name. Bin is a Chinese given syllable (斌, 彬) as often as the Malay
 * patronymic mark; after a Chinese family name it is the syllable, and the name family name first.
 * Read by its mark (patronymic-marks.ts) `Lee Bin Hong` had gone as first name Lee, last name Bin
 * Hong, with no question (64r2): now it is asked, as `Wang Xiao Ming` is. `Ahmad bin Ismail` has no
 * Chinese family name first.
 */
function chineseBinName(w: readonly string[]): boolean {
  if (w.length !== 3 || w[1]!.toLowerCase() !== 'bin') return false;
  const family = w[0]!.toLowerCase();
  // CHINESE_KOREAN_FAMILY_ONLY is not asked again: familyNameFirst, the only caller, tests it first.
  return KOREAN_FAMILY.has(family) || SOUTHERN_CHINESE_FAMILY.has(family) || MANDARIN_FAMILY.has(family);
}

// Two-syllable family names whose first syllable is a family name of the lists above or below,
// written as two words: the Chinese compound surnames Zhuge, Huangfu, Zhangsun (Wikipedia, "Chinese
// compound surname", en.wikipedia.org/wiki/Chinese_compound_surname), Cantonese Wong Po (皇甫) and
// the Korean Hwangbo (Wikipedia, "List of Korean surnames"). `Zhu Ge Liang` is Liang of the Zhuge
// family, not Ge Liang of the Zhu.
const TWO_WORD_FAMILY = new Set(['zhu ge', 'huang fu', 'zhang sun', 'wong po', 'hwang bo']);

/**
 * A three-word name family name first whose given name is the two words after it (`TAN AH KOW`,
 * `Wang Xiao Ming`, `Kim Min Jun`): a Chinese or Korean family name (chineseKoreanFamilyFirst),
 * then a two-syllable given name written as two words, as Chinese and Korean names are ("Tan Lan
 * Mao has Tan as the family name and Lan Mao as the given name, not Lan as a middle name":
 * news.nestia.com/detail/Explaining-How-Singaporean-Names-Work-Across-Different-Ethnic-Groups/13475359;
 * grcdi.nl/gsb/singapore.html, `Ng Kiap Khee`). Only where the names are known to be written family
 * name first (the mapping's order): the same words given name first are `Xiao Ming Wang`. Not when
 * the first two words may be one family name of two: a compound surname (TWO_WORD_FAMILY), or a
 * second word that is a family name of the lists too, as a Hong Kong wife's name puts her husband's
 * family name before her own (`CHAN FONG On-sang`, Anson Chan: en.wikipedia.org/wiki/Anson_Chan), so
 * `Chan Fong Ling` may be Ling of Chan Fong. Those stay the last-first question (row-patient.ts).
 */
function familyThenTwoWordGiven(w: readonly string[]): boolean {
  if (w.length !== 3 || !familyNameFirst(w)) return false;
  const second = w[1]!.toLowerCase();
  return (
    !TWO_WORD_FAMILY.has(`${w[0]!.toLowerCase()} ${second}`) &&
    !CHINESE_KOREAN_FAMILY_ONLY.has(second) &&
    !SOUTHERN_CHINESE_FAMILY.has(second)
  );
}

// Chinese family names as Singapore, Malaysia and Hong Kong write them (Hokkien, Teochew, Hakka and
// Cantonese romanizations: Tan, Ng, Goh, Wong, Chan, Cheung), with the two syllables of the given
// name as two words after them (`TAN AH KOW`, `Wong Mei Ling`, `Chan Tai Man`), as clinics there and
// in Australia, the UK and Canada list them. Read first name first they had gone as Tan Kow, Wong
// Ling. Only in three words: two (`Tan Nguyen`) may be a Vietnamese given name Tấn first, and a
// Vietnamese name after them (`Tan Van Nguyen`) is that one written the Western way.
const SOUTHERN_CHINESE_FAMILY = new Set(
  (
    'tan ng goh koh ong chua yeo quek seah lim wong chan lau leong cheong tsang cheung kwok yip tsui ' +
    'mok poon fong loh toh yap phua chew chng'
  ).split(' '),
);

function southernChineseName(w: readonly string[]): boolean {
  return (
    w.length === 3 &&
    SOUTHERN_CHINESE_FAMILY.has(w[0]!.toLowerCase()) &&
    !VIETNAMESE_COMMON_FAMILY.has(unaccented(w[2]!.toLowerCase()))
  );
}

// A Korean name family name first whose two-syllable given name is written as two words (`Kim Min
// Jun`, `Lee Seo Yeon`, `Jung Ha Eun`): the family name may be one that is an English name too (Kim,
// Lee), but after it come two syllables of a Korean given name, which no English middle and last name
// are (`Kim Ann Marie`, `Lee Ann Smith` stay). Read first name first it had gone as first name Kim,
// last name Jun. The syllables are those of the Revised and McCune-Reischauer romanizations most
// given names are made of; the other order (`Min Jun Kim`) starts with no family name.
const KOREAN_FAMILY = new Set(
  (
    'kim gim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im ' +
    'han oh seo suh shin sin kwon hwang ahn an song hong yoo ryu jeon jun chun ko go moon mun yang ' +
    'son bae baek paik heo huh nam sim shim noh roh ha kwak sung cha joo woo koo gu min'
  ).split(' '),
);
const KOREAN_GIVEN_SYLLABLE = new Set(
  (
    'min jun joon ji hoon hun seo yeon yun soo su hyun hyeon woo jin young yeong eun ha hee hui jae ' +
    'sung seong dong hyuk ho kyung gyeong mi na ra da in won tae sang chul cheol jung jeong bin yoo yu ' +
    'ah a hye hwa sook suk ja myung myeong seok il gi ki geon gun yong kwang gwang hyo bo ye chan ju ' +
    'joo si woong ung uk kyu gyu beom bum hwan hyung hyeong sun seon nam so ri rim yeol yul won eon'
  ).split(' '),
);

function koreanInThreeWords(w: readonly string[]): boolean {
  if (!KOREAN_FAMILY.has(w[0]!.toLowerCase())) return false;
  if (w.length === 3)
    return KOREAN_GIVEN_SYLLABLE.has(w[1]!.toLowerCase()) && KOREAN_GIVEN_SYLLABLE.has(w[2]!.toLowerCase());
  // The two syllables joined by a hyphen, as the Revised Romanization and Korean passports write a
  // given name (`Kim Min-jun`, `Lee Seo-yeon`: "Hong Gil-dong"): it had gone as first name Kim,
  // last name Min-jun. An English double name after Kim or Lee (`Kim Ann-Marie`) has no such
  // syllables.
  const hyphen = w.length === 2 ? w[1]!.toLowerCase().split('-') : [];
  return (
    (hyphen.length === 2 && KOREAN_GIVEN_SYLLABLE.has(hyphen[0]!) && KOREAN_GIVEN_SYLLABLE.has(hyphen[1]!)) ||
    (hyphen.length === 1 && koreanJoinedGiven(hyphen[0]!))
  );
}

/**
 * The two syllables written as one word, as US records and passports most often write a Korean given
 * name (`Kim Minjun`, `Lee Seoyeon`, `Park Jiwoo`): it had gone as first name Kim, last name Minjun
 * (64d). Each syllable of two letters or more, so a one-letter vowel cannot make an English name fit
 * (`Kim Ana`, `Lee Anna` are no Korean syllables); English family names after Kim or Lee (`Kim
 * Jones`, `Lee Hayes`, `Lee Young`, `Kim Johnson`) split into none.
 */
function koreanJoinedGiven(word: string): boolean {
  for (let i = 2; i <= word.length - 2; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (KOREAN_GIVEN_SYLLABLE.has(a) && KOREAN_GIVEN_SYLLABLE.has(b)) return true;
  }
  return false;
}

/**
 * `Min Do Kim`: a Korean given syllable, `Do` or `Da`, then a Korean family name. Do and Da are
 * Korean syllables as often as Portuguese particles (`Maria Do Carmo`); between a Korean syllable and
 * a Korean family name the name is Min Do of the Kim family, where the particle reading had sent the
 * family name `Do Kim` (63r3). Neither reading is sure (Min is a family name too): asked
 * (row-patient.ts), as the other Korean names.
 */
export function koreanSyllableBeforeDo(text: string): boolean {
  const w = text.trim().split(/\s+/);
  if (w.length !== 3) return false;
  const mid = w[1]!.toLowerCase();
  return (
    (mid === 'do' || mid === 'da') &&
    KOREAN_GIVEN_SYLLABLE.has(w[0]!.toLowerCase()) &&
    KOREAN_FAMILY.has(w[2]!.toLowerCase())
  );
}

// Words that begin a given name and do not stand for it alone: Māori `Te` (`Te Aroha`, `Te
// Rangi`) and the Arabic `Abd`, `Abdul` ("servant of": `Abdul Rahman`) and `Abu` ("father of":
// `Abu Bakr`). The word after them is the given name's too; as a middle name it was left out,
// of the portal's first name and of the patient id made from it, so the twins `Te Aroha Ngata`
// and `Te Rangi Ngata` went as one patient, `Te Ngata`.
const GIVEN_PREFIXES = new Set(['te', 'abd', 'abdul', 'abdel', 'abdal', 'abdoul', 'abdur', 'abdus', 'abu']);

/** Whether a given name's first word keeps the word after it (`Te`, `Abdul`). */
export function givenPrefix(word: string): boolean {
  return GIVEN_PREFIXES.has(word.toLowerCase());
}

function person(first: string, middle: string[], last: string): PersonName {
  // `Te Aroha`, `Abdul Rahman`; not an initial (`Smith, Abdul R`). `Te` alone is no given name:
  // `Te Aroha` by itself lacks one name or the other, and is refused, never sent as Te / Aroha.
  if (givenPrefix(first)) {
    const next = middle[0];
    if (next !== undefined && !/^\p{L}\.?$/u.test(next))
      return person(`${first} ${next}`, middle.slice(1), last);
    if (first.toLowerCase() === 'te') return { first: '', last };
  }
  const m = middle.join(' ');
  return m ? { first, last, middle: m } : { first, last };
}

/**
 * How a word in capitals among words that are not is read. `family`: it is the family name, the
 * French and UK convention (`DUPONT Marie`, `DE LA CRUZ Maria`), whatever the order. `order`: the
 * name is read by its order like any other, so `AJ Thompson` (the given name's initials) and
 * `JOHN Smith` (a given name typed in capitals) go as written first name first.
 */
export type CapitalsReading = 'family' | 'order';

/** The words in capitals at either end of a mixed-case name, as [from, to), when they are all
 *  together (`DUPONT Marie`, `Marie DE LA CRUZ`); undefined when there are none or the name is in
 *  one case. A given name's initials (`AJ Thompson`, `TJ Evans`) are no family name in capitals,
 *  in the UK and French reading too: they had gone as first name Thompson, last name Aj. */
function capitalsBlock(w: readonly string[]): [number, number] | undefined {
  const caps = w.map(
    (x) =>
      (/\p{Lu}{2}/u.test(x) && x === x.toUpperCase() && !givenInitials(x)) ||
      prefixedCapitals(x) !== undefined,
  );
  let from = caps.indexOf(true);
  const to = caps.lastIndexOf(true) + 1;
  const mixed = w.some((x, i) => !caps[i] && /\p{Ll}/u.test(x));
  if (!mixed || from < 0 || !caps.slice(from, to).every(Boolean)) return undefined;
  // Particles right before the capitals are the family name's (`de LA FONTAINE Jean`, `Ó
  // SÚILLEABHÁIN Máire`, `Mac GIOLLA PHÁDRAIG Cian`: they had gone as first name de, Ó, Mac).
  // One that would leave no given name is one only in lower case (`de LA FONTAINE`): `Al GORE`
  // and `Van MORRISON` keep their given names.
  while (
    from > 0 &&
    isParticle(w[from - 1]!, w[from]!) &&
    (from > 1 || to < w.length || /^\p{Ll}/u.test(w[0]!))
  )
    from--;
  return from === 0 || to === w.length ? [from, to] : undefined;
}

// Korean family names of two syllables (Wikipedia, "List of Korean surnames": 남궁 Namgung, 제갈
// Jegal, 선우 Seonu, 황보 Hwangbo, 독고 Dokgo, 사공 Sagong, 서문 Seomun, 동방 Dongbang and the rarer
// ones). Every other Korean family name is one syllable.
const HANGUL_TWO_SYLLABLE_FAMILY = new Set(
  '남궁 제갈 선우 황보 독고 사공 서문 동방 어금 망절 황목 소봉 장곡 강전'.split(' '),
);

/**
 * A Korean name written in Hangul without a space (`김민수`): family name first, and one syllable
 * long unless its first two syllables are a family name of two (`남궁민`: Namgung Min, or Nam
 * Gungmin, which the cell cannot tell). Split only when the name is of two or three syllables and
 * starts with no two-syllable family name; otherwise undefined (refused, row-patient.ts says why).
 * Chinese and Japanese names in characters are never split: a Japanese family name runs to one,
 * two or three characters (山田太郎 is Yamada Taro), and Han characters alone do not say which.
 */
function joinedHangulName(word: string): PersonName | undefined {
  if (!/^\p{Script=Hangul}{2,3}$/u.test(word) || HANGUL_TWO_SYLLABLE_FAMILY.has(word.slice(0, 2)))
    return undefined;
  return { first: word.slice(1), last: word.slice(0, 1) };
}

/** The words of a name begin with a particle in lower case before a family name and a given
 *  name, in a name not written in one case (`de la Cruz Maria`, `van Dijk Jan`). */
function particleFirst(w: readonly string[]): boolean {
  return (
    w.length >= 3 && /^\p{Ll}+$/u.test(w[0]!) && isParticle(w[0]!, w[1]!) && w.some((x) => /\p{Lu}/u.test(x))
  );
}

/** A one-column name without a comma written family name first, as its lowercase particle shows
 *  (`de la Cruz Maria`). */
export function familyFirstByParticle(text: string): boolean {
  return !text.includes(',') && particleFirst(text.split(' ').filter(Boolean));
}

const GENERATIONAL = /^(?:jr|jnr|sr|snr|ii|iii|iv|2nd|3rd)\.?,?$/i;

/** The given names after a family name that is marked (by a comma, or by capitals first): they
 *  stay whole ("Hernández Ruiz, José Luis", "Smith, Mary Ann", a Chinese given name of two
 *  syllables, `TAN Mei Ling`); only trailing initials are a middle name ("Okafor, Chidi M", "Lee,
 *  Ann B."). */
function givenAfterFamily(words: readonly string[], last: string): PersonName {
  // A generational suffix right after the family name (`SMITH Jr John`, `Smith, Jr John`) is the
  // family name's, as in `SMITH JR, JOHN`: it had gone as the given name `Jr John`.
  const rest = words.length > 1 && GENERATIONAL.test(words[0]!) ? words.slice(1) : words;
  let k = rest.length;
  while (k > 1 && /^\p{L}\.?$/u.test(rest[k - 1]!)) k--;
  return person(rest.slice(0, k).join(' '), rest.slice(k), last);
}

/** Given, middle and family name from plain words (no title, no credential), not yet cased. */
function splitWords(text: string, order: NameOrder, capitals: CapitalsReading): PersonName | undefined {
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const last = text.slice(0, comma).trim();
    const rest = text
      .slice(comma + 1)
      .replace(/,/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean);
    if (!last && rest.length === 0) return undefined;
    if (!last || rest.length === 0) return { first: rest[0] ?? '', last };
    return givenAfterFamily(rest, last);
  }
  const w = text.split(' ').filter(Boolean);
  if (w.length === 0) return undefined;
  if (w.length === 1) return joinedHangulName(w[0]!) ?? { first: '', last: w[0]! };
  // `Muhammad Hafiz bin Abdullah`, `Siti binti Abdul Rahman`, `Rajeswari a/p Muniandy`: a
  // patronymic mark shows the order whatever the setting or the capitals: the words before it are
  // the given names, the mark and the father's name the last name (patronymic-marks.ts). Read by
  // the general rule Hafiz went as a middle name and was left out (the portal got Muhammad). Not
  // in a name that reads Chinese, Korean or Vietnamese family name first, where `Bin` is a given
  // syllable (`LIU BIN HUA`, `Tran Binh`): those keep their own path and questions.
  const mark = patronymicMarkAt(w);
  if (mark > 0 && !familyFirstReading(text))
    return person(w.slice(0, mark).join(' '), [], w.slice(mark).join(' '));
  // "DUPONT Marie", "Marie DUPONT", "DE LA CRUZ Maria" where capitals mark the family name: the
  // words in capitals are the family name, the others the given names, whatever the order.
  const block = capitals === 'family' ? capitalsBlock(w) : undefined;
  if (block) {
    const [from, to] = block;
    // `SMITH III John`: the suffix in capitals beside the family name is no part of it.
    const familyWords = w.slice(from, to);
    while (familyWords.length > 1 && GENERATIONAL.test(familyWords.at(-1)!)) familyWords.pop();
    const family = familyWords.join(' ');
    // Family name first in capitals marks where the given names begin as a comma does: `TAN Mei
    // Ling`, `DUPONT Marie Claire` are `Tan, Mei Ling`, `Dupont, Marie Claire` (`TAN Mei Ling` had
    // gone as first name Mei, Ling a middle name left out, where `SMITH Mrs Mary Ann` went whole).
    if (from === 0) return givenAfterFamily(w.slice(to), family);
    const given = [...w.slice(0, from), ...w.slice(to)];
    return person(given[0] ?? '', given.slice(1), family);
  }
  // A name that begins with a particle in lower case (`de la Cruz Maria`, `van Dijk Jan`) is
  // written family name first whatever the order: no given name is a lowercase `de` or `van`
  // (`Van Morrison` is capitalised). Read first name first it had gone as first name "de", last
  // name "Maria".
  if (order === 'last-first' || particleFirst(w)) {
    // "de la Cruz Maria": leading particles and the word after them are the family name. A first
    // word that is a Vietnamese family name too (Le, Do, La: `LE THI MAI` is Lê Thị Mai) is the
    // family name by itself: a name of three words is then held as unsure (row-patient.ts), never
    // sent with the middle name joined to the family name (`Le Thi`).
    if (order === 'last-first' && familyThenTwoWordGiven(w)) return person(`${w[1]} ${w[2]}`, [], w[0]!);
    let i = 0;
    if (!vietnameseFamily(w[0]!)) while (i < w.length - 2 && isParticle(w[i]!, w[i + 1]!)) i++;
    return person(w[i + 1]!, w.slice(i + 2), w.slice(0, i + 1).join(' '));
  }
  // The first word is always the given name ("Van Morrison"); particles right before the last
  // word join it ("Ludwig van Beethoven", "Anna van der Berg").
  const lastWord = w[w.length - 1]!;
  let j = w.length - 1;
  while (j - 1 >= 1 && isParticle(w[j - 1]!, lastWord)) j--;
  // A Māori family name begins with `Te` and may run to several words (`Hine Te Ao Mārama`): from
  // a `Te` after the given name on, the words are the family name, not middle names left out.
  for (let k = 1; k < j; k++)
    if (w[k]!.toLowerCase() === 'te') {
      j = k;
      break;
    }
  // `María José Ortega`, `Mary Ann Smith`: the second word is the given name's, not a middle name
  // left out (compound-given-names.ts). Given name first only: family name first, the words after
  // it may be a second family name (`GARCIA LOPEZ MARIA`), and are asked about (row-patient.ts).
  if (j >= 2 && (compoundGivenName(w[0]!, w[1]!) || balineseGivenName(w[0]!, w[1]!)))
    return person(`${w[0]} ${w[1]}`, w.slice(2, j), w.slice(j).join(' '));
  return person(w[0]!, w.slice(1, j), w.slice(j).join(' '));
}

/**
 * Split and case a name. Names written in one case (ALL CAPS, all lower) get proper case, judged
 * on the whole name so "MÜLLER, Hans" stays as the person typed it.
 */
export function splitNameWords(
  text: string,
  order: NameOrder,
  capitals: CapitalsReading = 'family',
): PersonName | undefined {
  const n = splitWords(text, order, capitals);
  if (!n) return n;
  // A family name of one letter is a middle initial read as the surname (`SMITH JOHN A`, written
  // Last First MI): the name cannot be split safely, so the row is refused, never sent as A.
  // (Not in Chinese or Korean script, where a family name is one character: 王, 김.)
  if (/^\p{L}\.?$/u.test(n.last) && !FAMILY_FIRST_SCRIPT.test(n.last)) return undefined;
  if (!isSingleCase(text)) {
    // Only the family name in capitals ("DUPONT Marie", "HUGHES, Bethan"): that part alone.
    const capsOnly = (x: string): boolean => /\p{Lu}{2}/u.test(x) && x === x.toUpperCase();
    if (capsOnly(n.last)) return { ...n, last: properCaseName(n.last, 'family') };
    // Capitals after a prefix or a particle (`McDONALD`, `de LA FONTAINE`): word by word.
    return /\p{Lu}{2}/u.test(n.last) ? { ...n, last: caseCapitalWords(n.last) } : n;
  }
  const first = properCaseName(n.first, 'given');
  const last = properCaseName(n.last, 'family');
  return n.middle ? { first, last, middle: properCaseName(n.middle, 'given') } : { first, last };
}

/**
 * Whether a name without a comma reads otherwise when its capitals mark the family name than by
 * its order, and the capitals spell a name rather than initials: a word of three letters or more
 * with a vowel (`JOHN Smith`, `DUPONT Marie`; not `AJ Thompson`, `TJ Ramirez`, `MRS`). Where
 * the file and its region do not show that convention, such a name cannot be split by rule.
 */
export function capitalsAgainstOrder(text: string, order: NameOrder): boolean {
  if (text.includes(',')) return false;
  const w = text.split(' ').filter(Boolean);
  const block = capitalsBlock(w);
  if (!block || !w.slice(block[0], block[1]).some(spellsNameInCapitals)) return false;
  const byCapitals = splitWords(text, order, 'family');
  const byOrder = splitWords(text, order, 'order');
  return byCapitals?.first !== byOrder?.first || byCapitals?.last !== byOrder?.last;
}

/** Whether a one-column name reads Chinese, Korean or Vietnamese family name first, so that a
 *  word in it that is also a patronymic mark (`Bin`) may be a given syllable. */
function familyFirstReading(text: string): boolean {
  return chineseKoreanFamilyFirst(text) || vietnameseFamilyFirst(text);
}

/** Whether a one-column name without a comma is shown given name first by a patronymic mark
 *  (`Nur Aisyah binti Kamaruddin`), and does not read family name first: no family-first doubt. */
export function givenFirstByMark(text: string): boolean {
  return markShowsGivenFirst(text.trim().split(/\s+/)) && !familyFirstReading(text);
}
