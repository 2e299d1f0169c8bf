// Red team, round 62g: columns that merely look like the appointment id. The appointment id decides
// which portal appointment a row updates or cancels: a column taken for it that is not one merges
// two visits (one overwrites or cancels the other) or splits one visit in two (a duplicate on the
// portal). Each probe is a six-row export at the Los Angeles practice (below), the column under
// test first, as exports print their key; outcomes were worked out by hand before the first run:
//   own(v)      sent unasked with v as the six appointments' ids (a hold here is a false hold);
//   ownOrAsk(v) held, or sent with v as the ids;
//   notAid(v)   held, or sent with none of v as an id, and six ids apart (no two visits merged);
//   held        held, or no row sent (each a row error naming the id).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7):
//   Hollis  22 March 09:00 = 16:00Z   Obi      22 March 10:00 = 17:00Z
//   Lindqvist 23 March 13:30 = 20:30Z Hollis   24 March 08:30 = 15:30Z
//   Moreau  24 March 11:00 = 18:00Z   Obi      25 March 15:15 = 22:15Z
// Hollis and Obi come twice (a patient's two visits), so a series' or a patient's number repeats.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { held, linesRunner, type Run } from './three-row-probes.ts';

const files = exportFiles('redteam-round-62g');
const runLines = linesRunner(files);

type Col = [string, string[]];
const DATE: Col = [
  'Appt Date',
  ['03/22/2027', '03/22/2027', '03/23/2027', '03/24/2027', '03/24/2027', '03/25/2027'],
];
const TIME: Col = ['Appt Time', ['9:00 AM', '10:00 AM', '1:30 PM', '8:30 AM', '11:00 AM', '3:15 PM']];
const PATIENT: Col = [
  'Patient',
  ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven', 'Hollis, Grace', 'Moreau, Claire', 'Obi, Adaeze'],
];
const DOB: Col = [
  'DOB',
  ['06/02/1970', '04/05/1999', '08/29/1963', '06/02/1970', '12/11/1985', '04/05/1999'],
];
const PID: Col = ['Patient ID', ['100415', '100871', '100954', '100415', '101122', '100871']];
const PROVIDER: Col = [
  'Provider',
  ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel', 'Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Raj Lee'],
];
const TYPE: Col = ['Type', ['Follow Up', 'New Patient', 'Follow Up', 'Physical', 'Consult', 'Follow Up']];
const STATUS: Col = [
  'Status',
  ['Scheduled', 'Scheduled', 'Confirmed', 'Scheduled', 'Scheduled', 'Confirmed'],
];
/** The six starts, by hand (above). */
const STARTS = [
  '2027-03-22T16:00',
  '2027-03-22T17:00',
  '2027-03-23T20:30',
  '2027-03-24T15:30',
  '2027-03-24T18:00',
  '2027-03-25T22:15',
];
const REST: Col[] = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, TYPE, STATUS];

const cell = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lines = (cols: Col[]): string[] => [
  cols.map(([h]) => cell(h)).join(','),
  ...cols[0]![1].map((_, i) => cols.map(([, v]) => cell(v[i] ?? '')).join(',')),
];
/** The six rows with `extra` first (and `rest` after it). */
const run = (extra: Col[], rest: Col[] = REST): Promise<Run> => runLines(lines([...extra, ...rest]));

type Outcome = { own: string[] } | { ownOrAsk: string[] } | { notAid: string[] } | 'held';

const ids = (r: Run): string[] => (r === 'refused' ? [] : r.appointments.map((a) => a.appointmentId));
const starts = (r: Run): string[] =>
  r === 'refused' ? [] : r.appointments.map((a) => a.start.toISOString().slice(0, 16));

/** Why `r` is wrong for the hand-worked `outcome` ('' when it is not): a wrong send, or a hold
 *  where the file is sure (`own`). */
