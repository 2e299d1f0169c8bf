// The patient step of the row mapper: whether the row has a patient at all (no patient: an open
// slot or blocked time, skipped), then the patient's names (split and put in proper case), birth
// date, id (the export's, else derived: identity.ts) and contact (e-mail, postal address).
//
// E-mail: the column when it holds an address; a patient with none gets `no-email@invalid` when
// the export has an e-mail column (never the profile's default address), else the profile
// default, else the same placeholder (the `.invalid` domain can never receive mail: the schema
// requires an e-mail).
import { compoundGivenName, joinerBetween } from './compound-given-names.ts';
import { foldAccents } from './status-vocabulary.ts';
import { NO_EMAIL, type Patient, type PostalAddress } from '../../model/appointment.ts';
import { derivePatientId, isZeroId, norm } from './identity.ts';
import { isPendingId } from './pending-ids.ts';
import { noPatientsEmail } from './placeholder-emails.ts';
import { emailKey } from './shared-emails.ts';
import { givenInitials, hasCapitalPair } from './name-capitals.ts';
import {
  chineseKoreanFamilyFirst,
  familyFirstByParticle,
  givenFirstByMark,
  givenPrefix,
  koreanSyllableBeforeDo,
  vietnameseFamilyFirst,
} from './name-words.ts';
import { withoutTitles } from './name-titles.ts';
import { endsInMark, givenStartsWithMark } from './patronymic-marks.ts';
import { endsInPatronymic } from './patronymic-names.ts';
import { familyFirstByWords } from './family-name-shapes.ts';
import { repeatsOtherName } from './whole-name-cells.ts';
import {
  FAMILY_FIRST_SCRIPT,
  writesFamilyFirst,
  writesFamilyInCapitals,
  writesGivenNamesBetween,
  writesTwoSurnames,
} from './name-regions.ts';
import {
  capitalsUnsure,
  casePersonName,
  familyNameOfColumn,
  givenNameOfColumn,
  givenNameShownFirst,
  properCaseName,
  splitName,
  withNameComma,
  writtenWithComma,
  type CapitalsReading,
  type PersonName,
} from './names.ts';
import { ageAgrees, ageInYears, splitStatedAge, yearsOld } from './age-column.ts';
import { chartFlagOf } from './chart-flags.ts';
import { DECEASED } from './deceased-columns.ts';
import { namesGroupSession } from './group-names.ts';
import { isNewbornTemporaryName } from './newborn-names.ts';
import { placeholderByHints, withheldByHints } from './placeholder-names.ts';
import {
  COUPLE,
  FLAG_GIVEN,
  FLAG_WORD,
  GARBLED,
  GROUP_WORD,
  joinsNames,
  givenNameDoubts,
  namePartDoubts,
  holdsNotAName,
  NOT_NAME,
  NUMBER,
  PLACEHOLDER_SHIFT,
  TITLE,
  WITHHELD,
} from './name-part-doubts.ts';
import { namesUnidentified } from './unidentified-names.ts';
import { endsInTwoSpanishSurnames } from './spanish-surnames.ts';
import { loneOBeforeIrishName } from './irish-o-names.ts';
import { failOnDittoMark } from './ditto-marks.ts';
import { ssnShaped } from './ssn-values.ts';
import { phoneShaped } from './phone-values.ts';
import { DAMAGED_ID_HINT, spreadsheetDamage, wholeId } from './damaged-ids.ts';
import { formatDate, type CalendarDate, type DateOrder } from './parse-date.ts';
import { parseDateTime, type DateTimeParse } from './parse-date-time.ts';
import { birthFromNumber } from './identity-number-births.ts';
import { memoized } from './parse-memo.ts';
import type { FieldName, MappingProfile } from './profile.ts';
import { isSingleCase } from './proper-case.ts';
import type { ColumnRef, ColumnRefs } from './resolve-columns.ts';
import type { FileAudit } from '../trust/file-audit.ts';
import type { RowCursor } from './row-cursor.ts';
import { credentialOf } from './provider-credentials.ts';
import { clip } from './row-problem.ts';
import { dateHint } from './row-start.ts';
import { noteSaysCancelled, noteSaysOffBook, statusMarkAtEdge } from './name-status-marks.ts';
import { typedNameMarks } from './typed-name-marks.ts';
import { legalNameInBrackets } from './given-name-forms.ts';
import { guardianInName } from './guardian-names.ts';
import { withoutContacts } from './name-contacts.ts';

/** A twin's or triplet's number alone between the given and the family name (`Mary 2 Smith`). */
const TWIN_NUMBER = /^[1-9]$/;
/** One capital, with or without its dot, after a given name of two letters or more (`John A`, `Mary B.`). */
const TRAILING_INITIAL = /(?<=\p{L}{2})\s+(\p{Lu})\.?$/u;
export { NO_EMAIL };

/** Who the row is for, as far as the skip decision needs it. */
export interface PatientPresence {
  /** The export's patient id ('' when none, or all zeros). */
  idRaw: string;
  /** The one-field name as written ('' when the export splits names or has none). */
  nameRaw: string;
  hasName: boolean;
  /** The id said "no patient" in so many words (all zeros), rather than being left empty. */
  noPatientId: boolean;
}

/** Who each row is for, read from the cursor's current row. */
export function patientPresenceReader(cursor: RowCursor, keepDecimals = false): () => PatientPresence {
  const cell = cursor.reader('patientId');
  const idCell = keepDecimals ? cell : () => wholeId(cell());
  const nameCell = cursor.reader('patientName');
  const firstCell = cursor.reader('firstName');
  const lastCell = cursor.reader('lastName');
  const written = (['patientName', 'firstName', 'lastName'] as const).map((f) => cursor.written(f));
  return () => {
    // A patient id of zeros is "no patient" in database exports (OpenEMR pc_pid 0: blocked time).
    // `100415.0`: a spreadsheet's whole number, the patient's 100415 (damaged-ids.ts).
    const id = idCell();
    const noPatientId = isZeroId(id);
    // `NEW`, `TEMP`: a chart not made yet, read as an empty cell (pending-ids.ts).
    const idRaw = noPatientId || isPendingId(id) ? '' : id;
    const nameRaw = nameCell();
    // `UNKNOWN` reads as an empty cell (no-value.ts), but in a name it is a patient nobody has
    // identified yet (unidentified-names.ts): a row error, not an open slot.
    const hasName = !!(nameRaw || firstCell() || lastCell()) || written.some((w) => namesUnidentified(w()));
    return { idRaw, nameRaw, hasName, noPatientId };
  };
}

export interface RowPatient {
  patient: Patient;
  /** The patient in the derived appointment id and the audit of reused ids: the export's
   *  patient id, else `last|first|dob`. */
  key: string;
}

