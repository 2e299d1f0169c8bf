// Red-team probes, round 54h: HL7 v2 SIU feeds and FHIR R4 Appointments pushed to send a wrong
// appointment (a cancelled one as booked, a booked one cancelled, the message's own time, the
// wrong patient, one visit twice). Every outcome was worked out by hand from the standards before
// the probe first ran: HL7 v2.5.1 chapter 10 (events S12-S26, SCH-25 table 0278), chapter 2
// (escapes, DTM), table 0200 (name types), table 0203 (identifier types); FHIR R4 Appointment
// (hl7.org/fhir/R4/appointment.html, status value set, participant status) and Bundle (history
// bundles list the newest version first: hl7.org/fhir/R4/http.html#history). A probe lists what
// may be sent; a row error, a skip or a hold instead is never wrong, a send not listed is. A probe
// whose name starts with FAULT was a wrong send before its fix.
// Times, by hand: Chicago is UTC-6 on 2 March 2027 (daylight time begins 14 March): 09:00 is
// 15:00Z, 10:00 is 16:00Z.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportFileError } from '../../../main/import/read/export-file-error.ts';
import { collect, tempDir } from '../convert/support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
type Result = Awaited<ReturnType<typeof collect>>;
async function run(text: string, ext = 'hl7'): Promise<Result | ExportFileError> {
  const file = path.join(dir, `probe-${++n}.${ext}`);
  fs.writeFileSync(file, text);
  try {
    return await collect(file, { timeZone: 'America/Chicago' });
  } catch (e) {
    if (e instanceof ExportFileError) return e;
    throw e;
  }
}
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
/** What would be sent: `id status start patientId last,first`, nothing when the file is held or
 *  refused. */
function sent(r: Result | ExportFileError): string[] {
  if (r instanceof ExportFileError || held(r)) return [];
  return r.appointments.map(
    (a) =>
      `${a.appointmentId} ${a.status} ${a.start.toISOString().slice(0, 16)} ${a.patient.patientId} ${a.patient.lastName},${a.patient.firstName}`,
  );
}
function errorsOf(r: Result | ExportFileError): string[] {
  return r instanceof ExportFileError ? [] : r.errors.map((e) => e.column ?? '');
}

interface Msg {
  event?: string;
  id?: string;
  control?: string;
  sent?: string;
  timing?: string;
  status?: string;
  pid3?: string;
  name?: string;
  pid19?: string;
  before?: string[];
  extra?: string[];
}
function siu(m: Msg = {}): string[] {
  const event = m.event ?? 'S12';
  return [
    `MSH|^~\\&|PM|CLINIC|PORTAL|MF|${m.sent ?? '20270301080000'}||SIU^${event}|${m.control ?? `C${event}`}|P|2.5.1`,
    ...(m.before ?? []),
    `SCH|P${m.id ?? '7001'}|${m.id ?? '7001'}|||||ROUTINE^Routine|OFFICE^Office visit|30|MIN|${m.timing ?? '^^30^202703020900'}||||||||||||||${m.status ?? ''}`,
    `PID|1||${m.pid3 ?? '884512^^^CLINIC^MR'}||${m.name ?? 'WHITAKER^JANET^L'}||19610417|F${m.pid19 ? `|||||||||||${m.pid19}` : ''}`,
    ...(m.extra ?? []),
    'AIP|1||1234^LEE^ANNA^^^^MD|ATT',
  ];
}
const feed = (...messages: string[][]): string => messages.map((m) => m.join('\r') + '\r').join('');
const BOOKED_0900 = '7001 NEW 2027-03-02T15:00 884512 Whitaker,Janet';