function wrong(r: Run, outcome: Outcome): string {
  const isHeld = held(r);
  if (outcome !== 'held' && 'own' in outcome && isHeld)
    return `false hold: ${r === 'refused' ? 'refused' : JSON.stringify(r.summary.doubts?.map((d) => d.message))}`;
  if (isHeld || r === 'refused') return '';
  if (outcome === 'held')
    return r.appointments.length === 0 ? '' : `sent ${r.appointments.length} rows: ${ids(r).join(', ')}`;
  if (r.errors.length) return `row errors: ${r.errors.map((e) => e.message).join('; ')}`;
  if (JSON.stringify(starts(r)) !== JSON.stringify(STARTS)) return `starts ${starts(r).join(', ')}`;
  if ('own' in outcome || 'ownOrAsk' in outcome) {
    const want = 'own' in outcome ? outcome.own : outcome.ownOrAsk;
    return JSON.stringify(ids(r)) === JSON.stringify(want) ? '' : `ids ${ids(r).join(', ')}`;
  }
  const taken = ids(r).filter((v) => outcome.notAid.includes(v));
  if (taken.length) return `taken as the id: ${taken.join(', ')}`;
  return new Set(ids(r)).size === 6 ? '' : `visits merged: ${ids(r).join(', ')}`;
}
const expectRight = async (p: Promise<Run>, outcome: Outcome): Promise<void> => {
  expect(wrong(await p, outcome)).toBe('');
};

/** Six values of each visit's own (a database's keys). */
const OWN = ['88101', '88102', '88109', '88117', '88120', '88134'];
/** Numbers of six other records, one each (a claim, a reminder, a slot…). */
const OTHER = ['40211', '40212', '40377', '40390', '40415', '40502'];

// ---------------------------------------------------------------------------------------------
// A. Headers that name the appointment's own id, with good values: sent unasked.
// ---------------------------------------------------------------------------------------------
describe('A. the appointment named, each row its own id', () => {
  it.each<[string]>([
    ['Appt ID'],
    ['Appointment ID'],
    ['Appointment #'],
    ['Appt No'],
    ['Appointment Number'],
    ['appointment_id'],
    ['ApptID'],
    ['Appt #'],
    ['Visit ID'],
    ['Booking ID'],
  ])('%s: sent with its values', async (header) => {
    await expectRight(run([[header, OWN]]), { own: OWN });
  });
});

// ---------------------------------------------------------------------------------------------
// B. Headers that may or may not be the booking's own key: asked, or sent with their values.
// ---------------------------------------------------------------------------------------------
describe('B. a key whose header does not say whose', () => {
  it.each<[string]>([
    ['ID'],
    ['Id'],
    ['Key'],
    ['Record ID'],
    ['Booking Ref'],
    ['Booking Reference'],
    ['Confirmation #'],
    ['Confirmation Code'],
    ['Reference'],
    ['Ref #'],
    ['Visit #'],
    ['Event ID'],
    ['Session ID'],
    ['Reservation #'],
    ['Appt External ID'],
    ['Appt Request ID'],
    ['Appt Confirmation #'],
    ['Appt Ref'],
  ])('%s: held, or sent with its values', async (header) => {
    await expectRight(run([[header, OWN]]), { ownOrAsk: OWN });
  });
  const GUIDS = [
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    'a8098c1a-f86e-11da-bd1a-00112444be1e',
    '16fd2706-8baf-433b-82eb-8c7fada847da',
    '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    'c9bf9e57-1685-4c89-bafb-ff5af830be8a',
  ];
  // Found by this round and fixed: `GUID` and `Appt GUID` were read as no word at all, so the
  // visits went under ids made from patient, provider and day (a true id refused).
  it.each<[string]>([['ID'], ['GUID'], ['UUID'], ['Appt GUID'], ['AppointmentUUID'], ['Key']])(
    '%s of GUIDs: held, or sent with them',
    async (header) => {
      await expectRight(run([[header, GUIDS]]), { ownOrAsk: GUIDS });
    },
  );
  it('Appt GUID of GUIDs: sent with them', async () => {
    await expectRight(run([['Appt GUID', GUIDS]]), { own: GUIDS });
  });
  // Found here and fixed in 63d: a bare `UID` was read as no word, and the visits went under ids
  // made from patient, provider and day. India's Aadhaar is the Unique ID (`UID`), a person's
  // 12-digit national number, so only a `UID` of GUIDs is read as a key (uid-column.ts): a bare
  // one asked as a bare `ID` is, `Appt UID` sent; Aadhaar numbers stay no id (redteam-round-63d).
  it.each<[string]>([['UID'], ['Appt UID']])('%s of GUIDs: held, or sent with them', async (header) => {
    await expectRight(run([[header, GUIDS]]), { ownOrAsk: GUIDS });
  });
});

