// Interface messages and API resources written as XML, told apart from a table of records. HL7 v2
// in XML is recognised by its MSH segment, not only by the v2.xml namespace: Mirth Connect writes
// it without one (its non-strict parser's `<HL7Message><MSH><MSH.1>`, and its strict parser strips
// the namespace by default), and read as records its fields were columns such as
// `PID/PID.5/XPN.1/FN.1`, refused for a missing date. FHIR Appointments whose patients the file
// names are read by fhir-appointments.ts; one whose patient is only a participant's reference
// (`Patient/500121`) comes here: a reference without a name and date of birth is not a patient the
// portal can be given, and the refusal says so.
import { XmlElement } from 'libxml2-wasm';
import { childElements, firstElement } from './xml-elements.ts';
import { xmlStandardOf, type MessageFormat } from './message-formats.ts';

const FHIR_NS = 'http://hl7.org/fhir';
const SEGMENT_FIELD = /^(MSH|FHS|BHS)\.\d+$/;

/** FHIR writes every primitive as `value="…"`. */
function valueOf(el: XmlElement | undefined): string | undefined {
  return el?.attrs.find((a) => a.name === 'value')?.value;
}

/** The root and its first children: a message, or a file of a few messages. */
function* holders(root: XmlElement): Generator<XmlElement> {
  yield root;
  let n = 0;
  for (const c of childElements(root)) {
    if (n++ >= 50) return;
    yield c;
  }
}

/** The MSH (or batch header) segment of a message at the root or one level under it. */
function headerSegment(root: XmlElement): XmlElement | undefined {
  for (const holder of holders(root))
    for (const seg of childElements(holder)) {
      if (!/^(MSH|FHS|BHS)$/.test(seg.name)) continue;
      const first = firstElement(seg);
      if (first && SEGMENT_FIELD.test(first.name) && first.name.startsWith(seg.name)) return seg;
    }
  return undefined;
}

/** `SIU^S12` from MSH-9, whether written as components (`<MSG.1>`, `<MSH.9.1>`) or as text. */
function messageType(msh: XmlElement): string {
  const field = firstElement(msh, `${msh.name}.9`);
  if (!field) return '';
  const parts = childElements(field)
    .map((c) => c.content.trim())
    .slice(0, 2);
  return (parts.length ? parts.join('^') : field.content.trim()).replace(/\^$/, '');
}

/** Each Appointment's patient reference that no contained Patient gives a name and birth date. */
function bareReferences(root: XmlElement): { appointments: number; bare: string[] } {
  let appointments = 0;
  const bare: string[] = [];
  const walk = (el: XmlElement): void => {
    if (el.name !== 'Appointment') {
      for (const c of childElements(el)) walk(c);
      return;
    }
    appointments++;
    const named = new Set<string>();
    for (const contained of childElements(el, 'contained'))
      for (const p of childElements(contained, 'Patient')) {
        const id = valueOf(firstElement(p, 'id'));
        const hasName = firstElement(p, 'name') && firstElement(p, 'birthDate');
        if (id && hasName) named.add(`#${id}`);
      }
    for (const part of childElements(el, 'participant'))
      for (const actor of childElements(part, 'actor'))
        for (const ref of childElements(actor, 'reference')) {
          const value = valueOf(ref) ?? '';
          if (/^(#|Patient\/|.*\/Patient\/)/.test(value) && !named.has(value)) bare.push(value);
        }
  };
  walk(root);
  return { appointments, bare };
}

function fhirDetail(root: XmlElement): string | undefined {
  const { appointments, bare } = bareReferences(root);
  if (appointments === 0) return undefined;
  const one = appointments === 1;
  const these = one ? 'its Appointment resource' : `its ${appointments} Appointment resources`;
  return bare.length
    ? `${these} ${one ? 'names' : 'name'} the patient only by a reference (${bare[0]}), with no name or date of birth, and a reference is not a patient`
    : undefined;
}

/** What message or resource format an XML file is, or undefined when it may be a table. */
export function xmlMessageOf(root: XmlElement): MessageFormat | undefined {
  const standard = xmlStandardOf(root.name, root.namespaceUri);
  const msh = headerSegment(root);
  if (msh) {
    const type = messageType(msh);
    return { what: `an HL7 v2 message in XML${type ? ` (${type})` : ''}`, hl7: true };
  }
  if (standard && root.namespaceUri === FHIR_NS) {
    const detail = fhirDetail(root);
    return detail ? { ...standard, detail } : standard;
  }
  return standard;
}
