// Schema validation with the real libxml2 (wasm) and our XSD: Medfusion's own samples pass,
// and every kind of mistake comes back naming the appointment, the element and what to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  formatXmlProblem,
  getAppointmentDataXsd,
  validateAppointmentData,
} from '../../main/xml/validate-appointment-data.ts';
import type { ValidationResult, XmlProblem } from '../../main/xml/validate-appointment-data.ts';
import { billionLaughs, readSample, samplesDir, xxeDocument } from './xml-test-helpers.ts';
import { hasXmllint } from '../support/system-components.ts';

const two = readSample('appointmentdata_two.xml');

function problemsOf(r: ValidationResult): XmlProblem[] {
  if (r.ok) throw new Error('expected the document to be refused');
  return r.problems;
}

/** The second <Appointments> (A-7002) of appointmentdata_two.xml, edited by `edit`. */
function editSecond(edit: (appt: string) => string): string {
  const i = two.lastIndexOf('<Appointments>');
  return two.slice(0, i) + edit(two.slice(i));
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-xml-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('validateAppointmentData: accepted documents', () => {
  it("accepts Medfusion's documented sample as it is (zone-less Time, empty Address2)", async () => {
    const r = await validateAppointmentData(readSample('medfusion_doc_sample.xml'));
    expect(r).toEqual({ ok: true, appointmentIds: ['123452'] });
  });

  it('accepts appointmentdata_two.xml and lists both ids in order', async () => {
    expect(await validateAppointmentData(two)).toEqual({ ok: true, appointmentIds: ['A-7001', 'A-7002'] });
  });
});

describe('validateAppointmentData: refused documents', () => {
  it('refuses an out-of-order element, naming the element and the AppointmentId', async () => {
    const xml = editSecond((a) =>
      a.replace(
        '<Status>CANCEL</Status>\n    <Type>NEW PATIENT</Type>',
        '<Type>NEW PATIENT</Type>\n    <Status>CANCEL</Status>',
      ),
    );
    const [p, ...rest] = problemsOf(await validateAppointmentData(xml));
    expect(rest).toHaveLength(0);
    expect(p!.appointmentId).toBe('A-7002');
    expect(p!.element).toBe('Status');
    expect(p!.message).toBe("Appointment A-7002: elements out of order: 'Status' must come before 'Type'");
    expect(p!.hint).toContain('PracticeIdentifier, AppointmentId, Status, Type');
    expect(p!.raw).toMatch(/Element 'Type': This element is not expected/);
    expect(p!.line).toBe(xml.slice(0, xml.indexOf('<Type>NEW PATIENT')).split('\n').length);
  });

  it('refuses a missing required element, naming it, its predecessor and the AppointmentId', async () => {
    const xml = editSecond((a) => a.replace('<Description>New patient visit</Description>', ''));
    const [p, ...rest] = problemsOf(await validateAppointmentData(xml));
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({ appointmentId: 'A-7002', element: 'Description' });
    expect(p!.message).toBe(
      "Appointment A-7002: element 'Description' is missing (expected after 'Type', before 'Time')",
    );
  });

  it('refuses a missing last child (Participant/ProviderName)', async () => {
    const xml = editSecond((a) => a.replace('<ProviderName>Karl Bosch</ProviderName>', ''));
    const [p] = problemsOf(await validateAppointmentData(xml));
    expect(p).toMatchObject({ appointmentId: 'A-7002', element: 'ProviderName' });
    expect(p!.message).toBe(
      "Appointment A-7002: element 'ProviderName' is missing in 'Participant' (expected after 'Identifier')",
    );
  });

  it('refuses empty and blank required elements once each (no libxml2 duplicates)', async () => {
    const xml = editSecond((a) =>
      a
        .replace('<FirstName>Kofi</FirstName>', '<FirstName></FirstName>')
        .replace('<LastName>Mensah</LastName>', '<LastName>   </LastName>'),
    );
    const ps = problemsOf(await validateAppointmentData(xml));
    expect(ps.map((p) => p.message)).toEqual([
      "Appointment A-7002: element 'FirstName' is empty",
      "Appointment A-7002: element 'LastName' is empty",
    ]);
    expect(ps[0]!.hint).toMatch(/Fill in 'FirstName'/);
  });

  it('accepts an empty Address2 but refuses an empty Address1', async () => {
    const ok = await validateAppointmentData(two.replace('<Address2></Address2>', '<Address2/>'));
    expect(ok.ok).toBe(true);
    const bad = problemsOf(
      await validateAppointmentData(two.replace('<Address1>100 Main St</Address1>', '<Address1/>')),
    );
    expect(bad[0]).toMatchObject({ appointmentId: 'A-7001', element: 'Address1' });
  });

  it('refuses an over-long value with the lengths', async () => {
    const long = 'x'.repeat(101);
    const xml = editSecond((a) =>
      a.replace('<Location>Main Street Clinic</Location>', `<Location>${long}</Location>`),
    );
    const [p] = problemsOf(await validateAppointmentData(xml));
    expect(p!.message).toBe(
      "Appointment A-7002: element 'Location' is too long (101 characters, at most 100 allowed)",
    );
  });

  it('refuses a bad Status, a bad Time, a negative amount and a zone-less DeviceLocalTime', async () => {
    const xml = readSample('medfusion_doc_sample.xml')
      .replace('<Status>NEW</Status>', '<Status>new</Status>')
      .replace('<Time>2016-12-23T00:00:00</Time>', '<Time>12/23/2016 10:00</Time>')
      .replace('<Copayment>\n    \t<Amount>23</Amount>', '<Copayment>\n    \t<Amount>-5</Amount>')
      .replace('DeviceLocalTime="2016-12-12T12:45:12-04:00"', 'DeviceLocalTime="2016-12-12T12:45:12"');
    const ms = problemsOf(await validateAppointmentData(xml)).map((p) => p.message);
    expect(ms).toEqual([
      "attribute 'DeviceLocalTime' of 'Sender' value '2016-12-12T12:45:12' has no UTC offset",
      "Appointment 123452: element 'Status' has the value 'new', which is not allowed",
      "Appointment 123452: element 'Time' value '12/23/2016 10:00' is not a valid date and time",
      "Appointment 123452: element 'Amount' is negative ('-5')",
    ]);
  });

  it('refuses a wrong namespace and a namespaced child', async () => {
    const v3 = two.replace('appointmentsdata/v1', 'appointmentsdata/v3');
    const [p] = problemsOf(await validateAppointmentData(v3));
    expect(p!.message).toMatch(
      /root element is 'AppointmentData' in namespace '.*\/v3', not AppointmentData v1/,
    );
    const noNs = two.replace(
      ' xmlns:ns2="http://schema.medfusion.com/appointmentsdata/v1"',
      ' xmlns:ns2="urn:other"',
    );
    expect(problemsOf(await validateAppointmentData(noNs))[0]!.message).toMatch(/namespace 'urn:other'/);
    const dflt = two
      .replace('<ns2:AppointmentData xmlns:ns2=', '<AppointmentData xmlns=')
      .replace('</ns2:AppointmentData>', '</AppointmentData>');
    expect(problemsOf(await validateAppointmentData(dflt))[0]!.message).toMatch(
      /'AppointmentMessageHeader' is in a namespace/,
    );
  });

  it('refuses an unknown element by name', async () => {
    const xml = editSecond((a) => a.replace('<Location>', '<Room>4</Room><Location>'));
    const [p] = problemsOf(await validateAppointmentData(xml));
    expect(p!.message).toBe(
      "Appointment A-7002: element 'Room' is not allowed here (expected 'Location' after 'Time')",
    );
  });

  it('names the right appointment even when the whole document is on one line', async () => {
    const oneLine = two
      .replace(/\n\s*/g, '')
      .replace('?>', '?>\n')
      .replace('<FirstName>Kofi</FirstName>', '<FirstName></FirstName>');
    const [p] = problemsOf(await validateAppointmentData(oneLine));
    expect(p).toMatchObject({ line: 2, appointmentId: 'A-7002', element: 'FirstName' });
  });

  it('names an appointment without an id by position', async () => {
    const xml = editSecond((a) =>
      a.replace('<AppointmentId>A-7002</AppointmentId>', '<AppointmentId></AppointmentId>'),
    );
    const [p] = problemsOf(await validateAppointmentData(xml));
    expect(p!.appointmentId).toBeUndefined();
    expect(p!.message).toBe("Appointment #2 (no AppointmentId): element 'AppointmentId' is empty");
  });

  it('returns syntax errors as problems with the line', async () => {
    const r = await validateAppointmentData('<?xml version="1.0"?>\n<a>\n<b>\n</a>', { fileName: 'cut.xml' });
    const [p] = problemsOf(r);
    expect(p!.line).toBeGreaterThanOrEqual(3);
    expect(formatXmlProblem(p!, 'cut.xml')).toMatch(
      /^cut\.xml, line \d+: not well-formed XML: .*mismatch.*export it again\.$/,
    );
  });
});

describe('validateAppointmentData: hostile documents', () => {
  it('refuses the xxe.xml fixture as a problem (no throw)', async () => {
    const [p] = problemsOf(
      await validateAppointmentData(fs.readFileSync(path.join(samplesDir, 'bad/xxe.xml'), 'utf8')),
    );
    expect(p).toMatchObject({ line: 2, element: '<!DOCTYPE' });
    expect(p!.message).toMatch(/refused/);
  });

  it('never reads the external entity: its unique marker appears in no output', async () => {
    const marker = `XXE-MARKER-${process.pid}-${Date.now()}`;
    const r = await validateAppointmentData(xxeDocument(tmp, marker), { fileName: 'leak.xml' });
    expect(r.ok).toBe(false);
    const out =
      JSON.stringify(r) +
      problemsOf(r)
        .map((p) => formatXmlProblem(p, 'leak.xml'))
        .join('\n');
    expect(out).not.toContain(marker);
    expect(out).toContain('refused');
  });

  it('refuses a billion-laughs document quickly', async () => {
    const t0 = performance.now();
    const [p] = problemsOf(await validateAppointmentData(billionLaughs()));
    expect(p!.message).toMatch(/'<!DOCTYPE'/);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('the XSD', () => {
  it('is readable and declares our namespace', () => {
    expect(getAppointmentDataXsd()).toContain(
      'targetNamespace="http://schema.medfusion.com/appointmentsdata/v1"',
    );
  });

  const xmllint = hasXmllint();
  it.skipIf(!xmllint)(
    'agrees with Debian xmllint on the fixtures (skipped when libxml2-utils is missing)',
    () => {
      const xsd = path.join(import.meta.dirname, '../../main/xml/schema/appointment-data-v1.xsd');
      for (const f of ['medfusion_doc_sample.xml', 'appointmentdata_two.xml']) {
        const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, path.join(samplesDir, f)], {
          encoding: 'utf8',
        });
        expect(r.stderr).toContain('validates');
        expect(r.status).toBe(0);
      }
      const bad = path.join(tmp, 'bad.xml');
      fs.writeFileSync(
        bad,
        editSecond((a) => a.replace('<Description>New patient visit</Description>', '')),
      );
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, bad], { encoding: 'utf8' });
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(
        /Element 'Time': This element is not expected\. Expected is one of \( Reason, Description \)/,
      );
    },
  );
});
