// Safe parsing: DTD/entity refusal before libxml2 runs, syntax errors with file and line,
// and the local-name read helpers the Medfusion client uses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XmlDocument } from 'libxml2-wasm';
import {
  SAFE_PARSE_OPTIONS,
  XmlSecurityError,
  XmlSyntaxError,
  attrOf,
  childElements,
  findDescendants,
  firstChild,
  parseXmlSafely,
  textOf,
  withXmlDocument,
} from '../../main/xml/safe-xml.ts';
import { billionLaughs, samplesDir, xxeDocument } from './xml-test-helpers.ts';

const samples = samplesDir;
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-xml-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('parseXmlSafely', () => {
  it('refuses the XXE fixture with file, line and what to do', () => {
    const text = fs.readFileSync(path.join(samples, 'bad/xxe.xml'), 'utf8');
    let err: unknown;
    try {
      parseXmlSafely(text, 'xxe.xml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XmlSecurityError);
    const se = err as XmlSecurityError;
    expect(se.file).toBe('xxe.xml');
    expect(se.line).toBe(2);
    expect(se.message).toMatch(/xxe\.xml, line 2: refused.*<!DOCTYPE.*Export the file again/s);
  });

  it('never reads an external entity, even when the pre-check is bypassed', () => {
    const marker = `MARKER-${process.pid}-${Date.now()}`;
    const text = xxeDocument(tmp, marker);
    let msg = '';
    try {
      parseXmlSafely(text, 'leak.xml');
    } catch (e) {
      msg = String(e) + JSON.stringify(e);
    }
    expect(msg).toContain('refused');
    expect(msg).not.toContain(marker);
    // Second line of defence: the raw parser with our flags does not substitute or load it.
    let out: string;
    try {
      const doc = XmlDocument.fromString(text, { option: SAFE_PARSE_OPTIONS });
      out = doc.toString() + doc.root.content;
      doc.dispose();
    } catch (e) {
      out = String(e) + JSON.stringify(e);
    }
    expect(out).not.toContain(marker);
  });

  it('refuses a billion-laughs document before expanding anything', () => {
    const text = billionLaughs();
    const t0 = performance.now();
    expect(() => parseXmlSafely(text, 'lol.xml')).toThrow(XmlSecurityError);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('refuses an <!ENTITY even without a DOCTYPE line first', () => {
    expect(() => parseXmlSafely('<r/>\n<!ENTITY x "y">', 'e.xml')).toThrow(/e\.xml, line 2.*<!ENTITY/);
  });

  it('reports syntax errors with file, line and libxml2 text', () => {
    let err: unknown;
    try {
      parseXmlSafely('<a>\n<b>\n</a>', 'broken.xml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XmlSyntaxError);
    const se = err as XmlSyntaxError;
    expect(se.line).toBeGreaterThanOrEqual(2);
    expect(se.libxmlMessage).toMatch(/mismatch/i);
    expect(se.message).toMatch(/^broken\.xml, line \d+: not well-formed XML/);
  });

  it('refuses undeclared entities as a syntax error', () => {
    expect(() => parseXmlSafely('<a>&nbsp;</a>', 'n.xml')).toThrow(XmlSyntaxError);
  });
});

describe('read helpers', () => {
  it('read the ProcessingResponse sample by local name, ignoring namespace and case', () => {
    const text = fs.readFileSync(path.join(samples, 'medfusion_doc_processing_response.xml'), 'utf8');
    const r = withXmlDocument(text, (_doc, root) => ({
      root: root.name,
      job: textOf(root, 'datajobid'),
      msg: textOf(root, 'MessageId'),
      status: textOf(root, 'ProcessingStatus'),
      resp: textOf(root, 'ResponseMessage'),
      missing: textOf(root, 'Nope'),
    }));
    expect(r).toEqual({
      root: 'ProcessingResponse',
      job: '652a26dc-2524-4ed2-9c58-6e7ea7384a2c',
      msg: '81e083a7-29c6-453d-864c-f6d8f3644eb5',
      status: 'Successful',
      resp: '',
      missing: undefined,
    });
  });

  it('walk a namespaced ProcessingStatus with paths', () => {
    const text = `<?xml version="1.0"?>
<ns:ProcessingStatus xmlns:ns="http://schema.intuit.com/health/v1">
  <DataJobId>J1</DataJobId>
  <Message><MessageId>M0</MessageId><Status><State>COMPLETED</State></Status></Message>
  <Message><MessageId>M1</MessageId><PracticeResourceId>42</PracticeResourceId>
    <Status><State>ERROR</State><StatusDate>2020-09-18T09:50:21</StatusDate></Status>
    <Error><Code>APPNT_CORE_SRV_014</Code><Description>Bad Request</Description><Severity>FATAL</Severity></Error>
  </Message>
</ns:ProcessingStatus>`;
    const r = withXmlDocument(text, (_doc, root) =>
      childElements(root, 'message').map((m) => ({
        id: textOf(m, 'MessageId'),
        state: textOf(m, 'Status', 'State'),
        err: textOf(m, 'Error', 'Description'),
        sev: firstChild(m, 'error') ? textOf(firstChild(m, 'error')!, 'severity') : undefined,
      })),
    );
    expect(r).toEqual([
      { id: 'M0', state: 'COMPLETED', err: undefined, sev: undefined },
      { id: 'M1', state: 'ERROR', err: 'Bad Request', sev: 'FATAL' },
    ]);
    expect(withXmlDocument(text, (_d, root) => findDescendants(root, 'state').length)).toBe(2);
  });

  it('read attributes case-insensitively', () => {
    expect(
      withXmlDocument('<a><S VendorName="v"/></a>', (_d, r) => attrOf(firstChild(r, 's')!, 'vendorname')),
    ).toBe('v');
  });
});
