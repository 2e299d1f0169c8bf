// Builds one AppointmentData batch AND validates it against our XSD, fast enough for 200,000-row
// exports, without ever accepting a document libxml2 would refuse.
//
// How: the writer's structure is fixed by code and depends only on which optional parts an
// appointment has (its "shape"). The first time a shape appears, the whole batch is validated by
// libxml2; when that passes, the shape is remembered as certified. Every VALUE is checked while
// it is written by predicates compiled from the same XSD (leaf-checks.ts), which may be stricter
// than libxml2 but never looser. A batch whose shapes are all certified and whose values all
// pass is therefore valid; anything else (a new shape, any failed value) goes to libxml2, whose
// verdict and messages are returned. The sending side still runs the full libxml2 validation on
// every document just before it is POSTed (validate-appointment-data.ts).

import type { Appointment } from '../model/appointment.ts';
import type { SenderInfo } from '../model/appointment.ts';
import { appointmentDataSchema } from './appointment-data-schema.ts';
import { writeAppointmentData } from './build-appointment-data.ts';
import type { BuildOptions } from './build-appointment-data.ts';
import { validateAppointmentDataSync } from './validate-appointment-data.ts';
import type { ValidationResult } from './validate-appointment-data.ts';

export interface CheckedBatch {
  xml: string;
  result: ValidationResult;
  /** 'libxml2' when libxml2 validated this document, 'certified' for the fast path. */
  checkedBy: 'libxml2' | 'certified';
}

const certifiedShapes = new Set<string>();

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

/** Forget certified shapes (tests; after the XSD changes). */
export function resetCertifiedShapes(): void {
  certifiedShapes.clear();
}

/**
 * Build one batch (see buildAppointmentData) and validate it. Never throws for bad data:
 * problems come back in `result` exactly as validateAppointmentData reports them.
 */
export function buildCheckedAppointmentData(
  appointments: Appointment[],
  sender: SenderInfo,
  opts: BuildOptions = {},
): CheckedBatch {
  const checks = appointmentDataSchema().leafChecks;
  let valuesOk = true;
  const ids: string[] = [];
  let lastParent = '';
  let parentChecks: Map<string, (v: string) => boolean> | undefined;
  const xml = writeAppointmentData(appointments, sender, opts, (parent, name, value) => {
    if (parent !== lastParent) {
      lastParent = parent;
      parentChecks = checks.get(parent);
    }
    const check = parentChecks?.get(name);
    if (!check || !check(value)) valuesOk = false;
    if (name === 'AppointmentId') ids.push(value.trim());
  });

  let shapesOk = true;
  const shapes: string[] = [];
  for (const a of appointments) {
    const s = appointmentShape(a);
    shapes.push(s);
    if (!certifiedShapes.has(s)) shapesOk = false;
  }
  if (valuesOk && shapesOk) return { xml, result: { ok: true, appointmentIds: ids }, checkedBy: 'certified' };

  const result = validateAppointmentDataSync(xml);
  if (result.ok) for (const s of shapes) certifiedShapes.add(s);
  return { xml, result, checkedBy: 'libxml2' };
}
