// Red team, round 55d: a column that merely looks like an id is never sent as the appointment id
// or the patient id. Each probe is a small export of the visits below (all six, where repetition
// matters, or the three-row probe's Hollis, Obi and Lindqvist) with one id-like column added, with
// and without the export's real `Appt ID` beside it. Outcomes were worked out by hand before the
// first run, from what a person reading the file could be sure of:
//   'not-id'  the column is no appointment id: the file is held (a question), or sent with ids
//             derived from patient, provider and day; never with the column's values as the id;
//   'appt-id' the real `Appt ID` column beside it is the id: sent with its values, or held (a
//             false hold, no wrong send); never with the other column's values;
//   'held'    nobody could be sure: the file is held, refused, or the rows are row errors.
// Patient ids: every probe also checks that no two people (name and birth date) went under one
// patient id, and that a column named as no patient id never gave one.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7); 22 March 2027 is
// a Monday. Visits (UTC): Hollis Grace and her son Ben 22 March 9:00 = 16:00Z (a family seen
// together, with Dr. Patel), Obi 22 March 10:00 = 17:00Z (Dr. Lee), Lindqvist 23 March 13:30 =
// 20:30Z, Obi again 24 March 11:00 = 18:00Z (Dr. Lee), Marsh 24 March 11:00 = 18:00Z (Dr. Patel).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-55d');
const opts = { timeZone: 'America/Los_Angeles' };

type Result = Awaited<ReturnType<typeof collect>>;
/** A column: header and one value per visit (six). */
type Col = [string, string[]];

const VISITS = {
  date: ['03/22/2027', '03/22/2027', '03/22/2027', '03/23/2027', '03/24/2027', '03/24/2027'],
  time: ['9:00 AM', '9:00 AM', '10:00 AM', '1:30 PM', '11:00 AM', '11:00 AM'],
  last: ['Hollis', 'Hollis', 'Obi', 'Lindqvist', 'Obi', 'Marsh'],
  first: ['Grace', 'Ben', 'Adaeze', 'Sven', 'Adaeze', 'Tom'],
  dob: ['06/02/1970', '01/10/2015', '04/05/1999', '08/29/1963', '04/05/1999', '11/11/1980'],
  pid: ['100415', '100416', '100871', '100954', '100871', '101200'],
  provider: [
    'Dr. Nina Patel',
    'Dr. Nina Patel',
    'Dr. Raj Lee',
    'Dr. Nina Patel',
    'Dr. Raj Lee',
    'Dr. Nina Patel',
  ],
  appt: ['88101', '88102', '88103', '88104', '88105', '88106'],
};
/** The hand-worked UTC start of each visit. */
const STARTS = [
  '2027-03-22T16:00',
  '2027-03-22T16:00',
  '2027-03-22T17:00',
  '2027-03-23T20:30',
  '2027-03-24T18:00',
  '2027-03-24T18:00',
];
/** The three-row probe's visits: Hollis Grace, Obi (22 March), Lindqvist. */
const THREE = [0, 2, 3];
const ALL = [0, 1, 2, 3, 4, 5];

const DATE: Col = ['Appt Date', VISITS.date];
const TIME: Col = ['Appt Time', VISITS.time];
const LAST: Col = ['Last Name', VISITS.last];
const FIRST: Col = ['First Name', VISITS.first];
const DOB: Col = ['DOB', VISITS.dob];
const PID: Col = ['Patient ID', VISITS.pid];
const PROVIDER: Col = ['Provider', VISITS.provider];
const APPT: Col = ['Appt ID', VISITS.appt];

const cell = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lines = (cols: Col[], rows: number[]): string[] => [
  cols.map(([h]) => cell(h)).join(','),
  ...rows.map((i) => cols.map(([, v]) => cell(v[i] ?? '')).join(',')),
];

const run = async (cols: Col[], rows: number[]): Promise<Result | 'refused'> => {
  try {
    return await collect(files.write(lines(cols, rows)), opts);
  } catch {
    return 'refused';
  }
};
const held = (r: Result | 'refused'): boolean => r === 'refused' || (r.summary.doubts ?? []).length > 0;

type Expect = 'not-id' | 'appt-id' | 'held';

/** What is wrong with a send of `rows` (empty when nothing is): the column `bad`'s values used as
 *  appointment ids, another id than `Appt ID`'s where that is expected, one appointment id or one
 *  patient id for two visits or two people, a start other than the hand-worked one, or a patient
 *  id from a column named in `badPatient`. */