export function patientReader(ctx: {
  profile: MappingProfile;
  refs: ColumnRefs;
  dateOrder: DateOrder;
  timeZone?: string;
  now?: Date;
  cursor: RowCursor;
  audit?: FileAudit | undefined;
  /** The first rows write one-column names First Last (writesNamesFirstLast). */
  namesFirstLast?: boolean;
  /** The first rows mark one-column names' family name in capitals (namesMarkFamilyInCapitals). */
  capitalsMarkFamily?: boolean;
  /** Every one-column name of the first rows carries a chart number in one form: the name
   *  without it (name-numbers.ts, chartNumberColumn). */
  chartNumber?: ((cell: string) => string) | undefined;
  /** A column of the patient's age (age-column.ts), which may settle a two-digit birth year. */
  ageColumn?: ColumnRef | undefined;
  /** Addresses on the first rows' patients of many families (shared-emails.ts). */
  practiceEmails?: ReadonlySet<string> | undefined;
}): (presence: PatientPresence, rowBooked?: boolean, apptDay?: string) => RowPatient {
  const { profile, refs, dateOrder, audit } = ctx;
  const namesFirstLast = ctx.namesFirstLast === true;
  const chartNumber = ctx.chartNumber;
  // Typed here, not destructured: TypeScript narrows after `cursor.fail` (never) only then.
  const cursor: RowCursor = ctx.cursor;
  const firstCell = cursor.reader('firstName');
  const lastCell = cursor.reader('lastName');
  // The name cells as written, for the row error of a name left `NULL` (no-value.ts).
  const namesWritten = (['patientName', 'firstName', 'lastName'] as const).map((f) => cursor.written(f));
  const middleCell = cursor.reader('middleName');
  const dobCell = cursor.reader('dob');
  const ageCell = ctx.ageColumn ? cursor.readerAt(ctx.ageColumn) : (): string => '';
  const emailCell = cursor.reader('email');
  const address1Cell = cursor.reader('address1');
  const address2Cell = cursor.reader('address2');
  const cityCell = cursor.reader('city');
  const stateCell = cursor.reader('state');
  const zipCell = cursor.reader('zip');
  const defaultEmail = profile.defaults?.email;
  const dobOpts = {
    order: dateOrder,
    twoDigitYear: 'birth' as const,
    ...(ctx.now ? { now: ctx.now } : {}),
  };
  // A file is mapped in seconds: "today" for the birth-date check is read once, not per row.
  const today = (ctx.now ?? new Date()).toISOString().slice(0, 10);
  // A Nordic personal identity number stands for the birth date (identity-number-births.ts): the
  // date it carries is read as one written year first, and checked as any other below.
  const numberKind = profile.dobWritten;
  const otherDobOrder: DateOrder = dateOrder === 'MDY' ? 'DMY' : 'MDY';
  const parseDob = memoized((v: string): DateTimeParse | { ok: false; reason: string; hint: string } => {
    if (!numberKind) return parseDateTime(v, dobOpts);
    const b = birthFromNumber(v, numberKind, today);
    return b.ok ? parseDateTime(b.date, dobOpts) : { ok: false, reason: b.reason, hint: b.hint };
  });

  // A note in the name may be the only sign of a cancellation: `Lewis, Susan (CANCELLED)` in a
  // file without a status column, or beside a status that says booked (`FIRM`), where it
  // disagrees with it (the note itself is left out). Asked on every file until a person answers
  // it (file-audit's 'name-note').
  const noStatus = !refs.status && !refs.cancelledAt && !refs.cancelledFlag;
  const noteCancels = noStatus ? noteSaysOffBook : noteSaysCancelled;
  /** Whether the row being read goes as booked. */
  let booked = true;
  const statusNote = audit
    ? (note: string): void => {
        if (booked && noteCancels(note)) audit.statusInName(note, cursor.row.line, !noStatus);
      }
    : undefined;

  // Names in one column with no comma, in the automatic order: `SMITH JOHN A` (a middle initial
  // last) proves last-name-first, and the same file's `GARCIA MARIA` is then as likely Maria
  // Garcia as Garcia Maria (asked until a person answers it or sets the order). So are names
  // without a comma in a file that writes most names `Garcia, Maria`: `Smith John` may be that
  // order with its comma left out.
  const nameOrder = profile.patientNameOrder ?? 'auto';
  const watchOrder = nameOrder === 'auto' && audit !== undefined;
  // Where names end in two family names, a name of three or more words in one column (a word,
  // not an initial, between the first and the last) cannot be split by rule.
  const twoSurnames = watchOrder && ctx.timeZone !== undefined && writesTwoSurnames(ctx.timeZone);
  // Where a word between may be a given name (`Mohammed Irfan Shaikh`), it cannot be left out as a
  // middle name by rule either.
  const givenBetween = watchOrder && ctx.timeZone !== undefined && writesGivenNamesBetween(ctx.timeZone);
  // Where the family name comes first, a name in one column without a comma or a family name in
  // capitals (`NGUYEN Van An`) cannot be split by rule.
  const familyFirst = watchOrder && ctx.timeZone !== undefined && writesFamilyFirst(ctx.timeZone);
  // A last-first order (stated by the name's header or the mapping) settles `SMITH JOHN` and
  // `SMITH JOHN A`, nothing more: after the family name, `NGUYEN VAN AN` has the middle and the
  // given name, `GARCIA LOPEZ MARIA` a second family name and the given name.
  const lastFirstWords = nameOrder === 'last-first' && audit !== undefined;
  // A word in capitals is the family name (`DUPONT Marie`) only where the file or its region
  // writes names so; elsewhere the name is read by its order (`AJ Thompson`), and one whose
  // capitals spell a name against that order (`JOHN Smith`) is asked about once.
  const capitals: CapitalsReading =
    ctx.capitalsMarkFamily === true || (ctx.timeZone !== undefined && writesFamilyInCapitals(ctx.timeZone))
      ? 'family'
      : 'order';
  // A title in front of a name read family name first (`Mrs Mary Smith`) shows no order: English
  // puts it before the given name, but Singapore and Malaysia before a Chinese name written family
  // name first (`Wong Siew Mei`, "Ms Wong … or Mdm Wong": petfinder.my/blogs/posts/15412-
  // Allow_Me_The_Rare_Indulgence_Of.htm), as Hungarian does before its family-first names (`dr.
  // Kovács János`). Read the English way it had gone as first name Smith; read given name first,
  // `Mdm Wong Siew Mei` would go as first name Wong. Unless the name's own writing settles it (a
  // family name in capitals read as such, a Chinese, Korean or Vietnamese family name first) the
  // row is refused.
  const lastFirstTitle =
    nameOrder === 'last-first'
      ? (named: string): boolean => {
          if (named.includes(',')) return false;
          const untitled = withoutTitles(named);
          return (
            untitled !== named &&
            untitled.includes(' ') &&
            !(capitals === 'family' && capsMarkFamily(untitled)) &&
            !chineseKoreanFamilyFirst(untitled) &&
            !vietnameseFamilyFirst(untitled)
          );
        }
      : undefined;
  const unsureCapitals =
    watchOrder && capitals === 'order' ? memoized((t: string) => capitalsUnsure(t, nameOrder)) : undefined;
  /** Notes what a one-column name says about the order names are written in. What bears on the
   *  question of names typed both ways (`Garcia, Maria` beside `Smith John`: person-audit.ts) is
   *  returned, to be noted once the row's name is read whole (bothWays), so that a name the row is
   *  refused for (`Unknown Male`, a placeholder) never counts. */
  const noteNameOrder = (named: string, n: PersonName | undefined, raw: string): BothWays => {
    const t = named.trim();
    const persons = audit!.persons;
    const split = n !== undefined;
    if (t.includes(',')) return split && writtenWithComma(t) ? 'comma' : 'none';
    const s1 = t.indexOf(' ');
    if (s1 < 0) return 'none';
    const s2 = t.indexOf(' ', s1 + 1);
    if (s2 >= 0 && split && familyFirstByParticle(t)) {
      persons.particleFirst.note(cursor.row.line);
      return 'none';
    }
    if (s2 < 0) {
      if (!split) return 'none';
      persons.twoWordName.note(cursor.row.line);
      // Only the first line that does not show its order is wanted: no test on the rows after it.
      // A family name in capitals beside a given name that is not (`ESPOSITO Giulia`) is read as
      // such, or asked about by itself (capitalsName): its order is not this question.
      return !persons.unsureOrder.first && !givenNameShownFirst(raw) && !capsMarkFamily(t)
        ? 'unsure'
        : 'two-words';
    }
    if (!split) {
      if (t.indexOf(' ', s2 + 1) < 0 && /^\p{L}\.?$/u.test(t.slice(s2 + 1)))
        persons.lastFirstInitial.note(cursor.row.line);
      return 'none';
    }
    // `Smith Mary Ann`: read first name first it goes as Smith, last name Ann; written family name
    // first it is Mary Ann Smith. Whole words between the first and the last (not an initial:
    // `John A Smith` has no reading as given name `A Smith`) leave it open where the file writes
    // names family name first (person-audit.ts asks then); a title in front, a family name in
    // capitals or a Vietnamese, Chinese or Korean family name first says the order or is asked
    // about by itself.
    // A compound given name (`Mary Ann Reyes`: compound-given-names.ts) has its whole word between
    // too: written family name first it is Mary, with the given names Ann Reyes.
    return (/\p{L}{2}/u.test(n.middle ?? '') || compoundFirst(n.first)) &&
      !givenNameShownFirst(raw) &&
      !capsMarkFamily(t) &&
      !vietnameseFamilyFirst(t) &&
      !chineseKoreanFamilyFirst(t)
      ? 'three-words'
      : 'none';
  };
  /** A row's name, read whole (`first`, `last`), counted for the question of names typed both
   *  ways. */
  const bothWays = (kind: BothWays, first: string, last: string): void => {
    if (kind === 'none') return;
    const persons = audit!.persons;
    const line = cursor.row.line;
    if (kind === 'comma') {
      persons.commaName.note(line);
      persons.threeWords.comma(first, last);
    } else if (kind === 'three-words') persons.threeWords.note(line, first, last);
    else {
      persons.twoWordPlain.note(line);
      if (kind === 'unsure') persons.unsureOrder.note(line);
    }
  };

  /** A row error when a name cell, notes and all, says the chart is a test, a duplicate or a
   *  deceased patient's (chart-flags.ts); a deceased patient's cancellation still goes. Called
   *  once per cell (no array per row: it runs on every row). */
  const checkChartFlag = (field: FieldName, cell: string, booked: boolean): void => {
    const found = chartFlagOf(cell);
    if (!found) return;
    if (found.flag === 'deceased') {
      if (booked) cursor.fail(field, DECEASED.message, DECEASED.hint, cell);
      return;
    }
    cursor.fail(
      field,
      "not a real patient's chart: a test, duplicate or do-not-use record",
      /test/i.test(found.word)
        ? "Book the appointment under the patient's real chart in the scheduling software, or export without it (if the patient's name really is Test, enter this appointment on the portal by hand)"
        : "Book the appointment under the patient's real chart in the scheduling software, or export without it",
      cell,
    );
  };

  /** A row error when a name cell names a parent, guardian or other person beside the patient
   *  (guardian-names.ts). */
  const checkGuardian = (field: FieldName, cell: string): void => {
    const word = cell ? guardianInName(cell) : undefined;
    if (word)
      cursor.fail(
        field,
        `the name names another person beside the patient ('${word}'): whose appointment it is, the patient's or the parent's or guardian's, is not in the cell`,
        "Write only the patient's own name in the name field (a parent or guardian in a field of their own), then export again",
        cell,
      );
  };

  // A twin's marker in brackets (`Smith, Baby (Twin A)`) is a note like any other, left out of
  // the name; but it is what tells the twins apart (names-apart.ts), so it counts as a middle part.
  // Made once, not per row: `names` clears the marker of the row before.
  let marker = '';
  const givenDoubts = givenNameDoubts();
  const note = (n: string): void => {
    if (MULTIPLE_MARKER.test(n)) marker = n.trim();
    statusNote?.(n);
  };

  /** First and last name, cased for the portal, and the middle part the portal does not get (a
   *  middle name, an initial, a twin's `A`); a row error when either name is missing or too long,
   *  or when the name flags a chart that is no living patient's (for a deceased patient, only on
   *  a `booked` row). */
  const names = (
    cell: string,
    booked: boolean,
  ): { first: string; last: string; middle: string; field: FieldName; shown: string } => {
    // The patient's email or phone written beside the name in its cell is no part of it, nor the
    // chart number every name of the column carries (name-numbers.ts).
    const nameRaw = withoutContacts(chartNumber ? chartNumber(cell) : cell);
    const firstRaw = withoutContacts(firstCell());
    const lastRaw = withoutContacts(lastCell());
    // A ditto mark (`"`, `do.`) says "the patient of the row above": never copied (ditto-marks.ts);
    // in one column, on either side of the comma too (`do., do.`, `", Mary`).
    // (No array for a cell without a comma: this runs on every row.)
    if (!nameRaw.includes(',')) failOnDittoMark(cursor, 'patientName', nameRaw);
    else for (const part of nameRaw.split(',')) failOnDittoMark(cursor, 'patientName', part);
    failOnDittoMark(cursor, 'lastName', lastRaw);
    failOnDittoMark(cursor, 'firstName', firstRaw);
    checkChartFlag('patientName', nameRaw, booked);
    checkChartFlag('lastName', lastRaw, booked);
    checkChartFlag('firstName', firstRaw, booked);
    checkChartFlag('middleName', middleCell(), booked);
    marker = '';
    let first = withoutNotes(typedNameMarks(firstRaw), note);
    let last = withoutNotes(typedNameMarks(lastRaw), note);
    let middle: string;
    /** The one-column name without its notes, when it is the name read. */
    let named = '';
    /** A status typed before or after the name (`CXL Fenwick, Laura`). */
    let mark: string | undefined;
    let order: BothWays = 'none';
    if (!first && !last && nameRaw) {
      named = withNameComma(withoutNotes(typedNameMarks(nameRaw), note));
      mark = statusMarkAtEdge(named);
      const scriptFirst = nameOrder === 'auto' && FAMILY_FIRST_SCRIPT.test(named);
      const n = splitName(named, scriptFirst ? 'last-first' : nameOrder, capitals);
      if (watchOrder) order = noteNameOrder(named, n, nameRaw);
      if (unsureCapitals && n && hasCapitalPair(named) && unsureCapitals(named))
        audit!.persons.capitalsName.note(cursor.row.line);
      // A name whose order nothing shows: split, no comma, no family name in capitals.
      const orderOpen = !!n && !named.includes(',') && !capsMarkFamily(named);
      const untitled = withoutTitles(named);
      // `Kim Minjun` in Seoul: the family name is as likely first as last (asked once).
      // Not `Nur Aisyah binti Kamaruddin`: its mark shows the given names first (patronymic-marks.ts).
      if (familyFirst && !scriptFirst && orderOpen && !givenFirstByMark(named))
        audit!.persons.familyFirstName.note(cursor.row.line);
      // `Le Thi Mai` anywhere: a Vietnamese name family name first would go as first name Le.
      // Behind a title too (`Mrs Nguyen Thi Mai`, `Mr Wang Xiao Ming`): a title goes before the
      // family name of a name written family name first, so it shows no order (it had gone as
      // first name Wang, last name Ming, without a question).
      else if (watchOrder && orderOpen && vietnameseFamilyFirst(untitled))
        audit!.persons.vietnameseName.note(cursor.row.line);
      // `Wang Xiao Ming`, `Park Ji Hoon` anywhere: a Chinese or Korean family name first.
      else if (
        watchOrder &&
        orderOpen &&
        (chineseKoreanFamilyFirst(untitled) || koreanSyllableBeforeDo(untitled))
      )
        audit!.persons.chineseKoreanName.note(cursor.row.line);
      // `Ivanov Ivan Ivanovich` anywhere: a patronymic last shows a name family name first.
      else if (watchOrder && orderOpen && endsInPatronymic(untitled))
        audit!.persons.patronymicLast.note(cursor.row.line);
      // `Petrov Ivan`, `Παπαδόπουλος Γιώργος`, `כהן דוד`, `Garcia Lopez Maria` anywhere: a first word
      // shaped as a family name (family-name-shapes.ts).
      else if (watchOrder && orderOpen && familyFirstByWords(untitled))
        audit!.persons.familyWordFirst.note(cursor.row.line);
      // `María José García López` in one column: only the last word would go as the surname.
      if ((twoSurnames || lastFirstWords) && n?.middle && /\p{L}{2}/u.test(n.middle))
        (lastFirstWords ? audit!.persons.lastFirstWords : audit!.persons.wordsBetween).note(cursor.row.line);
      else if (givenBetween && n?.middle && /\p{L}{2}/u.test(n.middle))
        audit!.persons.givenBetween.note(cursor.row.line);
      // Anywhere, `Maria Garcia Lopez`: two Spanish surnames last would go as Maria Lopez.
      else if (watchOrder && n && !named.includes(',') && endsInTwoSpanishSurnames(n.middle, n.last))
        audit!.persons.spanishSurnames.note(cursor.row.line);
      // Anywhere, `José de Jesús Rivera`: a joiner between (a devotional given name, or a family
      // name of two from its particle on) would go as José Rivera.
      else if (watchOrder && n && !named.includes(',') && joinerBetween(n.first, n.middle))
        audit!.persons.joinerBetween.note(cursor.row.line);
      if (lastFirstTitle && n && lastFirstTitle(named))
        cursor.fail(
          'patientName',
          'the name has a title in front, and the mapping reads names family name first: in English a title goes before the given name (Mrs Mary Smith), in a name written family name first before the family name (Mdm Wong Siew Mei), so which word is the family name is not sure',
          'Write the name with a comma after the family name (Smith, Mary) or without the title in the scheduling software, then export again',
          nameRaw,
        );
      const cut = named.includes(',') ? undefined : named.trim().split(/\s+/);
      if (cut && endsInMark(cut))
        cursor.fail(
          'patientName',
          `the name ends in '${cut[cut.length - 1]}', the mark before a father's name (bin, binti, a/l, s/o), with no name after it: the name is cut short, and the mark would go as the last name`,
          'Write the whole name (Siti binti Abdullah) in the scheduling software, then export again',
          nameRaw,
        );
      const irish = n ? loneOBeforeIrishName(named) : undefined;
      if (irish)
        cursor.fail(
          'patientName',
          `the name has a lone 'O' before the family name '${irish}': it may be the Irish family name O'${irish} written without its apostrophe, or a middle initial O, and the cell does not say which`,
          `Write the apostrophe (O'${irish}) or the comma (O'${irish}, First) in the scheduling software, or a dot after a middle initial (O.), then export again`,
          nameRaw,
        );
      first = n?.first ?? '';
      last = n?.last ?? '';
      middle = n?.middle ?? '';
      // `Mary Ann Smith` beside a Middle Name column that says `Ann`: the practice keeps Ann as a
      // middle name, so the first name is Mary, not the compound (compound-given-names.ts).
      const split = compoundFirst(first) ? first.split(' ') : undefined;
      if (split && !middle && sameWord(middleCell(), split[1]!)) [first, middle] = [split[0]!, split[1]!];
    } else {
      // `John Smith` under First Name beside `Smith`: the column holds the whole name.
      for (const [field, cell, other] of [
        ['firstName', first, last],
        ['lastName', last, first],
      ] as const)
        if (repeatsOtherName(cell, other))
          cursor.fail(
            field,
            `the ${field === 'firstName' ? 'first' : 'last'}-name cell holds the patient's whole name (it repeats the ${field === 'firstName' ? 'last' : 'first'} name '${other}')`,
            "Export the first and last name each in its own column (or map this column as the patient's full name)",
            cell,
          );
      if (givenStartsWithMark(first))
        cursor.fail(
          'firstName',
          `the first-name cell starts with '${first.trim().split(/\s+/)[0]!}', the mark before a father's name, which belongs after the given name (in the last name)`,
          'Check that the first- and last-name columns are not swapped, and that the given name is in the first-name cell',
          first,
        );
      mark = statusMarkAtEdge(last) ?? statusMarkAtEdge(first);
      // As in one column: `John Jr.`, `Doe III`, `Dr. Sam` are John, Doe and Sam.
      first = givenNameOfColumn(first);
      last = familyNameOfColumn(last);
      // `John A` under First Name: a middle initial typed into the first-name cell, the middle part
      // as in one column's `Smith, John A`. Kept in the first name, `John A` on one row and `John`
      // on another were one person under two patient ids made from the name.
      const initial = TRAILING_INITIAL.exec(first);
      if (initial) first = first.slice(0, initial.index);
      ({ first, last } = casePersonName(first, last)); // ALL CAPS or all lower → proper case
      middle = middleCell() || (initial?.[1] ?? '');
    }
    // Every word of a placeholder counts, the middle ones too (`OUT OF OFFICE` splits as Out Of Office).
    const given = middle ? `${first} ${middle}` : first;
    if (marker) middle = middle ? `${middle} ${marker}` : marker;
    // A family name written in capitals beside a given name that is not ("GAGNON, Marie", the
    // UK and French convention) is proper-cased by itself.
    if (isSingleCase(last) && last.length > 1 && last === last.toUpperCase())
      last = properCaseName(last, 'family');
    if (isSingleCase(first) && first.length > 1 && first === first.toUpperCase() && !givenInitials(first))
      first = properCaseName(first, 'given');
    const nameField: FieldName =
      refs.patientName && !refs.lastName ? 'patientName' : first ? 'lastName' : 'firstName';
    const f = givenDoubts(first);
    const l = namePartDoubts(last, false);
    if ((f | l) & GARBLED)
      cursor.fail(
        nameField,
        "the patient's name looks garbled by a wrong text encoding",
        'Export the file as UTF-8 (or all of it in one encoding), and check the name in the scheduling software',
        nameRaw || `${first} ${last}`,
      );
    if (mark)
      cursor.fail(
        nameField,
        `the patient's name carries a status mark ('${mark}'), not part of the name`,
        'Remove the mark from the name in the scheduling software and give the appointment that status there (Cancelled, No Show), then export again',
        nameRaw || `${first} ${last}`,
      );
    // A group or class booked as one patient, or its attendees listed in one cell.
    if (namesGroupSession(named || `${given} ${last}`))
      cursor.fail(
        nameField,
        'the name is of a group session, not of one patient',
        "One patient per row: export each attendee's appointment on a row of its own (each person has a portal account of their own)",
        nameRaw || `${first} ${last}`,
      );
    if (
      (f | l) & COUPLE ||
      GROUP_WORD.test(nameRaw) ||
      joinsNames(nameRaw) ||
      (named !== '' && twoNamesAroundComma(named, namesFirstLast))
    )
      cursor.fail(
        nameField,
        'the name is of a couple or a household, not of one patient',
        'One patient per row: book the appointment under one patient (each person has a portal account of their own)',
        nameRaw || `${first} ${last}`,
      );
    if (
      (f | l) & (NOT_NAME | NUMBER | FLAG_WORD) ||
      f & FLAG_GIVEN ||
      // Words the split left out (`Jane Doe & John Doe` → Jane Doe), only in a name of 3+ words;
      // a title left out is no such word (`A/Prof Helen Ng`).
      (moreThanTwoWords(nameRaw) &&
        (credentialAfterName(nameRaw) || noteLeftOut(named || withoutNotes(nameRaw))))
    )
      cursor.fail(
        refs.firstName && f & (NOT_NAME | FLAG_GIVEN | FLAG_WORD) ? 'firstName' : nameField,
        "the patient's name has more than a name in it",
        'Remove the note or flag from the name field in the scheduling software, or export the names without it',
        nameRaw || `${first} ${last}`,
      );
    // A title where the split looked for the given name (`MÜLLER Dr. Eva`, `Jens Vogel, Dr. med.`).
    // A first-name column holding a title alone (`Dr.`, `Mrs` beside `Smith`) too: it had gone as
    // first name Mrs.
    if ((named || (refs.firstName && !nameRaw)) && f & TITLE)
      cursor.fail(
        named ? nameField : 'firstName',
        `the patient's given name is a title ('${first}'), not a name`,
        "Write the patient's given name in the scheduling software (a title in a field of its own, or none), then export again",
        nameRaw || `${first} ${last}`,
      );
    // A name the report masked (`CONFIDENTIAL, PATIENT`): the mask is nobody's name.
    // `given` is the first name before its casing above, and with the middle part.
    const g = given === first ? f : givenDoubts(given);
    if (withheldByHints(given, last, !!((g | l) & WITHHELD)))
      cursor.fail(
        nameField,
        "the patient's name is withheld (a confidential record shown masked), not the patient's name",
        "Export the patient's real name (or enter this appointment on the portal by hand)",
        nameRaw || `${first} ${last}`.trim(),
      );
    if (placeholderByHints(given, last, g >> PLACEHOLDER_SHIFT, l >> PLACEHOLDER_SHIFT))
      cursor.fail(
        nameField,
        'not a patient: blocked time or a placeholder',
        'Export without it (or book the appointment under the real patient)',
        nameRaw || `${first} ${last}`.trim(),
      );
    // `Parent of Smith, Tommy`, `Smith, Mary for Tommy`: two people, and whose visit it is unsaid.
    // After the placeholders: `Hold for Dr Lee` is blocked time, no parent's booking.
    checkGuardian('patientName', nameRaw);
    checkGuardian('lastName', lastRaw);
    checkGuardian('firstName', firstRaw);
    // `UNKNOWN, MALE`, `Trauma, Alpha`: a patient not yet identified. The cells as written too
    // when a name is missing: `Unknown` alone reads as an empty cell.
    if (
      namesUnidentified(given) ||
      namesUnidentified(last) ||
      ((!first || !last) && namesWritten.some((w) => namesUnidentified(w())))
    )
      cursor.fail(
        nameField,
        "the patient is not identified: the name is an unknown or unidentified patient's stand-in, not the patient's name",
        "Enter the patient's real name in the scheduling software, then export again",
        nameRaw ||
          namesWritten
            .map((w) => w())
            .filter(Boolean)
            .join(' '),
      );
    if ((!first || !last) && named && !/\s/.test(named) && FAMILY_FIRST_SCRIPT.test(named))
      cursor.fail(
        nameField,
        "the patient's name is written in Chinese, Japanese or Korean characters without a space, and where the family name ends is not in the cell (a Japanese family name runs to one, two or three characters; a Korean one may be two syllables, such as 남궁 or 제갈)",
        'Export the names with a space after the family name (山田 太郎, 남궁 민) or with the family name in a column of its own',
        nameRaw,
      );
    else if (!first || !last)
      cursor.fail(
        nameField,
        "the patient's first or last name is missing",
        'Medfusion needs both; complete the name in the scheduling software',
        nameRaw ||
          `${first} ${last}`.trim() ||
          namesWritten
            .map((w) => w())
            .filter(Boolean)
            .join(' '),
      );
    // Accents as one character each (NFC): a Mac or a database may write `José` as e and a
    // combining accent (NFD), which the portal would keep and compare as other letters than the
    // `José` of an export written on Windows; the derived patient id already compares NFC.
    first = composed(first);
    last = composed(last);
    if (first.length > 50 || last.length > 50)
      cursor.fail(
        nameField,
        'a name is longer than 50 characters',
        'Shorten it in the scheduling software',
        `${first} ${last}`,
      );
    bothWays(order, first, last);
    return { first, last, middle, field: nameField, shown: cell || `${first} ${last}`.trim() };
  };

  // A birth date is a calendar day. Written as a timestamp (`1985-02-14T00:00:00+01:00`, how a
  // .NET DataSet writes a date), it is the day as written at midnight, else the day it is in the
  // practice's zone (`1985-02-13T23:00:00Z`: Berlin's midnight in UTC). Its UTC day would put
  // every birthday east of Greenwich a day early.
  const zoneDay = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.timeZone ?? 'UTC', dateStyle: 'short' });
  const birthDay = (p: { instant: Date; midnightOf?: CalendarDate }): string =>
    p.midnightOf ? formatDate(p.midnightOf) : zoneDay.format(p.instant);

  const checkBirthYears = audit !== undefined;

  /** The birth date, `YYYY-MM-DD`; a row error when empty, unreadable, in the future, after the
   *  appointment's day `apptDay` or more than a lifetime before it. */
  const birthDate = (apptDay: string | undefined): string => {
    const dobCellText = cursor.required(
      dobCell,
      'dob',
      'the date of birth is empty',
      "Medfusion needs the patient's date of birth; add it in the scheduling software",
    );
    const { date: dobRaw, age: statedAge } = splitStatedAge(dobCellText);
    const pdob = parseDob(dobRaw);
    if (!pdob.ok) {
      // A birth date real only in the other order, past the rows the order was decided on (a
      // person's day-first answer meeting `12/31/1980` on row 600): every other birth date, and
      // the start dates beside them, may be read the wrong way round, so the file is held too.
      if (audit && !numberKind && parseDateTime(dobRaw, { ...dobOpts, order: otherDobOrder }).ok)
        audit.otherOrderOnly(dobRaw);
      // `00/00/0000`, `0001-01-01`, `9999-12-31`, SQL Server's `1753-01-01`: no date a calendar
      // check should explain, but a program's "none" (a date format setting fixes nothing).
      if (NO_DATE.test(dobRaw))
        cursor.fail(
          'dob',
          'is a placeholder, not a birth date (what a program writes when the date of birth is unknown)',
          "Enter the patient's date of birth in the scheduling software; if the row is a blocked slot, export without it",
          dobRaw,
        );
      cursor.fail(
        'dob',
        pdob.reason,
        'hint' in pdob ? pdob.hint : dateHint(dobRaw, dateOrder, pdob.reason),
        dobRaw,
      );
    }
    const dob = pdob.kind === 'instant' ? birthDay(pdob) : formatDate(pdob.date);
    // 1900-01-01, 1899-12-30, 0001-01-01: what a program writes for an unknown birth date (or a
    // blocked slot's dummy patient); no patient alive was born before 1901.
    if (dob < '1901-01-01')
      cursor.fail(
        'dob',
        'is a placeholder, not a birth date (no patient alive was born before 1901)',
        "Enter the patient's date of birth in the scheduling software; if the row is a blocked slot, export without it",
        dobRaw,
      );
    if (dob > today)
      cursor.fail('dob', 'the date of birth is in the future', dateHint(dobRaw, dateOrder), dobRaw);
    if (apptDay) {
      // Born after the visit (a past visit's row, or a visit booked for a future date whose birth
      // date is later still): the columns are crossed or the date mistyped; never a patient.
      if (dob > apptDay)
        cursor.fail(
          'dob',
          `the date of birth is after the appointment's date (${apptDay})`,
          "Check the birth date in the scheduling software, and that the birth-date column is the patient's birth date",
          dobRaw,
        );
      // Older than anyone alive at the visit (the oldest person ever lived to 122): a typo
      // (`1903` for `1993`) or a program's stand-in for an unknown birth date.
      if (dob < lifetimeBefore(apptDay))
        cursor.fail(
          'dob',
          `the date of birth is more than ${MAX_AGE_YEARS} years before the appointment's date (${apptDay}): no patient is that old`,
          "Check the patient's date of birth in the scheduling software",
          dobRaw,
        );
    }
    // The age printed beside the date must be the date's, at the visit or today (when the report
    // was run), give or take the year a birthday between the two makes: otherwise the date was
    // read in the wrong order or the cell holds someone else's, and the row goes nowhere.
    if (statedAge !== undefined && !ageAgrees(statedAge, dob, today, apptDay))
      cursor.fail(
        'dob',
        `the age written beside the date of birth (${statedAge}) does not agree with it`,
        "Check the patient's date of birth in the scheduling software",
        dobCellText,
      );
    // `04/15/24`: 2024 is read, but 1924 is as possible (a patient of 102); asked once per file
    // until a person confirms the mapping. A 19xx reading is sure (20xx would lie in the future),
    // and so is a 20xx one whose 19xx reading no patient can have (`05/06/01` on a 2027 visit:
    // 1901 is older than anyone at the visit, the checks above refuse it).
    if (
      checkBirthYears &&
      !numberKind &&
      dob >= '2000' &&
      pdob.kind === 'local' &&
      !/\d{4}/.test(dobRaw) &&
      !noLifetimeEarlier(dob, apptDay ?? today)
    ) {
      // An age column that agrees with the 20xx reading, at the visit or today (when the report
      // was run), settles it for this row (age-column.ts).
      const age = statedAge ?? ageInYears(ageCell());
      const settled =
        age !== undefined && (age === yearsOld(dob, today) || (!!apptDay && age === yearsOld(dob, apptDay)));
      if (!settled) audit!.persons.twoDigitBirthYear.note(cursor.row.line);
    }
    return dob;
  };

  const email = (): string => {
    // A link's `mailto:` written before the address (copied from a web form or an e-mail) is no
    // part of it: sent, the portal's invitations went to `mailto:adaeze@…`, no one.
    const emailRaw = emailCell().replace(/^\s*mailto:/i, '');
    // Never invent an address: with an e-mail column in the export, a patient without one gets
    // the documented placeholder (which can receive nothing), not the profile's default address.
    // A placeholder or the practice's desk (`none@none.com`, `frontdesk@…`) is no one's: as none.
    // So is one address on the patients of many families: the practice's own (shared-emails.ts).
    const own =
      emailRaw.includes('@') && !noPatientsEmail(emailRaw) && !ctx.practiceEmails?.has(emailKey(emailRaw));
    const e = own ? emailRaw : refs.email ? NO_EMAIL : (defaultEmail ?? NO_EMAIL);
    if (e.length > 100)
      cursor.fail('email', 'is longer than 100 characters', 'Correct the e-mail address', emailRaw);
    return e;
  };

  /** The postal address when it is complete enough for the portal. */
  const address = (): PostalAddress | undefined => {
    const addr: PostalAddress = {
      address1: clip(address1Cell(), 100),
      address2: clip(address2Cell(), 100),
      city: clip(cityCell(), 50),
      state: clip(stateCell(), 50),
      zipCode: zipCell(),
    };
    const complete = addr.address1 && addr.city && addr.state && addr.zipCode && addr.zipCode.length <= 10;
    return complete ? addr : undefined;
  };

  return (presence, rowBooked = true, apptDay) => {
    booked = rowBooked;
    const { first, last, middle, field, shown } = names(presence.nameRaw, rowBooked);
    const dob = birthDate(apptDay);
    // `Baby Boy Smith`, `Smith, Judy Girl`: a newborn not yet named (newborn-names.ts). Only under
    // a year old at the visit: an adult's `Baby` or `Boy` is a given name or a nickname.
    if (
      dob >= yearBefore(apptDay ?? today) &&
      isNewbornTemporaryName(middle ? `${first} ${middle}` : first, last)
    )
      cursor.fail(
        field,
        "the patient's name is a newborn's temporary name (given before the baby is named), not the patient's name",
        "Enter the baby's name in the scheduling software, then export again (or enter this appointment on the portal by hand)",
        shown,
      );
    // Before the audit sees it: a destroyed id says nothing of who shares it.
    const damage = spreadsheetDamage(presence.idRaw);
    if (damage) cursor.fail('patientId', damage, DAMAGED_ID_HINT, presence.idRaw);
    // A patient-id column left empty (or `0`) on some booked rows only: those patients would go
    // under ids made from name and birth date, apart from their own records until it is filled in.
    if (rowBooked && refs.patientId) audit?.patientIdCells.note(presence.idRaw !== '', cursor.row.line);
    // `Mary 2 Smith`: a twin's or triplet's number between the given and the family name, which a
    // patient id made from name and birth date leaves out. Sent, twin 2's visit went to the same
    // portal patient as twin 1's (`Mary 1 Smith`, in this file or the next). Under the file's own
    // patient id each twin is apart, and the row goes as Mary Smith.
    if (!presence.idRaw && TWIN_NUMBER.test(middle))
      cursor.fail(
        field,
        `the patient's name has a number between the given and the family name ('${middle}'), a twin's or triplet's: the patient id made from name and birth date leaves it out, so the twins would be one patient on the portal`,
        "Export the patient-id column (chart number, MRN) and map it, or write each twin's own name in the scheduling software, then export again",
        shown,
      );
    // A compound given name read from one column given name first (`Mary Ann Smith`:
    // compound-given-names.ts) goes whole to the portal, but its id is made as before that rule,
    // from its first word with the second as the middle part: ids already sent for Mary Smith stay
    // hers, `Mary Smith` on another row is the same person, and `Mary Beth Smith` of the same birth
    // date is asked about (names-apart.ts) instead of going as another patient on a guess. Only
    // without a comma: `Ruiz, José Luis` always went whole, under the id made from José Luis.
    const compound =
      field === 'patientName' && !shown.includes(',') && compoundFirst(first) ? first.split(' ') : undefined;
    const idFirst = compound ? compound[0]! : first;
    const idMiddle = compound ? [compound[1]!, middle].filter(Boolean).join(' ') : middle;
    const patientId = presence.idRaw || derivePatientId(last, idFirst, dob);
    // One person spelled two ways in one file (`Garcia-Lopez`, `Garcia Lopez`): two made-up ids.
    if (!presence.idRaw) audit?.persons.spellings.see(last, idFirst, dob, patientId, cursor.row.line);
    // Born on Unix time zero: a program's "none" when other patients of the file share it.
    audit?.persons.epochBirths.note(dob, patientId, cursor.row.line);
    // Twins' temporary names (`Smith, Baby Girl A` and `… B`) differ only in the middle part the
    // ids leave out: which of the file's people of one name and birth date this row is (0, 1…).
    const apart =
      idMiddle && audit
        ? audit.persons.apart.see(
            `${norm(last)}|${norm(idFirst)}|${dob}`,
            idMiddle,
            cursor.row.line,
            presence.idRaw ? undefined : patientId,
          )
        : '';
    // One id, one person: the same id for another birth date, family name or first given name is
    // a family or account number (a middle name or initial written once and not again is not).
    if (presence.idRaw && audit) {
      audit.patientIds.see(presence.idRaw, personKey(last, idFirst, dob) + apart, '', cursor.row.line);
      // And one person, one id: the same whole name and birth date under another id is a visit,
      // claim or account number (a `Patient Control Number`), which splits a patient in two.
      audit.personIds.see(
        `${norm(last)}|${norm(idFirst)}|${dob}${apart}`,
        presence.idRaw,
        '',
        cursor.row.line,
      );
    }
    if (patientId.length > 64)
      cursor.fail('patientId', 'is longer than 64 characters', 'Map a shorter id column', presence.idRaw);
    // Never an SSN on the portal (ssn-values.ts), even in a column a person mapped as the id.
    if (ssnShaped(presence.idRaw))
      cursor.fail(
        'patientId',
        'is written as a Social Security number, which is never sent to the portal',
        "Map the practice's chart number as the patient id (or export without this column: patient ids are then made from name and birth date)",
      );
    // Nor a phone typed where the chart number goes (phone-values.ts): not the patient's record.
    if (phoneShaped(presence.idRaw))
      cursor.fail(
        'patientId',
        "is written as a telephone number, not a chart or account number: it would go to the portal as the patient's id",
        "Enter the patient's chart number in the scheduling software and export again (or map the column that holds the chart number as the patient id)",
        presence.idRaw,
      );
    const mail = email();
    const addr = address();
    return {
      patient: {
        patientId,
        firstName: first,
        lastName: last,
        dob,
        email: mail,
        ...(addr ? { address: addr } : {}),
      },
      key: presence.idRaw || `${last}|${idFirst}|${dob}`,
    };
  };
}

