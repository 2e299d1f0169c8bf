// Digits of other scripts, read as the digits they are. An Arabic, Persian, Hindi or Japanese
// system (or Excel set to such a locale) writes numbers in its own digits: Arabic-Indic
// `٠١/٠٣/٢٠٢٧` (Intl.NumberFormat('ar-EG')), Extended Arabic-Indic `۰۱` (fa, ur), Devanagari
// `०१` (mr, ne, hi), fullwidth `０１` (ja, zh). Unicode gives each as ten consecutive code points
// from zero, so one subtraction reads any of them. They become ASCII digits before the cells are
// split: dates, times, durations and ids are then read like any other file's, and an id is one
// key whichever digits the export used (Medfusion's AppointmentId and PatientId are keys matched
// against later exports and the Patient API: `١٠٢٣١` and `10231` must not be two patients).
// The Arabic decimal separator `٫` (U+066B) is a `.` between digits; its thousands separator `٬`
// (U+066C) between digits is dropped, never made a `,`: this runs before the cells are split, and
// a comma there would cut a comma-delimited file's cell in two. The Arabic comma `،` (U+060C) is
// punctuation in text and stays. A printed report's columns are places on the line
// (printed-grid.ts): there the digits are read before its grid and day lines are, one for one
// (asciiDigitsInPlace), and the separators with the cells, once the grid has split them.

/** The first code point (zero) of each script's ten digits. */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0xff10];
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/;
const OTHER_DIGITS_ALL = new RegExp(OTHER_DIGIT.source, 'g');
/** A digit of another script, or an Arabic separator left between digits made ASCII before. */
const OTHER_DIGIT_OR_SEPARATOR = /[\u0660-\u0669\u066b\u066c\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/;
/** The Arabic decimal and thousands separators, once the digits on either side are ASCII. */
const ARABIC_SEPARATOR = /(?<=\d)[\u066b\u066c](?=\d)/g;

function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  for (const zero of ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return c;
}

/**
 * `text` with other scripts' digits as ASCII digits. One test over a whole decoded piece: an
 * export in ASCII digits (nearly all) costs that single scan, never a per-cell replace.
 */
export function withAsciiDigits(text: string): string {
  if (!OTHER_DIGIT_OR_SEPARATOR.test(text)) return text;
  return text
    .replace(OTHER_DIGITS_ALL, asciiDigit)
    .replace(ARABIC_SEPARATOR, (c) => (c === '\u066b' ? '.' : ''));
}

/** `text` with other scripts' digits as ASCII digits, one character for one: a printed line keeps
 *  its columns' places. The separators are left for withAsciiDigits on the cells. */
export function asciiDigitsInPlace(text: string): string {
  return OTHER_DIGIT.test(text) ? text.replace(OTHER_DIGITS_ALL, asciiDigit) : text;
}