describe('SIU events and the filler status', () => {
  it('S12 booked, S13 moved to 10:00, S15 cancelled: each as the standard says', async () => {
    expect(sent(await run(feed(siu())))).toEqual([BOOKED_0900]);
    expect(sent(await run(feed(siu({ event: 'S13', timing: '^^30^202703021000' }))))).toEqual([
      '7001 NEW 2027-03-02T16:00 884512 Whitaker,Janet',
    ]);
    expect(sent(await run(feed(siu({ event: 'S15' }))))).toEqual([
      '7001 CANCEL 2027-03-02T15:00 884512 Whitaker,Janet',
    ]);
  });

  it('FAULT MSH-9 SIU^S12 beside EVN-1 S15 (two events in one message): never sent as booked', async () => {
    const r = await run(feed(siu({ before: ['EVN|S15|20270301080000'] })));
    expect(sent(r)).toEqual([]);
  });

  it('MSH-9 and EVN-1 naming the same event: read as usual', async () => {
    expect(sent(await run(feed(siu({ before: ['EVN|S12|20270301080000'] }))))).toEqual([BOOKED_0900]);
  });

  it('MSH-9 with no event (SIU only) and EVN-1 S15: never booked', async () => {
    const msg = siu({ before: ['EVN|S15|20270301080000'] });
    msg[0] = msg[0]!.replace('SIU^S12', 'SIU');
    const out = sent(await run(feed(msg)));
    expect(out.filter((s) => s.includes(' NEW '))).toEqual([]);
  });

  it('FAULT S16 (discontinued) whose SCH-25 says Booked: never sent as booked', async () => {
    const r = await run(feed(siu({ event: 'S16', status: 'Booked' })));
    expect(sent(r).filter((s) => s.includes(' NEW '))).toEqual([]);
  });

  it('S16 with no SCH-25: Dc, asked (HL7 does not say whether it took place)', async () => {
    const r = await run(feed(siu({ event: 'S16' })));
    expect(sent(r)).toEqual([]);
  });

  it('SCH-25 "" (the null value) leaves the event to speak', async () => {
    expect(sent(await run(feed(siu({ event: 'S15', status: '""' }))))).toEqual([
      '7001 CANCEL 2027-03-02T15:00 884512 Whitaker,Janet',
    ]);
  });
});

describe('SIU timing', () => {
  it.each([
    ['an offset (YYYYMMDDHHMM-0600)', '^^30^202703020900-0600'],
    ['seconds', '^^30^20270302090000'],
    ['seconds and an offset', '^^30^20270302090000-0600'],
    ['a degree of precision subcomponent (v2.3 TS)', '^^30^202703020900&M'],
  ])('SCH-11.4 with %s: 09:00 Chicago', async (_, timing) => {
    expect(sent(await run(feed(siu({ timing }))))).toEqual([BOOKED_0900]);
  });

  it('SCH-11.4 with only a date: a row error, never midnight', async () => {
    const r = await run(feed(siu({ timing: '^^30^20270302' })));
    expect(sent(r)).toEqual([]);
    expect(errorsOf(r)).toEqual(['SCH-11.4']);
  });

  it('FAULT two TQ1 segments naming two starts: neither is sent', async () => {
    const r = await run(
      feed(siu({ timing: '', extra: ['TQ1|1||||||202703020900', 'TQ1|2||||||202703021400'] })),
    );
    expect(sent(r)).toEqual([]);
  });

  it('two TQ1 segments naming the same start: sent', async () => {
    const r = await run(
      feed(siu({ timing: '', extra: ['TQ1|1||||||202703020900', 'TQ1|2||||||202703020900'] })),
    );
    expect(sent(r)).toEqual([BOOKED_0900]);
  });

  it('FAULT SCH-11 repeated with two starts (an old and a new timing): neither is sent', async () => {
    const r = await run(feed(siu({ event: 'S13', timing: '^^30^202703020900~^^30^202703021400' })));
    expect(sent(r)).toEqual([]);
  });

  it('FAULT two services (AIS) at 09:00 and 08:30, no TQ1 or SCH-11: not 09:00 (the first written)', async () => {
    const r = await run(
      feed(
        siu({
          timing: '',
          extra: [
            'AIS|1||OV^Office visit|202703020900|||30|MIN',
            'AIS|2||LAB^Blood draw|202703020830|||15|MIN',
          ],
        }),
      ),
    );
    expect(sent(r).filter((s) => s.includes('T15:00'))).toEqual([]);
  });

  it('AIS-4 alone, its length in hours (AIS-7/8 1 H): the start is AIS-4', async () => {
    const r = await run(feed(siu({ timing: '', extra: ['AIS|1||OV^Office visit|202703020900|||1|H'] })));
    expect(sent(r)).toEqual([BOOKED_0900]);
  });
});