/** A date of numbers whose year is one no birth date has (`0000`, `0001`, before 1800 or `9999`:
 *  the smallest and largest dates databases keep) or whose day or month is zero (`00/00/0000`,
 *  `00.00.1945`: a date of birth not known, or known only in part, as German practice software
 *  writes it). Asked only of a date that would not parse. */
const NO_DATE =
  /^\s*(?:(?:0{4}|0001|1[0-7]\d\d|9999)[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:0{4}|0001|1[0-7]\d\d|9999)|0{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,4}[-/.]0{1,2}[-/.]\d{1,4}|\d{1,4}[-/.]\d{1,2}[-/.]0{1,4})(?:[ T].*)?$/;

/** No patient is older than this at a visit: the oldest person on record lived to 122, and none
 *  alive is near 120. */
const MAX_AGE_YEARS = 120;

/** The day `years` years before `day` (`YYYY-MM-DD`), compared as text. */
function yearsBefore(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;
}
/** Whether the birth date a century earlier (its 19xx reading) is one no patient can have on
 *  `day`: before 1901, or more than a lifetime before. */
function noLifetimeEarlier(dob: string, day: string): boolean {
  const earlier = yearsBefore(dob, 100);
  return earlier < '1901-01-01' || earlier < lifetimeBefore(day);
}
// Per day, not per row: a file has few days and many rows.
const lifetimeBefore = memoized((day: string): string => yearsBefore(day, MAX_AGE_YEARS), 512);
const yearBefore = memoized((day: string): string => yearsBefore(day, 1), 512);

