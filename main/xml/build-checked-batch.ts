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
// This is the synchronous form, libxml2 loaded with the module; `convert` uses batch-checker.ts,
// the same rule with libxml2 loaded only when a batch needs it and certified shapes kept
// across runs.

import type { Appointment } from '../model/appointment.ts';
import type { SenderInfo } from '../model/appointment.ts';
import { appointmentDataSchema } from './appointment-data-schema.ts';
import type { BuildOptions } from './build-appointment-data.ts';
import { certifiedBatch, validatedBatch, writeWithValueChecks, type CheckedBatch } from './checked-writer.ts';
import { validateAppointmentDataSync } from './validate-appointment-data.ts';

export { appointmentShape, type CheckedBatch } from './checked-writer.ts';

const certifiedShapes = new Set<string>();

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
  const w = writeWithValueChecks(appointments, sender, opts, appointmentDataSchema().leafChecks);
  return (
    certifiedBatch(w, certifiedShapes) ??
    validatedBatch(w, certifiedShapes, (xml) => validateAppointmentDataSync(xml)).batch
  );
}
