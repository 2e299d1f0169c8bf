// Owns our AppointmentData v1 XSD at run time: where the file is, its text, the compiled
// libxml2 validator (compiled once per process and kept: compiling costs ~ms, validating ~0.1 ms),
// and the child order of each element, read from the XSD itself so error messages can say
// "missing, expected after 'Type'" without a second copy of the order to keep in sync.

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { compileLeafChecks } from './leaf-checks.ts';
import type { LeafCheck } from './leaf-checks.ts';
import { attrOf, childElements, findDescendants } from './safe-xml.ts';
import type { XmlElement } from './safe-xml.ts';

export const APPOINTMENT_DATA_NS = 'http://schema.medfusion.com/appointmentsdata/v1';
export const XSD_FILE_NAME = 'appointment-data-v1.xsd';

/**
 * Places the XSD may sit relative to this module: next to the source (CLI, tests) in
 * `schema/`, or copied flat / into `schema/` beside a bundled main file. A bundle must ship the
 * .xsd file alongside (e.g. copy `main/xml/schema/*.xsd` into the bundle's folder).
 */
function candidateUrls(): URL[] {
  return [
    new URL(`./schema/${XSD_FILE_NAME}`, import.meta.url),
    new URL(`./${XSD_FILE_NAME}`, import.meta.url),
    new URL(`./xml/schema/${XSD_FILE_NAME}`, import.meta.url),
  ];
}

let xsdText: string | undefined;

/** The text of our AppointmentData v1 XSD (read once). */
export function getAppointmentDataXsd(): string {
  if (xsdText !== undefined) return xsdText;
  const tried: string[] = [];
  for (const url of candidateUrls()) {
    const p = url.protocol === 'file:' ? fileURLToPath(url) : url.href;
    tried.push(p);
    if (url.protocol === 'file:' && fs.existsSync(p)) {
      xsdText = fs.readFileSync(p, 'utf8');
      return xsdText;
    }
  }
  throw new Error(
    `The AppointmentData schema file ${XSD_FILE_NAME} was not found (looked in: ${tried.join(', ')}). ` +
      'The installation is incomplete: reinstall the app, or copy main/xml/schema/ next to the bundle.',
  );
}

export interface ChildSlot {
  name: string;
  required: boolean;
}

interface CompiledSchema {
  doc: XmlDocument;
  validator: XsdValidator;
  /** Element local name → its children in schema order (only for elements with children). */
  childOrder: Map<string, ChildSlot[]>;
  /** Element local name → child name or `@attr` → value predicate (see leaf-checks.ts). */
  leafChecks: Map<string, Map<string, LeafCheck>>;
}

let compiled: CompiledSchema | undefined;

/** Reads `xs:element name=… type="tns:T"` + `xs:complexType name=T` pairs into a child-order map. */
function readChildOrder(schema: XmlElement): Map<string, ChildSlot[]> {
  const sequences = new Map<string, ChildSlot[]>();
  for (const ct of childElements(schema, 'complexType')) {
    const seq = childElements(ct, 'sequence')[0];
    if (!seq) continue;
    sequences.set(
      attrOf(ct, 'name') ?? '',
      childElements(seq, 'element').map((e) => ({
        name: attrOf(e, 'name') ?? '',
        required: (attrOf(e, 'minOccurs') ?? '1') !== '0',
      })),
    );
  }
  const order = new Map<string, ChildSlot[]>();
  for (const el of findDescendants(schema, 'element')) {
    const type = (attrOf(el, 'type') ?? '').replace(/^tns:/, '');
    const seq = sequences.get(type);
    if (seq) order.set(attrOf(el, 'name') ?? '', seq);
  }
  return order;
}

/** The compiled validator and child-order table, built on first use and kept. */
export function appointmentDataSchema(): CompiledSchema {
  if (compiled) return compiled;
  // Our own trusted file: plain parse is fine (and it has no DTD anyway). The schema document
  // is kept alive as long as the validator: libxml2 may point into it.
  const doc = XmlDocument.fromString(getAppointmentDataXsd(), { url: XSD_FILE_NAME });
  try {
    compiled = {
      doc,
      validator: XsdValidator.fromDoc(doc),
      childOrder: readChildOrder(doc.root),
      leafChecks: compileLeafChecks(doc.root),
    };
  } catch (e) {
    doc.dispose();
    throw e;
  }
  return compiled;
}