/** A note or code in a name (NOT_A_NAME) that is not part of a title in front (`A/Prof`). */
function noteLeftOut(name: string): boolean {
  return holdsNotAName(name) && holdsNotAName(withoutTitles(name));
}

/** More than two words, without splitting (a name whose split may have left words out). */
function moreThanTwoWords(s: string): boolean {
  const t = s.trim();
  const first = t.indexOf(' ');
  return first > 0 && t.indexOf(' ', first + 1) > 0;
}

/** A professional credential after a patient's name (`Jane Doe MD`, `Jane Doe PhD`, `Jane Doe, MD`):
 *  not part of it, and read as the family name it would send `Jane Md`. */
function credentialAfterName(raw: string): boolean {
  const t = raw.trim();
  const mixedCase = /\p{Lu}/u.test(t) && /\p{Ll}/u.test(t);
  const comma = t.lastIndexOf(',');
  if (comma > 0) {
    const tail = t.slice(comma + 1).trim();
    if (tail && !tail.includes(' ') && credentialOf(tail, { position: 'alone', mixedCase })) return true;
  }
  const words = t.replace(/,/g, ' ').split(/\s+/);
  return (
    words.length >= 3 &&
    credentialOf(words[words.length - 1]!, { position: 'after', mixedCase }) !== undefined
  );
}