function wrongs(
  r: Result | 'refused',
  rows: number[],
  expect: Expect,
  bad: Col | undefined,
  badPatient: Col[] = [],
): string[] {
  if (held(r) || r === 'refused') return expect === 'held' ? [] : [];
  const out: string[] = [];
  if (expect === 'held') out.push('sent without a question');
  const badValues = new Set((bad?.[1] ?? []).filter((v, i) => rows.includes(i) && v.trim()));
  const byId = new Map<string, string>();
  const byPid = new Map<string, string>();
  const byWho = new Map<string, string>();
  for (const a of r.appointments) {
    const i = rows.find(
      (k) =>
        VISITS.last[k] === a.patient.lastName &&
        VISITS.first[k] === a.patient.firstName &&
        STARTS[k] === a.start.toISOString().slice(0, 16),
    );
    const who = `${a.patient.lastName} ${a.patient.firstName} ${a.patient.dob}`;
    if (i === undefined) {
      out.push(`${who} sent at ${a.start.toISOString()}`);
      continue;
    }
    if (badValues.has(a.appointmentId) && a.appointmentId !== VISITS.appt[i])
      out.push(`${who}: id ${a.appointmentId} from ${bad![0]}`);
    if (expect === 'appt-id' && a.appointmentId !== VISITS.appt[i])
      out.push(`${who}: id ${a.appointmentId}, not ${VISITS.appt[i]}`);
    const visit = `${who} ${STARTS[i]}`;
    const before = byId.get(a.appointmentId);
    if (before !== undefined && before !== visit)
      out.push(`${visit} and ${before} under one id ${a.appointmentId}`);
    byId.set(a.appointmentId, visit);
    const pBefore = byPid.get(a.patient.patientId);
    if (pBefore !== undefined && pBefore !== who) out.push(`${who} and ${pBefore} under one patient id`);
    byPid.set(a.patient.patientId, who);
    const pidBefore = byWho.get(who);
    if (pidBefore !== undefined && pidBefore !== a.patient.patientId)
      out.push(`${who} under two patient ids ${pidBefore} and ${a.patient.patientId}`);
    byWho.set(who, a.patient.patientId);
    for (const [h, v] of badPatient)
      if (v[i] && a.patient.patientId === v[i] && v[i] !== VISITS.pid[i])
        out.push(`${who}: patient id ${v[i]} from ${h}`);
  }
  return out;
}

/** One probe: `extra` added to a file of the visits (with `Appt ID` or without), judged against
 *  `expect`. */
interface Probe {
  name: string;
  extra: Col;
  /** The outcome without `Appt ID` in the file; beside it, the expectation is always 'appt-id'. */
  alone: Expect;
  /** Whether the probe runs on the six visits (repetition), the three, or both. */
  rows?: 'six' | 'three' | 'both';
}

/** Repeats `v` as six values for the visits, by visit number. */
const six = (...v: string[]): string[] => v;

