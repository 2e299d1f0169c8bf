// The birth date read from a Nordic personal identity number, for a list that carries the number
// and no birth-date column. Each country's rule is read exactly as its registry publishes it, and
// only from a number that passes the registry's own check; where the rule cannot settle the
// century, the row fails with what to do: a century is never guessed.
//
// Sweden, personnummer and samordningsnummer: Skatteverket, "Personnummer" (SKV 704). YYMMDD, a
//   separator, three digits and a Luhn check digit over the ten; the separator is `-`, and `+`
//   from the year the holder turns 100; a samordningsnummer adds 60 to the day. Written with the
//   century (YYYYMMDD-NNNN, YYYYMMDDNNNN) it needs no separator; ten digits without one do not
//   say which century.
// Norway, fødselsnummer and D-nummer: Skatteetaten, "Fødselsnummer"
//   (http://www.skatteetaten.no/nn/Person/Folkeregister/Fodsel-og-namneval/Barn-fodde-i-Noreg/Fodselsnummer/).
//   DDMMYY, the individual number (three digits), two mod-11 check digits; the individual
//   number's range and the year set the century (749-500: 1854-1899; 499-000: 1900-1999;
//   999-900: 1940-1999; 999-500: 2000-2039); a D-nummer adds 4 to the day's first digit. An
//   H-nummer (the health service's stand-in, month + 40) and a test number (month + 80) carry
//   no registered birth date: their rows fail.
// Denmark, CPR personnummer: CPR-kontoret, "Opbygning af CPR-nummeret"
//   (https://www.cpr.dk/cpr-systemet/opbygning-af-cpr-nummeret/) and "Personnummeret i
//   CPR-systemet". DDMMYY-SSSS; the 7th digit with the year sets the century. Numbers without
//   the modulus-11 check have been issued since 1 October 2007 and are valid
//   (https://www.cpr.dk/cpr-systemet/personnumre-uden-kontrolciffer-modulus-11-kontrol/): no
//   check digit is asked of them, the date and the century rule decide.
// Finland, henkilötunnus: DVV (Digi- ja väestötietovirasto), "Henkilötunnus" / "Personal identity
//   code" (dvv.fi), and the Population Information Act 2023 amendment that added the century signs
//   Y X W V U (1900s) and B C D E F (2000s) beside `-` and `A`. DDMMYY, the century sign, the
//   individual number (002-899; 900-999 a temporary number, the birth date still its holder's)
//   and a check character: the nine digits DDMMYYNNN mod 31 in 0-9 A-F H J-N P R-Y.

/** Which number a column holds, named by the country that issues it. */
export type IdentityNumberKind = 'personnummer' | 'fodselsnummer' | 'cpr' | 'henkilotunnus';

export type BirthFromNumber = { ok: true; date: string } | { ok: false; reason: string; hint: string };

/** The zones of the countries that issue each number (tzdb names and their links): a list's
 *  numbers are read by the practice's country, never by their look alone (a Danish CPR and a
 *  Swedish personnummer share the shape ten digits and a hyphen). */
const ZONES: Record<IdentityNumberKind, readonly string[]> = {
  personnummer: ['Europe/Stockholm'],
  fodselsnummer: ['Europe/Oslo', 'Arctic/Longyearbyen', 'Atlantic/Jan_Mayen'],
  cpr: ['Europe/Copenhagen'],
  henkilotunnus: ['Europe/Helsinki', 'Europe/Mariehamn'],
};

/** The number the practice's country issues, by its zone; undefined outside the four. */
export function identityNumberOfZone(timeZone: string | undefined): IdentityNumberKind | undefined {
  if (!timeZone) return undefined;
  return (Object.keys(ZONES) as IdentityNumberKind[]).find((k) => ZONES[k].includes(timeZone));
}

/** What each number is called in a row error. */
export const NUMBER_NAMES: Record<IdentityNumberKind, string> = {
  personnummer: 'Swedish personnummer',
  fodselsnummer: 'Norwegian fødselsnummer',
  cpr: 'Danish CPR number',
  henkilotunnus: 'Finnish henkilötunnus',
};

/** The shapes each number is written in (spaces at the edges aside). */
const SHAPES: Record<IdentityNumberKind, RegExp> = {
  personnummer: /^(?:\d{6}[-+]\d{4}|\d{8}[-+]?\d{4}|\d{10})$/,
  fodselsnummer: /^\d{6} ?\d{5}$/,
  cpr: /^\d{6}-?\d{4}$/,
  henkilotunnus: /^\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]$/i,
};

/** Whether `value` is written as the number `kind` is (its check not yet asked). */
export function hasNumberShape(value: string, kind: IdentityNumberKind): boolean {
  return SHAPES[kind].test(value.trim());
}

/** The birth date `YYYY-MM-DD` the number `value` carries, or why it carries none. `today`
 *  (`YYYY-MM-DD`) places a Swedish ten-digit number's century: its separator says whether the
 *  holder is 100 or older this year. */
export function birthFromNumber(value: string, kind: IdentityNumberKind, today: string): BirthFromNumber {
  const v = value.trim();
  if (!hasNumberShape(v, kind)) return notOne(kind);
  switch (kind) {
    case 'personnummer':
      return swedish(v, Number(today.slice(0, 4)));
    case 'fodselsnummer':
      return norwegian(v.replace(' ', ''));
    case 'cpr':
      return danish(v.replace('-', ''));
    case 'henkilotunnus':
      return finnish(v.toUpperCase());
  }
}

