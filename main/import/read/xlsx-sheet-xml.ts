// A worksheet part's XML (`xl/worksheets/sheetN.xml`) read by a small purpose-built scanner
// instead of a parsed document: a sheet is the one large part of a workbook (100,000 rows of 9
// columns are 34 MB of XML), and held as a document tree it took 650 MB of memory. Sheet XML is
// machine-written and regular (ECMA-376 Part 1 §18.3: `<row r="2" hidden="1"><c r="B2" s="3"
// t="s"><v>7</v></c>…`), so the scanner reads only what a sheet's rows need: each element's
// local name (a prefix such as `x:` is dropped) and attributes, and the text of `<v>` and of an
// inline string's `<t>`. Text is unescaped as XML says (`&amp;`, `&#233;`, CDATA); a DOCTYPE is
// refused as the safe XML parser refuses it (nothing in a sheet needs one), and XML that does
// not close is refused as damaged. The shared strings (`<si>`, a large part too) are read by it
// as well; the small parts (workbook, styles, relationships) stay with the safe XML parser.
import { ZipPartError } from './xlsx-zip.ts';

/** What the scanner hands its reader, element by element, in document order. */
export interface SheetXmlHandler {
  /** An element's start: its local name, its parent's and grandparent's, and its attributes
   *  (read by `attr`, only while in this call). */
  open(name: string, parent: string, grandparent: string, attr: (name: string) => string | undefined): void;
  /** An element's end (a self-closing one too). */
  close(name: string): void;
  /** Whether text inside the innermost open element is wanted now (most of a sheet's is not). */
  readonly wantsText: boolean;
  /** Text inside the innermost open element, unescaped (may come in several pieces). */
  text(piece: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** Reads `xml` start to end, telling `handler` what it finds. */
export function scanSheetXml(xml: string, part: string, handler: SheetXmlHandler): void {
  const open: string[] = [];
  // The current start tag's attributes: `xml` from `attrsFrom` to `attrsTo`.
  let attrsFrom = 0;
  let attrsTo = 0;
  const attr = (wanted: string): string | undefined => attribute(xml, attrsFrom, attrsTo, wanted, part);
  let at = 0;
  const end = xml.length;
  while (at < end) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      if (handler.wantsText) handler.text(unescape(xml.slice(at), part));
      break;
    }
    if (lt > at && handler.wantsText) handler.text(unescape(xml.slice(at, lt), part));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      at = after(xml, '?>', lt, part);
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) at = after(xml, '-->', lt, part);
      else if (xml.startsWith('<![CDATA[', lt)) {
        at = after(xml, ']]>', lt, part);
        if (handler.wantsText) handler.text(xml.slice(lt + 9, at - 3));
      } else
        throw new ZipPartError(
          `its part ${part} declares a document type (${xml.slice(lt, lt + 9)}), which no sheet needs and the connector does not read`,
        );
    } else if (next === SLASH) {
      const gt = xml.indexOf('>', lt);
      if (gt === -1) throw damaged(part);
      const name = localName(xml, lt + 2, gt);
      if (open.pop() !== name) throw damaged(part);
      handler.close(name);
      at = gt + 1;
    } else {
      const gt = tagEnd(xml, lt, part);
      let nameEnd = lt + 1;
      while (nameEnd < gt && !isSpace(xml.charCodeAt(nameEnd)) && xml.charCodeAt(nameEnd) !== SLASH)
        nameEnd++;
      const name = localName(xml, lt + 1, nameEnd);
      const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
      attrsFrom = nameEnd;
      attrsTo = selfClosing ? gt - 1 : gt;
      const depth = open.length;
      handler.open(name, depth > 0 ? open[depth - 1]! : '', depth > 1 ? open[depth - 2]! : '', attr);
      if (selfClosing) handler.close(name);
      else open.push(name);
      at = gt + 1;
    }
  }
  if (open.length) throw damaged(part);
}

const damaged = (part: string) =>
  new ZipPartError(`its part ${part} is not well-formed XML: the file is damaged or cut short`);

function after(xml: string, close: string, from: number, part: string): number {
  const i = xml.indexOf(close, from);
  if (i === -1) throw damaged(part);
  return i + close.length;
}

/** The `>` that ends the start tag at `lt` (a `>` inside a quoted attribute value is skipped). */
function tagEnd(xml: string, lt: number, part: string): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === GT) return i;
    else if (c === LT) break;
  }
  throw damaged(part);
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** `x:row` → `row`: elements are matched by local name, as the other parts are. */
function localName(xml: string, from: number, to: number): string {
  while (to > from && isSpace(xml.charCodeAt(to - 1))) to--;
  let start = from;
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 0x3a /* : */) start = i + 1;
  return xml.slice(start, to);
}

/** The value of attribute `wanted` (by local name) between `from` and `to`, unescaped. */
function attribute(xml: string, from: number, to: number, wanted: string, part: string): string | undefined {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (i >= to) break;
    let eq = i;
    while (eq < to && xml.charCodeAt(eq) !== 0x3d /* = */) eq++;
    if (eq >= to) throw damaged(part);
    const name = localName(xml, i, eq);
    let q = eq + 1;
    while (q < to && isSpace(xml.charCodeAt(q))) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw damaged(part);
    const close = xml.indexOf(quote, q + 1);
    if (close === -1 || close >= to) throw damaged(part);
    if (name === wanted) return unescape(xml.slice(q + 1, close), part);
    i = close + 1;
  }
  return undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's escapes: the five named ones and character references; any other is damage (a sheet
 *  has no DOCTYPE to declare one). */
function unescape(text: string, part: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw damaged(part);
    if (ref[0] !== '#') {
      const named = NAMED[ref];
      if (named === undefined) throw damaged(part);
      return named;
    }
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff)) throw damaged(part);
    return String.fromCodePoint(code);
  });
}
