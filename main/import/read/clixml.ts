// PowerShell's CLI XML (Export-Clixml, and what remoting sends): the serializer's own bookkeeping
// beside an object's values. `<TN RefId="0">` lists the object's type names (the first object of a
// type only; the others point back with `<TNRef RefId="0" />`), `<ToString>` is its display text,
// and `RefId` numbers the objects 0, 1, 2 … in the order written: read as cells, `RefId` was
// offered as the appointment id (a row counter) and the type names as a column of the first row.
// The values are the object's properties: `<MS>` (the note properties Select-Object makes) and
// `<Props>` (a .NET object's own), written by type and named by `N` (xml-named-fields.ts).
import type { XmlElement } from 'libxml2-wasm';

export const CLIXML_NAMESPACE = 'http://schemas.microsoft.com/powershell/2004/04';

const BOOKKEEPING = new Set(['TN', 'TNRef', 'ToString']);
const PROPERTY_SETS = new Set(['MS', 'Props']);

/** A type-name list, a pointer back to one, or an object's display text: never data. */
export function isClixmlBookkeeping(el: XmlElement): boolean {
  return el.namespaceUri === CLIXML_NAMESPACE && BOOKKEEPING.has(el.name);
}

/** The object's properties' holder, whose name says nothing of the values (`MS/StartTime` is the
 *  object's `StartTime`). */
export function isClixmlPropertySet(el: XmlElement): boolean {
  return el.namespaceUri === CLIXML_NAMESPACE && PROPERTY_SETS.has(el.name);
}

/** `RefId`, the serializer's number of an object or type list. */
export function isClixmlRefId(el: XmlElement, attribute: string): boolean {
  return el.namespaceUri === CLIXML_NAMESPACE && attribute === 'RefId';
}