/** A name whose family name is marked by capitals beside words that are not (`NGUYEN Van An`). */
/** `text` in NFC, scanned first: most names are ASCII, which NFC leaves as they are. */
function composed(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return text.normalize('NFC');
  return text;
}

function capsMarkFamily(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.some((w) => /\p{Lu}{2}/u.test(w) && w === w.toUpperCase()) && words.some((w) => /\p{Ll}/u.test(w))
  );
}

/** Who a patient id names, as far as one person's rows in one export always agree: the family
 *  name, the first given name (with the word after a `Te` or `Abdul`: twins `Te Aroha` and `Te
 *  Rangi` are two people) and the birth date, compared as the ids compare names. */
function personKey(last: string, first: string, dob: string): string {
  const given = norm(first).split(/[\s.]+/);
  const key = given.length > 1 && givenPrefix(given[0]!) ? `${given[0]} ${given[1]}` : given[0];
  return `${norm(last)}|${key ?? ''}|${dob}`;
}

// What a name cell carries besides the name. A part in brackets is never part of a legal name: a
// nickname `(Bob)`, a flag `[VIP]`, `(Deceased)`, a chart number `(12345)`. A word in quotes is a
// preferred name: Open Dental writes `LName, 'Preferred' FName MiddleI`. Both are left out, so
// the portal gets the legal name and the derived patient id stays the same with or without them.
// A quote inside a word (O'Brien, D'Souza) is kept. Two apostrophes stand for a double quote
// where a keyboard or a query escaped it (`Watson, Elizabeth ''Beth''`, SQL's doubled quote):
// read first, so the word goes whole rather than as `''beth''` in the given name.
/** An apostrophe written twice inside a name (`O''Brien`, `D''Angelo`): SQL's escaped quote, left
 *  so by a query that built the file, or typed so. No name has two apostrophes in a row, so it is
 *  read as one, and the portal gets O'Brien, as the next export that writes it once. */
