// A status element that carries a code beside its words (`<Status code="SC">Scheduled</Status>`,
// read as the columns `Status` and `Status@code`: xml-table-reader.ts): the words are read as the
// status and the code is read for nothing. Where one status word is written under two codes on
// rows that go as booked (`Scheduled` under `SC` and under `CX`), the codes say something the
// words do not, and with no legend a person could not tell what (`CX`, cancelled? a cervical
// spine's visit type?): the file is held and the question names the words and their codes. The
// answer is the review's: map the code column as the status and answer its codes, or confirm the
// mapping when the codes do not change what the words say. Codes the vocabulary reads as booked
// (`Booked`, `Confirmed`) are two ways of one state and are not asked about.
import type { Doubt } from '../../model/doubt.ts';
import { ownString } from '../own-string.ts';
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

/** The code attribute columns of the status element (`Status@code`), when the status is read from
 *  an element's words. */
export function statusCodeColumns(
  headers: readonly string[],
  status: { header: string; index: number } | undefined,
): StatusCodeColumn[] {
  if (!status) return [];
  const prefix = `${status.header}@`;
  const out: StatusCodeColumn[] = [];
  headers.forEach((header, index) => {
    if (header.startsWith(prefix) && CODE_ATTRIBUTE.test(header.slice(prefix.length)))
      out.push({ header, index, statusIndex: status.index });
  });
  return out;
}

/** Distinct status words watched: a status has a few; past this the column is free text. */
const MAX_WORDS = 200;

interface Split {
  word: string;
  first: { code: string; line: number };
  other: { code: string; line: number };
}

/** The booked rows' status words and the first code each was written under. */
export class StatusCodeSplits {
  private readonly firstCode = new Map<string, Map<string, { code: string; line: number }>>();
  private readonly splits = new Map<string, Split>();

  constructor(private readonly columns: readonly StatusCodeColumn[]) {}

  note(values: readonly string[], line: number): void {
    for (const c of this.columns) {
      const code = (values[c.index] ?? '').trim();
      const word = (values[c.statusIndex] ?? '').trim();
      if (!code || !word) continue;
      let words = this.firstCode.get(c.header);
      if (!words) this.firstCode.set(c.header, (words = new Map()));
      const first = words.get(word);
      if (!first) {
        if (words.size < MAX_WORDS) words.set(ownString(word), { code: ownString(code), line });
        continue;
      }
      if (first.code === code || this.splits.has(c.header) || bothBooked(first.code, code)) continue;
      this.splits.set(c.header, { word, first, other: { code: ownString(code), line } });
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

function bothBooked(a: string, b: string): boolean {
  return classifyOutsideStatus(a) === 'NEW' && classifyOutsideStatus(b) === 'NEW';
}