describe('an SIU batch', () => {
  const batch = (...messages: string[][]): string =>
    [
      'FHS|^~\\&|PM|CLINIC',
      'BHS|^~\\&|PM|CLINIC',
      ...messages.map((m) => m.join('\r')),
      'BTS|3',
      'FTS|1',
    ].join('\r') + '\r';

  it('booked, moved, cancelled in the order sent: the cancellation', async () => {
    const r = await run(
      batch(
        siu({ control: 'A1', sent: '20270301080000' }),
        siu({ event: 'S13', control: 'A2', sent: '20270301090000', timing: '^^30^202703021000' }),
        siu({ event: 'S15', control: 'A3', sent: '20270301100000', timing: '^^30^202703021000' }),
      ),
    );
    expect(sent(r)).toEqual(['7001 CANCEL 2027-03-02T16:00 884512 Whitaker,Janet']);
  });

  it('the cancellation written first but sent last (MSH-7): never the booking', async () => {
    const r = await run(
      batch(
        siu({ event: 'S15', control: 'A3', sent: '20270301100000' }),
        siu({ control: 'A1', sent: '20270301080000' }),
      ),
    );
    expect(sent(r)).toEqual([]);
  });

  it('the same message twice (one MSH-10): one appointment', async () => {
    expect(sent(await run(batch(siu({ control: 'A1' }), siu({ control: 'A1' }))))).toEqual([BOOKED_0900]);
  });

  it('FAULT booked, then a cancellation the file cannot read (a line break inside a field): not the booking', async () => {
    const cancel = siu({ event: 'S15', control: 'A3', sent: '20270301100000' });
    cancel.splice(2, 0, 'NTE|1||patient called', 'to cancel');
    const r = await run(feed(siu({ control: 'A1' }), cancel));
    expect(sent(r)).toEqual([]);
  });

  it('FAULT booked, then SCH-25 Pending (no longer confirmed): not the booking', async () => {
    const r = await run(
      feed(
        siu({ control: 'A1' }),
        siu({ event: 'S14', control: 'A2', sent: '20270301090000', status: 'Pending' }),
      ),
    );
    expect(sent(r)).toEqual([]);
  });

  it('MLLP frame bytes around each message, CRLF between segments: read', async () => {
    const text = [siu({ control: 'A1' }), siu({ id: '7002', control: 'A2', timing: '^^30^202703021000' })]
      .map((m) => `\x0b${m.join('\r\n')}\r\n\x1c\r`)
      .join('');
    expect(sent(await run(text))).toEqual([BOOKED_0900, '7002 NEW 2027-03-02T16:00 884512 Whitaker,Janet']);
  });
});

