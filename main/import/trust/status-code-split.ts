// A status element that carries a code beside its words (`<Status code="SC">Scheduled</Status>`,
// read as the columns `Status` and `Status@code`: xml-table-reader.ts), or a delimited file's
// `Status Code` beside its `Status` (codeOfTheWords): the words are read as the
// status and the code is read for nothing. Where one status word is written under two codes on
// rows that go as booked (`Scheduled` under `SC` and under `CX`), the codes say something the
// words do not, and with no legend a person could not tell what (`CX`, cancelled? a cervical
// spine's visit type?): the file is held and the question names the words and their codes. The
// answer is the review's: map the code column as the status and answer its codes, or confirm the
// mapping when the codes do not change what the words say. Codes the vocabulary reads as booked
// (`Booked`, `Confirmed`) are two ways of one state and are not asked about.
import type { Doubt } from '../../model/doubt.ts';
import { ownString } from '../own-string.ts';
import { headerWordsAsWritten } from '../map/header-meaning.ts';
import { classifyOutsideStatus } from '../map/status-vocabulary.ts';

export interface StatusCodeColumn {
  header: string;
  index: number;
  statusIndex: number;
}

/** An attribute named as a code of the words (`code`, `cd`, `abbr`, `shortName`, `value`,
 *  `statusCode`), with or without a namespace prefix. Other attributes (`by`, `changedAt`, a row's
 *  own `id`) differ from record to record for other reasons. */
const CODE_ATTRIBUTE =
  /^(?:[\w-]+:)?(?:(?:status)?(?:code|cd)|abbr|abbrev|abbreviation|short|shortname|short_name|key|val|value|mnemonic|symbol)$/i;

/** A status read from inside an element that says it is the status (`status/display` of a
 *  converter's `<status><code>CX</code><display>Scheduled</display></status>`, FHIR's coding
 *  written as XML): that element, whose other code children are the words' codes. */
const STATUS_PARENT = /^(.*(?:^|[/@])[^/@]*(?:status|state)[^/@]*)\/[^/@]+$/i;

/** The code columns of the status element: its attributes (`Status@code`) and code children
 *  (`Status/code`), or the code beside the words inside a status element (`status/code` beside
 *  `status/display`), when the status is read from an element's words. Never another element of
 *  the record (a visit type's `Code`, a procedure code), which differs per row for its own
 *  reasons. */
export function statusCodeColumns(
  headers: readonly string[],
  status: { header: string; index: number } | undefined,
): StatusCodeColumn[] {
  if (!status) return [];
  const owners = [status.header];
  const parent = STATUS_PARENT.exec(status.header)?.[1];
  if (parent) owners.push(parent);
  const out: StatusCodeColumn[] = [];
  const statusWords = wordsOfTheStatus(status.header);
  headers.forEach((header, index) => {
    if (index === status.index) return;
    const owner = owners.find((o) => header.startsWith(`${o}@`) || header.startsWith(`${o}/`));
    const leaf = owner === undefined ? '' : header.slice(owner.length + 1);
    if (
      (owner !== undefined && !/[/@]/.test(leaf) && CODE_ATTRIBUTE.test(leaf)) ||
      codeOfTheWords(header, statusWords)
    )
      out.push({ header, index, statusIndex: status.index });
  });
  return out;
}

/** Words that name a code column of a field (`Status Code`, `StatusCd`, `Status Abbr`). */
const CODE_WORD = /^(?:code|cd|abbr|abbrev|abbreviation|short|symbol|mnemonic)$/;
/** Words that name the words column of a field beside its code (`Status Desc`, `Status Name`). */
const WORDS_WORD = /^(?:desc|descr|description|name|text|display|label|title|word|words)$/;

/** The status header's own words, without one saying it holds the words (`Appt Status Desc` →
 *  appt status). */
function wordsOfTheStatus(header: string): string {
  const words = headerWordsAsWritten(header).map((w) => w.toLowerCase());
  if (words.length > 1 && WORDS_WORD.test(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** A delimited file's code column of the status: the status header's words and a code word
 *  (`Status Code` beside `Status`, `Appt Status Cd` beside `Appt Status Desc`), as a query writes
 *  a coded field and its description side by side. One word under two codes is asked as the XML
 *  attribute's is: `Scheduled` under `S` and under `X` (`X = Cancelled` in the legend) had gone
 *  as booked, the code column read for nothing. */
function codeOfTheWords(header: string, statusWords: string): boolean {
  const words = headerWordsAsWritten(header).map((w) => w.toLowerCase());
  return words.length > 1 && CODE_WORD.test(words.at(-1)!) && words.slice(0, -1).join(' ') === statusWords;
}

/** Distinct status words watched: a status has a few; past this the column is free text. */
const MAX_WORDS = 200;

interface Split {
  word: string;
  first: Written;
  other: Written;
}

/** A code as written (for the question) and as compared. */
interface Written {
  code: string;
  key: string;
  line: number;
}

/** The booked rows' status words and the first code each was written under. */
export class StatusCodeSplits {
  private readonly firstCode = new Map<string, Map<string, Written>>();
  private readonly splits = new Map<string, Split>();

  constructor(private readonly columns: readonly StatusCodeColumn[]) {}

  note(values: readonly string[], line: number): void {
    for (const c of this.columns) {
      const code = (values[c.index] ?? '').trim();
      const word = (values[c.statusIndex] ?? '').trim();
      if (!code || !word) continue;
      let words = this.firstCode.get(c.header);
      if (!words) this.firstCode.set(c.header, (words = new Map()));
      const wordKey = folded(word);
      const key = folded(code);
      const first = words.get(wordKey);
      if (!first) {
        if (words.size < MAX_WORDS)
          words.set(ownString(wordKey), { code: ownString(code), key: ownString(key), line });
        continue;
      }
      if (first.key === key || this.splits.has(c.header) || bothBooked(first.key, key)) continue;
      this.splits.set(c.header, { word, first, other: { code: ownString(code), key, line } });
    }
  }

  doubts(statusColumn: string): Doubt[] {
    return [...this.splits].map(([column, s]) => ({
      kind: 'column',
      check: 'status-code-split',
      field: 'status',
      column,
      message: `the status '${s.word.slice(0, 40)}' is written under two codes in '${column}' ('${s.first.code.slice(0, 20)}' on line ${s.first.line}, '${s.other.code.slice(0, 20)}' on line ${s.other.line}), and the file explains neither: a code may say cancelled where the words say booked`,
      samples: [s.first.code.slice(0, 60), s.other.code.slice(0, 60)],
      question: `What do the codes of '${column}' say? Map '${column}' as the status and answer each code (booked or cancelled); confirm the mapping with '${statusColumn}' only if the codes do not change whether an appointment is booked`,
    }));
  }
}

/** A word or code as compared: one status word written in two cases (`Scheduled`, `scheduled`)
 *  is one word, and `SC` beside `sc` one code; CX under either is still unexplained. */
function folded(v: string): string {
  return v.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Codes that are words (letters only) the vocabulary reads as booked: a colour (`#FF0000`) or a
 *  number is no word, whatever the vocabulary makes of its characters. */
const WORD = /^\p{L}[\p{L} '’-]*$/u;
function bothBooked(a: string, b: string): boolean {
  return (
    WORD.test(a) && WORD.test(b) && classifyOutsideStatus(a) === 'NEW' && classifyOutsideStatus(b) === 'NEW'
  );
}
