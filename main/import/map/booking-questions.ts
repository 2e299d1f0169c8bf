// A booking page's intake questions exported as pairs (Calendly: `Question 1` = "Patient's name"
// on every row, `Response 1` = the answer). The answer column's header says nothing; the question
// its rows answer is its real header.
import { headerConcepts } from './header-meaning.ts';

const QUESTION_WORDS = ['question', 'frage', 'pregunta'];
const ANSWER_WORDS = ['response', 'answer', 'antwort', 'respuesta', 'reponse'];

/** The concepts of each answer column (by index), read from the question beside it when that
 *  question is the same on every row that asks one. */
export function answerConcepts(
  concepts: ReadonlyArray<ReadonlySet<string>>,
  rows: ReadonlyArray<readonly string[]>,
): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (let j = 0; j + 1 < concepts.length; j++) {
    if (!QUESTION_WORDS.some((w) => concepts[j]!.has(w))) continue;
    if (!ANSWER_WORDS.some((w) => concepts[j + 1]!.has(w))) continue;
    const asked = new Set(rows.map((r) => (r[j] ?? '').trim()).filter(Boolean));
    if (asked.size === 1) out.set(j + 1, headerConcepts([...asked][0]!));
  }
  return out;
}