// ---------------------------------------------------------------------------------------------
// Columns that merely look like the appointment id. Values by visit: Hollis Grace, Hollis Ben
// (same start), Obi, Lindqvist, Obi again, Marsh.
// ---------------------------------------------------------------------------------------------
const LOOKALIKES: Probe[] = [
  // An encounter shared by a family seen together (one encounter, two patients).
  ...['Encounter #', 'Encounter ID', 'Enc #', 'Encounter No', 'Visit Encounter #'].map((h): Probe => ({
    name: `${h} shared by a family`,
    extra: [h, six('730011', '730011', '730012', '730013', '730014', '730015')],
    alone: 'not-id',
  })),
  // A `Visit #` one family's booking carries for both: on two patients at one start.
  ...['Visit #', 'Visit ID', 'Visit No'].map((h): Probe => ({
    name: `${h} shared by a family`,
    extra: [h, six('61001', '61001', '61002', '61003', '61004', '61005')],
    alone: 'not-id',
    rows: 'six',
  })),
  // A claim, an order, a referral, an authorization, a case: another record's number.
  ...[
    'Claim #',
    'Claim ID',
    'Claim No',
    'Order #',
    'Order ID',
    'Referral #',
    'Referral ID',
    'Auth #',
    'Authorization #',
    'Prior Auth #',
    'Case #',
    'Case ID',
    'Invoice #',
    'Charge ID',
    'Ticket #',
    'Superbill #',
  ].map((h): Probe => ({
    name: `${h}, unique per row`,
    extra: [h, six('40117', '40118', '40121', '40125', '40133', '40134')],
    alone: 'not-id',
  })),
  // The same records where they repeat for the patient's two visits (one authorization, one case).
  ...['Auth #', 'Authorization No', 'Case #', 'Referral #', 'Order #', 'Episode #'].map((h): Probe => ({
    name: `${h} repeated on Obi's two visits`,
    extra: [h, six('A5510', 'A5511', 'A5512', 'A5513', 'A5512', 'A5514')],
    alone: 'not-id',
    rows: 'six',
  })),
  // A visit number counted per patient: unique in the file, yet Obi's 7 and 8 are her own count.
  ...['Visit #', 'Visit No', 'Visit Number', 'Session #', 'Tx #', 'Treatment #'].map((h): Probe => ({
    name: `${h} counting per patient (unique here)`,
    extra: [h, six('3', '1', '7', '2', '8', '12')],
    alone: 'not-id',
  })),
  ...['Visit #', 'Session #'].map((h): Probe => ({
    name: `${h} counting per patient (1, 1, 1, 1, 2, 1)`,
    extra: [h, six('1', '1', '1', '1', '2', '1')],
    alone: 'not-id',
    rows: 'six',
  })),
  // Slots, sequences, lines, rows.
  ...['Slot', 'Slot #', 'Slot ID', 'Slot No'].map((h): Probe => ({
    name: `${h} numbering the day's slots`,
    extra: [h, six('1', '1', '3', '11', '4', '4')],
    alone: 'not-id',
  })),
  ...[
    'Seq',
    'Seq #',
    'Sequence',
    'Line',
    'Line #',
    'Line No',
    'Row',
    'Row ID',
    'Row #',
    '#',
    'No.',
    'Record #',
  ].map((h): Probe => ({
    name: `${h} counting rows`,
    extra: [h, six('1', '2', '3', '4', '5', '6')],
    alone: 'not-id',
  })),
  ...['Row ID', 'Line ID', 'Seq ID', 'Record No'].map((h): Probe => ({
    name: `${h} counting rows from 101`,
    extra: [h, six('101', '102', '103', '104', '105', '106')],
    alone: 'not-id',
  })),
  // A counter per day and per provider, under an appointment's header.
  ...['Appt #', 'Appt No', 'Appointment #'].map((h): Probe => ({
    name: `${h} counting per day`,
    extra: [h, six('1', '2', '3', '1', '1', '2')],
    alone: 'not-id',
  })),
  ...['Appt #', 'Appt No'].map((h): Probe => ({
    name: `${h} counting per provider`,
    extra: [h, six('1', '2', '1', '3', '2', '4')],
    alone: 'not-id',
    rows: 'six',
  })),
  ...['Appt #', 'Appt No'].map((h): Probe => ({
    name: `${h} counting per day, day first`,
    extra: [h, six('20270322-01', '20270322-02', '20270322-03', '20270323-01', '20270324-01', '20270324-02')],
    alone: 'not-id',
    rows: 'six',
  })),
  // A confirmation code kept by Obi's rescheduled visit (her 22 March visit was moved to the 24th).
  ...['Confirmation #', 'Confirmation Code', 'Conf #', 'Booking Ref'].map((h): Probe => ({
    name: `${h} reused after a reschedule`,
    extra: [h, six('K7QX2', 'R8TN4', 'M2PL6', 'Z9RT1', 'M2PL6', 'B4WW3')],
    alone: 'not-id',
    rows: 'six',
  })),
  // Rooms.
  ...['Room #', 'Room', 'Room ID', 'Exam Room #', 'Op #', 'Chair #'].map((h): Probe => ({
    name: `${h}`,
    extra: [h, six('12', '12', '4', '12', '4', '7')],
    alone: 'not-id',
  })),
  // A room number unique in a small file.
  ...['Room #', 'Room No'].map((h): Probe => ({
    name: `${h} unique here`,
    extra: [h, six('101', '102', '103', '104', '105', '106')],
    alone: 'not-id',
    rows: 'three',
  })),
  // A bare `ID` that is the provider's NPI, the location's code, the clinic's number.
  ...['ID', 'Id'].map((h): Probe => ({
    name: `${h} = the provider's NPI`,
    extra: [h, six('1245319599', '1245319599', '1316002389', '1245319599', '1316002389', '1245319599')],
    alone: 'not-id',
  })),
  ...['ID', 'Id'].map((h): Probe => ({
    name: `${h} = the location's code`,
    extra: [h, six('MAIN01', 'MAIN01', 'NRTH02', 'MAIN01', 'NRTH02', 'MAIN01')],
    alone: 'not-id',
  })),
  {
    name: 'ID = the provider NPI, three distinct providers',
    extra: ['ID', six('1245319599', '1245319599', '1316002389', '1457388927', '1316002389', '1245319599')],
    alone: 'not-id',
    rows: 'three',
  },
  // A `Ref` that repeats across patients.
  ...['Ref', 'Ref #', 'Reference', 'Ref No'].map((h): Probe => ({
    name: `${h} repeating`,
    extra: [h, six('R1001', 'R1001', 'R1002', 'R1003', 'R1002', 'R1004')],
    alone: 'not-id',
  })),
];

