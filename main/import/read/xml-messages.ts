// Interface messages and API resources written as XML, told apart from a table of records. HL7 v2
// in XML is recognised by its MSH segment, not only by the v2.xml namespace: Mirth Connect writes
// it without one (its non-strict parser's `<HL7Message><MSH><MSH.1>`, and its strict parser strips
// the namespace by default), and read as records its fields were columns such as
// `PID/PID.5/XPN.1/FN.1`, refused for a missing date; its SIU messages are read (hl7-xml.ts).
// FHIR Appointments are read, or refused for a patient named only by a reference, by
// fhir-appointments.ts, which walks them once.
import { XmlElement } from 'libxml2-wasm';
import { childElements, firstElement } from './xml-elements.ts';
import { xmlStandardOf, type MessageFormat } from './message-formats.ts';

const SEGMENT_FIELD = /^(MSH|FHS|BHS)\.\d+$/;

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

/** What message or resource format an XML file is, or undefined when it may be a table. */
export function xmlMessageOf(root: XmlElement): MessageFormat | undefined {
  const standard = xmlStandardOf(root.name, root.namespaceUri);
  const msh = headerSegment(root);
  if (msh) {
    const type = messageType(msh);
    return { what: `an HL7 v2 message in XML${type ? ` (${type})` : ''}`, hl7: true };
  }
  return standard;
}
