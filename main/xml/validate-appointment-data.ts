// Validates an AppointmentData v1 document against our XSD with the real libxml2 (wasm).
// Every document we send, and every AppointmentData file we receive for pass-through, goes
// through here. Never throws for a bad document: security refusals, syntax errors and schema
// violations all come back as readable problems naming the appointment and the element.

import { XmlValidateError } from 'libxml2-wasm';
import { appointmentDataSchema } from './appointment-data-schema.ts';
import { describeSchemaError } from './schema-problem.ts';
import { XmlSecurityError, XmlSyntaxError, childElements, parseXmlSafely, textOf } from './safe-xml.ts';
import type { XmlDocument } from './safe-xml.ts';
import type { XmlProblem } from './xml-problem.ts';

export { APPOINTMENT_DATA_NS, getAppointmentDataXsd } from './appointment-data-schema.ts';
export { formatXmlProblem } from './xml-problem.ts';
export type { XmlProblem } from './xml-problem.ts';

export type ValidationResult = { ok: true; appointmentIds: string[] } | { ok: false; problems: XmlProblem[] };

export interface ValidateOptions {
  /** Shown in problems about the whole file (security, syntax). */
  fileName?: string;
}

function parseOrProblem(xml: string, fileName: string): XmlDocument | XmlProblem {
  try {
    return parseXmlSafely(xml, fileName);
  } catch (e) {
    if (e instanceof XmlSecurityError) {
      return { line: e.line, element: e.construct, message: e.reason, hint: e.hint };
    }
    if (e instanceof XmlSyntaxError) {
      return {
        line: e.line,
        message: `not well-formed XML: ${e.libxmlMessage}`,
        hint: XmlSyntaxError.hint,
        raw: e.libxmlMessage,
      };
    }
    throw e;
  }
}

/**
 * Synchronous core of {@link validateAppointmentData} (for tight loops such as batch building);
 * same result, same guarantees.
 */
export function validateAppointmentDataSync(xml: string, opts: ValidateOptions = {}): ValidationResult {
  const fileName = opts.fileName ?? 'AppointmentData';
  const schema = appointmentDataSchema();
  const parsed = parseOrProblem(xml, fileName);
  if (!('dispose' in parsed)) return { ok: false, problems: [parsed] };
  const doc = parsed;
  try {
    try {
      schema.validator.validate(doc);
    } catch (e) {
      if (!(e instanceof XmlValidateError)) throw e;
      const ctx = { root: doc.root, childOrder: schema.childOrder };
      const seen = new Set<string>();
      const problems: XmlProblem[] = [];
      // libxml2 reports some values twice (minLength and pattern for ''): keep the first.
      for (const detail of e.details) {
        const { key, ...p } = describeSchemaError(detail, ctx);
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(p);
      }
      return { ok: false, problems };
    }
    const appointmentIds = childElements(doc.root, 'Appointments').map(
      (a) => textOf(a, 'AppointmentId') ?? '',
    );
    return { ok: true, appointmentIds };
  } finally {
    doc.dispose();
  }
}

/**
 * Validate AppointmentData v1 text. Resolves `{ ok: true, appointmentIds }` (in document order)
 * or `{ ok: false, problems }`; rejects only on internal failure (e.g. the XSD file is missing).
 */
export async function validateAppointmentData(
  xml: string,
  opts: ValidateOptions = {},
): Promise<ValidationResult> {
  return validateAppointmentDataSync(xml, opts);
}