// ---------------------------------------------------------------------------------------------
// An `Appt ID` that is not one: spreadsheet damage, the patient's account, the patient's id.
// Probes with their own columns and one expected outcome.
// ---------------------------------------------------------------------------------------------
interface Whole {
  name: string;
  cols: Col[];
  rows: number[];
  expect: Expect;
  /** The column whose values must never be the appointment id. */
  bad?: Col;
  /** Columns whose values must never be the patient id. */
  badPatient?: Col[];
}

const DAMAGED: Col = [
  'Appt ID',
  six('1.23457E+11', '1.23457E+11', '1.23458E+11', '1.23459E+11', '1.2346E+11', '1.2346E+11'),
];
const DAMAGED_UNIQUE: Col = [
  'Appt ID',
  six('1.23457E+11', '1.23458E+11', '1.23459E+11', '1.2346E+11', '1.23461E+11', '1.23462E+11'),
];
const SMALL_E: Col = ['Appt ID', six('1.23E+05', '1.23E+05', '1.24E+05', '1.25E+05', '1.26E+05', '1.27E+05')];
const ACCOUNT: Col = ['Account #', six('50010', '50010', '50871', '50954', '50871', '51200')];
const APPT_AS_ACCOUNT: Col = ['Appt ID', ACCOUNT[1]];
const APPT_AS_PID: Col = ['Appt ID', VISITS.pid];
const SSN: string[] = six(
  '123-45-6789',
  '123-45-6790',
  '234-56-7891',
  '345-67-8912',
  '234-56-7891',
  '456-78-9123',
);
const PHONE: string[] = six(
  '(503) 555-0142',
  '(503) 555-0142',
  '(971) 555-0199',
  '(503) 555-0177',
  '(971) 555-0199',
  '(503) 555-0110',
);
const PHONE_DIGITS: string[] = six(
  '5035550142',
  '5035550142',
  '9715550199',
  '5035550177',
  '9715550199',
  '5035550110',
);
const BASE_NO_ID: Col[] = [DATE, TIME, LAST, FIRST, DOB, PROVIDER];

/** Probes written after the first run had found three sends to look at: ids that copy another
 *  column of the row (a phone, the start, the birth date), insurance and family numbers as the
 *  only patient number, and ids a spreadsheet or a report writer decorated. Worked out by hand
 *  before their first run as the others were. */