// ---------------------------------------------------------------------------------------------
// C. Another record's number, one per row: never the appointment id.
// ---------------------------------------------------------------------------------------------
describe("C. another record's number", () => {
  it.each<[string]>([
    ['Encounter'],
    ['Encounter #'],
    ['Enc ID'],
    ['Enc #'],
    ['CSN'],
    ['Ticket'],
    ['Ticket #'],
    ['Slot ID'],
    ['Slot'],
    ['Series ID'],
    ['Recurrence ID'],
    ['Recurring Appt ID'],
    ['Reminder ID'],
    ['Message ID'],
    ['SMS ID'],
    ['Claim #'],
    ['Claim ID'],
    ['Superbill #'],
    ['Superbill'],
    ['Case #'],
    ['Case ID'],
    ['Episode'],
    ['Episode ID'],
    ['Referral #'],
    ['Referral ID'],
    ['Auth #'],
    ['Authorization #'],
    ['Line'],
    ['Line #'],
    ['Seq'],
    ['Seq #'],
    ['Row ID'],
    ['Row #'],
    ['Record'],
    ['Order #'],
    ['Invoice #'],
    ['Charge ID'],
    ['Payment ID'],
    ['Transaction ID'],
    ['Batch ID'],
    ['Group ID'],
    ['Template ID'],
    ['Resource ID'],
    ['Room ID'],
    ['Next Appt ID'],
    ['Prev Appt ID'],
    ['Original Appt ID'],
    ['Linked Appt #'],
    ['Parent Appt ID'],
    ['Master Appt ID'],
    // The appointment's word beside another record's: still the other record's number.
    ['Appt Series ID'],
    ['Appt Reminder ID'],
    ['Appointment Reminder ID'],
    ['Appt Message ID'],
    ['Appt SMS ID'],
    ['Appt Notification ID'],
    ['Appt Claim #'],
    ['Visit Claim ID'],
    ['Appt Superbill #'],
    ['Visit Superbill #'],
    ['Appt Invoice #'],
    ['Appt Ticket #'],
    ['Appt Slot ID'],
    ['Appt Line #'],
    ['Appt Referral #'],
    ['Visit Auth #'],
    ['Appt Case #'],
    ['Appt Episode ID'],
    ['Visit Encounter #'],
    ['Appt Charge ID'],
    ['Appt Payment ID'],
    ['Appt Task ID'],
    ['Appt Call ID'],
    ['Appt Survey ID'],
    ['Appt Campaign ID'],
    ['Appt Order #'],
    ['Appt Recurrence ID'],
    ['Appt Template ID'],
    ['Appt Batch ID'],
    ['Appt Resource ID'],
    ['Appt Room ID'],
    ['Appt Provider ID'],
    ['Appt Location ID'],
    ['Appt Patient ID'],
    // A log's or an audit's row about the appointment (one per change), a form or note filed for
    // it, a wait-list or recall entry that may become one: that record's number.
    ['Appt Log ID'],
    ['Appt Audit ID'],
    ['Appt History ID'],
    ['Appt Change ID'],
    ['Appt Version ID'],
    ['Appt Note ID'],
    ['Appt Form ID'],
    ['Visit Note ID'],
    ['Audit ID'],
    ['Log ID'],
  ])('%s: never the appointment id', async (header) => {
    await expectRight(run([[header, OTHER]]), { notAid: OTHER });
  });
});

// Found by 62g, fixed by 63c (header-meaning.ts, entryAfterTheAppointment): an intake's, a
// recall's or a wait list's entry beside the appointment's word went as the appointment id. The
// words' order tells them apart: the appointment's word first (`Appt Recall ID`) names the list's
// entry about the visit; the list's word first (`Recall Appt ID`, `Intake Appt ID`) the recall's or
// the intake's appointment, whose id it is (63c's probes keep those, Zocdoc's `Booking ID`,
// Cerner's `SCH_EVENT_ID` and WebChart's `WC Apt ID`).
describe("C'. another record's entry whose words also name an appointment", () => {
  it.each<[string]>([['Appt Intake ID'], ['Appt Waitlist ID'], ['Appt Recall ID']])(
    '%s: never the appointment id',
    async (header) => {
      await expectRight(run([[header, OTHER]]), { notAid: OTHER });
    },
  );
});

