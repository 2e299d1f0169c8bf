// Reads the value rules of our XSD (the facets of each simple-typed child and attribute) into
// plain data, LeafRules, which leaf-checks.ts compiles into predicates. Kept apart from the
// compiler because it needs libxml2 to read the XSD, and the compiled rules may come from the
// cache of certified shapes instead (certified-shapes-cache.ts), without loading libxml2.
import type { Facets, LeafRule, LeafRules } from './leaf-checks.ts';
import { attrOf, childElements, findDescendants } from './safe-xml.ts';
import type { XmlElement } from './safe-xml.ts';

/** A facet value that must be a number; NaN (not a number in the XSD) is "not understood". */
function num(v: string): number | undefined {
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/** The facets of one xs:simpleType, or null when it uses anything not modelled. */
function readFacets(st: XmlElement): Facets | null {
  const r = childElements(st, 'restriction')[0];
  if (!r) return null;
  const f: Facets = { base: attrOf(r, 'base') ?? '', enumeration: [], patterns: [] };
  for (const facet of childElements(r)) {
    const v = attrOf(facet, 'value') ?? '';
    switch (facet.name) {
      case 'whiteSpace':
        f.whiteSpace = v;
        break;
      case 'enumeration':
        f.enumeration.push(v);
        break;
      case 'pattern':
        f.patterns.push(v);
        break;
      case 'minLength':
      case 'maxLength':
      case 'minInclusive': {
        const n = num(v);
        if (n === undefined) return null;
        if (facet.name === 'minLength') f.minLength = n;
        else if (facet.name === 'maxLength') f.maxLength = n;
        else f.minInclusive = n;
        break;
      }
      default:
        return null; // a facet we do not model: unsupported
    }
  }
  return f;
}

function ruleOfType(type: string, simple: Map<string, LeafRule>): LeafRule | undefined {
  if (type === 'xs:dateTime') return 'dateTime';
  if (type.startsWith('tns:')) return simple.get(type.slice(4));
  return undefined;
}

/** parent element local name → child local name (or `@attr`) → rule, for every simple-typed
 *  child and attribute in the schema. */
export function readLeafRules(schema: XmlElement): LeafRules {
  const simple = new Map<string, LeafRule>();
  for (const st of childElements(schema, 'simpleType')) simple.set(attrOf(st, 'name') ?? '', readFacets(st));
  const complex = new Map<string, XmlElement>();
  for (const ct of childElements(schema, 'complexType')) complex.set(attrOf(ct, 'name') ?? '', ct);

  const out: LeafRules = {};
  for (const el of findDescendants(schema, 'element')) {
    const ct = complex.get((attrOf(el, 'type') ?? '').replace(/^tns:/, ''));
    if (!ct) continue;
    const leaves: Record<string, LeafRule> = {};
    for (const seq of childElements(ct, 'sequence')) {
      for (const child of childElements(seq, 'element')) {
        const rule = ruleOfType(attrOf(child, 'type') ?? '', simple);
        if (rule !== undefined) leaves[attrOf(child, 'name') ?? ''] = rule;
      }
    }
    for (const a of childElements(ct, 'attribute'))
      leaves[`@${attrOf(a, 'name') ?? ''}`] = ruleOfType(attrOf(a, 'type') ?? '', simple) ?? null;
    out[attrOf(el, 'name') ?? ''] = leaves;
  }
  return out;
}
