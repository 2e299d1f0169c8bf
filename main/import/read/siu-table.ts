// An HL7 v2 file of scheduling (SIU) messages as a table: one row per message, in file order, its
// line the MSH segment's. A feed is a log of changes: one appointment's S12, then S13, then S15
// in one file are the same appointment three times, and the last in file order is its state in
// this file (the earlier ones are counted skips), when the file is in the order the messages were
// sent: a later message stamped older (MSH-7) than an earlier one of the same appointment says
// it is not (a batch sorted by patient or by id), and the appointment is a row error, never the
// state of whichever came last. Only messages of the same patient are folded:
// one id given to two patients still reaches the importer twice, and its id check holds the file.
// A file with no SIU message (an ADT or ORU feed) is refused, as any other interface message.
import fs from 'node:fs/promises';
import { fileError } from './export-file-error.ts';
import { componentOf, hl7Messages, segmentOf, type Hl7Message } from './hl7-messages.ts';
import { MESSAGE_FORMAT_HINT } from './message-formats.ts';
import { withAsciiDigits } from './other-digits.ts';
import { decodeText } from './sniff.ts';
import { placerUnderTwoFillers } from './siu-placer-fillers.ts';
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
  // Other scripts' digits (`٢٠٢٧٠٣٠٢٠٩٣٠`) as ASCII digits, as in a CSV or an HL7 message in XML
  // (other-digits.ts): the time stamps, ids and lengths are then read as any feed's.
  const text = withAsciiDigits(decodeText(bytes.subarray(encoding.bomLength), encoding.encoding));
  return siuTable(hl7Messages(text), base, encoding.encoding, 'an HL7 v2 message');
}

/** The SIU rows of a file's HL7 v2 messages, as text (hl7-messages.ts) or in XML (hl7-xml.ts);
 *  a file with none is refused naming what it is (`what`: `an HL7 v2 message in XML`). */
