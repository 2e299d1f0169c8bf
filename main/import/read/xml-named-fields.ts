// Records that name each value in an attribute rather than by the element: `mysql --xml` writes a
// column as `<field name="AptNum">40211</field>`, PowerShell's Export-Clixml a property as
// `<S N="LastName">HERNANDEZ</S>` (the element is the value's TYPE: S string, I32 integer, DT
// date-time, B true/false, Nil null) and its ConvertTo-Xml as `<Property Name="ApptID"
// Type="System.Int32">`. Read by the element, every string became `S`, `S (2)`, … and every
// date-time `DT`, `DT (2)`: the columns had no names, and which `DT` was the start (or the last
// edit) could only be guessed from the values. The column is the attribute's value.
import type { XmlElement } from 'libxml2-wasm';
import { valueAttributes } from './xml-markup.ts';

/** The attribute that names an element's field: `name` in any case, or CLI XML's `N`. */
function nameOf(el: XmlElement): string | undefined {
  const a = valueAttributes(el).find((x) => x.name === 'N' || x.name.toLowerCase() === 'name');
  const v = a?.value.trim();
  return v ? v : undefined;
}

/** `mysql --xml`'s `<field name="X">`: a column however few its record holds. */
function mysqlField(el: XmlElement, isLeaf: boolean): string | undefined {
  if (el.name !== 'field' || !isLeaf) return undefined;
  const attrs = valueAttributes(el);
  return attrs.length === 1 && attrs[0]!.name === 'name' ? nameOf(el) : undefined;
}

/**
 * Whether the leaves of one element are a property bag: two or more, every one named by an
 * attribute, the names all different, and fewer element names than leaves (the element says the
 * type, not the field). A record of ordinary leaves with one `<Provider name="Dr Lee">` among
 * them is no bag: its other leaves carry no name, so the provider's name stays a value.
 */
function isPropertyBag(leaves: XmlElement[]): boolean {
  if (leaves.length < 2) return false;
  const names = leaves.map(nameOf);
  if (names.some((n) => n === undefined)) return false;
  return new Set(names).size === leaves.length && new Set(leaves.map((l) => l.name)).size < leaves.length;
}

/**
 * The field name of each of `children` (the element children of one element, in order) that a
 * named attribute gives, or undefined for a child read by its element name. `isLeaf` says which
 * children hold no elements of their own.
 */
export function namedFields(
  children: XmlElement[],
  isLeaf: (el: XmlElement) => boolean,
): (string | undefined)[] {
  const leafs = children.map(isLeaf);
  const bag = isPropertyBag(children.filter((_, i) => leafs[i]));
  return children.map((c, i) => (leafs[i] ? (bag ? nameOf(c) : mysqlField(c, true)) : undefined));
}