const ESCAPED_APOSTROPHE = /(\p{L})''(?=\p{L})/gu;
const BRACKETED = /\s*(?:\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\})\s*/g;
const QUOTED_WORD = /(^|[\s,])(?:''[^'\s][^']*''|'[^'\s][^']*'|"[^"]+"|‘[^’]+’|“[^”]+”)(?=$|[\s,])/g;

/**
 * Two people around the comma of a one-column name: `Jane Doe, John Doe`, both sides of two or
 * more words ending in one family name. Read as `Last, First` it went as one made-up patient
 * (first name "John Doe", last name "Jane Doe"). A real `Last, First` name has no given name
 * ending in its family name (`García López, María José`, `Smith-Jones, Mary Ann` stay). In a
 * file that writes its names First Last (`namesFirstLast`), two words or more on both sides are
 * two names whatever they end in: `Anna Nowak, Piotr Wiśniewski` is not a Last, First name there.
 * Only cells with a comma get past the first test, so plain names cost one indexOf.
 */
function twoNamesAroundComma(name: string, namesFirstLast: boolean): boolean {
  const comma = name.indexOf(',');
  if (comma < 0) return false;
  const left = name.slice(0, comma).trim();
  const right = name.slice(comma + 1).trim();
  const l = left.lastIndexOf(' ');
  const r = right.lastIndexOf(' ');
  // `bin Abdullah, Muhammad Hafiz`: a mark and the father's name before the comma are the one
  // family name the portal shows, not a second person's name (it had been refused as a household's).
  if (l <= 0 || r <= 0 || givenStartsWithMark(left)) return false;
  return namesFirstLast || sameFamilyName(left.slice(l + 1), right.slice(r + 1));
}

