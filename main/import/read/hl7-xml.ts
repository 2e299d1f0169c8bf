// HL7 v2 messages in their XML encoding ("HL7 Version 2: XML Encoding Syntax", the v2.xml schemas
// of namespace urn:hl7-org:v2xml), as interface engines write them (Mirth Connect, Rhapsody,
// HAPI's DefaultXMLParser): `<SIU_S12><MSH><MSH.9><MSG.1>SIU</MSG.1>…`. Each segment is an
// element named as the segment (`SCH`), possibly inside segment groups (`SIU_S12.PATIENT`,
// `SIU_S12.RESOURCES`); each field an element `SEG.n`, repeated for each repetition; a composite
// field's components are elements named by their data type and place (`XCN.2`, `EI.1`), and a
// component's subcomponents again (`<XCN.2><FN.1>LEE</FN.1></XCN.2>`). Mirth's non-strict
// parser writes the same tree with its own names (`<PID.5><PID.5.1>…`, no namespace): only the
// number after the last dot is read, so both are one.
//
// The messages become the same Hl7Message the text reader makes (hl7-messages.ts), so an SIU
// message is read by one mapping (siu-rows.ts) whatever its encoding; each segment's line is its
// element's. The standard's escapes are written `<escape V="F"/>` in v2.xml; Mirth keeps the ER7
// escapes (`\T\`) in its text, so a backslash is an escape only without the v2.xml namespace.
import { XmlCData, XmlElement, XmlText } from 'libxml2-wasm';
import { childElements } from './xml-elements.ts';
import { startMessage, type Hl7Message } from './hl7-messages.ts';

const V2XML_NS = 'urn:hl7-org:v2xml';
const SEGMENT = /^[A-Z][A-Z0-9]{2}$/;
const BATCH = new Set(['FHS', 'BHS', 'BTS', 'FTS']);
/** The separators every message here is written with (the XML's own MSH-1 and MSH-2 are only
 *  what the text had: the values are escaped for these). */
const SEP = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };
const ENCODING = `${SEP.component}${SEP.repetition}${SEP.escape}${SEP.subcomponent}`;

/** The place an element names (`XCN.2` → 2, `PID.5.1` → 1, `PID.5` → 5), 0 when none. */
function placeOf(el: XmlElement): number {
  const m = /\.(\d+)$/.exec(el.name);
  return m ? Number(m[1]) : 0;
}

/** A segment element: named as a segment, its children its fields (`SCH.2`). */
function isSegment(el: XmlElement): boolean {
  const first = SEGMENT.test(el.name) ? childElements(el)[0] : undefined;
  return !!first && first.name.startsWith(`${el.name}.`);
}

/** The text of a value as HL7 text: separators escaped; an `<escape V="…"/>` its escape. */
function textOf(el: XmlElement, strict: boolean): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.next) {
    if (c instanceof XmlText || c instanceof XmlCData) out += escapeText(c.content, strict);
    else if (c instanceof XmlElement && c.name === 'escape')
      out += `\\${c.attrs.find((a) => a.name === 'V')?.value ?? ''}\\`;
  }
  return out.trim();
}

function escapeText(text: string, strict: boolean): string {
  const escaped = strict ? text.replace(/\\/g, '\\E\\') : text;
  return escaped
    .replace(/\|/g, '\\F\\')
    .replace(/\^/g, '\\S\\')
    .replace(/&/g, '\\T\\')
    .replace(/~/g, '\\R\\')
    .replace(/\r\n|\r|\n/g, '\\.br\\');
}

/** Elements that hold values by place: components, subcomponents. `<escape>` is text. */
function parts(el: XmlElement): XmlElement[] {
  return childElements(el).filter((c) => c.name !== 'escape' && placeOf(c) > 0);
}

/** Children by place, joined by `sep` (an absent place is empty, as in the text). */
function joinByPlace(items: XmlElement[], sep: string, value: (el: XmlElement) => string): string {
  const at: string[] = [];
  for (const el of items) at[placeOf(el) - 1] = value(el);
  return Array.from(at, (v) => v ?? '').join(sep);
}

/** One repetition of a field as HL7 text: components, each of subcomponents, or its text. */
function fieldText(el: XmlElement, strict: boolean): string {
  const components = parts(el);
  if (!components.length) return textOf(el, strict);
  return joinByPlace(components, SEP.component, (comp) => {
    const subs = parts(comp);
    return subs.length ? joinByPlace(subs, SEP.subcomponent, (s) => textOf(s, strict)) : textOf(comp, strict);
  });
}

/** A segment element as its HL7 text line (`SCH|…`), repetitions of a field joined by `~`. MSH-1
 *  and MSH-2 are the separators themselves: this text's, whatever the XML wrote. */
function segmentText(seg: XmlElement, strict: boolean): string {
  const fields: string[][] = [];
  for (const f of childElements(seg)) {
    const n = placeOf(f);
    if (n > 0) (fields[n] ??= []).push(fieldText(f, strict));
  }
  const from = (n: number): string[] => Array.from(fields.slice(n), (f) => (f ? f.join(SEP.repetition) : ''));
  return seg.name === 'MSH'
    ? [`MSH${SEP.field}${ENCODING}`, ...from(3)].join(SEP.field)
    : [seg.name, ...from(1)].join(SEP.field);
}

/**
 * The HL7 v2 messages of an XML document, in document order: each MSH element starts one and
 * every segment after it (inside groups or not) belongs to it, until the next MSH or a batch
 * envelope (FHS/BHS/BTS/FTS).
 */
export function hl7XmlMessages(root: XmlElement): Hl7Message[] {
  const strict = root.namespaceUri === V2XML_NS;
  const messages: Hl7Message[] = [];
  let current: Hl7Message | undefined;
  const walk = (el: XmlElement): void => {
    if (isSegment(el)) {
      if (el.name === 'MSH') {
        current = startMessage(segmentText(el, strict), el.line, messages.length + 1);
        messages.push(current);
      } else if (BATCH.has(el.name)) current = undefined;
      else if (current)
        current.segments.push({
          name: el.name,
          line: el.line,
          fields: segmentText(el, strict).split(SEP.field),
        });
      return;
    }
    for (const c of childElements(el)) walk(c);
  };
  walk(root);
  return messages;
}
