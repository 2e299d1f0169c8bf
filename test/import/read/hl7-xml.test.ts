// HL7 v2 SIU messages in their XML encoding (v2.xml, namespace urn:hl7-org:v2xml; Mirth
// Connect's non-strict <HL7Message>) read through the same SIU mapping as the text: the same
// message in both encodings gives the same appointment. Messages written here by hand with the
// v2.xml element names (segment groups SIU_S12.PATIENT / .RESOURCES, components by data type:
// EI.1, CX.5, XPN.1/FN.1, XCN.2/FN.1, TS.1); every expected value read off the message.
import fs from 'node:fs';
import path from 'node:path';
import { collect, tempDir } from '../convert/support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(ext: string, text: string): string {
  const file = path.join(dir, `siu-${++n}.${ext}`);
  fs.writeFileSync(file, text);
  return file;
}

const STRICT = `<?xml version="1.0" encoding="UTF-8"?>
<SIU_S12 xmlns="urn:hl7-org:v2xml">
  <MSH>
    <MSH.1>|</MSH.1>
    <MSH.2>^~\\&amp;</MSH.2>
    <MSH.7><TS.1>20270308060000-0700</TS.1></MSH.7>
    <MSH.9><MSG.1>SIU</MSG.1><MSG.2>S12</MSG.2><MSG.3>SIU_S12</MSG.3></MSH.9>
    <MSH.10>X1</MSH.10>
    <MSH.12><VID.1>2.5.1</VID.1></MSH.12>
  </MSH>
  <SCH>
    <SCH.2><EI.1>A771201</EI.1><EI.2>CADENCE</EI.2></SCH.2>
    <SCH.7><CE.1>FU</CE.1><CE.2>Knee &amp; hip pain</CE.2></SCH.7>
    <SCH.25><CE.1>Booked</CE.1></SCH.25>
  </SCH>
  <TQ1><TQ1.1>1</TQ1.1><TQ1.7><TS.1>202703091015-0700</TS.1></TQ1.7></TQ1>
  <SIU_S12.PATIENT>
    <PID>
      <PID.1>1</PID.1>
      <PID.3><CX.1>555-44-3333</CX.1><CX.4><HD.1>SSA</HD.1></CX.4><CX.5>SS</CX.5></PID.3>
      <PID.3><CX.1>7731002</CX.1><CX.4><HD.1>RMC</HD.1></CX.4><CX.5>MR</CX.5></PID.3>
      <PID.5><XPN.1><FN.1>KOWALSKI</FN.1></XPN.1><XPN.2>ANNA</XPN.2><XPN.7>L</XPN.7></PID.5>
      <PID.7><TS.1>19720911</TS.1></PID.7>
    </PID>
  </SIU_S12.PATIENT>
  <SIU_S12.RESOURCES>
    <RGS><RGS.1>1</RGS.1></RGS>
    <SIU_S12.PERSONNEL_RESOURCE>
      <AIP>
        <AIP.1>1</AIP.1>
        <AIP.3><XCN.1>4471</XCN.1><XCN.2><FN.1>NAKAMURA</FN.1></XCN.2><XCN.3>KENJI</XCN.3><XCN.7>MD</XCN.7></AIP.3>
        <AIP.4><CE.1>ATT</CE.1></AIP.4>
      </AIP>
    </SIU_S12.PERSONNEL_RESOURCE>
  </SIU_S12.RESOURCES>
</SIU_S12>
`;

/** The same message as text (segments end with a CR): SCH-7 at 7, SCH-25 at 25. */
const sch = (fields: Record<number, string>) =>
  ['SCH', ...Array.from({ length: 25 }, (_, i) => fields[i + 1] ?? '')].join('|');
const TEXT = [
  'MSH|^~\\&|||||20270308060000-0700||SIU^S12^SIU_S12|X1||2.5.1',
  sch({ 2: 'A771201^CADENCE', 7: 'FU^Knee \\T\\ hip pain', 25: 'Booked' }),
  'TQ1|1||||||202703091015-0700',
  'PID|1||555-44-3333^^^SSA^SS~7731002^^^RMC^MR||KOWALSKI^ANNA^^^^^L||19720911',
  'RGS|1',
  'AIP|1||4471^NAKAMURA^KENJI^^^^MD|ATT',
].join('\r');

