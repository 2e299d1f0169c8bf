// Ids a spreadsheet reads as numbers, as sent, keyed by the number they write. A spreadsheet that
// opens an export reads `0048121` as the number 48121 and saves it so; given the "Number" format
// (what clears Excel's `1.23457E+11` display) it saves `48121.00`, `48,121.00` or, in a European
// locale, `48121,00`. The same appointment (and patient) then comes back under another id, and
// would go to the portal a second time, its cancellation matching nothing. The index lets the
// engine see that an id new as written was sent before written another way.

const ZERO = 48;
const isDigit = (c: number) => c >= 48 && c <= 57;

// Character loops, not regular expressions: the index reads every id the ledger holds, once per
// reading of a file that sends NEW appointments.

/** An id made of digits only. */
export function isDigitId(id: string): boolean {
  if (id.length === 0) return false;
  for (let i = 0; i < id.length; i++) if (!isDigit(id.charCodeAt(i))) return false;
  return true;
}

/** `0048121` → `48121`; `000` → `0`; `0A12` as it is. */
export function withoutLeadingZeros(id: string): string {
  let i = 0;
  while (id.charCodeAt(i) === ZERO && isDigit(id.charCodeAt(i + 1))) i++;
  return i ? id.slice(i) : id;
}

/**
 * The whole number an id written as a spreadsheet writes numbers stands for, without leading
 * zeros, or undefined when the id is not such a number: digits (`0048121`), digits grouped by
 * thousands (`48,121`, `48.121`, `48 121`), and either with a decimal part of zeros (`48121.00`,
 * `48121,0`, `48,121.00`, `48.121,00`). A non-zero decimal part (`4812.5`) or groups that are not
 * of three are not a whole number written so. `1,000` is read as a thousand, as grouping (a
 * spreadsheet writes two decimals, not three).
 */
export function numberKey(id: string): string | undefined {
  if (isDigitId(id)) return withoutLeadingZeros(id);
  const grouped = wholeNumber(id, id.length, undefined);
  if (grouped !== undefined) return grouped;
  // A decimal part: a separator and zeros only, at the end.
  let end = id.length;
  while (end > 0 && id.charCodeAt(end - 1) === ZERO) end--;
  const separator = id.charCodeAt(end - 1);
  if (end === id.length || (separator !== 46 && separator !== 44)) return undefined;
  return end > 1 ? (wholeNumber(id, end - 1, separator) ?? digitsOf(id, end - 1)) : undefined;
}

/** `id[0, end)` as digits grouped by three with one separator (never `decimal`), the first group
 *  of one to three digits: its digits without leading zeros, or undefined. */
function wholeNumber(id: string, end: number, decimal: number | undefined): string | undefined {
  let digits = '';
  let group: number | undefined;
  let run = 0;
  for (let i = 0; i < end; i++) {
    const c = id.charCodeAt(i);
    if (isDigit(c)) {
      digits += id[i];
      run++;
      continue;
    }
    if (c === decimal || (group !== undefined && c !== group) || !GROUPING.has(c)) return undefined;
    if (run === 0 || run > 3 || (group !== undefined && run !== 3)) return undefined;
    group = c;
    run = 0;
  }
  return group !== undefined && run === 3 ? withoutLeadingZeros(digits) : undefined;
}

/** `id[0, end)` when it is digits only, without leading zeros. */
function digitsOf(id: string, end: number): string | undefined {
  const whole = id.slice(0, end);
  return isDigitId(whole) ? withoutLeadingZeros(whole) : undefined;
}

/** Thousands separators: comma, full stop, space, no-break spaces (French), apostrophe (Swiss). */
const GROUPING = new Set([44, 46, 32, 0xa0, 0x202f, 39]);

export interface SentDigitAppointment {
  appointmentId: string;
  patientId: string;
  startMs: number;
}

/** Where a patient id was sent under more than one way of writing it (both `000457` and `457`). */
export const SEVERAL = '';

export interface SentDigitIds {
  /** Appointment ids sent that read as a number, by that number (numberKey). */
  appointments: Map<string, SentDigitAppointment[]>;
  /** Patient ids sent that read as a number, as written, by that number (SEVERAL when sent
   *  written in more than one way). */
  patients: Map<string, string>;
}

/** The index of every appointment ever sent (cancelled ones too: their patient is on the portal). */
export function indexDigitIds(sent: Iterable<SentDigitAppointment>): SentDigitIds {
  const out: SentDigitIds = { appointments: new Map(), patients: new Map() };
  for (const s of sent) {
    const key = numberKey(s.appointmentId);
    if (key !== undefined) {
      const list = out.appointments.get(key);
      if (list) list.push(s);
      else out.appointments.set(key, [s]);
    }
    const patientId = s.patientId;
    const patientKey = numberKey(patientId);
    if (patientKey !== undefined) {
      const seen = out.patients.get(patientKey);
      if (seen === undefined) out.patients.set(patientKey, patientId);
      else if (seen !== patientId) out.patients.set(patientKey, SEVERAL);
    }
  }
  return out;
}
