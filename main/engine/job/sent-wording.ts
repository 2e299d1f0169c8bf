// A visit's words written another way are no change to it. One report prints `Lee, Anna MD`,
// `Follow Up` and `Main St Clinic`; the next report of the same system, or the same one saved
// again, prints `Dr. Anna Lee`, `FOLLOW UP`, `MAIN ST. CLINIC`: the visits are the same, yet every
// one of them went again as an UPDATE for nothing (and the portal's words changed case with
// whichever report ran last). An appointment about to be sent as an UPDATE keeps what was sent for
// its id where the file's words say the same:
// - the type, description, reason and location: the same words, whatever their case, accents,
//   spacing and punctuation (`Main St. Clinic`, `MAIN ST CLINIC`), signs that carry the meaning
//   (`Rh+`, `> 9`) kept as words;
// - the provider: the same id, and the same name but for capitals, accents and spacing, or the same name's
//   parts (provider-name.ts providerNameKey, accents left out) and credentials that do not disagree (one's are among the other's: `MD` and none
//   agree; `MD` and `DO` do not, and that correction still goes).
// A word that changed, another provider, or anything else that changed still goes.
import type { Appointment, Participant } from '../../model/appointment.ts';
import { parseProviderName, providerNameKey } from '../../import/map/provider-name.ts';
import { withVisitWords } from '../../changes/kept-details.ts';
import { plainWords } from '../../changes/fingerprint.ts';
import { withoutAccents } from '../../import/map/accent-marks.ts';

/** `a` with the words sent for its id where its own say the same (the same object when none). */
export function withSentWording(a: Appointment, sent: Appointment): Appointment {
  const type = sameWords(sent.type, a.type) ? sent.type : a.type;
  const description = sameWords(sent.description, a.description) ? sent.description : a.description;
  const location = sameWords(sent.location, a.location) ? sent.location : a.location;
  const reason = a.reason && sent.reason && sameWords(sent.reason, a.reason) ? sent.reason : a.reason;
  const participant = sameProviderReworded(sent.participant, a.participant)
    ? sent.participant
    : a.participant;
  return withVisitWords(a, { type, description, reason, location, participant });
}

/** Whether `now` is `sent`'s provider with the name written another way (not the same text). */
export function sameProviderReworded(sent: Participant, now: Participant): boolean {
  if (sent.providerName === now.providerName || sent.identifier !== now.identifier) return false;
  // Only the capitals, accents or spacing differ: the same name, also where its parts read otherwise
  // (`ANNA Lee, MD` from `Lee, ANNA MD`, capitals taken for the family name).
  if (plainWords(sent.providerName) === plainWords(now.providerName)) return true;
  const key = unaccented(providerNameKey(sent.providerName));
  if (!key || key !== unaccented(providerNameKey(now.providerName))) return false;
  const a = credentials(sent.providerName);
  const b = credentials(now.providerName);
  return a.every((c) => b.includes(c)) || b.every((c) => a.includes(c));
}

const credentials = (name: string) =>
  parseProviderName(name).credentials.map((c) => c.replace(/\./g, '').toUpperCase());

// The words: letters and digits in lower case, accents left out (`Clínica San José` and an
// ASCII-only report's `Clinica San Jose` are one place). Signs that are the meaning are words too:
// `+`, `<`, `>` and a minus closing a word or opening a number (`Rh+` → `Rh-`, `A1C > 9` →
// `A1C < 9` are real changes); a hyphen between two words or digits (`Follow-up`, `COVID-19`) is not.
// A word's marks left after the accents are off (a vowel sign, a voicing mark) are part of it.
const WORD =
  /[\p{L}\p{M}\p{N}]+|[+<>]|(?<=[\p{L}\p{M}\p{N}])-(?![\p{L}\p{N}])|(?<![\p{L}\p{M}\p{N}])-(?=\p{N})/gu;

// Accents only: a vowel sign or a kana voicing mark is a letter of the word (accent-marks.ts).
const unaccented = withoutAccents;

/** The words of `s`, one space between them. */
const words = (s: string) => unaccented(s).toLowerCase().match(WORD)?.join(' ') ?? '';
const sameWords = (sent: string, now: string) =>
  sent !== now && words(sent) !== '' && words(sent) === words(now);
