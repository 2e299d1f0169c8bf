// An SIU appointment's resources (the service AIS, a general resource AIG, the location AIL, a
// person AIP) are each booked for a span of the appointment: a room may be needed from its second
// half, an anaesthetist a few minutes before the case begins (AIP 07:55 for 135 minutes beside a
// case at 08:00). A resource whose own booking is over before the appointment's start is no part
// of that appointment: the message gives two times. Real senders do this: Xplore (a French RIS)
// writes its status change's own time in SCH-11 (equal to MSH-7, 15:48) and the exam's booking in
// AIS-4 (08:15 for 35 minutes); reading SCH-11 would send the visit seven hours late.

import { componentOf, type Hl7Message } from './hl7-messages.ts';

/** DTM (v2.5) or TS-1 (v2.3), read to the day at least: YYYYMMDD[HH[MM[SS[.S+]]]][+/-ZZZZ]. */
export const DTM = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})?(?:(\d{2})(?:\.\d{1,4})?)?)?([+-]\d{4})?$/;

/** A DTM read to the minute as a number that orders it: UTC minutes when it has an offset. */
export function minuteOf(d: RegExpExecArray): number {
  const shift = d[7]
    ? (d[7][0] === '-' ? 1 : -1) * (Number(d[7].slice(1, 3)) * 60 + Number(d[7].slice(3)))
    : 0;
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(d[4]), Number(d[5]) + shift) / 60000;
}

/** A DTM's wall clock to the minute, its offset (if any) left aside. */
function wallMinuteOf(d: RegExpExecArray): number {
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(d[4]), Number(d[5])) / 60000;
}

/** Each resource segment's start, length and length units (v2.3-v2.5.1 field numbers). */
const RESOURCES: ReadonlyArray<[segment: string, start: number, length: number, units: number]> = [
  ['AIS', 4, 7, 8],
  ['AIG', 8, 11, 12],
  ['AIL', 6, 9, 10],
  ['AIP', 6, 9, 10],
];

/** Minutes in one unit of a duration's units (CE/CNE, first component). The standard's default,
 *  when the units are not written, is minutes; units not known here give no length. */
function unitMinutes(units: string): number | undefined {
  const u = units.trim().toUpperCase();
  if (u === '' || /^M(IN|INS|INUTES?)?$/.test(u)) return 1;
  if (/^H(R|RS|OURS?)?$/.test(u)) return 60;
  if (/^S(EC|ECS|ECONDS?)?$/.test(u)) return 1 / 60;
  if (/^D(AYS?)?$/.test(u)) return 1440;
  return undefined;
}

function lengthOf(amount: string, units: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(amount.trim())) return undefined;
  const per = unitMinutes(units);
  return per === undefined ? undefined : Number(amount) * per;
}

export interface ResourceReading {
  where: string;
  value: string;
  minutes: number;
  /** The resource begins after the appointment is over (its start plus SCH-9 or SCH-11.3), not
   *  before it begins. */
  after?: true;
}

/**
 * The first resource of the message whose booking ends before `start`, or begins after the
 * appointment's end (`start` plus SCH-9/10 or SCH-11.3, the longer) (the appointment's own start,
 * TQ1-7 or SCH-11.4) begins. Its length is its own (AIS-7/8, AIG-11/12, AIL-9/10, AIP-9/10), else
 * the appointment's (SCH-9/10), else none: a resource starting earlier with no length written
 * anywhere cannot be shown to be part of the appointment, so it disagrees too. Where only one of
 * the two has an offset, their wall clocks are compared (a sender writes both in its own time: an
 * offset on SCH-11's 15:48 and none on AIS-4's 08:15 was let through and sent at 15:48); this only
 * turns sends into row errors.
 */
export function resourceOverBefore(m: Hl7Message, start: RegExpExecArray): ResourceReading | undefined {
  const instant = minuteOf(start);
  const wall = wallMinuteOf(start);
  const sch = m.segments.find((s) => s.name === 'SCH');
  const appointmentLength = lengthOf(componentOf(m, sch, 9), componentOf(m, sch, 10));
  // The longest the appointment is said to last (SCH-9/10, or the TQ's own duration SCH-11.3 in
  // minutes): a resource is only found after it where it begins after even that.
  const longest = Math.max(appointmentLength ?? 0, lengthOf(componentOf(m, sch, 11, 3), '') ?? 0);
  for (const seg of m.segments) {
    const spec = RESOURCES.find(([name]) => name === seg.name);
    if (!spec) continue;
    const [, startField, lengthField, unitsField] = spec;
    const value = componentOf(m, seg, startField);
    const d = DTM.exec(value);
    if (!d?.[5]) continue;
    const both = !d[7] === !start[7];
    const begins = both ? instant : wall;
    const length =
      lengthOf(componentOf(m, seg, lengthField), componentOf(m, seg, unitsField)) ?? appointmentLength ?? 0;
    const minutes = both ? minuteOf(d) : wallMinuteOf(d);
    if (minutes + length < begins) return { where: `${seg.name}-${startField}`, value, minutes: length };
    // Nor is a resource booked from when the appointment is over (the change's time in SCH-11 at
    // 09:00 for 30 minutes, the exam's AIS-4 at 15:00 or the next morning): a room needed for the
    // second half starts within it, and one from the minute it ends (recovery) is let be. Only
    // where the appointment's length is written (SCH-9/10 or SCH-11.3).
    if (longest > 0 && minutes > begins + longest)
      return { where: `${seg.name}-${startField}`, value, minutes: length, after: true };
  }
  return undefined;
}