function ROUND_TWO(): Whole[] {
  const phone: Col = ['Phone', PHONE];
  const startDigits: Col = [
    'Appt ID',
    six('202703220900', '202703220900', '202703221000', '202703231330', '202703241100', '202703241100'),
  ];
  const startStamp: Col = [
    'Appt ID',
    six(
      '2027-03-22 09:00',
      '2027-03-22 09:00',
      '2027-03-22 10:00',
      '2027-03-23 13:30',
      '2027-03-24 11:00',
      '2027-03-24 11:00',
    ),
  ];
  const dobDigits: Col = [
    'Patient ID',
    six('06021970', '01102015', '04051999', '08291963', '04051999', '11111980'),
  ];
  const family = six('77001', '77001', '77002', '77003', '77002', '77004');
  const out: Whole[] = [];
  for (const rows of [ALL, THREE]) {
    const n = `${rows.length} rows`;
    out.push(
      // The appointment's or patient's number is the row's phone, written again without its marks.
      {
        name: `Appt ID = the Phone column's digits, ${n}`,
        cols: [...BASE_NO_ID, PID, phone, ['Appt ID', PHONE_DIGITS]],
        rows,
        expect: 'not-id',
        bad: ['Appt ID', PHONE_DIGITS],
      },
      {
        name: `Patient ID = the Phone column's digits, ${n}`,
        cols: [...BASE_NO_ID, phone, ['Patient ID', PHONE_DIGITS], APPT],
        rows,
        expect: 'appt-id',
        badPatient: [['Patient ID', PHONE_DIGITS]],
      },
      {
        name: `ID = the Phone column's digits, ${n}`,
        cols: [...BASE_NO_ID, PID, phone, ['ID', PHONE_DIGITS]],
        rows,
        expect: 'not-id',
        bad: ['ID', PHONE_DIGITS],
      },
      // The appointment id is the start written as digits: a reschedule makes it another id.
      {
        name: `Appt ID = the start as digits, ${n}`,
        cols: [...BASE_NO_ID, PID, startDigits],
        rows,
        expect: 'not-id',
        bad: startDigits,
      },
      {
        name: `Appt ID = the start as a stamp, ${n}`,
        cols: [...BASE_NO_ID, PID, startStamp],
        rows,
        expect: 'not-id',
        bad: startStamp,
      },
      // The patient's number is the birth date's digits: two patients born the same day are one.
      {
        name: `Patient ID = the birth date's digits, ${n}`,
        cols: [...BASE_NO_ID, dobDigits, APPT],
        rows,
        expect: 'appt-id',
        badPatient: [dobDigits],
      },
    );
    // Insurance and family numbers as the only patient number (the subscriber is Grace for Ben).
    for (const h of [
      'Subscriber ID',
      'Member ID',
      'Policy #',
      'Insured ID',
      'Resp Party #',
      'Parent ID',
      'Mother MRN',
      'Guarantor MRN',
      'Insurance ID',
      'Group #',
    ])
      out.push({
        name: `${h} as the only patient number, ${n}`,
        cols: [...BASE_NO_ID, [h, family], APPT],
        rows,
        expect: 'appt-id',
        badPatient: [[h, family]],
      });
    // Spreadsheet and report decorations on the real ids: sent under the ids as a clean export
    // writes them (`88101`), or held; never under `="88101"`, `88,101` or `'88101`.
    for (const [label, f] of [
      ['="…" (Excel text formula)', (v: string) => `="${v}"`],
      ['a leading apostrophe', (v: string) => `'${v}`],
      ['thousands separators', (v: string) => `${v.slice(0, 2)},${v.slice(2)}`],
      ['a # before it', (v: string) => `#${v}`],
    ] as const) {
      const appt: Col = ['Appt ID', VISITS.appt.map(f)];
      out.push({
        name: `Appt ID with ${label}, ${n}`,
        cols: [...BASE_NO_ID, PID, appt],
        rows,
        expect: 'appt-id',
        bad: appt,
      });
      const pid: Col = ['Patient ID', VISITS.pid.map(f)];
      out.push({
        name: `Patient ID with ${label}, ${n}`,
        cols: [...BASE_NO_ID, pid, APPT],
        rows,
        expect: 'appt-id',
        badPatient: [pid],
      });
    }
  }
  // A patient id shared by two people who are not a family (the provider's NPI under `Patient ID`).
  const npi: Col = [
    'Patient ID',
    six('1245319599', '1245319599', '1316002389', '1245319599', '1316002389', '1245319599'),
  ];
  out.push({
    name: 'Patient ID = the provider NPI, six rows',
    cols: [...BASE_NO_ID, npi, APPT],
    rows: ALL,
    expect: 'appt-id',
    badPatient: [npi],
  });
  const npi3: Col = [
    'Patient ID',
    six('1245319599', '1245319599', '1316002389', '1457388927', '1316002389', '1245319599'),
  ];
  out.push({
    name: 'Patient ID = the provider NPI, three rows all apart',
    cols: [...BASE_NO_ID, npi3, APPT, ['Provider NPI', npi3[1]]],
    rows: THREE,
    expect: 'appt-id',
    badPatient: [npi3],
  });
  // The appointment id is the provider's NPI column again, three rows all apart.
  const apptNpi: Col = ['Appt ID', npi3[1]];
  out.push({
    name: 'Appt ID = the Provider NPI column, three rows all apart',
    cols: [...BASE_NO_ID, PID, ['NPI', npi3[1]], apptNpi],
    rows: THREE,
    expect: 'not-id',
    bad: apptNpi,
  });
  return out;
}