/** One family name, also in its feminine and masculine forms (Polish `Kowalska`/`Kowalski`,
 *  Czech `Nováková`/`Novák`, Russian `Ivanova`/`Ivanov`, Greek `Papadopoulou`/`Papadopoulos`):
 *  the same first five letters or more, and at most three after them on either side. */
function sameFamilyName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  return p >= 5 && x.length - p <= 3 && y.length - p <= 3;
}

/**
 * Whether a file's one-column names are written First Last: of the first rows' name cells of
 * two words or more, at least three have no comma and at most one in five has one. There a
 * comma between two names of two words is two people (twoNamesAroundComma), not Last, First.
 */
export function writesNamesFirstLast(cells: readonly string[]): boolean {
  let plain = 0;
  let comma = 0;
  for (const c of cells) {
    const t = c.trim();
    if (!t.includes(' ')) continue;
    if (t.includes(',')) comma++;
    else plain++;
  }
  return plain >= 3 && comma * 5 <= plain;
}

/** A bracketed note that marks one of twins or triplets: `Twin A`, `Triplet 2`, `Baby B`, `A`
 *  (a number only after the word: `(2)` alone may count the patient's visits). */
const MULTIPLE_MARKER = /^\s*(?:(?:twin|triplet|baby|multiple)\s*[a-d1-4]|[a-d])\s*$/i;

