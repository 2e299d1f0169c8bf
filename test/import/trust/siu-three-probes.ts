// The three appointments of the SIU red teams (57r1, 58d) as HL7 v2 SIU^S12 messages: Hollis, Obi
// and Lindqvist (three-row-probes.ts), each message's start written in SCH-11.4 and TQ1-7 with or
// without an offset, as a sender on another clock than the practice's writes them.
export interface Msg {
  family: string;
  given: string;
  pid: string;
  appt: string;
  /** Local wall clock `YYYYMMDDHHMM`. */
  at: string;
  /** SCH-11's offset ('' none); null leaves the start out of SCH-11. */
  sch?: string | null;
  /** TQ1-7's offset; null leaves TQ1 out. */
  tq1?: string | null;
  /** MSH-7's offset. */
  msh?: string;
}
function siu(m: Msg, n: number): string[] {
  const sch11 = m.sch === null ? '' : `^^30^${m.at}${m.sch ?? ''}`;
  return [
    `MSH|^~\\&|ACME|CLINIC|PORTAL|MEDFUSION|20270301120${n}00${m.msh ?? ''}||SIU^S12^SIU_S12|MSG${n}|P|2.5.1`,
    `SCH|${m.appt}^ACME|${m.appt}^ACME|||||ROUTINE^Routine|OFFICE^Office visit|30|min|${sch11}||||||||||||||Booked`,
    ...(m.tq1 === null || m.tq1 === undefined ? [] : [`TQ1|1||||||${m.at}${m.tq1}`]),
    `PID|1||${m.pid}^^^CLINIC^MR||${m.family.toUpperCase()}^${m.given.toUpperCase()}||19700602|F`,
    'RGS|1|A',
    'AIL|1|A|MAIN^^^CLINIC',
    'AIP|1|A|5501^PATEL^NINA^^^^MD|ATT',
  ];
}
export const H = { family: 'Hollis', given: 'Grace', pid: '100415', appt: '88101' };
export const O = { family: 'Obi', given: 'Adaeze', pid: '100871', appt: '88102' };
export const L = { family: 'Lindqvist', given: 'Sven', pid: '100954', appt: '88103' };
export const hl7 = (...ms: Msg[]): string => ms.flatMap((m, i) => siu(m, i + 1)).join('\r') + '\r';
