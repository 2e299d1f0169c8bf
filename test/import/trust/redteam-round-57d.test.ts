// Red team, round 57d: API dumps that are neither FHIR nor HL7 (JSON arrays, envelopes and JSON
// Lines from booking services and scripts; XML from vendor SOAP and REST services), attacked for
// WRONG SENDS (a record sent booked that is off, at another time, as another person, under
// another id) and false holds. Each probe is the three appointments of structured-probes.ts
// (Hollis, Obi, Lindqvist) with the sign under test on Obi's record. Outcomes were worked out by
// hand, from the file and the vendors' public API documentation, before the first run
// (structured-probes.ts `Outcome`). Calendar, by hand: Los Angeles and Denver are on daylight
// time from 14 March 2027 (UTC-7, UTC-6); 2027-03-22T16:00Z is 1805731200 s after the epoch
// (20,899 days of 86,400 s to 2027-03-22, plus 16 h).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  clock,
  explain,
  fits,
  type Outcome,
  PEOPLE,
  type Person,
  structuredRunner,
  usDate,
  xmlFile,
} from './structured-probes.ts';
import type { Run } from './three-row-probes.ts';
import { collect } from '../convert/support.ts';

const files = exportFiles('redteam-round-57d');
const run = structuredRunner(files);
const [HOLLIS, OBI, LINDQVIST] = PEOPLE;
const ALL = [HOLLIS, OBI, LINDQVIST];
type J = Record<string, unknown>;

/** UTC instants of the three visits (Los Angeles, UTC-7), by hand. */
const UTC = ['2027-03-22T16:00:00Z', '2027-03-22T17:00:00Z', '2027-03-23T20:30:00Z'];
const utc = (p: Person): string => UTC[ALL.indexOf(p)]!;
/** Seconds since the epoch of each visit: 2027-03-22T00:00Z is 20,899 days of 86,400 s. */
const DAY0 = 20899 * 86400;
const EPOCH = [DAY0 + 16 * 3600, DAY0 + 17 * 3600, DAY0 + 86400 + 20 * 3600 + 1800];
const epoch = (p: Person): number => EPOCH[ALL.indexOf(p)]!;
const withOffset = (p: Person): string => `${p.at}:00-07:00`;
/** Thirty minutes after the visit's start (each starts on the hour or half hour), with its offset. */
const endAt = (p: Person): string =>
  `${p.at.slice(0, 11)}${String(Number(p.at.slice(11, 13)) + (p.at.slice(14) === '30' ? 1 : 0)).padStart(2, '0')}:${p.at.slice(14) === '30' ? '00' : '30'}:00-07:00`;

// ---------------------------------------------------------------------------------------------
// JSON API dumps. The connector reads no JSON but FHIR's (message-formats.ts): each file below is
// refused naming what it is, which is no wrong send; the outcome says what a careful person would
// send, so that a JSON reader added later is held to it.
// ---------------------------------------------------------------------------------------------
/** A record as a booking API writes it: `over` replaces or adds keys on Obi's record only. */
const apiRecord = (p: Person, over: J = {}): J => ({
  id: Number(p.appt),
  start_at: withOffset(p),
  end_at: endAt(p),
  status: 'booked',
  patient: { id: Number(p.id), first_name: p.given, last_name: p.family, dob: p.dob },
  practitioner: { id: Number(p.provider[0]), name: `Dr. ${p.provider[2]} ${p.provider[1]}` },
  ...(p === OBI ? over : {}),
});
const arr = (over: J = {}): J[] => ALL.map((p) => apiRecord(p, over));

