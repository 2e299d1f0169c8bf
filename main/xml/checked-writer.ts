// The libxml2-free half of building a checked batch: write the document while every value is
// checked by the XSD's compiled leaf predicates (leaf-checks.ts), and name each appointment's
// shape (which optional parts it has). Both batch builders use it: build-checked-batch.ts
// (synchronous, libxml2 loaded with it) and batch-checker.ts (libxml2 loaded only when needed).
import type { Appointment, SenderInfo } from '../model/appointment.ts';
import { LEAF, LEAVES, writeAppointmentData } from './build-appointment-data.ts';
import type { BuildOptions } from './build-appointment-data.ts';
import type { LeafCheck, LeafChecks } from './leaf-checks.ts';
import type { ValidationResult } from './validate-appointment-data.ts';

export type { LeafChecks } from './leaf-checks.ts';

/** Which optional parts the writer will emit for `a`; equal shapes give equal element structure. */
export function appointmentShape(a: Appointment): string {
  const p = a.patient;
  let s = `${a.reason ? 'R' : ''}${a.appointmentAddress ? 'A' : ''}${p.address ? 'P' : ''}`;
  if (p.insurance && p.insurance.length > 0) {
    s += 'I';
    for (const i of p.insurance) {
      s +=
        (i.status !== undefined ? 1 : 0) +
        (i.groupNumber !== undefined ? 2 : 0) +
        (i.memberId !== undefined ? 4 : 0);
    }
  }
  return `${s}${a.copayment ? 'C' : ''}${a.balance ? 'B' : ''}`;
}

/** Every string appointmentShape can return (the cache of certified shapes admits no other). */
export const SHAPE_FORM = /^R?A?P?(?:I[0-7]+)?C?B?$/;

export interface WrittenBatch {
  xml: string;
  /** Every value passed its leaf predicate (and every leaf had one). */
  valuesOk: boolean;
  /** AppointmentIds as written, trimmed, in document order. */
  ids: string[];
  shapes: string[];
}

const refuse: LeafCheck = () => false;

/** `checks` as one predicate per index of LEAVES (a leaf with no rule refuses, so libxml2
 *  decides), made once per set of checks. */
const checksByLeaf = new WeakMap<LeafChecks, LeafCheck[]>();
function leafTable(checks: LeafChecks): LeafCheck[] {
  let table = checksByLeaf.get(checks);
  if (!table) {
    table = LEAVES.map(([parent, name]) => checks.get(parent)?.get(name) ?? refuse);
    checksByLeaf.set(checks, table);
  }
  return table;
}

/** Write one batch, checking each value against `checks` as it is written. */
export function writeWithValueChecks(
  appointments: Appointment[],
  sender: SenderInfo,
  opts: BuildOptions,
  checks: LeafChecks,
): WrittenBatch {
  let valuesOk = true;
  const ids: string[] = [];
  const table = leafTable(checks);
  const xml = writeAppointmentData(appointments, sender, opts, (leaf, value) => {
    if (!table[leaf]!(value)) valuesOk = false;
    if (leaf === LEAF.appointmentId) ids.push(value.trim());
  });
  // A loop, not .map: once its caller is optimised, an inlined .map returns arrays of another
  // elements kind than the interpreter's, and every function that had seen the first kind was
  // deoptimised and compiled again (--trace-deopt: 'wrong map' in certifiedBatch).
  const shapes: string[] = [];
  for (const a of appointments) shapes.push(appointmentShape(a));
  return { xml, valuesOk, ids, shapes };
}

export interface CheckedBatch {
  xml: string;
  result: ValidationResult;
  /** 'libxml2' when libxml2 validated this document, 'certified' for the fast path. */
  checkedBy: 'libxml2' | 'certified';
}

/**
 * The rule both batch builders follow, first half: a written batch whose values all passed and
 * whose shapes are all certified is valid as it is. Anything else goes to validatedBatch.
 */
export function certifiedBatch(w: WrittenBatch, certified: ReadonlySet<string>): CheckedBatch | undefined {
  if (!w.valuesOk || !w.shapes.every((s) => certified.has(s))) return undefined;
  return { xml: w.xml, result: { ok: true, appointmentIds: w.ids }, checkedBy: 'certified' };
}

/** Second half: libxml2 (`validate`) decides, and the shapes of a batch it accepts become
 *  certified; `learnt` says whether one was new. */
export function validatedBatch(
  w: WrittenBatch,
  certified: Set<string>,
  validate: (xml: string) => ValidationResult,
): { batch: CheckedBatch; learnt: boolean } {
  const result = validate(w.xml);
  let learnt = false;
  if (result.ok)
    for (const s of w.shapes)
      if (!certified.has(s)) {
        certified.add(s);
        learnt = true;
      }
  return { batch: { xml: w.xml, result, checkedBy: 'libxml2' }, learnt };
}