const WHOLES: Whole[] = [
  // Spreadsheet damage to the real id: never sent as these values.
  ...[ALL, THREE].flatMap((rows): Whole[] => [
    {
      name: `Appt ID cut by a spreadsheet (1.23457E+11), ${rows.length} rows`,
      cols: [...BASE_NO_ID, PID, DAMAGED],
      rows,
      expect: 'held',
      bad: DAMAGED,
    },
    {
      name: `Appt ID cut by a spreadsheet, each unique, ${rows.length} rows`,
      cols: [...BASE_NO_ID, PID, DAMAGED_UNIQUE],
      rows,
      expect: 'held',
      bad: DAMAGED_UNIQUE,
    },
    {
      name: `Appt ID as 1.23E+05, ${rows.length} rows`,
      cols: [...BASE_NO_ID, PID, SMALL_E],
      rows,
      expect: 'held',
      bad: SMALL_E,
    },
    {
      name: `Patient ID cut by a spreadsheet, ${rows.length} rows`,
      cols: [
        ...BASE_NO_ID,
        [
          'Patient ID',
          six('1.00415E+11', '1.00416E+11', '1.00871E+11', '1.00954E+11', '1.00871E+11', '1.012E+11'),
        ],
        APPT,
      ],
      rows,
      expect: 'held',
      badPatient: [
        [
          'Patient ID',
          six('1.00415E+11', '1.00416E+11', '1.00871E+11', '1.00954E+11', '1.00871E+11', '1.012E+11'),
        ],
      ],
    },
  ]),
  // `Appt ID` that is the patient's account (a family's guarantor) or the patient's id.
  {
    name: 'Appt ID = the family account, six rows',
    cols: [...BASE_NO_ID, ACCOUNT, APPT_AS_ACCOUNT],
    rows: ALL,
    expect: 'not-id',
    bad: APPT_AS_ACCOUNT,
    badPatient: [ACCOUNT],
  },
  {
    name: 'Appt ID = Account #, three rows',
    cols: [...BASE_NO_ID, ACCOUNT, APPT_AS_ACCOUNT],
    rows: THREE,
    expect: 'not-id',
    bad: APPT_AS_ACCOUNT,
  },
  {
    name: 'Appt ID = Patient ID, six rows',
    cols: [...BASE_NO_ID, PID, APPT_AS_PID],
    rows: ALL,
    expect: 'not-id',
    bad: APPT_AS_PID,
  },
  {
    name: 'Appt ID = Patient ID, three rows',
    cols: [...BASE_NO_ID, PID, APPT_AS_PID],
    rows: THREE,
    expect: 'not-id',
    bad: APPT_AS_PID,
  },
  {
    name: 'Appt ID = MRN, three rows',
    cols: [...BASE_NO_ID, ['MRN', VISITS.pid], APPT_AS_PID],
    rows: THREE,
    expect: 'not-id',
    bad: APPT_AS_PID,
  },
  {
    name: 'Appt ID = Chart #, six rows',
    cols: [...BASE_NO_ID, ['Chart #', VISITS.pid], APPT_AS_PID],
    rows: ALL,
    expect: 'not-id',
    bad: APPT_AS_PID,
  },
  {
    name: 'Appt ID = Patient ID zero-padded, three rows',
    cols: [...BASE_NO_ID, PID, ['Appt ID', VISITS.pid.map((p) => `00${p}`)]],
    rows: THREE,
    expect: 'not-id',
    bad: ['Appt ID', VISITS.pid.map((p) => `00${p}`)],
  },
  // A family's account (guarantor) as the only patient number: Grace and Ben are two patients.
  ...[
    'Account #',
    'Acct #',
    'Account No',
    'Account Number',
    'Guarantor #',
    'Guarantor ID',
    'Family #',
    'Household ID',
  ].map((h): Whole => ({
    name: `${h} shared by a family, no other patient id`,
    cols: [...BASE_NO_ID, [h, ACCOUNT[1]], APPT],
    rows: ALL,
    expect: 'appt-id',
    badPatient: [[h, ACCOUNT[1]]],
  })),
  ...['Account #', 'Guarantor #'].map((h): Whole => ({
    name: `${h} shared by a family, beside Patient ID`,
    cols: [...BASE_NO_ID, PID, [h, ACCOUNT[1]], APPT],
    rows: ALL,
    expect: 'appt-id',
    badPatient: [[h, ACCOUNT[1]]],
  })),
  // An MRN with a check digit is the patient's number as written.
  ...[ALL, THREE].map((rows): Whole => ({
    name: `MRN with a check digit (100415-3), ${rows.length} rows`,
    cols: [
      ...BASE_NO_ID,
      ['MRN', six('100415-3', '100416-1', '100871-7', '100954-2', '100871-7', '101200-5')],
      APPT,
    ],
    rows,
    expect: 'appt-id',
  })),
  // SSN-like and phone-like values as the patient's or the appointment's number.
  ...['Patient ID', 'ID', 'Pt #', 'Chart #'].flatMap((h): Whole[] => [
    {
      name: `${h} of SSNs`,
      cols: [...BASE_NO_ID, [h, SSN], APPT],
      rows: ALL,
      expect: 'appt-id',
      badPatient: [[h, SSN]],
    },
    {
      name: `${h} of telephone numbers`,
      cols: [...BASE_NO_ID, [h, PHONE], APPT],
      rows: ALL,
      expect: 'appt-id',
      badPatient: [[h, PHONE]],
    },
  ]),
  ...['Patient ID', 'Pt ID'].map((h): Whole => ({
    name: `${h} of ten-digit phone numbers shared by a family`,
    cols: [...BASE_NO_ID, [h, PHONE_DIGITS], APPT],
    rows: ALL,
    expect: 'appt-id',
    badPatient: [[h, PHONE_DIGITS]],
  })),
  {
    name: 'Appt ID of ten-digit phone numbers, six rows',
    cols: [...BASE_NO_ID, PID, ['Appt ID', PHONE_DIGITS]],
    rows: ALL,
    expect: 'not-id',
    bad: ['Appt ID', PHONE_DIGITS],
  },
  ...[ALL, THREE].flatMap((rows): Whole[] => [
    {
      name: `Appt ID of SSNs, ${rows.length} rows`,
      cols: [...BASE_NO_ID, PID, ['Appt ID', SSN]],
      rows,
      expect: 'not-id',
      bad: ['Appt ID', SSN],
    },
    {
      name: `Appt ID of phone numbers, ${rows.length} rows`,
      cols: [...BASE_NO_ID, PID, ['Appt ID', PHONE]],
      rows,
      expect: 'not-id',
      bad: ['Appt ID', PHONE],
    },
  ]),
  // Two patient-id-like columns that disagree: which one is the patient is a guess.
  {
    name: 'Patient ID and MRN disagreeing on Obi (two MRNs for one Patient ID, name and birth date)',
    cols: [...BASE_NO_ID, PID, ['MRN', six('M0415', 'M0416', 'M0871', 'M0954', 'M0999', 'M1200')], APPT],
    rows: ALL,
    expect: 'appt-id',
  },
  {
    name: 'Patient ID shared by the family, Chart # apart',
    cols: [
      ...BASE_NO_ID,
      ['Patient ID', six('100415', '100415', '100871', '100954', '100871', '101200')],
      ['Chart #', six('C415', 'C416', 'C871', 'C954', 'C871', 'C1200')],
      APPT,
    ],
    rows: ALL,
    expect: 'appt-id',
    badPatient: [['Patient ID', six('100415', '100415', '100871', '100954', '100871', '101200')]],
  },
  {
    name: 'Patient ID and Chart # both unique but not one-to-one over three rows',
    cols: [...BASE_NO_ID, PID, ['Chart #', six('C871', 'C416', 'C415', 'C954', 'C415', 'C1200')], APPT],
    rows: THREE,
    expect: 'appt-id',
  },
  {
    name: 'MRN and Patient ID: Obi under two Patient IDs, one MRN',
    cols: [
      ...BASE_NO_ID,
      ['Patient ID', six('100415', '100416', '100871', '100954', '100872', '101200')],
      ['MRN', six('M0415', 'M0416', 'M0871', 'M0954', 'M0871', 'M1200')],
      APPT,
    ],
    rows: ALL,
    expect: 'held',
  },
  // `ID` as the only id, a patient's number (each patient's visits under one value): no appointment id.
  {
    name: "ID repeating on Obi's two visits, no Patient ID",
    cols: [...BASE_NO_ID, ['ID', VISITS.pid]],
    rows: ALL,
    expect: 'not-id',
    bad: ['ID', VISITS.pid],
  },
  {
    name: 'ID unique over three rows, no Patient ID',
    cols: [...BASE_NO_ID, ['ID', VISITS.pid]],
    rows: THREE,
    expect: 'not-id',
    bad: ['ID', VISITS.pid],
  },
  ...ROUND_TWO(),
];

