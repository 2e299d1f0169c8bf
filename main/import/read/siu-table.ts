// An HL7 v2 file of scheduling (SIU) messages as a table: one row per message, in file order, its
// line the MSH segment's. A feed is a log of changes: one appointment's S12, then S13, then S15
// in one file are the same appointment three times, and the last in file order is its state in
// this file (the earlier ones are counted skips). Only messages of the same patient are folded:
// one id given to two patients still reaches the importer twice, and its id check holds the file.
// A file with no SIU message (an ADT or ORU feed) is refused, as any other interface message.
import fs from 'node:fs/promises';
import { fileError } from './export-file-error.ts';
import { hl7Messages, type Hl7Message } from './hl7-messages.ts';
import { MESSAGE_FORMAT_HINT } from './message-formats.ts';
import { decodeText } from './sniff.ts';
import { messageLabel, SIU_HEADERS, siuOutcome, type SiuOutcome } from './siu-rows.ts';
import { Row } from './table-row.ts';
import { tableRowsOf, type TableRows } from './table-rows.ts';
import type { TableInfo, TextEncoding } from './table-types.ts';

/** Read the whole file (a feed's last message decides every earlier one) as SIU rows. */
export async function openSiuTable(
  file: string,
  base: string,
  encoding: { encoding: TextEncoding; bomLength: number },
): Promise<{ info: TableInfo; rows: TableRows }> {
  const bytes = await fs.readFile(file);
  const text = decodeText(bytes.subarray(encoding.bomLength), encoding.encoding);
  const messages = hl7Messages(text);
  if (!messages.some((m) => m.kind === 'SIU')) {
    const type = messages[0]?.type;
    throw fileError(
      base,
      0,
      `this is an HL7 v2 message${type ? ` (${type})` : ''}, not a table of appointments, and no message in it is a scheduling (SIU) message`,
      MESSAGE_FORMAT_HINT,
    );
  }
  const info: TableInfo = {
    file: base,
    format: 'hl7',
    encoding: encoding.encoding,
    headerLine: 0,
    headers: [...SIU_HEADERS],
    titleLines: [],
    furnitureLines: [],
    preset: 'hl7-siu',
  };
  return { info, rows: tableRowsOf(siuRows(messages, info.headers)) };
}

/** Each message as a row, a skip or a row error; a message a later one of the same appointment
 *  and patient replaces is a skip naming that later one. */
export function siuRows(messages: readonly Hl7Message[], headers: readonly string[]): Row[] {
  const outcomes = messages.map((m) => siuOutcome(m));
  const last = new Map<string, number>();
  outcomes.forEach((o, i) => {
    if (o.kind !== 'skip' && o.id) last.set(o.id, i);
  });
  // Rows that are skipped or in error carry no cells: the sample checks (is the id column an id?)
  // must not count a replaced message as a second appointment.
  const empty = (m: Hl7Message): Row =>
    Object.assign(
      new Row(
        m.line,
        headers.map(() => ''),
        headers,
      ),
      { origin: messageLabel(m) },
    );
  return outcomes.map((o, i) => {
    const m = messages[i]!;
    if (o.kind === 'skip') return Object.assign(empty(m), { skip: o.reason });
    if (o.kind === 'error')
      return Object.assign(empty(m), {
        problem: o.message,
        problemHint: o.hint,
        problemAt: { column: o.column, value: o.value },
      });
    const later = replacedBy(o, outcomes, last.get(o.id) ?? i);
    if (later === undefined || later === i)
      return Object.assign(new Row(m.line, o.values, headers), { origin: messageLabel(m) });
    const n = messages[later]!;
    const unread = outcomes[later]!.kind === 'error' ? ', which cannot be read (see its row error)' : '';
    return Object.assign(empty(m), {
      skip: `${messageLabel(m)} (SIU^${m.event}) is replaced by ${messageLabel(n)} (SIU^${n.event}, line ${n.line}), the appointment's last message in this file${unread}`,
    });
  });
}

/** The index of the message that states this appointment last, when it is of the same patient. */
function replacedBy(
  o: Extract<SiuOutcome, { kind: 'row' }>,
  outcomes: readonly SiuOutcome[],
  lastIndex: number,
): number | undefined {
  const lastOne = outcomes[lastIndex];
  return lastOne && lastOne.kind !== 'skip' && lastOne.who === o.who ? lastIndex : undefined;
}
