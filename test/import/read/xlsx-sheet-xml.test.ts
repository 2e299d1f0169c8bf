// The sheet scanner reads what a sheet's rows need the way an XML parser would: local names
// under a prefix, escapes, CDATA; it refuses a DOCTYPE and XML that does not close.
import { describe, expect, it } from 'vitest';
import { scanSheetXml } from '../../../main/import/read/xlsx-sheet-xml.ts';
import { ZipPartError } from '../../../main/import/read/xlsx-zip.ts';

/** Every element opened (with its parent and its `r`) and the text inside `<v>` and `<t>`. */
function events(xml: string): string[] {
  const out: string[] = [];
  let inText = false;
  scanSheetXml(xml, 'sheet1.xml', {
    get wantsText() {
      return inText;
    },
    open(name, parent, _grandparent, attr) {
      out.push(`<${name} in ${parent}${attr('r') !== undefined ? ` r=${attr('r')}` : ''}>`);
      inText = name === 'v' || name === 't';
    },
    close(name) {
      if (name === 'v' || name === 't') inText = false;
    },
    text(piece) {
      out.push(piece);
    },
  });
  return out;
}

describe('the sheet XML scanner', () => {
  it('matches elements and attributes by local name, with either quote', () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="2" x:hidden=\'1\'>' +
      '<x:c r="A2" t="s"><x:v>7</x:v></x:c><x:c r="B2"/></x:row></x:sheetData></x:worksheet>';
    expect(events(xml)).toEqual([
      '<worksheet in >',
      '<sheetData in worksheet>',
      '<row in sheetData r=2>',
      '<c in row r=A2>',
      '<v in c>',
      '7',
      '<c in row r=B2>',
    ]);
  });

  it('unescapes text and attributes, reads CDATA and skips comments', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>O&apos;Brien &amp; &#233;&#x41;</t></is></c>' +
      '<!-- a <c> in a comment --><c r="B1"><v><![CDATA[a<b]]></v></c></row></sheetData>';
    expect(events(xml).filter((e) => !e.startsWith('<'))).toEqual(["O'Brien & éA", 'a<b']);
  });

  it('refuses a DOCTYPE, an unknown entity and XML cut short', () => {
    const refused = (xml: string) => () => events(xml);
    expect(refused('<!DOCTYPE x [<!ENTITY a "b">]><sheetData/>')).toThrow(ZipPartError);
    expect(refused('<sheetData><row><c><v>&a;</v></c></row></sheetData>')).toThrow(/not well-formed/);
    expect(refused('<sheetData><row r="1"><c r="A1"><v>1</v></c>')).toThrow(/damaged or cut short/);
    expect(refused('<sheetData><row r="1"></sheetData>')).toThrow(/not well-formed/);
  });
});
