// Walking a parsed XML element (libxml2-wasm): its child elements and its attributes by local
// name. One place for what each XML reader (SpreadsheetML, FileMaker, FHIR, messages, grouped
// cells) had written for itself.
import { XmlElement } from 'libxml2-wasm';

/** The element children of `el`, in order; with `name`, only those of that local name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c; c = c.next)
    if (c instanceof XmlElement && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The first element child of `el` (of that local name), if any. */
export function firstElement(el: XmlElement | undefined, name?: string): XmlElement | undefined {
  return el && childElements(el, name)[0];
}

/** An attribute's value by local name, whatever its prefix (SpreadsheetML's `ss:Type`). */
export function attrValue(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs.find((a) => a.name === name)?.value;
}