export function siuTable(
  messages: Hl7Message[],
  base: string,
  encoding: TextEncoding,
  what: string,
): { info: TableInfo; rows: TableRows } {
  if (!messages.some((m) => m.kind === 'SIU')) {
    const type = messages[0]?.type;
    throw fileError(
      base,
      0,
      `this is ${what}${type ? ` (${type})` : ''}, not a table of appointments, and no message in it is a scheduling (SIU) message`,
      MESSAGE_FORMAT_HINT,
    );
  }
  const info: TableInfo = {
    file: base,
    format: 'hl7',
    encoding,
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
    if (statesAppointment(o) && o.id) last.set(o.id, i);
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
  const older = olderThanEarlier(messages, outcomes, last);
  const twoFillers = placerUnderTwoFillers(messages, outcomes);
  return outcomes.map((o, i) => {
    const m = messages[i]!;
    const other = twoFillers.get(i);
    if (other !== undefined) {
      const n = messages[other]!;
      return Object.assign(empty(m), {
        problem: `${messageLabel(m)} (SIU^${m.event}) has the placer appointment id SCH-1 '${placerOf(m)}' that ${messageLabel(n)} (SIU^${n.event}, line ${n.line}) writes under another filler id (SCH-2 '${fillerOf(n)}'): whether they are one appointment (moved, cancelled) or two is not guessed`,
        problemHint:
          'Check in the scheduling system which appointment the placer id belongs to; have the interface keep one filler id (SCH-2) per appointment, then send the messages again',
        problemAt: { column: 'SCH-2', value: fillerOf(m) },
      });
    }
    if (o.kind === 'skip') return Object.assign(empty(m), { skip: o.reason });
    if (o.kind === 'error')
      return Object.assign(empty(m), {
        problem: o.message,
        problemHint: o.hint,
        problemAt: { column: o.column, value: o.value },
      });
    const later = replacedBy(o, outcomes, last.get(o.id) ?? i);
    const before = older.get(i);
    if (later === i && before !== undefined) {
      const n = messages[before]!;
      return Object.assign(empty(m), {
        problem: `${messageLabel(m)} (SIU^${m.event}) is the appointment's last message in this file but was sent before ${messageLabel(n)} (SIU^${n.event}, line ${n.line}, MSH-7 '${sentAt(n)}'): the file is not in the order the messages were sent, so which one is the appointment's state is not guessed`,
        problemHint:
          'Export the messages in the order they were sent (oldest first, as the interface sent them), then import the file again',
        problemAt: { column: 'MSH-7', value: sentAt(m) },
      });
    }
    if (later === undefined || later === i)
      return Object.assign(new Row(m.line, o.values, headers), { origin: messageLabel(m) });
    const n = messages[later]!;
    const unread =
      outcomes[later]!.kind === 'error' || older.has(later)
        ? ', which cannot be read (see its row error)'
        : outcomes[later]!.kind === 'skip'
          ? ', which says it is not booked yet'
          : '';
    return Object.assign(empty(m), {
      skip: `${messageLabel(m)} (SIU^${m.event}) is replaced by ${messageLabel(n)} (SIU^${n.event}, line ${n.line}), the appointment's last message in this file${unread}`,
    });
  });
}

const placerOf = (m: Hl7Message): string => componentOf(m, segmentOf(m, 'SCH'), 1);
const fillerOf = (m: Hl7Message): string => componentOf(m, segmentOf(m, 'SCH'), 2);

/** MSH-7, the time the message was made, as written (`20270301080000-0600`). */
function sentAt(m: Hl7Message): string {
  return componentOf(m, m.segments[0], 7);
}

/** MSH-7 as a number that orders messages (UTC when it has an offset, its own clock when not);
 *  undefined when absent or not a time stamp. */
function sentOrder(m: Hl7Message): number | undefined {
  const ts = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?(?:([+-])(\d{2})(\d{2}))?$/.exec(
    sentAt(m),
  );
  if (!ts) return undefined;
  const n = (k: number, d = 0): number => (ts[k] ? Number(ts[k]) : d);
  const shift = ts[7] ? (ts[7] === '-' ? 1 : -1) * (n(8) * 60 + n(9)) : 0;
  return Date.UTC(n(1), n(2, 1) - 1, n(3, 1), n(4), n(5) + shift, n(6));
}

/**
 * For each appointment's last message (by `last`), an earlier message of the same appointment
 * and patient (those folded into it) stamped later (MSH-7) than it, if any: the earlier one's index. Messages without a readable
 * MSH-7 say nothing about the order. One pass over the file.
 */
function olderThanEarlier(
  messages: readonly Hl7Message[],
  outcomes: readonly SiuOutcome[],
  last: ReadonlyMap<string, number>,
): Map<number, number> {
  const newest = new Map<string, { at: number; index: number }>();
  const found = new Map<number, number>();
  outcomes.forEach((o, i) => {
    if (!statesAppointment(o) || !o.id) return;
    const at = sentOrder(messages[i]!);
    if (at === undefined) return;
    const key = `${o.id}\u0000${o.who ?? ''}`;
    const seen = newest.get(key);
    if (last.get(o.id) === i && seen && seen.at > at) found.set(i, seen.index);
    if (!seen || at > seen.at) newest.set(key, { at, index: i });
  });
  return found;
}

/** The index of the message that states this appointment last, when it is of the same patient. */
function replacedBy(
  o: Extract<SiuOutcome, { kind: 'row' }>,
  outcomes: readonly SiuOutcome[],
  lastIndex: number,
): number | undefined {
  const lastOne = outcomes[lastIndex];
  return lastOne && statesAppointment(lastOne) && lastOne.who === o.who ? lastIndex : undefined;
}

/** Whether a message says what the appointment's state is: a row, a row error (unread, it still
 *  may be a cancellation), or a skip saying it is not booked yet (SCH-25 Pending). */
function statesAppointment(o: SiuOutcome): boolean {
  return o.kind !== 'skip' || o.states === true;
}
