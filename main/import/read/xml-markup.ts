// Attributes that say how the XML is to be read, not what it holds: namespace declarations,
// `xml:lang`, and the XMLSchema-instance ones (`xsi:nil`, `xsi:type`, `xsi:schemaLocation`),
// whatever prefix the writer chose for them (.NET's DataContractSerializer writes `i:nil`). SQL
// Server's `FOR XML … ELEMENTS XSINIL` and WCF/Web API services write a NULL as
// `<CancelFlag xsi:nil="true"/>`: read as a cell, `nil` gave every record the value 'true'.
import type { XmlAttribute, XmlElement } from 'libxml2-wasm';

const MARKUP_NAMESPACES = new Set([
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://www.w3.org/2000/xmlns/',
  'http://www.w3.org/XML/1998/namespace',
]);

export function isMarkupAttribute(a: XmlAttribute): boolean {
  return MARKUP_NAMESPACES.has(a.namespaceUri);
}

/** The attributes of an element that hold values (all but the markup ones). */
export function valueAttributes(el: XmlElement): XmlAttribute[] {
  return el.attrs.filter((a) => !isMarkupAttribute(a));
}