// ---------------------------------------------------------------------------------------------
// D. An id-looking column whose values say it is no appointment's own id.
// ---------------------------------------------------------------------------------------------
const SERIES = ['55210', '55230', '55290', '55210', '55340', '55230']; // Hollis' two, Obi's two
const COUNTER = ['1', '2', '3', '4', '5', '6'];
const PADDED = ['001', '002', '003', '004', '005', '006'];
const PER_DAY = ['1', '2', '1', '1', '2', '1'];
const DAY_LINE = ['20270322-01', '20270322-02', '20270323-01', '20270324-01', '20270324-02', '20270325-01'];
const PATIENTS = PID[1];
const MARKED_PATIENTS = PATIENTS.map((p) => `P${p}`);
const START_NUMBER = [
  '202703220900',
  '202703221000',
  '202703231330',
  '202703240830',
  '202703241100',
  '202703251515',
];
const PROVIDER_NUMBER = ['1457', '1462', '1457', '1457', '1462', '1462'];
const ONE_VALUE = ['4410', '4410', '4410', '4410', '4410', '4410'];
const DATES = DATE[1];
describe("D. values that are no appointment's own id", () => {
  const HEADERS = [
    'Appt ID',
    'Appt #',
    'Visit ID',
    'Visit #',
    'Booking ID',
    'Booking Ref',
    'Confirmation #',
    'ID',
    'Key',
  ];
  const PATTERNS: Array<[string, string[]]> = [
    ["a series' number on one patient's visits", SERIES],
    ['a row counter 1..6 in time order', COUNTER],
    ['a padded row counter 001..006', PADDED],
    ['a counter that starts again each day', PER_DAY],
    ['a day and its line', DAY_LINE],
    ["the patient's id", PATIENTS],
    ["the patient's id with a letter", MARKED_PATIENTS],
    ['the start as a number', START_NUMBER],
    ["the provider's number", PROVIDER_NUMBER],
    ['one value on every row', ONE_VALUE],
    ['the appointment date', DATES],
  ];
  for (const header of HEADERS)
    it.each(PATTERNS)(`${header}: %s: never the id`, async (_, values) => {
      await expectRight(run([[header, values]]), { notAid: values });
    });
});

// ---------------------------------------------------------------------------------------------
// E. Ids a spreadsheet or a type prefix wrote.
// ---------------------------------------------------------------------------------------------
describe('E. ids written by a spreadsheet, ids with a prefix per type', () => {
  // Twelve-digit ids Excel shows as `1.23457E+11`: every row's id lost, never derived instead
  // (a clean export's real ids would send each visit again).
  const DAMAGED = ['1.23457E+11', '1.23457E+11', '1.23457E+11', '1.23457E+11', '1.23457E+11', '1.23457E+11'];
  it.each<[string]>([['Appt ID'], ['Appointment #'], ['Visit ID'], ['Booking ID']])(
    '%s all 1.23457E+11: held',
    async (header) => {
      await expectRight(run([[header, DAMAGED]]), 'held');
    },
  );
  it('Appt ID with one id damaged: held, or that row a row error', async () => {
    const values = [
      '123456789012',
      '1.23457E+11',
      '123456789107',
      '123456789233',
      '123456789240',
      '123456789301',
    ];
    const r = await run([['Appt ID', values]]);
    if (!held(r) && r !== 'refused') {
      expect(ids(r)).not.toContain('1.23457E+11');
      expect(
        r.appointments.some(
          (a) => a.patient.lastName === 'Obi' && a.start.toISOString().startsWith('2027-03-22'),
        ),
      ).toBe(false);
    }
  });
  it('Appt ID in German Excel (2,02703E+11): held', async () => {
    await expectRight(run([['Appt ID', DAMAGED.map(() => '2,02703E+11')]]), 'held');
  });
  // A prefix per record type (A for an appointment, C for a class, a group session's): A88101 and
  // C88101 are two records, never one number.
  const TYPED = ['A88101', 'C88101', 'A88102', 'C88102', 'A88103', 'C88103'];
  it.each<[string]>([['Appt ID'], ['Appointment ID'], ['Booking ID']])(
    '%s with a prefix per type: sent with each as written',
    async (header) => {
      await expectRight(run([[header, TYPED]]), { own: TYPED });
    },
  );
  it('Appt ID with a prefix per type, one number on two patients: six ids apart', async () => {
    const r = await run([['Appt ID', ['A5001', 'C5001', 'A5002', 'C5002', 'A5003', 'C5003']]]);
    if (!held(r) && r !== 'refused') expect(new Set(ids(r)).size).toBe(6);
  });
  it('Appt ID zero-padded to ten digits: sent, each its own', async () => {
    const padded = OWN.map((v) => v.padStart(10, '0'));
    const r = await run([['Appt ID', padded]]);
    expect(held(r)).toBe(false);
    expect(new Set(ids(r)).size).toBe(6);
  });
  it('Appt ID as 88101.0 (a spreadsheet decimal): sent as 88101…', async () => {
    await expectRight(run([['Appt ID', OWN.map((v) => `${v}.0`)]]), { own: OWN });
  });
});

