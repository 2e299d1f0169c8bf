// Attributes that say how the XML is to be read, not what it holds: namespace declarations,
// `xml:lang`, and the XMLSchema-instance ones (`xsi:nil`, `xsi:type`, `xsi:schemaLocation`),
// whatever prefix the writer chose for them (.NET's DataContractSerializer writes `i:nil`). SQL
// Server's `FOR XML … ELEMENTS XSINIL` and WCF/Web API services write a NULL as
// `<CancelFlag xsi:nil="true"/>`: read as a cell, `nil` gave every record the value 'true'.
// A .NET DataSet's diffgram (WriteXml with XmlWriteMode.DiffGram, and every DataSet an ASMX web
// service returns) marks each row `diffgr:id="Table1" msdata:rowOrder="0"`: the row's place in
// the table that day, never an id of the appointment (read as one, `id` = `Table1` was offered as
// the appointment id, and the next export's order gave the ids to other appointments).
import type { XmlAttribute, XmlElement } from 'libxml2-wasm';
import { isClixmlRefId } from './clixml.ts';

export const DIFFGRAM_NAMESPACE = 'urn:schemas-microsoft-com:xml-diffgram-v1';

const MARKUP_NAMESPACES = new Set([
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://www.w3.org/2000/xmlns/',
  'http://www.w3.org/XML/1998/namespace',
  DIFFGRAM_NAMESPACE,
  'urn:schemas-microsoft-com:xml-msdata',
]);

export function isMarkupAttribute(a: XmlAttribute): boolean {
  return MARKUP_NAMESPACES.has(a.namespaceUri);
}

/** The attributes of an element that hold values (all but the markup ones, and PowerShell's
 *  object numbers: clixml.ts). */
export function valueAttributes(el: XmlElement): XmlAttribute[] {
  return el.attrs.filter((a) => !isMarkupAttribute(a) && !isClixmlRefId(el, a.name));
}
