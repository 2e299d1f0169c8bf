// Whole-file checks of how patients' names and birth dates are written, where one row cannot tell
// but the file can: `SMITH JOHN A` (Last First MI) beside two-word names without a comma; names in
// one column where names are written family name first (Kim Minjun in Seoul) or end in two
// surnames (María José García López in Mexico) or are of three words last name first; a given name in capitals (`JOHN Smith`) where
// capitals do not mark the family name; birth dates with a two-digit year read as 20xx;
// two people of one name and birth date told apart only by a middle part (twins' temporary names,
// names-apart.ts) under one made-up patient id; patients born on Unix time zero (epoch-births.ts).
// Each is counted with its first line; the doubts carry lines, never names (they go into the
// history and the log).
import type { ContentCheck, Doubt } from '../../model/doubt.ts';
import { familyFirstExample, givenNamesBetweenExample } from '../map/name-regions.ts';
import { EpochBirths } from './epoch-births.ts';
import { NamesApart, SHARED_ID_LIMIT } from './names-apart.ts';
import { SpellingsApart } from './spellings-apart.ts';
import { ThreeWordNames } from './three-word-names.ts';

/** Rows of one kind: the first line and how many. */
class LineCount {
  first = 0;
  count = 0;
  note(line: number): void {
    this.first ||= line;
    this.count++;
  }
}

/** Asked wherever a list's names without a comma may be family name first (Smith John). */
const NO_COMMA_ORDER_QUESTION =
  "Are the names without a comma first name first? If not, add the comma in the scheduling software (or set the mapping's name order to last-first) and export again; confirm the mapping only if every name without a comma is first name first";

export class PersonAudit {
  /** A one-column name written Last First MI (refused as a row error). */
  readonly lastFirstInitial = new LineCount();
  /** A one-column name of two words without a comma. */
  readonly twoWordName = new LineCount();
  /** A one-column name written `Last, First`, on a row whose name is read whole. */
  readonly commaName = new LineCount();
  /** A one-column name of two words without a comma, on a row whose name is read whole. */
  readonly twoWordPlain = new LineCount();
  /** The first two-word name without a comma whose writing does not show the given name first
   *  (names.ts givenNameShownFirst). */
  readonly unsureOrder = new LineCount();
  /** One-column names without a comma of three words or more, whole words between the first and
   *  the last (`Smith Mary Ann`), whose writing does not show their order, on rows whose name is
   *  read whole; and the comma names that may prove it. */
  readonly threeWords = new ThreeWordNames();
  /** A one-column name without a comma that its lowercase particle shows family name first
   *  (`de la Cruz Maria`). */
  readonly particleFirst = new LineCount();
  /** A one-column name without a comma where names are written family name first. */
  readonly familyFirstName = new LineCount();
  /** A one-column name that reads as a Vietnamese name family name first (`Le Thi Mai`), in a
   *  region whose names are not written so. */
  readonly vietnameseName = new LineCount();
  /** A one-column name that starts with a Chinese or Korean family name that is no given name
   *  (`Wang Xiao Ming`, `Park Ji Hoon`), in a region whose names are not written family first. */
  readonly chineseKoreanName = new LineCount();
  /** A one-column name that ends in an East Slavic patronymic (`Ivanov Ivan Ivanovich`:
   *  map/patronymic-names.ts), in a region whose names are not written family first. */
  readonly patronymicLast = new LineCount();
  /** A one-column name whose first word is a family name by its shape or list (`Petrov Ivan`,
   *  `כהן דוד`, `Garcia Lopez Maria`: map/family-name-shapes.ts), in a region whose names are not
   *  written family first. */
  readonly familyWordFirst = new LineCount();
  /** A one-column name with a name in capitals that its order reads otherwise (`JOHN Smith`), in a
   *  file and region that do not mark the family name so. */
  readonly capitalsName = new LineCount();
  /** A one-column name with whole words between the first and the last, where names end in two
   *  surnames. */
  readonly wordsBetween = new LineCount();
  /** A one-column name with whole words between the first and the last, where such a word may be
   *  a given name (South Asia: `Mohammed Irfan Shaikh`). */
  readonly givenBetween = new LineCount();
  /** Elsewhere, a one-column name that ends in two common Spanish surnames (`Maria Garcia Lopez`:
   *  spanish-surnames.ts). */
  readonly spanishSurnames = new LineCount();
  /** One-column names read first name first with a Spanish or Portuguese joiner among the words
   *  between (`José de Jesús Rivera`: compound-given-names.ts joinerBetween). */
  readonly joinerBetween = new LineCount();
  /** A one-column name in a last-first order with whole words after the given name
   *  (`GARCIA LOPEZ MARIA`, `NGUYEN VAN AN`). */
  readonly lastFirstWords = new LineCount();
  /** A birth date with a two-digit year read as 20xx (19xx as possible). */
  readonly twoDigitBirthYear = new LineCount();
  /** Patients born on 1970-01-01. */
  readonly epochBirths = new EpochBirths();
  /** People of one name and birth date told apart by a middle part (`Girl A`, `Girl B`). */
  readonly apart: NamesApart;
  /** One person spelled two ways under two made-up ids (`Garcia-Lopez`, `Garcia Lopez`). */
  readonly spellings = new SpellingsApart();