const run = (file: string) => collect(file, { timeZone: 'America/Denver' });
const seen = (c: Awaited<ReturnType<typeof run>>) =>
  c.appointments.map((a) => ({
    id: a.appointmentId,
    status: a.status,
    start: a.start.toISOString(),
    patient: [a.patient.patientId, a.patient.lastName, a.patient.firstName, a.patient.dob],
    provider: a.participant.providerName,
    reason: a.reason,
  }));

describe('HL7 v2 SIU in XML', () => {
  it('a v2.xml SIU_S12 (segment groups, components by data type) is read as the same message as text', async () => {
    const xml = await run(write('xml', STRICT));
    expect(xml.summary.doubts).toEqual([]);
    expect(xml.errors).toEqual([]);
    // Denver is at -07:00 on 9 March 2027: 10:15 is 17:15Z. The MR, never the SSN before it.
    const want = [
      {
        id: 'A771201',
        status: 'NEW',
        start: '2027-03-09T17:15:00.000Z',
        patient: ['7731002', 'Kowalski', 'Anna', '1972-09-11'],
        provider: 'Kenji Nakamura, MD',
        reason: 'Knee & hip pain',
      },
    ];
    expect(seen(xml)).toEqual(want);
    // The row's line is the MSH element's (line 3 of the file).
    expect(xml.items.flatMap((i) => (i.kind === 'appointment' ? [i.line] : []))).toEqual([3]);
    expect(seen(await run(write('hl7', TEXT)))).toEqual(want);
  });

  it("an <escape V='T'/> element and a Mirth text escape (\\T\\) are the '&' they stand for", async () => {
    const escaped = await run(
      write('xml', STRICT.replace('Knee &amp; hip pain', 'Knee <escape V="T"/> hip pain')),
    );
    expect(seen(escaped).map((a) => a.reason)).toEqual(['Knee & hip pain']);
    const mirth = await run(
      write(
        'xml',
        `<HL7Message>
<MSH><MSH.1>|</MSH.1><MSH.2>^~\\&amp;</MSH.2><MSH.9><MSH.9.1>SIU</MSH.9.1><MSH.9.2>S12</MSH.9.2></MSH.9><MSH.10>M1</MSH.10></MSH>
<SCH><SCH.1><SCH.1.1>10001</SCH.1.1></SCH.1><SCH.7><SCH.7.2>Knee \\T\\ hip</SCH.7.2></SCH.7><SCH.11><SCH.11.4>20261208090000</SCH.11.4></SCH.11></SCH>
<PID><PID.3><PID.3.1>500123</PID.3.1><PID.3.5>MR</PID.3.5></PID.3><PID.5><PID.5.1>GARCIA</PID.5.1><PID.5.2>MARIA</PID.5.2></PID.5><PID.7><PID.7.1>19780314</PID.7.1></PID.7></PID>
</HL7Message>
`,
      ),
    );
    expect(mirth.errors).toEqual([]);
    // Denver is at -07:00 on 8 December 2026: 09:00 is 16:00Z.
    expect(seen(mirth)).toEqual([
      {
        id: '10001',
        status: 'NEW',
        start: '2026-12-08T16:00:00.000Z',
        patient: ['500123', 'Garcia', 'Maria', '1978-03-14'],
        provider: 'Unassigned provider', // no AIP nor PV1-7: the mapper's default
        reason: 'Knee & hip',
      },
    ]);
  });

  it("several messages in one document: an appointment's last message is its state", async () => {
    const message = STRICT.replace(/^<\?xml[^>]*>\n/, '');
    const cancel = message
      .replace('<MSG.2>S12</MSG.2>', '<MSG.2>S15</MSG.2>')
      .replace('<MSH.10>X1</MSH.10>', '<MSH.10>X2</MSH.10>')
      .replace('20270308060000-0700', '20270308070000-0700')
      .replace('<CE.1>Booked</CE.1>', '<CE.1>Cancelled</CE.1>');
    // Line 1 the declaration, 2 <Messages>; each message is 35 lines, its MSH the second: 4 and 39.
    const c = await run(write('xml', `<?xml version="1.0"?>\n<Messages>\n${message}${cancel}</Messages>\n`));
    expect(c.errors).toEqual([]);
    expect(seen(c).map((a) => [a.id, a.status])).toEqual([['A771201', 'CANCEL']]);
    expect(c.skipped.map((s) => s.reason)).toEqual([
      "message 1 (MSH-10 control id 'X1') (SIU^S12) is replaced by message 2 (MSH-10 control id 'X2') (SIU^S15, line 39), the appointment's last message in this file",
    ]);
  });
});