// ---------------------------------------------------------------------------------------------
// F. Two columns that both look like the appointment id.
// ---------------------------------------------------------------------------------------------
describe('F. two id-like columns', () => {
  const ENC = ['77810', '77811', '77815', '77820', '77824', '77830'];
  it.each<[string]>([
    ['Encounter #'],
    ['Enc ID'],
    ['CSN'],
    ['Claim #'],
    ['Slot ID'],
    ['Reminder ID'],
    ['Series ID'],
    ['Case #'],
  ])('Appt ID beside %s: the Appt ID', async (other) => {
    await expectRight(
      run([
        ['Appt ID', OWN],
        [other, ENC],
      ]),
      { own: OWN },
    );
  });
  it.each<[string]>([['Encounter #'], ['Enc ID'], ['Claim #'], ['Slot ID'], ['Reminder ID'], ['Series ID']])(
    '%s before Appt ID: the Appt ID',
    async (other) => {
      await expectRight(
        run([
          [other, ENC],
          ['Appt ID', OWN],
        ]),
        { own: OWN },
      );
    },
  );
  // An external booking id beside the internal one: either is each visit's, but which one the
  // next export keeps is the practice's to say (an online booking's reference may be empty on
  // phone bookings). Held, or sent with one of them.
  it.each<[string, string]>([
    ['Appt ID', 'Booking Ref'],
    ['Appt ID', 'External ID'],
    ['Appt ID', 'Online Booking ID'],
    ['Appointment ID', 'Confirmation #'],
    ['Appt ID', 'Visit ID'],
    ['Appt ID', 'Visit #'],
    ['Appt ID', 'Appt #'],
  ])('%s beside %s: held, or one of the two', async (a, b) => {
    const EXT = ['BK7QX2', 'BK9D3M', 'BKZP4W', 'BKR8T1', 'BKM2N6', 'BKC5J9'];
    const r = await run([
      [a, OWN],
      [b, EXT],
    ]);
    if (!held(r) && r !== 'refused')
      expect([OWN, EXT].map((v) => JSON.stringify(v))).toContain(JSON.stringify(ids(r)));
  });
  // The rival repeats on one patient's two visits (a series), the Appt ID is each row's own.
  it.each<[string]>([['Visit #'], ['Booking Ref'], ['Series ID'], ['ID']])(
    "Appt ID beside a %s shared by one patient's visits: the Appt ID or held",
    async (other) => {
      await expectRight(
        run([
          ['Appt ID', OWN],
          [other, SERIES],
        ]),
        { ownOrAsk: OWN },
      );
    },
  );
  // The Appt ID repeats on one patient's visits (a series' number under the appointment's header),
  // the other column is each row's own: never the repeating one.
  it.each<[string]>([['Visit #'], ['Visit ID'], ['Encounter #'], ['ID']])(
    'Appt ID of a series beside %s: never the series',
    async (other) => {
      await expectRight(
        run([
          ['Appt ID', SERIES],
          [other, OWN],
        ]),
        { notAid: SERIES },
      );
    },
  );
  // A .NET or an API export writes the record's number and its GUID side by side: both are the
  // appointment's own, and neither is another record's. Sent with one of them, never held.
  const GUIDS6 = [
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    'a8098c1a-f86e-11da-bd1a-00112444be1e',
    '16fd2706-8baf-433b-82eb-8c7fada847da',
    '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    'c9bf9e57-1685-4c89-bafb-ff5af830be8a',
  ];
  it.each<[string, string]>([
    ['Appt ID', 'Appt GUID'],
    ['AppointmentId', 'AppointmentGuid'],
    ['Appointment ID', 'Appointment UUID'],
  ])('%s beside %s: sent with one of them', async (a, b) => {
    const r = await run([
      [a, OWN],
      [b, GUIDS6],
    ]);
    expect(held(r)).toBe(false);
    expect([OWN, GUIDS6].map((v) => JSON.stringify(v))).toContain(JSON.stringify(ids(r)));
  });
  it('Appt ID beside ID (a row counter): the Appt ID', async () => {
    await expectRight(
      run([
        ['ID', COUNTER],
        ['Appt ID', OWN],
      ]),
      { own: OWN },
    );
  });
  it("Appt ID beside Appt Series ID (the same on one patient's visits): the Appt ID", async () => {
    await expectRight(
      run([
        ['Appt Series ID', SERIES],
        ['Appt ID', OWN],
      ]),
      { own: OWN },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// G. No Patient ID: the id-looking column stands alone beside names and birth dates.
// ---------------------------------------------------------------------------------------------
describe('G. no Patient ID column', () => {
  const NO_PID = REST.filter((c) => c !== PID);
  it.each<[string, string[]]>([
    ['Appt ID', SERIES],
    ['Appt ID', COUNTER],
    ['Visit #', SERIES],
    ['ID', SERIES],
    ['ID', COUNTER],
    ['Booking Ref', SERIES],
    ['Series ID', OTHER],
    ['Reminder ID', OTHER],
    ['Claim #', OTHER],
    ['Appt Reminder ID', OTHER],
    ['Appt Claim #', OTHER],
    ['Slot ID', OTHER],
  ])('%s (%j): never the id', async (header, values) => {
    await expectRight(run([[header, values]], NO_PID), { notAid: values });
  });
  it('Appt ID of own values: sent with them', async () => {
    await expectRight(run([['Appt ID', OWN]], NO_PID), { own: OWN });
  });
});

// ---------------------------------------------------------------------------------------------
// H. Ids made of what the row says (a key built by the report), and a spreadsheet's damage that
//    leaves each row a value of its own.
// ---------------------------------------------------------------------------------------------
describe('H. a key made of the row', () => {
  // The day and the patient's number (`20270322-100415`): unique in a list of one visit per
  // patient a day, yet a move to another day changes it, and the old visit stays on the portal.
  const DAY_PATIENT = [
    '20270322-100415',
    '20270322-100871',
    '20270323-100954',
    '20270324-100415',
    '20270324-101122',
    '20270325-100871',
  ];
  const PATIENT_DAY = DAY_PATIENT.map((v) => v.split('-').reverse().join('-'));
  const PATIENT_START = [
    '100415-202703220900',
    '100871-202703221000',
    '100954-202703231330',
    '100415-202703240830',
    '101122-202703241100',
    '100871-202703251515',
  ];
  // The patient's number and the visit's place among that patient's rows (`100415-1`, `100415-2`):
  // the next export, once the 22nd is past, gives the 24th the `-1` of the 22nd.
  const PATIENT_ORDINAL = ['100415-1', '100871-1', '100954-1', '100415-2', '101122-1', '100871-2'];
  const PATIENT_ORDINAL_PADDED = [
    '100415-01',
    '100871-01',
    '100954-01',
    '100415-02',
    '101122-01',
    '100871-02',
  ];
  it.each<[string, string[]]>([
    ['the day and the patient', DAY_PATIENT],
    ['the patient and the day', PATIENT_DAY],
    ['the patient and the start', PATIENT_START],
    ["the patient and the visit's place in the list", PATIENT_ORDINAL],
    ["the patient and the visit's place, padded", PATIENT_ORDINAL_PADDED],
  ])('Appt ID of %s: never the id', async (_, values) => {
    await expectRight(run([['Appt ID', values]]), { notAid: values });
  });
  // The patient's visit count (a therapy plan's 14th visit), under a visit's header: below 100.
  it.each<[string]>([['Visit #'], ['Appt #'], ['Visit No']])(
    "%s counting each patient's visits: never the id",
    async (header) => {
      const counts = ['14', '3', '22', '15', '1', '4'];
      await expectRight(run([[header, counts]]), { notAid: counts });
    },
  );
  // Twelve-digit ids Excel cut to six figures, each row's different: every one lost all the same.
  it.each<[string]>([['Appt ID'], ['Booking ID']])(
    '%s of six different 1.2345xE+11: held',
    async (header) => {
      const cut = ['1.23457E+11', '1.23458E+11', '1.23459E+11', '1.2346E+11', '1.23461E+11', '1.23462E+11'];
      await expectRight(run([[header, cut]]), 'held');
    },
  );
});