describe('SIU patient', () => {
  it('PID-3 an SSN typed SS alone: never the patient id (the patient is known by name and birth date)', async () => {
    const out = sent(await run(feed(siu({ pid3: '123-45-6789^^^SSA^SS' }))));
    expect(out).toHaveLength(1);
    expect(out.filter((s) => s.includes('123'))).toEqual([]);
  });

  it.each([
    ['an SSN typed SS (nine digits) beside the MR', '123456789^^^USSSA^SS~884512^^^CLINIC^MR', '884512'],
    ['an MR after a PT', '55501^^^CLINIC^PT~884512^^^CLINIC^MR', '884512'],
  ])('PID-3 %s', async (_, pid3, id) => {
    const out = sent(await run(feed(siu({ pid3 }))));
    expect(out).toEqual([`7001 NEW 2027-03-02T15:00 ${id} Whitaker,Janet`]);
  });

  it('FAULT PID-3 untyped nine digits assigned by the Social Security Administration (CX-4 SSA): never the patient id', async () => {
    const out = sent(await run(feed(siu({ pid3: '123456789^^^SSA' }))));
    expect(out.filter((s) => s.includes('123456789'))).toEqual([]);
  });

  it('FAULT PID-3 untyped nine digits that are PID-19 (the SSN): never the patient id', async () => {
    const out = sent(await run(feed(siu({ pid3: '123456789', pid19: '123-45-6789' }))));
    expect(out.filter((s) => s.includes('123456789'))).toEqual([]);
  });

  it('FAULT PID-5 an alias (type A) first, the name with no type second: the alias is never the name', async () => {
    const out = sent(await run(feed(siu({ name: 'DOE^JANE^^^^^A~WHITAKER^JANET^L' }))));
    expect(out.filter((s) => s.includes('Doe'))).toEqual([]);
  });

  it('PID-5 a nickname (N) first and the legal name (L) second: the legal one', async () => {
    const out = sent(await run(feed(siu({ name: 'WHITAKER^JAN^^^^^N~WHITAKER^JANET^L^^^^L' }))));
    expect(out).toEqual([BOOKED_0900]);
  });

  it('an escaped component separator in a family name (SMITH\\S\\JONES) never splits it: Jones is no given name', async () => {
    const r = await run(feed(siu({ name: 'SMITH\\S\\JONES^JANET' })));
    const names = r instanceof ExportFileError ? [] : r.appointments.map((a) => a.patient.firstName);
    expect(names.filter((g) => g !== 'Janet')).toEqual([]);
  });
});

// ---------- FHIR ----------
function appt(over: Record<string, unknown> = {}, patient = 'Patient/p1'): Record<string, unknown> {
  return {
    resourceType: 'Appointment',
    id: 'a1',
    status: 'booked',
    start: '2027-03-02T09:00:00-06:00',
    end: '2027-03-02T09:30:00-06:00',
    participant: [
      { actor: { reference: patient, display: 'Janet Whitaker' }, status: 'accepted' },
      { actor: { reference: 'Practitioner/d1', display: 'Anna Lee' }, status: 'accepted' },
    ],
    ...over,
  };
}
const PATIENT = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ use: 'official', family: 'Whitaker', given: ['Janet'] }],
  birthDate: '1961-04-17',
};
function bundle(resources: Array<Record<string, unknown>>, type = 'searchset'): string {
  return JSON.stringify(
    {
      resourceType: 'Bundle',
      type,
      entry: resources.map((r) => ({
        fullUrl: `https://ehr.example/fhir/${r['resourceType']}/${r['id']}`,
        resource: r,
      })),
    },
    null,
    2,
  );
}
const fhir = (text: string) => run(text, 'json');
const F_BOOKED = 'a1 NEW 2027-03-02T15:00 p1 Whitaker,Janet';