function notOne(kind: IdentityNumberKind): BirthFromNumber {
  return fail(
    `is not a ${NUMBER_NAMES[kind]}, and the list has no other birth date`,
    "Correct the patient's personal identity number in the scheduling software, or export the birth date as a column of its own",
  );
}

function fail(reason: string, hint: string): BirthFromNumber {
  return { ok: false, reason, hint };
}

const CHECK_HINT =
  "Correct the patient's personal identity number in the scheduling software (a digit is mistyped), or export the birth date as a column of its own";

function swedish(v: string, year: number): BirthFromNumber {
  const digits = v.replace(/[-+]/, '');
  const ten = digits.slice(-10);
  if (!luhnHolds(ten)) return fail('its check digit does not agree (Luhn check)', CHECK_HINT);
  const day = Number(ten.slice(4, 6));
  // A samordningsnummer: the day plus 60.
  const realDay = day > 60 ? day - 60 : day;
  const month = Number(ten.slice(2, 4));
  if (digits.length === 12) return dateOf(Number(digits.slice(0, 4)), month, realDay);
  const sep = v.charAt(6);
  if (sep !== '-' && sep !== '+')
    return fail(
      'is written without its "-" or "+", so it does not say in which century the patient was born (a child and someone 100 years older share it)',
      'Export the personnummer with its separator (YYMMDD-NNNN) or with the century (YYYYMMDD-NNNN), or the birth date as a column of its own',
    );
  // `-`: the holder turns at most 99 this year; `+`: 100 or more.
  const yy = Number(ten.slice(0, 2));
  const under100 = year - ((((year - yy) % 100) + 100) % 100);
  return dateOf(sep === '+' ? under100 - 100 : under100, month, realDay);
}

/** Whether a list writes its Swedish personnummer as ten digits with no `-` or `+` (nine in ten
 *  of those without the century, at least two), and the first such value's index: the export
 *  drops the separator, so every such row would fail alike, and the file is refused once instead.
 *  A stray number typed so in a list that writes the separator still fails on its own row. */
export function centurylessList(values: readonly string[]): { first: number } | undefined {
  const trimmed = values.map((v) => v.trim());
  const short = trimmed.filter((v) => /^\d{6}[-+]?\d{4}$/.test(v));
  const bare = short.filter((v) => /^\d{10}$/.test(v));
  if (short.length < 2 || bare.length < 0.9 * short.length) return undefined;
  return { first: trimmed.findIndex((v) => /^\d{10}$/.test(v)) };
}

/** Luhn over YYMMDDNNNC: weights 2, 1, 2, 1… from the left, a product's digits summed. */
function luhnHolds(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const p = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === 0;
}

const NO_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NO_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11(digits: string, weights: number[]): number | undefined {
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? undefined : k;
}

function norwegian(v: string): BirthFromNumber {
  if (mod11(v, NO_K1) !== Number(v[9]) || mod11(v, NO_K2) !== Number(v[10]))
    return fail('its check digits do not agree (mod 11)', CHECK_HINT);
  let day = Number(v.slice(0, 2));
  const month = Number(v.slice(2, 4));
  if (month > 12)
    return fail(
      month > 80
        ? 'is a test number (month + 80), not a registered person'
        : "is an H-nummer (the health service's stand-in number, month + 40), which carries no registered birth date",
      "Enter the patient's fødselsnummer or D-nummer in the scheduling software, or export the birth date as a column of its own",
    );
  // A D-nummer: 4 added to the day's first digit.
  if (day > 40) day -= 40;
  const yy = Number(v.slice(4, 6));
  const individual = Number(v.slice(6, 9));
  const century =
    individual <= 499
      ? 1900
      : individual >= 900 && yy >= 40
        ? 1900
        : yy <= 39
          ? 2000
          : individual <= 749 && yy >= 54
            ? 1800
            : undefined;
  if (century === undefined)
    return fail(
      `its individual number ${v.slice(6, 9)} is in no range Skatteetaten issues for a year ending ${v.slice(4, 6)}, so it says no century`,
      CHECK_HINT,
    );
  return dateOf(century + yy, month, day);
}

function danish(v: string): BirthFromNumber {
  const yy = Number(v.slice(4, 6));
  const seventh = Number(v[6]);
  const century =
    seventh <= 3 ? 1900 : seventh === 4 || seventh === 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
  return dateOf(century + yy, Number(v.slice(2, 4)), Number(v.slice(0, 2)));
}

const FI_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FI_CENTURY: Record<string, number> = {
  '+': 1800,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

function finnish(v: string): BirthFromNumber {
  const nine = v.slice(0, 6) + v.slice(7, 10);
  if (FI_CHECK[Number(nine) % 31] !== v[10])
    return fail('its check character does not agree (mod 31)', CHECK_HINT);
  // `-` and Y X W V U: the 1900s.
  const century = FI_CENTURY[v[6]!] ?? 1900;
  return dateOf(century + Number(v.slice(4, 6)), Number(v.slice(2, 4)), Number(v.slice(0, 2)));
}

function dateOf(year: number, month: number, day: number): BirthFromNumber {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCDate() !== day || d.getUTCMonth() !== month - 1)
    return fail(
      'its first six digits are no date, so it carries no birth date',
      "Correct the patient's personal identity number in the scheduling software, or export the birth date as a column of its own",
    );
  return { ok: true, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