  /** `acceptedApart`: made-up patient ids whose people a person confirmed (names-apart.ts). */
  constructor(acceptedApart?: ReadonlySet<string>) {
    this.apart = new NamesApart(acceptedApart);
  }

  doubts(opts: { nameColumn?: string; dobColumn?: string; timeZone: string }): Doubt[] {
    const out: Doubt[] = [];
    const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    const ask = (
      check: ContentCheck,
      field: 'patientName' | 'dob',
      message: string,
      question: string,
      subjects?: string[],
    ): void => {
      const column = field === 'dob' ? opts.dobColumn : opts.nameColumn;
      out.push({
        kind: 'column',
        check,
        field,
        ...(column ? { column } : {}),
        message,
        samples: [],
        question,
        ...(subjects ? { subjects } : {}),
      });
    };
    // `Smith Mary Ann` where the file writes names family name first: Mary Ann Smith, or Smith
    // with the given names Mary and Ann? Asked with the two-word question's evidence, and only
    // when that question is not asked (one question answers both); not of a name the file writes
    // with a comma elsewhere (three-word-names.ts).
    const three = this.threeWords.unproven();
    const threeWords = `names of three words or more without a comma (the first on line ${three.first}) may be last name first too (Smith Mary Ann for Mary Ann Smith), and would go with the family name as the first name and the last given name as the last name`;
    const initial = this.lastFirstInitial.first;
    if (initial && (this.twoWordName.first || three.first))
      ask(
        'name-order',
        'patientName',
        this.twoWordName.first
          ? `the name on line ${initial} is written last name first with a middle initial (like SMITH JOHN A; refused), so names of two words without a comma (the first on line ${this.twoWordName.first}) may be last name first too, and would go with the first and last names swapped`
          : `the name on line ${initial} is written last name first with a middle initial (like SMITH JOHN A; refused), so ${threeWords}`,
        `Are the names written last name first? Then export them with a comma (SMITH, JOHN) or set the mapping's name order to last-first; confirm the mapping only if ${this.twoWordName.first ? 'two-word names' : 'names of three words or more'} are first name first`,
      );
    // A hand-kept list types names both ways. Where `Garcia, Maria` is as common as two words with
    // no comma, the list writes the family name first, and `Smith John` may be that order with the
    // comma left out; where most have none, the list writes given names first and a comma name
    // only says so itself (`Nguyen, Thi Mai` among `John Smith`). Three words (`John Allen Reyes`)
    // are asked about only where the comma names are more than all names without one: the comma
    // left out of three words is rarer than a middle name.
    const comma = this.commaName;
    const unsure = this.unsureOrder;
    const plain = this.twoWordPlain.count;
    const commaLine = `${plural(comma.count, 'name is', 'names are')} written last name, comma, first name (the first on line ${comma.first})`;
    const byComma = !initial && unsure.first > 0 && comma.count >= plain;
    const threeByComma =
      !initial && !byComma && three.first > 0 && comma.count > plain + this.threeWords.count;
    if (byComma)
      ask(
        'name-order',
        'patientName',
        `${commaLine} and ${plain} of two words without a comma (the first on line ${unsure.first}): the list writes the family name first, so a name without a comma may be last name first with its comma left out (Smith John), and would go with the first and last names swapped`,
        NO_COMMA_ORDER_QUESTION,
      );
    else if (threeByComma)
      ask(
        'name-order',
        'patientName',
        `${commaLine} and ${plain + this.threeWords.count} without one: the list writes the family name first, so ${threeWords}`,
        NO_COMMA_ORDER_QUESTION,
      );
    // `de la Cruz Maria` shows the list writes the family name first, as a comma does: then
    // `Smith John` may be so too (asked unless the comma's question above asks it).
    const particle = this.particleFirst;
    const particleLine = `${plural(particle.count, 'name begins', 'names begin')} with a family-name particle in lower case (the first on line ${particle.first}, like de la Cruz Maria): written family name first, so`;
    if (!initial && particle.first && !byComma && !threeByComma) {
      if (unsure.first && comma.count < plain)
        ask(
          'name-order',
          'patientName',
          `${particleLine} a name of two words without a comma (the first on line ${unsure.first}) may be last name first too (Smith John), and would go with the first and last names swapped`,
          NO_COMMA_ORDER_QUESTION,
        );
      else if (three.first)
        ask('name-order', 'patientName', `${particleLine} ${threeWords}`, NO_COMMA_ORDER_QUESTION);
    }
    const family = this.familyFirstName;
    const example = familyFirstExample(opts.timeZone);
    if (family.first)
      ask(
        'family-first',
        'patientName',
        `${plural(family.count, 'name is', 'names are')} in one column without a comma (the first on line ${family.first}), where names are written family name first (${opts.timeZone}): ${example.name} would go as first name ${example.family}`,
        `Are the names family name first? Then export them with a comma (${example.family}, ${example.given}) or set the mapping's name order to last-first; confirm the mapping only if they are given name first`,
      );
    const vietnamese = this.vietnameseName;
    if (!family.first && vietnamese.first)
      ask(
        'family-first',
        'patientName',
        `${plural(vietnamese.count, 'name reads', 'names read')} as Vietnamese family name first (the first on line ${vietnamese.first}: a Vietnamese family name, then a middle name such as Thi or Van, or a family name such as Nguyen or Pham that is no given name), in one column without a comma: Le Thi Mai would go as first name Le, last name Mai, where Mai is the given name`,
        'Are such names family name first? Then export them with a comma (Le, Thi Mai) or in columns of their own; confirm the mapping only if they are given name first',
      );
    const chineseKorean = this.chineseKoreanName;
    // One question answers both: asked once, as Vietnamese names when there are any.
    if (!family.first && !vietnamese.first && chineseKorean.first)
      ask(
        'family-first',
        'patientName',
        `${plural(chineseKorean.count, 'name starts', 'names start')} with a Chinese or Korean family name that is no given name (the first on line ${chineseKorean.first}: such as Wang, Zhang or Park, Tan or Wong before a given name in two words, or Kim or Lee before the two syllables of a Korean given name), in one column without a comma: Wang Xiao Ming would go as first name Wang, last name Ming, where Xiao Ming is the given name`,
        'Are such names family name first? Then export them with a comma (Wang, Xiao Ming) or in columns of their own; confirm the mapping only if they are given name first',
      );
    const patronymic = this.patronymicLast;
    if (!family.first && !vietnamese.first && !chineseKorean.first && patronymic.first)
      ask(
        'family-first',
        'patientName',
        `${plural(patronymic.count, 'name ends', 'names end')} in a patronymic (the first on line ${patronymic.first}: a father's name ending in -ovich, -ovna, -evich or -ichna, or the Kazakh -uly or -kyzy, after the other words), in one column without a comma, as Russian, Ukrainian and Belarusian lists write family name, given name, patronymic: Ivanov Ivan Ivanovich would go as first name Ivanov, last name Ivanovich`,
        'Are such names family name first? Then export them with a comma (Ivanov, Ivan Ivanovich) or in columns of their own; confirm the mapping only if they are given name first',
      );
    const shaped = this.familyWordFirst;
    if (!family.first && !vietnamese.first && !chineseKorean.first && !patronymic.first && shaped.first)
      ask(
        'family-first',
        'patientName',
        `${plural(shaped.count, 'name starts', 'names start')} with a word that is a family name and no given name (the first on line ${shaped.first}: such as Petrov, Ivanova, Papadopoulos, Cohen, or two Spanish surnames as in Garcia Lopez Maria), in one column without a comma, as Russian, Greek, Israeli and Spanish lists write family name first: Petrov Ivan would go as first name Petrov, last name Ivan`,
        'Are such names family name first? Then export them with a comma (Petrov, Ivan) or in columns of their own; confirm the mapping only if they are given name first',
      );
    const capitals = this.capitalsName;
    if (capitals.first)
      ask(
        'capitals-name',
        'patientName',
        `${plural(capitals.count, 'name has', 'names have')} a word in capitals before the other words (the first on line ${capitals.first}), and the file's other names do not write the family name in capitals: they go first name first (JOHN Smith as John Smith), but if the capitals mark the family name (DUPONT Marie, the French and UK way) first and last names go swapped`,
        'Are the words in capitals family names? Then export the names with a comma (DUPONT, Marie); confirm the mapping only if the names are first name first',
      );
    const years = this.twoDigitBirthYear;
    if (years.first)
      ask(
        'two-digit-birth-year',
        'dob',
        `${plural(years.count, 'birth date has', 'birth dates have')} a two-digit year read as 20xx (the first on line ${years.first}), but 19xx is as possible: a birth date of 04/15/24 may be a child's or a 102-year-old's`,
        'Can the export write birth dates with four-digit years? Confirm the mapping only if no patient was born a hundred years before a 20xx reading',
      );
    const epoch = this.epochBirths;
    if (epoch.count >= 2)
      ask(
        'epoch-birth-date',
        'dob',
        `${epoch.count} different patients have the birth date 1970-01-01 or 1969-12-31 (lines ${epoch.first} and ${epoch.second}${epoch.count > 2 ? ' and more' : ''}): that is Unix time zero (1969-12-31 on a clock west of Greenwich), the date a program writes when it was given no date, and seldom the birthday of two patients of one schedule; sent, their portal accounts would carry it`,
        "Are these the patients' real birth dates? If not, enter them in the scheduling software and export again; confirm the mapping only if they are",
        epoch.ids.slice(0, SHARED_ID_LIMIT),
      );
    const between = this.wordsBetween;
    if (between.first)
      ask(
        'two-surnames',
        'patientName',
        `${plural(between.count, 'name has', 'names have')} three or more words in one column (the first on line ${between.first}); names here end in two surnames (like María José García López), so where the given names end cannot be told, and only the last word would go as the last name`,
        'Can the export give the given names and the surnames in columns of their own (or as Surnames, Given names)? Confirm the mapping only if the last word alone is the last name',
      );
    const given = this.givenBetween;
    if (given.first)
      ask(
        'two-surnames',
        'patientName',
        `${plural(given.count, 'name has', 'names have')} three or more words in one column (the first on line ${given.first}); names here may carry ${givenNamesBetweenExample(opts.timeZone)}, so where the given names end cannot be told, and the words between would be left out as middle names`,
        'Can the export give the first name, the middle name and the last name in columns of their own? Confirm the mapping only if every word between the first and the last is a middle name',
      );
    const spanish = this.spanishSurnames;
    if (spanish.first && !between.first)
      ask(
        'two-surnames',
        'patientName',
        `${plural(spanish.count, 'name ends', 'names end')} in two words that are both Spanish family names (the first on line ${spanish.first}, like Maria Garcia Lopez): such a name may end in two surnames, the father's and the mother's, and only the last word would go as the last name (Maria Lopez)`,
        'Can the export give the given names and the surnames in columns of their own (or as Surnames, Given names)? Confirm the mapping only if the last word alone is the last name (the word before it a middle name)',
      );
    const joined = this.joinerBetween;
    if (joined.first && !between.first && !spanish.first)
      ask(
        'two-surnames',
        'patientName',
        `${plural(joined.count, 'name has', 'names have')} a joiner (de, del, das, dos, de los) between the first and the last word (the first on line ${joined.first}, like José de Jesús Rivera): it is either a given name of several words (José de Jesús) or a family name of two from the joiner on (de Jesús Rivera), and read word by word only José Rivera would go`,
        'Can the export give the given names and the surnames in columns of their own (or as Surnames, Given names)? Confirm the mapping only if the words between are middle names the portal may leave out',
      );
    const words = this.lastFirstWords;
    if (words.first)
      ask(
        'last-first-words',
        'patientName',
        `${plural(words.count, 'name has', 'names have')} three or more words without a comma, last name first (the first on line ${words.first}): the order settles which word is the family name only for two words; with more, the words after it may be the given and middle names (SMITH JOHN ALLEN), the middle and given names (NGUYEN VAN AN, given name An) or a second family name and the given name (GARCIA LOPEZ MARIA, or CHAN FONG LING with a husband's family name before her own), and only the second word would go as the first name (a Chinese or Korean name such as TAN WEI MING is read without this question: family name Tan, given name Wei Ming)`,
        'Can the export write the names with a comma (NGUYEN, VAN AN) or in columns of their own? Confirm the mapping only if every such name is the last name, the first name and then middle names',
      );
    const apart = this.apart.found;
    if (apart)
      ask(
        'names-apart',
        'patientName',
        `the patient on line ${apart.line} has the family name, first name and birth date of the one on line ${apart.firstLine} and another middle part (like twins named Anna Rose Weber and Anna Marie Weber)${apart.count > 1 ? `, and ${apart.count - 1} more patient${apart.count > 2 ? 's' : ''} the same way` : ''}: with patient ids made from the name and birth date, both would be one patient on the portal, and one's appointments would go to the other (or replace them)`,
        "Can the export give each patient's own id (chart number, MRN)? Map that column, and each patient keeps their own; confirm the mapping only if rows like these are one person",
        apart.sharedIds,
      );
    const spelled = this.spellings.found;
    if (spelled)
      ask(
        'spellings-apart',
        'patientName',
        `the patient on line ${spelled.line} has the first name and birth date of the one on line ${spelled.firstLine} and the family name spelled another way (a hyphen or a space, an apostrophe, an accent: Garcia-Lopez and Garcia Lopez)${spelled.count > 1 ? `, and ${spelled.count - 1} more patient${spelled.count > 2 ? 's' : ''} the same way` : ''}: with patient ids made from the name and birth date, one person would be two patients on the portal, each with part of the visits`,
        "Write the name one way in the scheduling software and export again (or export each patient's own id, chart number or MRN, and map that column); confirm the mapping only if these are different people",
        [...this.spellings.pairs],
      );
    return out;
  }
}
