// Safe XML parsing for every document that enters or leaves the app (exports, our own
// AppointmentData, Medfusion's ProcessingResponse/ProcessingStatus), plus small read helpers
// that find elements by LOCAL name, case-insensitively, ignoring namespaces.
//
// Why refuse DTDs outright instead of relying on parser flags: none of the documents we handle
// needs one, and a DTD is the only way to declare entities, so refusing it up front rules out
// XXE (reading local files / URLs) and "billion laughs" expansion before libxml2 sees a byte.
// The parse flags below are a second line of defence, not the first.

import { ParseOption, XmlDocument, XmlElement, XmlParseError } from 'libxml2-wasm';
import type { XmlNode } from 'libxml2-wasm';

export type { XmlDocument, XmlElement } from 'libxml2-wasm';

/** The document contains something we refuse to parse (DTD, entity declaration). */
export class XmlSecurityError extends Error {
  override readonly name = 'XmlSecurityError';
  constructor(
    readonly file: string,
    readonly line: number,
    /** The refused construct, e.g. `<!DOCTYPE`. */
    readonly construct: string,
    /** What was refused and why, in plain words. */
    readonly reason: string,
    /** What the user can do about it. */
    readonly hint: string,
  ) {
    super(`${file}, line ${line}: ${reason}. ${hint}`);
  }
}

/** The document is not well-formed XML. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    readonly file: string,
    readonly line: number,
    /** libxml2's own text, unchanged. */
    readonly libxmlMessage: string,
  ) {
    super(`${file}, line ${line}: not well-formed XML: ${libxmlMessage}. ${XmlSyntaxError.hint}`);
  }

  /** What the user can do about a broken XML file. */
  static readonly hint =
    'The file is damaged or was cut off; check that the export finished writing and was not ' +
    'edited by hand, then export it again.';
}

/**
 * Parser flags: no entity substitution (NOENT is absent), no external DTD/entity loading
 * (NO_XXE, no DTDLOAD), no network (NONET), no system catalog; IGNORE_ENC because the input is
 * already a decoded JS string whatever its declaration says; BIG_LINES so line numbers past
 * 65535 stay right in large pass-through files.
 */
export const SAFE_PARSE_OPTIONS: ParseOption =
  ParseOption.XML_PARSE_NONET |
  ParseOption.XML_PARSE_NO_XXE |
  ParseOption.XML_PARSE_NO_SYS_CATALOG |
  ParseOption.XML_PARSE_IGNORE_ENC |
  ParseOption.XML_PARSE_BIG_LINES;

// Case-insensitive: `<!doctype` is not valid XML anyway, but refusing it costs nothing.
const FORBIDDEN = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Throws XmlSecurityError if the text declares a DTD or entities; returns otherwise. */
export function assertNoDtd(text: string, fileName = 'document'): void {
  const m = FORBIDDEN.exec(text);
  if (!m) return;
  const line = lineAt(text, m.index);
  const construct = `<!${m[1]!.toUpperCase()}`;
  throw new XmlSecurityError(
    fileName,
    line,
    construct,
    `refused: the document contains a '${construct}' declaration. Document type declarations ` +
      'and entities can read files from this computer or exhaust memory, and AppointmentData ' +
      'never needs them',
    'Export the file again as plain XML without a DOCTYPE, or ask whoever produced it to ' +
      'remove the declaration.',
  );
}

/**
 * Parse untrusted XML text into a libxml2-wasm document. The caller owns the result and must
 * `dispose()` it (or use {@link withXmlDocument}).
 * @throws XmlSecurityError for a DTD / entity declaration (checked before parsing)
 * @throws XmlSyntaxError when the text is not well-formed
 */
export function parseXmlSafely(text: string, fileName = 'document'): XmlDocument {
  assertNoDtd(text, fileName);
  try {
    return XmlDocument.fromString(text, { option: SAFE_PARSE_OPTIONS });
  } catch (e) {
    if (e instanceof XmlParseError) {
      const first = e.details.find((d) => d.level >= 2) ?? e.details[0];
      const msg = (first?.message ?? e.message).trim().replace(/\.$/, '');
      throw new XmlSyntaxError(fileName, first?.line ?? 0, msg);
    }
    throw e;
  }
}

/** Parse, run `fn`, and always dispose the document (wasm memory is not garbage-collected). */
export function withXmlDocument<T>(
  text: string,
  fn: (doc: XmlDocument, root: XmlElement) => T,
  fileName?: string,
): T {
  const doc = parseXmlSafely(text, fileName);
  try {
    return fn(doc, doc.root);
  } finally {
    doc.dispose();
  }
}

function sameName(el: XmlElement, localName: string): boolean {
  return el.name === localName || el.name.toLowerCase() === localName.toLowerCase();
}

/** Local name of an element (no prefix). */
export function localNameOf(el: XmlElement): string {
  return el.name;
}

/** Element children of `node`, optionally only those with this local name (case-insensitive). */
export function childElements(node: XmlNode, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!(node instanceof XmlElement)) return out;
  for (let c = node.firstChild; c; c = c.next) {
    if (c instanceof XmlElement && (localName === undefined || sameName(c, localName))) out.push(c);
  }
  return out;
}

/** First child element with this local name (case-insensitive), or undefined. */
export function firstChild(node: XmlNode, localName: string): XmlElement | undefined {
  if (!(node instanceof XmlElement)) return undefined;
  for (let c = node.firstChild; c; c = c.next) {
    if (c instanceof XmlElement && sameName(c, localName)) return c;
  }
  return undefined;
}

/**
 * Trimmed text of the first child element with this local name; undefined when there is no
 * such child. Pass several names to walk a path: `textOf(msg, 'Status', 'State')`.
 */
export function textOf(node: XmlNode, ...path: string[]): string | undefined {
  let cur: XmlNode | undefined = node;
  for (const name of path) {
    cur = cur ? firstChild(cur, name) : undefined;
    if (!cur) return undefined;
  }
  return cur.content.trim();
}

/** First descendant element (depth-first, document order) with this local name. */
export function findDescendant(node: XmlNode, localName: string): XmlElement | undefined {
  for (const c of childElements(node)) {
    if (sameName(c, localName)) return c;
    const deeper = findDescendant(c, localName);
    if (deeper) return deeper;
  }
  return undefined;
}

/** All descendant elements with this local name, in document order. */
export function findDescendants(node: XmlNode, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlNode): void => {
    for (const c of childElements(n)) {
      if (sameName(c, localName)) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** Attribute value by local name (case-insensitive), or undefined. */
export function attrOf(el: XmlElement, localName: string): string | undefined {
  const lower = localName.toLowerCase();
  return el.attrs.find((a) => a.name.toLowerCase() === lower)?.value;
}
