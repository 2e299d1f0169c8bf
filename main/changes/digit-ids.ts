// Ids made of digits only, as sent, keyed by their value without leading zeros. A spreadsheet that
// opens an export reads `0048121` as the number 48121 and saves it so: the same appointment (and
// patient) then comes back under another id, and would go to the portal a second time. The index
// lets the engine see that an id new as written was sent before with other leading zeros.

const ZERO = 48;
const isDigit = (c: number) => c >= 48 && c <= 57;

// Character loops, not regular expressions: the index reads every id the ledger holds, once per
// reading of a file that sends NEW appointments.

/** An id a spreadsheet would read as a number (and lose its leading zeros). */
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

export interface SentDigitAppointment {
  appointmentId: string;
  patientId: string;
  startMs: number;
}

/** Where a patient id was sent under more than one way of writing it (both `000457` and `457`). */
export const SEVERAL = '';

export interface SentDigitIds {
  /** Digit-only appointment ids sent, by their digits without leading zeros. */
  appointments: Map<string, SentDigitAppointment[]>;
  /** Digit-only patient ids sent, as written, by their digits without leading zeros (SEVERAL
   *  when sent written in more than one way). */
  patients: Map<string, string>;
}

/** The index of every appointment ever sent (cancelled ones too: their patient is on the portal). */
export function indexDigitIds(sent: Iterable<SentDigitAppointment>): SentDigitIds {
  const out: SentDigitIds = { appointments: new Map(), patients: new Map() };
  for (const s of sent) {
    if (isDigitId(s.appointmentId)) {
      const key = withoutLeadingZeros(s.appointmentId);
      const list = out.appointments.get(key);
      if (list) list.push(s);
      else out.appointments.set(key, [s]);
    }
    const patientId = s.patientId;
    if (isDigitId(patientId)) {
      const key = withoutLeadingZeros(patientId);
      const seen = out.patients.get(key);
      if (seen === undefined) out.patients.set(key, patientId);
      else if (seen !== patientId) out.patients.set(key, SEVERAL);
    }
  }
  return out;
}
