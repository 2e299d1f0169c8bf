// Owns our AppointmentData v1 XSD compiled by libxml2: the validator (compiled once per process
// and kept: compiling costs ~ms, validating ~0.1 ms), the value rules of its leaves, and the child
// order of each element, read from the XSD itself so error messages can say "missing, expected
// after 'Type'" without a second copy of the order to keep in sync. Where the file is and its
// text: appointment-data-xsd.ts (no libxml2).

import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { getAppointmentDataXsd, XSD_FILE_NAME } from './appointment-data-xsd.ts';
import { compileLeafRules } from './leaf-checks.ts';
import type { LeafChecks, LeafRules } from './leaf-checks.ts';
import { readLeafRules } from './xsd-leaf-rules.ts';
import { attrOf, childElements, findDescendants } from './safe-xml.ts';
import type { XmlElement } from './safe-xml.ts';

export { APPOINTMENT_DATA_NS, XSD_FILE_NAME, getAppointmentDataXsd } from './appointment-data-xsd.ts';

export interface ChildSlot {
  name: string;
  required: boolean;
}

interface CompiledSchema {
  doc: XmlDocument;
  validator: XsdValidator;
  /** Element local name → its children in schema order (only for elements with children); read
   *  on first use, since only problem messages need it. */
  readonly childOrder: Map<string, ChildSlot[]>;
  /** The value rules of every leaf as plain data (what the certified-shapes cache keeps). */
  leafRules: LeafRules;
  /** Element local name → child name or `@attr` → value predicate (see leaf-checks.ts). */
  leafChecks: LeafChecks;
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
    const leafRules = readLeafRules(doc.root);
    let childOrder: Map<string, ChildSlot[]> | undefined;
    compiled = {
      doc,
      validator: XsdValidator.fromDoc(doc),
      get childOrder() {
        return (childOrder ??= readChildOrder(doc.root));
      },
      leafRules,
      leafChecks: compileLeafRules(leafRules),
    };
  } catch (e) {
    doc.dispose();
    throw e;
  }
  return compiled;
}