describe('A. JSON: envelopes and shapes', () => {
  it.each<[string, string, Outcome]>([
    ['a bare array', JSON.stringify(arr()), 'booked'],
    ['a bare array, Obi cancelled', JSON.stringify(arr({ status: 'cancelled' })), 'cancel'],
    ['{data:[...]}', JSON.stringify({ data: arr() }), 'booked'],
    [
      '{appointments:[...], meta:{...}}',
      JSON.stringify({ appointments: arr(), meta: { total: 3 } }),
      'booked',
    ],
    [
      'a page: has_more true',
      JSON.stringify({ data: arr(), has_more: true, next_page: '/v1/appointments?page=2' }),
      'booked',
    ],
    [
      'a page: total 40 over 3',
      JSON.stringify({ appointments: arr(), meta: { total_count: 40, page: 1, per_page: 3 } }),
      'booked',
    ],
    [
      'JSON Lines',
      arr()
        .map((r) => JSON.stringify(r))
        .join('\n'),
      'booked',
    ],
    [
      'JSON Lines, Obi cancelled',
      arr({ status: 'cancelled' })
        .map((r) => JSON.stringify(r))
        .join('\n'),
      'cancel',
    ],
    [
      'Healthie GraphQL: {data:{appointments:[...]}}',
      JSON.stringify({
        data: {
          appointments: ALL.map((p) => ({
            id: p.appt,
            date: `${p.at.replace('T', ' ')}:00 -0700`,
            pm_status: p === OBI ? 'Cancelled' : 'Occurred',
            user: { id: p.id, first_name: p.given, last_name: p.family, dob: p.dob },
            provider: { full_name: `${p.provider[2]} ${p.provider[1]}` },
          })),
        },
      }),
      'notBooked',
    ],
    [
      'a GraphQL answer with errors beside partial data',
      JSON.stringify({
        data: { appointments: arr().slice(0, 2) },
        errors: [{ message: 'timeout', path: ['appointments', 2] }],
      }),
      'held',
    ],
    ['an error object only', JSON.stringify({ error: { code: 401, message: 'Unauthorized' } }), 'held'],
    [
      'appointments under each patient',
      JSON.stringify({
        patients: ALL.map((p) => ({
          id: p.id,
          first_name: p.given,
          last_name: p.family,
          dob: p.dob,
          appointments: [{ id: p.appt, start_at: withOffset(p), status: p === OBI ? 'cancelled' : 'booked' }],
        })),
      }),
      'cancel',
    ],
    [
      'an object keyed by appointment id',
      JSON.stringify(Object.fromEntries(ALL.map((p) => [p.appt, apiRecord(p)]))),
      'booked',
    ],
    ['the array pretty-printed with a BOM', `\uFEFF${JSON.stringify(arr(), null, 2)}`, 'booked'],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'json');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('B. JSON: who is the patient, what the status is, when', () => {
  const guardian = { first_name: 'Abena', last_name: 'Mensah', dob: '1975-02-11' };
  it.each<[string, J, Outcome]>([
    ['a guardian object beside the patient', { guardian }, 'booked'],
    [
      'created_by and updated_by people',
      { created_by: { name: 'Dana Kim' }, updated_by: { name: 'Lee Ray' } },
      'booked',
    ],
    ['no patient object, only a guardian (the child unnamed)', { patient: undefined, guardian }, 'held'],
    ['status as an object {code, display}', { status: { code: 'CX', display: 'Cancelled' } }, 'notBooked'],
    ['status as a number (no legend)', { status: 3 }, 'held'],
    ['cancelled_at set, status booked', { cancelled_at: '2027-03-20T14:02:11Z' }, 'notBooked'],
    ['cancelled_at null', { cancelled_at: null }, 'booked'],
    ['deleted true', { deleted: true }, 'notBooked'],
    ['deleted_at set', { deleted_at: '2027-03-20T14:02:11Z' }, 'notBooked'],
    ['is_cancelled the string "false"', { is_cancelled: 'false' }, 'booked'],
    ['is_cancelled the string "true"', { is_cancelled: 'true' }, 'notBooked'],
    ['Acuity: canceled true', { canceled: true }, 'notBooked'],
    // A no-show is NEW in the status table (status-words.ts): revised from 'notBooked' with the
    // XML probes of section E after the first run.
    ['Cliniko: did_not_arrive true', { did_not_arrive: true }, 'booked'],
    ['Cliniko: archived_at set', { archived_at: '2027-03-20T14:02:11Z' }, 'notBooked'],
    ['Square: status CANCELLED_BY_CUSTOMER', { status: 'CANCELLED_BY_CUSTOMER' }, 'notBooked'],
    ['Square: status NO_SHOW', { status: 'NO_SHOW' }, 'booked'],
    ['Calendly: status canceled', { status: 'canceled' }, 'notBooked'],
    ['start in epoch seconds', { start_at: epoch(OBI), end_at: epoch(OBI) + 1800 }, 'booked'],
    [
      'start in epoch milliseconds',
      { start_at: epoch(OBI) * 1000, end_at: (epoch(OBI) + 1800) * 1000 },
      'booked',
    ],
    ['start in UTC with Z', { start_at: UTC[1] }, 'booked'],
    ['start naive (no offset) while the others carry one', { start_at: `${OBI.at}:00` }, 'held'],
    ['start in UTC plus timezone America/Denver', { start_at: UTC[1], timezone: 'America/Denver' }, 'booked'],
    [
      'start naive plus timezone America/Denver (10:00 MDT = 16:00Z)',
      { start_at: `${OBI.at}:00`, timezone: 'America/Denver' },
      ['2027-03-22T16:00 NEW Hollis', '2027-03-22T16:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
    ['start + duration, no end', { end_at: undefined, duration: 30 }, 'booked'],
    ['end before start', { end_at: '2027-03-22T09:30:00-07:00' }, 'held'],
    ['start null', { start_at: null }, 'held'],
    ['start ""', { start_at: '' }, 'held'],
    ['start missing', { start_at: undefined }, 'held'],
    [
      'last_name null',
      { patient: { id: Number(OBI.id), first_name: OBI.given, last_name: null, dob: OBI.dob } },
      'held',
    ],
    ['id 1.0e6 written as a float', { id: 1.0e6 }, 'booked'],
    ['keys in Spanish (cita, paciente, estado anulada)', { estado: 'anulada' }, 'notBooked'],
    ['keys in French (statut annulé)', { statut: 'annulé' }, 'notBooked'],
  ])('%s', async (_name, over, outcome) => {
    const r = await run(JSON.stringify(arr(over)), 'json');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });

  it('the same record twice, the later one (updated_at newer) cancelled, written first', async () => {
    const records = [
      apiRecord(HOLLIS),
      { ...apiRecord(OBI, { status: 'cancelled' }), updated_at: '2027-03-21T09:00:00Z' },
      { ...apiRecord(OBI), updated_at: '2027-03-10T09:00:00Z' },
      apiRecord(LINDQVIST),
    ];
    const r = await run(JSON.stringify(records), 'json');
    expect(fits(r, 'notBooked'), explain(r)).toBe(true);
  });

  it('ids over 2^53 stay distinct and exact', async () => {
    const text = `[${ALL.map((p, i) => JSON.stringify(apiRecord(p)).replace(/^\{"id":\d+/, `{"id":900719925474099${3 + 2 * i}`)).join(',')}]`;
    const r = await run(text, 'json');
    expect(idsExact(r, ['9007199254740993', '9007199254740995', '9007199254740997']), explain(r)).toBe(true);
  });
});

/** Held or refused, or sent under exactly these appointment ids (a big id rounded is a wrong id). */
const idsExact = (r: Run, ids: string[]): boolean =>
  r === 'refused' ||
  (r.summary.doubts ?? []).length > 0 ||
  JSON.stringify(r.appointments.map((a) => a.appointmentId).sort()) === JSON.stringify([...ids].sort());

// ---------------------------------------------------------------------------------------------
// XML from vendor web services: SOAP envelopes, nested people, status objects, instants
// ---------------------------------------------------------------------------------------------
const patientXml = (p: Person, tag = 'Patient'): string =>
  `<${tag}><ID>${p.id}</ID><LastName>${p.family}</LastName><FirstName>${p.given}</FirstName><DOB>${usDate(p.dob)}</DOB></${tag}>`;
const dateTime = (p: Person): string => `<Date>${usDate(p.at)}</Date><Time>${clock(p.at)}</Time>`;
const rest = (p: Person): string =>
  `<Provider>Dr. ${p.provider[2]} ${p.provider[1]}</Provider><ApptID>${p.appt}</ApptID>`;
const base = (p: Person): string => dateTime(p) + patientXml(p) + rest(p);
/** Obi's record gets `obi`, the others `others`. */
const on = (p: Person, obi: string, others = ''): string => (p === OBI ? obi : others);
const soap = (records: string, header = '', afterRecords = ''): string =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<soap:Header>${header}</soap:Header>`,
    '<soap:Body><GetAppointmentsResponse xmlns="http://vendor.example/scheduling/">',
    `<GetAppointmentsResult>${records}</GetAppointmentsResult>${afterRecords}`,
    '</GetAppointmentsResponse></soap:Body></soap:Envelope>',
    '',
  ].join('\n');
const soapRecords = (inner: (p: Person) => string): string =>
  ALL.map((p) => `<Appointment>${inner(p)}</Appointment>`).join('\n');

describe('C. XML: SOAP envelopes', () => {
  it.each<[string, string, Outcome]>([
    ['as written', soap(soapRecords((p) => base(p) + '<Status>Scheduled</Status>')), 'booked'],
    [
      'Obi cancelled',
      soap(soapRecords((p) => base(p) + `<Status>${on(p, 'Cancelled', 'Scheduled')}</Status>`)),
      'cancel',
    ],
    [
      'a Fault and no records',
      soap(
        '',
        '',
        '<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Session expired</faultstring></soap:Fault>',
      ).replace('<GetAppointmentsResult></GetAppointmentsResult>', ''),
      'held',
    ],
    [
      'a Fault after the records (the answer cut short)',
      soap(
        soapRecords((p) => base(p)),
        '',
        '<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Timeout: results truncated</faultstring></soap:Fault>',
      ),
      'held',
    ],
    [
      'a paging header saying more pages follow',
      soap(soapRecords(base), '<Paging><Page>1</Page><HasMore>true</HasMore></Paging>'),
      'booked',
    ],
    [
      'the records in a typed array (xsi:type, ArrayOfAppointment)',
      soap(
        `<ArrayOfAppointment>${ALL.map((p) => `<Appointment xsi:type="ApptDto">${base(p)}</Appointment>`).join('')}</ArrayOfAppointment>`,
      ),
      'booked',
    ],
    [
      'WCF DataContract prefixes, a nil CancelledDate on the others, a date on Obi',
      soap(
        ALL.map(
          (p) =>
            `<a:AppointmentDto xmlns:a="http://schemas.datacontract.org/2004/07/Vendor.Dto" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><a:ApptID>${p.appt}</a:ApptID><a:CancelledDate${on(p, '>2027-03-20T14:02:11</a:CancelledDate>', ' i:nil="true"/>')}<a:DOB>${p.dob}T00:00:00</a:DOB><a:FirstName>${p.given}</a:FirstName><a:LastName>${p.family}</a:LastName><a:StartTime>${p.at}:00</a:StartTime><a:Status>Scheduled</a:Status></a:AppointmentDto>`,
        ).join(''),
      ),
      'notBooked',
    ],
    [
      'WCF DataContract prefixes, every CancelledDate nil',
      soap(
        ALL.map(
          (p) =>
            `<a:AppointmentDto xmlns:a="http://schemas.datacontract.org/2004/07/Vendor.Dto" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><a:ApptID>${p.appt}</a:ApptID><a:CancelledDate i:nil="true"/><a:DOB>${p.dob}T00:00:00</a:DOB><a:FirstName>${p.given}</a:FirstName><a:LastName>${p.family}</a:LastName><a:StartTime>${p.at}:00</a:StartTime><a:Status>Scheduled</a:Status></a:AppointmentDto>`,
        ).join(''),
      ),
      'booked',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'xml');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('D. XML: who is the patient', () => {
  const person = (tag: string, family: string, given: string, more = ''): string =>
    `<${tag}>${more}<LastName>${family}</LastName><FirstName>${given}</FirstName></${tag}>`;
  const mensah = (tag: string, more = ''): string => person(tag, 'Mensah', 'Abena', more);
  it.each<[string, string, Outcome]>([
    [
      'a CreatedBy person before the Patient',
      xmlFile((p) => dateTime(p) + mensah('CreatedBy') + patientXml(p) + rest(p)),
      'booked',
    ],
    [
      'a Guardian before the Patient',
      xmlFile((p) => dateTime(p) + mensah('Guardian') + patientXml(p) + rest(p)),
      'booked',
    ],
    [
      'the Provider as LastName/FirstName before the Patient',
      xmlFile(
        (p) =>
          dateTime(p) +
          person('Provider', p.provider[1], p.provider[2]) +
          patientXml(p) +
          `<ApptID>${p.appt}</ApptID>`,
      ),
      'booked',
    ],
    [
      'a Client (Jane, Cliniko) and a Practitioner',
      xmlFile((p) => dateTime(p) + patientXml(p, 'Client') + rest(p)),
      'booked',
    ],
    [
      'Party elements told apart by a Role child, the guarantor first',
      xmlFile(
        (p) =>
          dateTime(p) +
          mensah('Party', '<Role>Guarantor</Role>') +
          person('Party', p.family, p.given, '<Role>Patient</Role>') +
          rest(p),
      ),
      'booked',
    ],
    [
      'two Party elements with no role, Obi first on Obi only',
      xmlFile(
        (p) =>
          dateTime(p) +
          (p === OBI
            ? mensah('Party') + person('Party', p.family, p.given)
            : person('Party', p.family, p.given) + mensah('Party')) +
          rest(p),
      ),
      'held',
    ],
    [
      'a Guarantor nested inside the Patient, before the patient’s own name',
      xmlFile(
        (p) =>
          dateTime(p) +
          `<Patient><ID>${p.id}</ID>${mensah('Guarantor')}<LastName>${p.family}</LastName><FirstName>${p.given}</FirstName><DOB>${usDate(p.dob)}</DOB></Patient>` +
          rest(p),
      ),
      'booked',
    ],
    [
      'only a Subscriber (the insured) and no patient, Obi the child of Mensah',
      xmlFile(
        (p) =>
          dateTime(p) +
          (p === OBI ? mensah('Subscriber') : person('Subscriber', p.family, p.given)) +
          rest(p),
      ),
      'held',
    ],
    [
      'patient and guardian both as Name elements, the guardian first',
      xmlFile(
        (p) =>
          dateTime(p) +
          `<Guardian><Name>Mensah, Abena</Name></Guardian><Patient><Name>${p.family}, ${p.given}</Name><DOB>${usDate(p.dob)}</DOB></Patient>` +
          rest(p),
      ),
      'booked',
    ],
    [
      'the patient’s name as null on Obi',
      xmlFile(
        (p) =>
          dateTime(p) +
          `<Patient><ID>${p.id}</ID><LastName>${on(p, 'null', p.family)}</LastName><FirstName>${p.given}</FirstName><DOB>${usDate(p.dob)}</DOB></Patient>` +
          rest(p),
      ),
      'held',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'xml');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('E. XML: the status', () => {
  it.each<[string, string, Outcome]>([
    [
      'a Status element with Code and Display',
      xmlFile(
        (p) =>
          base(p) +
          `<Status><Code>${on(p, 'CX', 'SC')}</Code><Display>${on(p, 'Cancelled', 'Scheduled')}</Display></Status>`,
      ),
      'cancel',
    ],
    [
      'a Status element with a numeric Code and a Display',
      xmlFile(
        (p) =>
          base(p) +
          `<Status><Code>${on(p, '2', '1')}</Code><Display>${on(p, 'Cancelled', 'Booked')}</Display></Status>`,
      ),
      'cancel',
    ],
    [
      'a Status element with a numeric Code only',
      xmlFile((p) => base(p) + `<Status><Code>${on(p, '3', '1')}</Code></Status>`),
      'held',
    ],
    [
      'StatusId and StatusName beside each other',
      xmlFile(
        (p) =>
          base(p) +
          `<StatusId>${on(p, '3', '1')}</StatusId><StatusName>${on(p, 'Cancelled', 'Scheduled')}</StatusName>`,
      ),
      'cancel',
    ],
    [
      'CancelledAt set while Status Booked',
      xmlFile(
        (p) => base(p) + `<Status>Booked</Status><CancelledAt>${on(p, '2027-03-20T14:02:11Z')}</CancelledAt>`,
      ),
      'notBooked',
    ],
    [
      'CancelledAt empty everywhere',
      xmlFile((p) => base(p) + '<Status>Booked</Status><CancelledAt/>'),
      'booked',
    ],
    [
      'IsDeleted true on Obi',
      xmlFile((p) => base(p) + `<Status>Booked</Status><IsDeleted>${on(p, 'true', 'false')}</IsDeleted>`),
      'notBooked',
    ],
    [
      'IsCancelled false everywhere',
      xmlFile((p) => base(p) + '<Status>Booked</Status><IsCancelled>false</IsCancelled>'),
      'booked',
    ],
    [
      'IsCancelled true on Obi',
      xmlFile((p) => base(p) + `<Status>Booked</Status><IsCancelled>${on(p, 'true', 'false')}</IsCancelled>`),
      'notBooked',
    ],
    [
      'Cancelled Y on Obi',
      xmlFile((p) => base(p) + `<Cancelled>${on(p, 'Y', 'N')}</Cancelled>`),
      'notBooked',
    ],
    [
      'Archived true on Obi',
      xmlFile((p) => base(p) + `<Status>Booked</Status><Archived>${on(p, 'true', 'false')}</Archived>`),
      'notBooked',
    ],
    [
      'DidNotArrive true on Obi',
      xmlFile(
        (p) => base(p) + `<Status>Booked</Status><DidNotArrive>${on(p, 'true', 'false')}</DidNotArrive>`,
      ),
      // Written 'notBooked' before the first run; revised: the status table reads a no-show as NEW (the
      // visit was booked and missed; a CANCEL would tell the patient the practice cancelled it:
      // main/import/map/status-words.ts), which this round does not overturn.
      'booked',
    ],
    [
      'NoShow false everywhere',
      xmlFile((p) => base(p) + '<Status>Booked</Status><NoShow>false</NoShow>'),
      'booked',
    ],
    [
      'a CancellationReason on Obi',
      xmlFile(
        (p) =>
          base(p) + `<Status>Booked</Status><CancellationReason>${on(p, 'Patient ill')}</CancellationReason>`,
      ),
      'notBooked',
    ],
    [
      'CANCELLED (an enum)',
      xmlFile((p) => base(p) + `<status>${on(p, 'CANCELLED', 'BOOKED')}</status>`),
      'cancel',
    ],
    [
      'NO_SHOW (an enum)',
      xmlFile((p) => base(p) + `<status>${on(p, 'NO_SHOW', 'BOOKED')}</status>`),
      // Written 'notBooked' before the first run; revised: the status table reads a no-show as NEW (the
      // visit was booked and missed; a CANCEL would tell the patient the practice cancelled it:
      // main/import/map/status-words.ts), which this round does not overturn.
      'booked',
    ],
    [
      'RESCHEDULED (an enum)',
      xmlFile((p) => base(p) + `<status>${on(p, 'RESCHEDULED', 'BOOKED')}</status>`),
      'notBooked',
    ],
    [
      'PENDING (an enum)',
      xmlFile((p) => base(p) + `<status>${on(p, 'PENDING', 'ACCEPTED')}</status>`),
      // Written 'notBooked' before the first run; revised: the status table reads `pending` as
      // booked (FHIR's pending: booked, not every participant has answered; eClinicalWorks' PEN),
      // main/import/map/status-words.ts. Square's PENDING (the seller has not accepted) reads
      // otherwise: left as a note in this round's report, not changed here.
      'booked',
    ],
    [
      'WAITLIST (an enum)',
      xmlFile((p) => base(p) + `<status>${on(p, 'WAITLIST', 'BOOKED')}</status>`),
      'notBooked',
    ],
    [
      'DECLINED (Square)',
      xmlFile((p) => base(p) + `<status>${on(p, 'DECLINED', 'ACCEPTED')}</status>`),
      'notBooked',
    ],
    [
      'CANCELLED_BY_SELLER (Square)',
      xmlFile((p) => base(p) + `<status>${on(p, 'CANCELLED_BY_SELLER', 'ACCEPTED')}</status>`),
      'notBooked',
    ],
    [
      'Status nil on Obi',
      xmlFile(
        (p) =>
          base(p) +
          on(
            p,
            '<Status xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>',
            '<Status>Scheduled</Status>',
          ),
      ),
      'booked',
    ],
    [
      'Status the text null on Obi',
      xmlFile((p) => base(p) + `<Status>${on(p, 'null', 'Scheduled')}</Status>`),
      'booked',
    ],
    [
      'status numbers with the legend in the envelope',
      xmlFile(
        (p) => base(p) + `<StatusCode>${on(p, '3', '1')}</StatusCode>`,
        'Schedule',
        'Appointment',
        '<Legend><Status id="1" name="Scheduled"/><Status id="2" name="Confirmed"/><Status id="3" name="Cancelled"/></Legend>',
      ),
      'notBooked',
    ],
    [
      'Spanish: Estado Anulada',
      xmlFile(
        (p) =>
          `<FechaHoraInicio>${p.at}:00</FechaHoraInicio><Paciente><Apellidos>${p.family}</Apellidos><Nombre>${p.given}</Nombre><FechaNacimiento>${p.dob}</FechaNacimiento></Paciente><Estado>${on(p, 'Anulada', 'Confirmada')}</Estado>`,
        'Citas',
        'Cita',
      ),
      'cancel',
    ],
    [
      'Spanish: Cancelada true on Obi',
      xmlFile(
        (p) =>
          `<FechaHoraInicio>${p.at}:00</FechaHoraInicio><Paciente><Apellidos>${p.family}</Apellidos><Nombre>${p.given}</Nombre><FechaNacimiento>${p.dob}</FechaNacimiento></Paciente><Cancelada>${on(p, 'true', 'false')}</Cancelada>`,
        'Citas',
        'Cita',
      ),
      'notBooked',
    ],
    [
      'French: Annule oui on Obi',
      xmlFile(
        (p) =>
          `<Debut>${p.at}:00</Debut><Patient><Nom>${p.family}</Nom><Prenom>${p.given}</Prenom><DateNaissance>${p.dob}</DateNaissance></Patient><Annule>${on(p, 'oui', 'non')}</Annule>`,
        'RendezVous',
        'RDV',
      ),
      'notBooked',
    ],
    [
      'French: Statut Annulé par le patient',
      xmlFile(
        (p) =>
          `<Debut>${p.at}:00</Debut><Patient><Nom>${p.family}</Nom><Prenom>${p.given}</Prenom><DateNaissance>${p.dob}</DateNaissance></Patient><Statut>${on(p, 'Annulé par le patient', 'Confirmé')}</Statut>`,
        'RendezVous',
        'RDV',
      ),
      'cancel',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'xml');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('F. XML: when', () => {
  const who = (p: Person): string => patientXml(p) + rest(p);
  const denver = [
    '2027-03-22T15:00 NEW Hollis',
    '2027-03-22T16:00 NEW Obi',
    '2027-03-23T19:30 NEW Lindqvist',
  ];
  it.each<[string, string, Outcome]>([
    [
      'StartsAt in UTC plus TimeZone America/Denver',
      xmlFile((p) => `<StartsAt>${utc(p)}</StartsAt><TimeZone>America/Denver</TimeZone>` + who(p)),
      'booked',
    ],
    [
      'a naive Start plus TimeZone America/Denver (the visits an hour earlier than Los Angeles clocks)',
      xmlFile((p) => `<Start>${p.at}:00</Start><TimeZone>America/Denver</TimeZone>` + who(p)),
      denver,
    ],
    ['a Start with offset -07:00', xmlFile((p) => `<Start>${withOffset(p)}</Start>` + who(p)), 'booked'],
    [
      'a Start with offset -04:00 (a server in New York)',
      xmlFile(
        (p) =>
          `<Start>${new Date(Date.parse(utc(p)) - 4 * 3600e3).toISOString().slice(0, 19)}-04:00</Start>` +
          who(p),
      ),
      'booked',
    ],
    [
      'Obi naive, the others with Z',
      xmlFile((p) => `<Start>${on(p, `${p.at}:00`, utc(p))}</Start>` + who(p)),
      'held',
    ],
    ['epoch seconds', xmlFile((p) => `<StartTime>${epoch(p)}</StartTime>` + who(p)), 'booked'],
    ['epoch milliseconds', xmlFile((p) => `<StartTime>${epoch(p) * 1000}</StartTime>` + who(p)), 'booked'],
    [
      'epoch seconds and a Duration',
      xmlFile((p) => `<StartTime>${epoch(p)}</StartTime><Duration>30</Duration>` + who(p)),
      'booked',
    ],
    [
      'Start and End, End before Start on Obi',
      xmlFile(
        (p) =>
          `<Start>${withOffset(p)}</Start><End>${on(p, '2027-03-22T09:30:00-07:00', endAt(p))}</End>` +
          who(p),
      ),
      'held',
    ],
    [
      'Date, a StartTime and a Duration',
      xmlFile(
        (p) =>
          `<Date>${p.at.slice(0, 10)}</Date><StartTime>${p.at.slice(11)}</StartTime><Duration>30</Duration>` +
          who(p),
      ),
      'booked',
    ],
    [
      'Obi with a date-only Start',
      xmlFile((p) => `<Start>${on(p, p.at.slice(0, 10), `${p.at}:00`)}</Start>` + who(p)),
      'held',
    ],
    [
      'Obi at midnight with AllDay true',
      xmlFile(
        (p) =>
          `<Start>${on(p, `${p.at.slice(0, 10)}T00:00:00`, `${p.at}:00`)}</Start><AllDay>${on(p, 'true', 'false')}</AllDay>` +
          who(p),
      ),
      'held',
    ],
    [
      'seven fractional digits and Z (.NET)',
      xmlFile((p) => `<Start>${utc(p).replace('Z', '.0000000Z')}</Start>` + who(p)),
      'booked',
    ],
    ['milliseconds and an offset', xmlFile((p) => `<Start>${p.at}:00.000-07:00</Start>` + who(p)), 'booked'],
    [
      'a DOB of 0001-01-01 (.NET MinValue) on Obi',
      xmlFile(
        (p) =>
          `<Start>${withOffset(p)}</Start>` +
          patientXml(p).replace(usDate(p.dob), on(p, '0001-01-01T00:00:00', usDate(p.dob))) +
          rest(p),
      ),
      // Written 'booked' (sent without a birth date) before the first run; the row error naming the
      // placeholder is the better reading: a Medfusion patient carries a birth date
      // (model/appointment.ts `dob`), and none is known for this one.
      'held',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'xml');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });

  it('a DOB of 0001-01-01 is never sent as a birth date', async () => {
    const text = xmlFile(
      (p) =>
        `<Start>${withOffset(p)}</Start>` +
        patientXml(p).replace(usDate(p.dob), on(p, '0001-01-01T00:00:00', usDate(p.dob))) +
        rest(p),
    );
    const r = await run(text, 'xml');
    expect(r === 'refused' || !r.appointments.some((a) => a.patient.dob.startsWith('0001')), explain(r)).toBe(
      true,
    );
  });
});

describe('G. XML: records repeated, nested under people, paged', () => {
  it.each<[string, string, Outcome]>([
    [
      'Obi twice: the cancelled version (newer UpdatedAt) written first',
      [
        '<?xml version="1.0"?>',
        '<Appointments>',
        `<Appointment>${base(HOLLIS)}<Status>Booked</Status><UpdatedAt>2027-03-01T09:00:00Z</UpdatedAt></Appointment>`,
        `<Appointment>${base(OBI)}<Status>Cancelled</Status><UpdatedAt>2027-03-21T09:00:00Z</UpdatedAt></Appointment>`,
        `<Appointment>${base(OBI)}<Status>Booked</Status><UpdatedAt>2027-03-10T09:00:00Z</UpdatedAt></Appointment>`,
        `<Appointment>${base(LINDQVIST)}<Status>Booked</Status><UpdatedAt>2027-03-01T09:00:00Z</UpdatedAt></Appointment>`,
        '</Appointments>',
      ].join('\n'),
      'notBooked',
    ],
    [
      'Obi twice: the newer version (written second) moved to 11:00',
      [
        '<?xml version="1.0"?>',
        '<Appointments>',
        `<Appointment>${base(HOLLIS)}<Status>Booked</Status><UpdatedAt>2027-03-01T09:00:00Z</UpdatedAt></Appointment>`,
        `<Appointment>${base(OBI)}<Status>Booked</Status><UpdatedAt>2027-03-10T09:00:00Z</UpdatedAt></Appointment>`,
        `<Appointment>${base(OBI).replace('10:00 AM', '11:00 AM')}<Status>Booked</Status><UpdatedAt>2027-03-21T09:00:00Z</UpdatedAt></Appointment>`,
        `<Appointment>${base(LINDQVIST)}<Status>Booked</Status><UpdatedAt>2027-03-01T09:00:00Z</UpdatedAt></Appointment>`,
        '</Appointments>',
      ].join('\n'),
      ['2027-03-22T16:00 NEW Hollis', '2027-03-22T18:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
    [
      'appointments nested under each patient, Obi’s cancelled',
      [
        '<?xml version="1.0"?>',
        '<Patients>',
        ...ALL.map(
          (p) =>
            `<Patient><ID>${p.id}</ID><LastName>${p.family}</LastName><FirstName>${p.given}</FirstName><DOB>${usDate(p.dob)}</DOB><Appointments><Appointment>${dateTime(p)}${rest(p)}<Status>${on(p, 'Cancelled', 'Scheduled')}</Status></Appointment></Appointments></Patient>`,
        ),
        '</Patients>',
      ].join('\n'),
      'cancel',
    ],
    [
      'appointments nested under each provider',
      [
        '<?xml version="1.0"?>',
        '<Schedule>',
        `<Provider><Name>Dr. Nina Patel</Name><Appointments>${[HOLLIS, LINDQVIST].map((p) => `<Appointment>${dateTime(p)}${patientXml(p)}<ApptID>${p.appt}</ApptID></Appointment>`).join('')}</Appointments></Provider>`,
        `<Provider><Name>Dr. Raj Lee</Name><Appointments><Appointment>${dateTime(OBI)}${patientXml(OBI)}<ApptID>${OBI.appt}</ApptID></Appointment></Appointments></Provider>`,
        '</Schedule>',
      ].join('\n'),
      'booked',
    ],
    [
      'a REST envelope with Meta HasMore true',
      xmlFile(
        (p) => base(p),
        'Response',
        'Appointment',
        '<Meta><Page>1</Page><HasMore>true</HasMore><NextPage>2</NextPage></Meta>',
      ),
      'booked',
    ],
    [
      'ids over 2^53 as ApptID',
      xmlFile((p) =>
        base(p).replace(
          `<ApptID>${p.appt}</ApptID>`,
          `<ApptID>900719925474099${3 + 2 * ALL.indexOf(p)}</ApptID>`,
        ),
      ),
      'booked',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'xml');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });

  it('ids over 2^53 stay exact in XML', async () => {
    const text = xmlFile((p) =>
      base(p).replace(
        `<ApptID>${p.appt}</ApptID>`,
        `<ApptID>900719925474099${3 + 2 * ALL.indexOf(p)}</ApptID>`,
      ),
    );
    const r = await run(text, 'xml');
    expect(idsExact(r, ['9007199254740993', '9007199254740995', '9007199254740997']), explain(r)).toBe(true);
  });

  it('an id written as 1.0E6 is not sent under another id', async () => {
    const text = xmlFile((p) =>
      base(p).replace(`<ApptID>${p.appt}</ApptID>`, `<ApptID>${on(p, '1.0E6', p.appt)}</ApptID>`),
    );
    const r = await run(text, 'xml');
    expect(
      r === 'refused' ||
        (r.summary.doubts ?? []).length > 0 ||
        r.appointments.every(
          (a) => a.patient.lastName !== 'Obi' || ['1.0E6', '1000000'].includes(a.appointmentId),
        ),
      explain(r),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The fixes of this round, each on shapes beside the one that found it (outcomes by hand)
// ---------------------------------------------------------------------------------------------
describe('H. the fixes, and where the file proves the reading', () => {
  const who = (p: Person): string => patientXml(p) + rest(p);
  const soap12 = (records: string, fault: string): string =>
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">',
      `<env:Body>${fault}<ListResponse>${records}</ListResponse></env:Body></env:Envelope>`,
      '',
    ].join('\n');
  const fault12 =
    '<env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason><env:Text xml:lang="en">Query timed out</env:Text></env:Reason></env:Fault>';
  it.each<[string, string, Outcome]>([
    // soap-fault.ts: a Fault in the envelope refuses the file, wherever the records are.
    ['SOAP 1.2: a Fault at the Body beside the records', soap12(soapRecords(base), fault12), 'held'],
    ['SOAP 1.2: no Fault', soap12(soapRecords(base), ''), 'booked'],
    [
      'SOAP 1.1: a Fault at the Body before the response',
      soap(soapRecords(base)).replace(
        '<soap:Body>',
        '<soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Page 2 failed</faultstring></soap:Fault>',
      ),
      'held',
    ],
    [
      'an element named Fault in a vendor namespace (no SOAP envelope) is a column',
      xmlFile((p) => base(p) + `<Fault>${on(p, 'none', 'none')}</Fault>`),
      'booked',
    ],
    // row-span.ts: an end written as a moment before the start's moment is a row error.
    [
      'Start and End in UTC, End before Start on Obi',
      xmlFile(
        (p) =>
          `<Start>${utc(p)}</Start><End>${on(p, '2027-03-22T16:30:00Z', utc(p).replace(':00:00Z', ':30:00Z'))}</End>` +
          who(p),
      ),
      'held',
    ],
    [
      'an End the day before the Start, with offsets',
      xmlFile(
        (p) =>
          `<Start>${withOffset(p)}</Start><End>${on(p, '2027-03-21T10:30:00-07:00', endAt(p))}</End>` +
          who(p),
      ),
      'held',
    ],
    [
      'Start and End with offsets, End after Start everywhere',
      xmlFile((p) => `<Start>${withOffset(p)}</Start><End>${endAt(p)}</End>` + who(p)),
      'booked',
    ],
    [
      'an overnight visit with offsets (22:00 to 06:00 the next day) on Obi',
      xmlFile(
        (p) =>
          `<Start>${on(p, '2027-03-22T22:00:00-07:00', withOffset(p))}</Start><End>${on(p, '2027-03-23T06:00:00-07:00', endAt(p))}</End>` +
          who(p),
      ),
      ['2027-03-22T16:00 NEW Hollis', '2027-03-23T05:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
    // start-zones.ts: one date-time column with starts both zoned and plain is asked.
    [
      'Obi naive, the others with -07:00',
      xmlFile((p) => `<Start>${on(p, `${p.at}:00`, withOffset(p))}</Start>` + who(p)),
      'held',
    ],
    [
      'Obi with Z, the others naive',
      xmlFile((p) => `<Start>${on(p, utc(p), `${p.at}:00`)}</Start>` + who(p)),
      'held',
    ],
    ['every start naive', xmlFile((p) => `<Start>${p.at}:00</Start>` + who(p)), 'booked'],
    ['every start with Z', xmlFile((p) => `<Start>${utc(p)}</Start>` + who(p)), 'booked'],
    [
      'a date written at midnight UTC beside its own time column is no zoned start',
      xmlFile((p) => `<Date>${p.at.slice(0, 10)}T00:00:00Z</Date><Time>${p.at.slice(11)}</Time>` + who(p)),
      'booked',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'xml');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });

  it('the naive start among zoned ones asks one question, answered by confirming', async () => {
    const r = await run(
      xmlFile((p) => `<Start>${on(p, `${p.at}:00`, utc(p))}</Start>` + who(p)),
      'xml',
    );
    const doubts = r === 'refused' ? [] : (r.summary.doubts ?? []);
    expect(doubts.map((d) => d.check)).toEqual(['starts-without-zone']);
  });

  it('a SOAP Fault names the service’s words', async () => {
    await expect(collectRefusal(soap12(soapRecords(base), fault12))).resolves.toMatch(
      /SOAP Fault: Query timed out/,
    );
  });
});

/** The refusal's message of a file, or '' when it was read. */
async function collectRefusal(text: string): Promise<string> {
  try {
    await collect(files.write(text, 'xml'), { timeZone: 'America/Los_Angeles' });
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Second batch, written after the first run (outcomes again by hand before their run): sections
// that say the status, flags as attributes and digits, the start written twice
// ---------------------------------------------------------------------------------------------
describe('I. XML: sections, flags, two starts', () => {
  const who = (p: Person): string => patientXml(p) + rest(p);
  const sections = (live: string, gone: string): string =>
    [
      '<?xml version="1.0"?>',
      '<Response>',
      `<${live}>${[HOLLIS, LINDQVIST].map((p) => `<Appointment>${base(p)}</Appointment>`).join('')}</${live}>`,
      `<${gone}><Appointment>${base(OBI)}</Appointment></${gone}>`,
      '</Response>',
    ].join('\n');
  it.each<[string, string, Outcome]>([
    [
      'Appointments and CancelledAppointments sections, Obi in the second',
      sections('Appointments', 'CancelledAppointments'),
      'notBooked',
    ],
    ['Scheduled and Deleted sections, Obi in the second', sections('Scheduled', 'Deleted'), 'notBooked'],
    [
      'an ASMX string result: the records escaped inside one element',
      soap(
        `<![CDATA[<Appointments>${ALL.map((p) => `<Appointment>${base(p)}</Appointment>`).join('')}</Appointments>]]>`,
      ),
      'booked',
    ],
    [
      'a deleted attribute on Obi’s record element',
      [
        '<?xml version="1.0"?>',
        '<Appointments>',
        ...ALL.map((p) => `<Appointment deleted="${on(p, 'true', 'false')}">${base(p)}</Appointment>`),
        '</Appointments>',
      ].join('\n'),
      'notBooked',
    ],
    [
      'IsCancelled 1 on Obi, 0 the others',
      xmlFile((p) => base(p) + `<IsCancelled>${on(p, '1', '0')}</IsCancelled>`),
      'notBooked',
    ],
    [
      'Cancelled false but a CancelledAt on Obi',
      xmlFile(
        (p) =>
          base(p) +
          `<Status>Booked</Status><Cancelled>false</Cancelled><CancelledAt>${on(p, '2027-03-20T14:02:11Z')}</CancelledAt>`,
      ),
      'notBooked',
    ],
    [
      'a Customer and Staff (booking services’ words)',
      xmlFile(
        (p) =>
          dateTime(p) +
          patientXml(p, 'Customer') +
          `<Staff>Dr. ${p.provider[2]} ${p.provider[1]}</Staff><ApptID>${p.appt}</ApptID>`,
      ),
      'booked',
    ],
    [
      'the guardian in brackets after Obi’s name',
      xmlFile(
        (p) =>
          dateTime(p) +
          `<PatientName>${p.family}, ${p.given}${on(p, ' (guardian: Mensah, Abena)')}</PatientName><DOB>${usDate(p.dob)}</DOB>` +
          rest(p),
      ),
      'booked',
    ],
    [
      'appointments grouped under Day elements with a date attribute',
      [
        '<?xml version="1.0"?>',
        '<Schedule>',
        `<Day date="2027-03-22">${[HOLLIS, OBI].map((p) => `<Appointment><Time>${clock(p.at)}</Time>${who(p)}</Appointment>`).join('')}</Day>`,
        `<Day date="2027-03-23"><Appointment><Time>${clock(LINDQVIST.at)}</Time>${who(LINDQVIST)}</Appointment></Day>`,
        '</Schedule>',
      ].join('\n'),
      'booked',
    ],
    [
      'epoch seconds and a TimeZone UTC',
      xmlFile((p) => `<StartTime>${epoch(p)}</StartTime><TimeZone>UTC</TimeZone>` + who(p)),
      'booked',
    ],
    [
      'the original start and the current one, Obi moved to 11:00',
      xmlFile(
        (p) =>
          `<Original><Start>${p.at}:00</Start></Original><Current><Start>${on(p, p.at.replace('10:00', '11:00'), p.at)}:00</Start></Current>` +
          who(p),
      ),
      ['2027-03-22T16:00 NEW Hollis', '2027-03-22T18:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
    [
      'a UTC Start and a LocalStart that agree',
      xmlFile((p) => `<Start>${utc(p)}</Start><LocalStart>${p.at}:00</LocalStart>` + who(p)),
      'booked',
    ],
    [
      'a UTC Start and a LocalStart an hour apart on Obi',
      xmlFile(
        (p) =>
          `<Start>${utc(p)}</Start><LocalStart>${on(p, p.at.replace('10:00', '11:00'), p.at)}:00</LocalStart>` +
          who(p),
      ),
      'held',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'xml');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});