const probeRuns = LOOKALIKES.flatMap((p) =>
  (p.rows === 'six' ? [ALL] : p.rows === 'three' ? [THREE] : [ALL, THREE]).flatMap((rows) => [
    {
      name: `${p.name}, ${rows.length} rows, no Appt ID`,
      cols: [...BASE_NO_ID, PID, p.extra],
      rows,
      expect: p.alone,
      bad: p.extra,
    },
    {
      name: `${p.name}, ${rows.length} rows, beside Appt ID`,
      cols: [...BASE_NO_ID, PID, APPT, p.extra],
      rows,
      expect: 'appt-id' as Expect,
      bad: p.extra,
    },
  ]),
);

describe('55d: a column that merely looks like an id is never sent as one', () => {
  it.each([...probeRuns, ...WHOLES].map((p) => [p.name, p] as const))('%s', async (_, p) => {
    const r = await run(p.cols, p.rows);
    const w = wrongs(r, p.rows, p.expect, p.bad, 'badPatient' in p ? p.badPatient : []);
    if (process.env.PROBE_LOG)
      console.log(
        `PROBE\t${held(r) ? 'held' : 'sent'}\t${w.length ? 'WRONG' : 'ok'}\t${p.name}\t${w.join('; ')}\t${
          r === 'refused'
            ? 'refused'
            : (r.summary.doubts ?? [])
                .map((d) => d.message)
                .join(' | ')
                .slice(0, 200)
        }\t${r === 'refused' ? '' : r.appointments.map((a) => `${a.appointmentId}/${a.patient.patientId}`).join(' ')}\t${r === 'refused' ? '' : r.errors.length}`,
      );
    expect(w).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The copy check holds only what the rows prove, and a person's answer is kept.
// ---------------------------------------------------------------------------------------------
describe('55d: an id that copies another column of the row: controls and the answer', () => {
  const phone: Col = ['Phone', PHONE];
  const sentAs = (r: Result | 'refused'): string[] | null =>
    held(r) || r === 'refused'
      ? null
      : r.appointments.map((a) => `${a.appointmentId}/${a.patient.patientId}`);
  const ids = (rows: number[], appt = VISITS.appt, pid = VISITS.pid): string[] =>
    rows.map((i) => `${appt[i]}/${pid[i]}`);

  it('a Phone column beside real ids: sent with them, unasked', async () => {
    const r = await run([...BASE_NO_ID, PID, phone, APPT], THREE);
    expect(sentAs(r)).toEqual(ids(THREE));
  });

  it('an Appt ID equal to the phone on one row of three is a chance, not a copy: sent', async () => {
    const appt: Col = ['Appt ID', six('5035550142', '', '88103', '88104', '', '')];
    const r = await run([...BASE_NO_ID, PID, phone, appt], THREE);
    expect(sentAs(r)).toEqual(ids(THREE, appt[1]));
  });

  it('ids numbered within their day with gaps (20270322-0003) are no copy of the start: sent', async () => {
    const appt: Col = ['Appt ID', six('20270322-0001', '', '20270322-0003', '20270323-0002', '', '')];
    const r = await run([...BASE_NO_ID, PID, appt], THREE);
    expect(sentAs(r)).toEqual(ids(THREE, appt[1]));
  });

  it('Patient IDs of eight digits, one of them the birth date by chance: sent', async () => {
    const pid: Col = ['Patient ID', six('06021970', '', '10087100', '10095400', '', '')];
    const r = await run([...BASE_NO_ID, pid, APPT], THREE);
    expect(sentAs(r)).toEqual(ids(THREE, VISITS.appt, pid[1]));
  });

  it('held for an Appt ID that is the phone; a person who maps no appointment id gets derived ids', async () => {
    const appt: Col = ['Appt ID', PHONE_DIGITS];
    const cols = [...BASE_NO_ID, PID, phone, appt];
    const first = await run(cols, THREE);
    expect(first !== 'refused' && first.summary.doubts).toMatchObject([
      { kind: 'appointment-id', field: 'appointmentId', column: 'Appt ID', samples: ['5035550142'] },
    ]);
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        lastName: 'Last Name',
        firstName: 'First Name',
        dob: 'DOB',
        patientId: 'Patient ID',
        providerName: 'Provider',
      },
      cols.map(([h]) => h),
    );
    const r = await collect(files.write(lines(cols, THREE)), { ...opts, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId.slice(0, 2), a.patient.patientId])).toEqual(
      THREE.map((i) => ['A-', VISITS.pid[i]]),
    );
  });
});