/** The cell without its notes; `onNote` is told each bracketed note left out. */
function withoutNotes(cell: string, onNote?: (note: string) => void): string {
  if (!/[([{'"‘“]/.test(cell)) return cell;
  // `Bob (Robert)`: a short form first and its full form in brackets is the legal name bracketed.
  if (cell.includes('(')) cell = legalNameInBrackets(cell);
  if (onNote) for (const m of cell.matchAll(BRACKETED)) onNote(m[0].trim().slice(1, -1));
  return cell
    .replace(ESCAPED_APOSTROPHE, "$1'")
    .replace(BRACKETED, ' ')
    .replace(QUOTED_WORD, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .trim();
}

/** What a one-column name says to the question of names typed both ways (noteNameOrder): none;
 *  `Garcia, Maria`; two words with the order shown by the writing (`Mrs. Patterson`, `Robert "Bob"
 *  Klein`); two words and nothing showing which is the family name; three words or more with whole
 *  words between the first and the last (`Smith Mary Ann`) and nothing showing the order. */
type BothWays = 'none' | 'comma' | 'two-words' | 'unsure' | 'three-words';

/** Two words alike but for case and accents (`Ann` and `ANN`, `José` and `Jose`). */
function sameWord(a: string, b: string): boolean {
  return a.trim() !== '' && foldAccents(a.trim()).toLowerCase() === foldAccents(b).toLowerCase();
}

/** A first name of two words that compound-given-names.ts made one (`Mary Ann`). */
function compoundFirst(first: string): boolean {
  // Runs twice on every row; most given names are one word, and need no array to say so.
  if (!first.includes(' ')) return false;
  const w = first.split(' ');
  return w.length === 2 && compoundGivenName(w[0]!, w[1]!);
}
