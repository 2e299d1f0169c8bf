// A type, reason or description column whose values are text written for each appointment (the
// front desk's or the clinician's words, a calendar event's subject), not a kind of visit chosen
// from a list. A calendar export's `Subject` or `Description`, SimplePractice's `Details`, a
// booking page's "Reason for visit" typed by the patient: `Smith J - f/u depression, pt anxious
// about meds` had gone to the portal as the appointment's description, where the patient, and a
// parent or carer with proxy access, reads it. A kind of visit is a short name from the practice's
// list (`Follow-up`, `New Patient 60 min`, `Hygiene - Adult Prophy`) that rows repeat; a note is a
// sentence, or a text of its own on nearly every row. Such a column is left out (the appointments
// go with the type column beside it, else `APPOINTMENT`): a missing label costs the patient
// nothing, a clinical note on the portal is a breach. It is still read for a cancellation in words
// (cancel-text-columns.ts), as any column besides the mapped ones is.

/** Words (with a letter) from which a value is a sentence, not a visit's name. */
const SENTENCE_WORDS = 6;
/** Characters from which a value is a text, not a name from a list. */
const TEXT_LENGTH = 60;
/** Values from which a column that repeats almost none of them is read by how many differ. */
const MANY = 20;
/** The share of distinct values of such a column from which it is written per appointment. */
const MOSTLY_DISTINCT = 0.9;

/** A value that reads as a sentence: six words or more, more than sixty characters, or a
 *  sentence's punctuation (`;`, `?`, `!`) that no list of visit kinds uses. */
export function readsAsNote(value: string): boolean {
  const v = value.trim();
  if (!v) return false;
  if (v.length > TEXT_LENGTH || /[;?!]/.test(v)) return true;
  return v.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= SENTENCE_WORDS;
}

/** Whether a column's values are notes written per appointment (see above): one value that
 *  reads as a sentence, or, over many rows, nine values in ten that no other row repeats. */
export function notesColumn(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  if (filled.some(readsAsNote)) return true;
  return (
    filled.length >= MANY &&
    new Set(filled.map((v) => v.toLowerCase())).size >= MOSTLY_DISTINCT * filled.length
  );
}