describe('FHIR Appointment status', () => {
  it.each([
    ['booked', ['a1 NEW']],
    ['arrived', ['a1 NEW']],
    ['checked-in', ['a1 NEW']],
    ['fulfilled', ['a1 NEW']],
    ['noshow', ['a1 NEW']],
    ['cancelled', ['a1 CANCEL']],
    ['entered-in-error', ['a1 CANCEL']],
    ['proposed', []],
    ['pending', []],
    ['waitlist', []],
  ])('%s', async (status, expected) => {
    const out = sent(await fhir(bundle([appt({ status }), PATIENT])));
    expect(out.map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(expected);
  });

  it('FAULT no status at all (FHIR requires one): never sent as booked', async () => {
    const a = appt();
    delete a['status'];
    expect(sent(await fhir(bundle([a, PATIENT])))).toEqual([]);
  });

  it('FAULT booked with a cancelationReason: not sent as booked', async () => {
    const r = await fhir(
      bundle([
        appt({ cancelationReason: { coding: [{ code: 'pat' }], text: 'Patient cancelled' } }),
        PATIENT,
      ]),
    );
    expect(sent(r).filter((s) => s.includes(' NEW '))).toEqual([]);
  });

  it("FAULT the patient participant's status declined with the appointment booked: not sent as booked", async () => {
    const a = appt();
    (a['participant'] as Array<Record<string, unknown>>)[0]!['status'] = 'declined';
    expect(sent(await fhir(bundle([a, PATIENT]))).filter((s) => s.includes(' NEW '))).toEqual([]);
  });

  it("the patient participant's status needs-action, the appointment booked: sent (booked is the server's word)", async () => {
    const a = appt();
    (a['participant'] as Array<Record<string, unknown>>)[0]!['status'] = 'needs-action';
    expect(sent(await fhir(bundle([a, PATIENT])))).toEqual([F_BOOKED]);
  });
});

describe('FHIR Appointment timing and bundles', () => {
  it('start with minutesDuration and no end: the start', async () => {
    const a = appt({ minutesDuration: 30 });
    delete a['end'];
    expect(sent(await fhir(bundle([a, PATIENT])))).toEqual([F_BOOKED]);
  });

  it('start without an offset: a row error', async () => {
    const r = await fhir(bundle([appt({ start: '2027-03-02T09:00:00' }), PATIENT]));
    expect(sent(r)).toEqual([]);
  });

  it('start a date only: never midnight', async () => {
    const r = await fhir(bundle([appt({ start: '2027-03-02', end: undefined }), PATIENT]));
    expect(sent(r)).toEqual([]);
  });

  it("a Slot and Schedule beside the Appointment: the Appointment's start, not the Slot's", async () => {
    const slot = {
      resourceType: 'Slot',
      id: 's1',
      schedule: { reference: 'Schedule/sc1' },
      status: 'busy',
      start: '2027-03-02T08:00:00-06:00',
      end: '2027-03-02T08:30:00-06:00',
    };
    const schedule = { resourceType: 'Schedule', id: 'sc1', actor: [{ reference: 'Practitioner/d1' }] };
    const r = await fhir(bundle([schedule, slot, appt({ slot: [{ reference: 'Slot/s1' }] }), PATIENT]));
    expect(sent(r)).toEqual([F_BOOKED]);
  });

  it('two Patient participants: never one picked', async () => {
    const a = appt();
    (a['participant'] as unknown[]).push({ actor: { reference: 'Patient/p2' }, status: 'accepted' });
    const p2 = { ...PATIENT, id: 'p2', name: [{ use: 'official', family: 'Ortiz', given: ['Ramon'] }] };
    expect(sent(await fhir(bundle([a, PATIENT, p2])))).toEqual([]);
  });

  it('a history bundle (newest version first: cancelled, then the booked one): never the booking', async () => {
    const r = await fhir(
      bundle(
        [
          appt({ status: 'cancelled', meta: { versionId: '2' } }),
          appt({ meta: { versionId: '1' } }),
          PATIENT,
        ],
        'history',
      ),
    );
    expect(sent(r).filter((s) => s.includes(' NEW '))).toEqual([]);
  });

  it('one Appointment twice in a searchset (two pages joined): one appointment or none, never two', async () => {
    const r = await fhir(bundle([appt(), appt(), PATIENT]));
    expect(sent(r).length).toBeLessThanOrEqual(1);
  });
});

describe('an unreadable last word (round 54h, after the fixes)', () => {
  it('booked, then a message whose MSH-9 and EVN-1 disagree: the booking is not sent', async () => {
    const r = await run(
      feed(
        siu({ control: 'A1' }),
        siu({ event: 'S14', control: 'A2', sent: '20270301090000', before: ['EVN|S15|20270301090000'] }),
      ),
    );
    expect(sent(r)).toEqual([]);
    expect(errorsOf(r)).toEqual(['EVN-1']);
  });
});
