// Red team, round 63e: another person's details on the patient's row. A visit on the portal is
// one patient's (id, name, birth date, e-mail) with one provider; a parent's birth date, a
// guarantor's account, a clerk's name or a room sent for them puts the visit on the wrong portal
// or names the wrong clinician. Each probe is the three-row file of person-probes.ts (Hollis, Obi,
// Lindqvist at the Los Angeles practice) with someone else's column beside the patients' own, or
// in place of one of them. Outcomes were worked out by hand before the first run: the patients'
// own details, or held; where the patients' own column is gone, the detail is left out (a made-up
// id, no e-mail, Unassigned provider) or the file held, never filled from the other person's.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { judge, OTHER, OWN, personRunner, type Outcome, type Probe } from './person-probes.ts';
import type { Cols } from './three-row-probes.ts';

const files = exportFiles('redteam-round-63e');
const runProbe = personRunner(files);
const LOG = process.env.PROBE_LOG;

/** The probe's outcome (logged for the round's count when PROBE_LOG names a file). */
async function outcome(name: string, p: Probe): Promise<{ outcome: Outcome; why: string[] }> {
  const j = judge(await runProbe(p), p);
  if (LOG) fs.appendFileSync(LOG, `${j.outcome}\t${name}\t${j.why.join('; ')}\n`);
  return j;
}
/** Never another person's details: held, right, or a detail left out. */
const notWrong = async (name: string, p: Probe): Promise<void> => {
  const j = await outcome(name, p);
  expect(j.outcome, j.why.join('; ')).not.toBe('wrong');
};

type Kind = keyof typeof OTHER;
const col = (header: string, kind: Kind): [string, string[]] => [header, [...OTHER[kind]]];
const one = (header: string, value: string): [string, string[]] => [header, [value, value, value]];

// ---------------------------------------------------------------------------------------------
// A. Pediatrics and families: someone else's column beside the patients' own
// ---------------------------------------------------------------------------------------------
const OTHER_NAMES = [
  'Parent Name',
  'Parent',
  'Mother',
  'Father',
  "Mother's Name",
  'Guardian',
  'Guardian Name',
  'Legal Guardian',
  'Resp Party',
  'Responsible Party',
  'Guarantor',
  'Guarantor Name',
  'Head of Household',
  'Household',
  'Subscriber',
  'Subscriber Name',
  'Insured',
  'Insured Name',
  'Policy Holder',
  'Account Holder',
  'Contact',
  'Contact Name',
  'Emergency Contact',
  'Next of Kin',
  'Nombre del tutor',
  'Responsável',
  'Erziehungsberechtigter',
  'Ouder',
  'Caregiver',
  'Interpreter',
  'Driver',
  'Referred By',
  'Booked By',
  'Entered By',
  'Created By',
  'Scheduler',
  'Last Modified By',
  'Spouse',
];
const OTHER_DOBS = [
  'Mother DOB',
  'Father DOB',
  'Parent DOB',
  'Guardian DOB',
  'Subscriber DOB',
  'Insured DOB',
  'Guarantor DOB',
  'Resp Party DOB',
  'Policy Holder DOB',
  'Head of Household DOB',
  'Emergency Contact DOB',
  'Caregiver DOB',
  'Spouse DOB',
  'Fecha Nac. Tutor',
  'Geburtsdatum Mutter',
  'Date de naissance du parent',
  'Data Nasc. Responsável',
  'Geboortedatum ouder',
];
const OTHER_IDS = [
  'Guarantor Acct #',
  'Family ID',
  'Household ID',
  'Insured ID',
  'Subscriber ID',
  'Member ID',
  'Policy #',
  'Resp Party ID',
  'Parent ID',
  'Guardian ID',
  'Family Acct',
  'Head of Household ID',
  'HH #',
  'Familien-Nr',
  'Referral ID',
  'User ID',
  'Created By ID',
  'Family #',
];
const OTHER_EMAILS = [
  'Guardian Email',
  'Parent Email',
  'Mother Email',
  'Resp Party Email',
  'Guarantor Email',
  'Emergency Contact Email',
  'Subscriber Email',
  'Caregiver E-mail',
  'Correo del tutor',
  'E-Mail Eltern',
  'Email Responsável',
  'Booked By Email',
  'User Email',
  'Staff Email',
  'Provider Email',
  'Referring Provider Email',
  'Referring Office Email',
];

describe("A. someone else's column beside the patients' own: the patients' own go", () => {
  it.each(OTHER_NAMES)("'%s' (a parent's name)", (h) => notWrong(`A name ${h}`, { add: [col(h, 'name')] }));
  it.each(OTHER_DOBS)("'%s' (a parent's birth date)", (h) =>
    notWrong(`A dob ${h}`, { add: [col(h, 'dob')] }),
  );
  it.each(OTHER_IDS)("'%s' (a family's or a policy's number)", (h) =>
    notWrong(`A id ${h}`, { add: [col(h, 'id')] }),
  );
  it.each(OTHER_EMAILS)("'%s' (someone else's e-mail)", (h) =>
    notWrong(`A email ${h}`, { add: [col(h, 'email')] }),
  );
});

// ---------------------------------------------------------------------------------------------
// B. The patients' own column missing: the other person's is never read in its place
// ---------------------------------------------------------------------------------------------
describe("B. only someone else's column: never read as the patient's", () => {
  it.each(OTHER_DOBS)("no DOB, '%s' only: never the patient's birth date", (h) =>
    notWrong(`B dob ${h}`, { drop: ['DOB'], add: [col(h, 'dob')], at: 'DOB' }),
  );
  it.each(OTHER_IDS)("no Patient ID, '%s' only: never the patient id", (h) =>
    notWrong(`B id ${h}`, { drop: ['Patient ID'], add: [col(h, 'id')], at: 'Patient ID' }),
  );
  it.each(OTHER_EMAILS)("no Email, '%s' only: never the patient's e-mail", (h) =>
    notWrong(`B email ${h}`, { drop: ['Email'], add: [col(h, 'email')], at: 'Email' }),
  );
  it.each(OTHER_NAMES)("no Patient, '%s' only: never the patient's name", (h) =>
    notWrong(`B name ${h}`, { drop: ['Patient'], add: [col(h, 'name')], at: 'Patient' }),
  );
});

// ---------------------------------------------------------------------------------------------
// C. The patient's name in parts beside another person's parts
// ---------------------------------------------------------------------------------------------
const SPLIT: Cols = [
  ['First Name', ['Grace', 'Adaeze', 'Sven']],
  ['Last Name', ['Hollis', 'Obi', 'Lindqvist']],
];
const PT_SPLIT: Cols = [
  ['Pt First Name', ['Grace', 'Adaeze', 'Sven']],
  ['Pt Last Name', ['Hollis', 'Obi', 'Lindqvist']],
];
describe("C. the patient's first and last name beside another person's", () => {
  it.each([
    'Guardian',
    'Parent',
    'Resp Party',
    'Guarantor',
    'Mother',
    'Subscriber',
    'Insured',
    'Emergency Contact',
    'Contact',
    'Caregiver',
    'Referring Provider',
    'Tutor',
  ])("First Name / Last Name beside '%s First Name' / '%s Last Name'", (who) =>
    notWrong(`C split ${who}`, {
      drop: ['Patient'],
      at: 'Patient',
      add: [...SPLIT, col(`${who} First Name`, 'first'), col(`${who} Last Name`, 'last')],
    }),
  );
  it.each(['Guardian', 'Resp', 'Guar', 'Parent', 'Sub'])(
    "Pt First Name / Pt Last Name beside '%s First' / '%s Last'",
    (who) =>
      notWrong(`C pt split ${who}`, {
        drop: ['Patient'],
        at: 'Patient',
        add: [...PT_SPLIT, col(`${who} First`, 'first'), col(`${who} Last`, 'last')],
      }),
  );
  // The other person's parts before the patient's, and a bare Name beside a parent's name.
  it.each([
    [
      'Parent First Name, Parent Last Name first',
      [col('Parent First Name', 'first'), col('Parent Last Name', 'last'), ...SPLIT],
    ],
    [
      'Name beside Parent Name',
      [['Name', ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven']], col('Parent Name', 'name')],
    ],
    [
      'Parent Name before Name',
      [col('Parent Name', 'name'), ['Name', ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven']]],
    ],
    [
      'Full Name beside Guarantor Full Name',
      [
        ['Full Name', ['Grace Hollis', 'Adaeze Obi', 'Sven Lindqvist']],
        col('Guarantor Full Name', 'nameFirstLast'),
      ],
    ],
    [
      'Patient Name beside Resp Party Name',
      [['Patient Name', ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven']], col('Resp Party Name', 'name')],
    ],
  ] as Array<[string, Cols]>)('%s', (what, add) =>
    notWrong(`C ${what}`, { drop: ['Patient'], at: 'Patient', add }),
  );
});

// ---------------------------------------------------------------------------------------------
// D. Providers: another role's person, a room, a clerk
// ---------------------------------------------------------------------------------------------
const OTHER_ROLES = [
  'Referring Provider',
  'Referring Physician',
  'Ref Dr',
  'Referred By',
  'PCP',
  'Primary Care Physician',
  'Supervising Provider',
  'Supervising Physician',
  'Ordering Provider',
  'Billing Provider',
  'Booked By',
  'Entered By',
  'Created By',
  'Created By User',
  'Scheduler',
  'Scheduled By',
  'Last Modified By',
  'Interpreter',
  'Driver',
  'Caregiver',
  'Scribe',
  'Chaperone',
  'Booking Staff',
  'Usual Provider',
  'Assistant',
  'Dental Assistant',
  'Medical Assistant',
];
const ROOMS: Array<[string, string[]]> = [
  ['Resource', ['Room 1', 'Room 2', 'Room 1']],
  ['Resource', ['Chair 3', 'Chair 1', 'Chair 3']],
  ['Resource', ['MRI 1', 'CT Scanner', 'MRI 1']],
  ['Provider', ['Room 1', 'Room 2', 'Room 1']],
  ['Provider', ['Exam Room 2', 'Exam Room 4', 'Exam Room 2']],
  ['Provider', ['Op 3', 'Op 1', 'Op 3']],
  ['Provider', ['Operatory 2', 'Operatory 5', 'Operatory 2']],
  ['Doctor', ['Room 1', 'Room 2', 'Room 1']],
  ['Resource', ['Infusion Chair 4', 'Infusion Chair 7', 'Infusion Chair 4']],
  ['Provider', ['Treadmill', 'Echo Machine', 'Treadmill']],
  ['Column', ['Hygiene 1', 'Hygiene 2', 'Hygiene 1']],
  ['Resource', ['Lab Station 1', 'Lab Station 2', 'Lab Station 1']],
];
describe('D. the provider', () => {
  it.each(OTHER_ROLES)("no Provider, '%s' only: never the appointment's provider", (h) =>
    notWrong(`D role ${h}`, { drop: ['Provider'], add: [col(h, 'person')], at: 'Provider', provider: null }),
  );
  it.each(OTHER_ROLES)("'%s' beside Provider: the Provider column's", (h) =>
    notWrong(`D beside ${h}`, { add: [col(h, 'person')] }),
  );
  it.each(ROOMS)("no person, '%s' = %j: never sent as a provider", (h, values) =>
    notWrong(`D room ${h} ${values[0]}`, {
      drop: ['Provider'],
      add: [[h, values]],
      at: 'Provider',
      provider: null,
    }),
  );
  it.each(['Resource', 'Room', 'Chair', 'Operatory', 'Resource Name', 'Equipment'])(
    "'%s' of rooms beside Provider: the Provider column's",
    (h) => notWrong(`D room beside ${h}`, { add: [[h, OTHER.room]] }),
  );
  // Two columns of clinicians in roles: the rendering one is the visit's (its names, by hand).
  const SEEN = ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel'];
  it.each<[string, Cols]>([
    [
      'Rendering Provider beside Supervising Provider',
      [
        ['Rendering Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
        col('Supervising Provider', 'person'),
      ],
    ],
    [
      'Supervising Provider before Rendering Provider',
      [
        col('Supervising Provider', 'person'),
        ['Rendering Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
      ],
    ],
    [
      'Treating Physician beside Referring Physician',
      [
        ['Treating Physician', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
        col('Referring Physician', 'person'),
      ],
    ],
    [
      'Dentist beside Hygienist',
      [
        ['Dentist', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
        ['Hygienist', ['Amy Cho RDH', 'Amy Cho RDH', 'Lena Park RDH']],
      ],
    ],
    [
      'Provider beside Assistant',
      [
        ['Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
        ['Assistant', ['Tina Moss', 'Tina Moss', 'Jo Ford']],
      ],
    ],
    [
      'Doctor beside Scribe',
      [
        ['Doctor', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
        ['Scribe', ['Tina Moss', 'Tina Moss', 'Jo Ford']],
      ],
    ],
    [
      'Provider beside Resource of rooms',
      [
        ['Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
        ['Resource', OTHER.room],
      ],
    ],
    [
      'Resource of rooms before Provider',
      [
        ['Resource', OTHER.room],
        ['Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
      ],
    ],
    [
      'Staff beside Scheduler',
      [['Staff', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']], col('Scheduler', 'person')],
    ],
    [
      'Provider beside User of logins',
      [['Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']], col('User', 'login')],
    ],
    [
      'Referring Provider only, Attending beside',
      [
        col('Referring Provider', 'person'),
        ['Attending', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
      ],
    ],
  ])('%s', (what, add) =>
    notWrong(`D two ${what}`, { drop: ['Provider'], add, at: 'Provider', provider: SEEN }),
  );
});

// ---------------------------------------------------------------------------------------------
// D2. A provider id column that is another thing's number
// ---------------------------------------------------------------------------------------------
describe("D2. the provider's id", () => {
  it.each<[string, string[]]>([
    ['Referring NPI', ['1992837465', '1992837465', '1588667788']],
    ['Referring Provider NPI', ['1992837465', '1992837465', '1588667788']],
    ['Supervising NPI', ['1992837465', '1992837465', '1588667788']],
    ['Billing NPI', ['1457389201', '1457389201', '1457389201']],
    ['Group NPI', ['1457389201', '1457389201', '1457389201']],
    ['Booked By ID', ['jsmith', 'jsmith', 'mlopez']],
    ['Created By User ID', ['104', '104', '117']],
    ['Scheduler ID', ['104', '104', '117']],
    ['PCP ID', ['P77', 'P77', 'P91']],
    ['Resource ID', ['R1', 'R2', 'R1']],
    ['Room ID', ['12', '14', '12']],
  ])("'%s' beside Provider: never the provider's id", async (h, values) => {
    const p: Probe = { add: [[h, values]] };
    const j = await outcome(`D2 ${h}`, p);
    expect(j.outcome).not.toBe('wrong');
  });
});

// ---------------------------------------------------------------------------------------------
// E. Groups and couples
// ---------------------------------------------------------------------------------------------
const obiAs = (name: string): [string, string[]] => ['Patient', ['Hollis, Grace', name, 'Lindqvist, Sven']];
describe('E. two patients on a row, or a group as the patient', () => {
  it.each([
    'Obi, Adaeze & Chidi',
    'Obi, Adaeze and Chidi',
    'Obi, Adaeze / Obi, Chidi',
    'Obi, Adaeze; Obi, Chidi',
    'Adaeze Obi & Chidi Obi',
    'Mr. & Mrs. Obi',
    'Obi Family',
    'Obi, Adaeze + 1',
    'Couples - Obi',
    'Obi, Adaeze & Chidi (couple)',
    'DBT Skills Group',
    'Anxiety Group (6)',
    'Group: Parenting Class',
  ])("Obi's row naming '%s': never sent as one made-up person", (name) =>
    notWrong(`E ${name}`, { drop: ['Patient'], add: [obiAs(name)], at: 'Patient' }),
  );
  it.each<[string, [string, string[]]]>([
    ['Participants: 3 on Obi', ['Participants', ['1', '3', '1']]],
    ['Patient 2 filled on Obi', ['Patient 2', ['', 'Obi, Chidi', '']]],
    ['Second Patient filled on Obi', ['Second Patient', ['', 'Obi, Chidi', '']]],
    ['Partner on Obi', ['Partner', ['', 'Obi, Chidi', '']]],
    ['Group Name', ['Group Name', ['', 'DBT Skills Group', '']]],
    ['Attendees', ['Attendees', ['1', '2', '1']]],
  ])('%s beside the patients: their own go', (what, c) => notWrong(`E beside ${what}`, { add: [c] }));
});

// ---------------------------------------------------------------------------------------------
// F. A birth date column that is something else's date
// ---------------------------------------------------------------------------------------------
describe("F. a date that is not the patient's birth", () => {
  it.each<[string, string[]]>([
    ['Date Booked', ['02/01/2027', '02/03/2027', '02/10/2027']],
    ['Booked Date', ['02/01/2027', '02/03/2027', '02/10/2027']],
    ['Date of Booking', ['02/01/2027', '02/03/2027', '02/10/2027']],
    ['Policy Date', ['01/01/2020', '07/01/2024', '01/01/2019']],
    ['Policy Effective Date', ['01/01/2020', '07/01/2024', '01/01/2019']],
    ['Eff Date', ['01/01/2020', '07/01/2024', '01/01/2019']],
    ['Coverage Start', ['01/01/2020', '07/01/2024', '01/01/2019']],
    ['Registration Date', ['05/14/2015', '09/09/2021', '03/03/2003']],
    ['First Visit Date', ['05/14/2015', '09/09/2021', '03/03/2003']],
    ['Date Entered', ['02/01/2027', '02/03/2027', '02/10/2027']],
    ['Referral Date', ['02/01/2027', '02/03/2027', '02/10/2027']],
    ['Date of Injury', ['12/24/2026', '01/05/2027', '02/02/2027']],
    ['Deceased Date', ['', '', '']],
    ['Anniversary', ['06/12/1995', '10/10/2020', '04/01/1990']],
  ])("no DOB, '%s' only: never the birth date", (h, values) =>
    notWrong(`F ${h}`, { drop: ['DOB'], add: [[h, values]], at: 'DOB' }),
  );
  // The DOB column itself filled with the booked day or the visit's own day: no one's birth.
  it.each<[string, string[]]>([
    ['the visit day on every row', ['03/22/2027', '03/22/2027', '03/23/2027']],
    ['a day after the visit', ['06/01/2027', '06/01/2027', '06/01/2027']],
  ])('DOB holding %s: never sent as the birth date', (what, values) =>
    notWrong(`F DOB ${what}`, { drop: ['DOB'], add: [['DOB', values]], at: 'DOB' }),
  );
});

// ---------------------------------------------------------------------------------------------
// G. An e-mail column that is the practice's or the referring office's
// ---------------------------------------------------------------------------------------------
describe("G. the practice's or another office's e-mail", () => {
  it.each<[string, string]>([
    ['Reply-To', 'frontdesk@sunnyclinic.com'],
    ['Clinic Email', 'frontdesk@sunnyclinic.com'],
    ['Practice Email', 'frontdesk@sunnyclinic.com'],
    ['Office Email', 'frontdesk@sunnyclinic.com'],
    ['Location Email', 'frontdesk@sunnyclinic.com'],
    ['Facility Email', 'frontdesk@sunnyclinic.com'],
    ['From Email', 'noreply@sunnyclinic.com'],
    ['Sender Email', 'noreply@sunnyclinic.com'],
    ['Referral Source Email', 'intake@valleyortho.com'],
    ['Referring Office Email', 'intake@valleyortho.com'],
    ['Referral Email', 'intake@valleyortho.com'],
    ['Doctor Email', 'npatel@sunnyclinic.com'],
    ['Created By Email', 'jsmith@sunnyclinic.com'],
    ['Scheduler Email', 'jsmith@sunnyclinic.com'],
  ])("no Email, '%s' only: never the patient's e-mail", (h, v) =>
    notWrong(`G ${h}`, { drop: ['Email'], add: [one(h, v)], at: 'Email' }),
  );
});

// ---------------------------------------------------------------------------------------------
// H. Headers that name the patient and another person at once
// ---------------------------------------------------------------------------------------------
describe("H. the patient's word beside another person's", () => {
  it.each<[string, Kind, string]>([
    ['Patient Contact', 'name', 'Patient'],
    ['Patient Guardian', 'name', 'Patient'],
    ["Patient's Mother", 'name', 'Patient'],
    ['Patient Parent Name', 'name', 'Patient'],
    ['Pt Guarantor', 'name', 'Patient'],
    ['Patient Responsible Party', 'name', 'Patient'],
    ['Patient Emergency Contact', 'name', 'Patient'],
    ['Patient Guardian DOB', 'dob', 'DOB'],
    ['Pt Mother DOB', 'dob', 'DOB'],
    ['Patient Insured DOB', 'dob', 'DOB'],
    ['Patient Subscriber DOB', 'dob', 'DOB'],
    ['Patient Guarantor ID', 'id', 'Patient ID'],
    ['Patient Family ID', 'id', 'Patient ID'],
    ['Patient Household #', 'id', 'Patient ID'],
    ['Patient Insurance ID', 'id', 'Patient ID'],
    ['Patient Parent Email', 'email', 'Email'],
    ['Patient Contact Email', 'email', 'Email'],
    ['Pt Guardian E-mail', 'email', 'Email'],
    ['Patient Emergency Contact Email', 'email', 'Email'],
  ])("'%s' in place of the patient's own: never read as theirs", (h, kind, own) =>
    notWrong(`H only ${h}`, { drop: [own], add: [col(h, kind)], at: own }),
  );
  it.each<[string, Kind]>([
    ['Patient Contact', 'name'],
    ['Patient Guardian', 'name'],
    ['Pt Mother DOB', 'dob'],
    ['Patient Guarantor ID', 'id'],
    ['Patient Parent Email', 'email'],
  ])("'%s' beside the patient's own: theirs go", (h, kind) =>
    notWrong(`H beside ${h}`, { add: [col(h, kind)] }),
  );
});

// ---------------------------------------------------------------------------------------------
// I. One id or e-mail on people of other families; a provider cell that names no one
// ---------------------------------------------------------------------------------------------
describe('I. values that are no one of the row', () => {
  // Two children of one family under the parent's account: one id on two people.
  const SIBLINGS: Probe = {
    drop: ['Patient', 'DOB', 'Patient ID'],
    add: [
      ['Account #', ['5001', '5001', '5003']],
      ['Patient', ['Hollis, Grace', 'Hollis, Mark', 'Lindqvist, Sven']],
      ['DOB', ['06/02/2015', '04/05/2018', '08/29/1963']],
    ],
  };
  it('siblings under one Account #: never one patient', async () => {
    const r = await runProbe(SIBLINGS);
    const sent = r === 'refused' || (r.summary.doubts ?? []).length > 0 ? [] : r.appointments;
    const ids = new Set(sent.filter((a) => a.patient.lastName === 'Hollis').map((a) => a.patient.patientId));
    expect(sent.length === 0 || ids.size === 2).toBe(true);
  });
  it.each(['Chart #', 'Patient ID', 'MRN', 'Acct', 'Family Account #', 'Guarantor #'])(
    'siblings under one %s: never one patient',
    async (h) => {
      const r = await runProbe({
        drop: ['Patient', 'DOB', 'Patient ID'],
        add: [
          [h, ['5001', '5001', '5003']],
          ['Patient', ['Hollis, Grace', 'Hollis, Mark', 'Lindqvist, Sven']],
          ['DOB', ['06/02/2015', '04/05/2018', '08/29/1963']],
        ],
      });
      const sent = r === 'refused' || (r.summary.doubts ?? []).length > 0 ? [] : r.appointments;
      const ids = new Set(
        sent.filter((a) => a.patient.lastName === 'Hollis').map((a) => a.patient.patientId),
      );
      if (LOG)
        fs.appendFileSync(
          LOG,
          `${sent.length === 0 ? 'held' : ids.size === 2 ? 'right' : 'wrong'}\tI siblings ${h}\n`,
        );
      expect(sent.length === 0 || ids.size === 2).toBe(true);
    },
  );
  // The practice's address, or a placeholder, in the Email column of every patient.
  it.each([
    'frontdesk@sunnyclinic.com',
    'noemail@sunnyclinic.com',
    'none@none.com',
    'noreply@sunnyclinic.com',
    'na@na.com',
  ])("Email = '%s' on three families' rows: never sent as their e-mail", (v) =>
    notWrong(`I email ${v}`, { drop: ['Email'], add: [one('Email', v)], at: 'Email' }),
  );
  // A provider cell that names no person: a team, a service, no one yet.
  it.each<[string, string[]]>([
    ['teams', ['Team A', 'Team B', 'Team A']],
    ['next available', ['Next Available', 'Next Available', 'Any Provider']],
    ['to be assigned', ['TBD', 'TBD', 'TBA']],
    ['float', ['Float', 'Float', 'Float']],
    ['front desk', ['Front Desk', 'Front Desk', 'Front Desk']],
    ['nurse visit', ['Nurse Visit', 'Nurse Visit', 'Nurse Visit']],
    ['lab', ['Lab', 'Lab', 'Lab']],
    ['unassigned', ['Unassigned', 'Unassigned', 'Unassigned']],
    ['waitlist', ['Waitlist', 'Waitlist', 'Waitlist']],
    ['pediatrics team', ['Pediatrics Team', 'Pediatrics Team', 'Pediatrics Team']],
    ['locum', ['Locum', 'Locum', 'Locum']],
    ['provider pool', ['Provider Pool', 'Provider Pool', 'Provider Pool']],
  ])('Provider of %s: never sent as a person', (_what, values) =>
    notWrong(`I provider ${values[0]}`, {
      drop: ['Provider'],
      add: [['Provider', values]],
      at: 'Provider',
      provider: null,
    }),
  );
  // Two providers in one cell: the visit's is not one made-up person of both names.
  it.each<[string, string[]]>([
    ['slash', ['Dr. Nina Patel / Amy Cho RDH', 'Dr. Raj Lee', 'Dr. Nina Patel']],
    ['and', ['Dr. Nina Patel and Dr. Omar Ruiz', 'Dr. Raj Lee', 'Dr. Nina Patel']],
    ['ampersand', ['Dr. Nina Patel & Dr. Omar Ruiz', 'Dr. Raj Lee', 'Dr. Nina Patel']],
    ['semicolon', ['Patel, Nina; Ruiz, Omar', 'Lee, Raj', 'Patel, Nina']],
  ])('two providers in one cell (%s): never sent as one person', async (_what, values) => {
    const p: Probe = { drop: ['Provider'], add: [['Provider', values]], at: 'Provider' };
    const r = await runProbe(p);
    const hollis =
      r === 'refused' || (r.summary.doubts ?? []).length > 0
        ? undefined
        : r.appointments.find((a) => a.appointmentId === '88101');
    const name = hollis?.participant.providerName ?? '';
    const outcomeOf = !hollis ? 'held' : /[/&;]| and /.test(name) ? 'wrong' : 'right';
    if (LOG) fs.appendFileSync(LOG, `${outcomeOf}\tI two in one ${values[0]}\t${name}\n`);
    expect(outcomeOf).not.toBe('wrong');
  });
});

// ---------------------------------------------------------------------------------------------
// J. A group's name in the patient column of every row
// ---------------------------------------------------------------------------------------------
describe('J. a group session as the patient', () => {
  it.each([
    ['DBT Skills Group', 'DBT Skills Group', 'Anger Mgmt Group'],
    ['Group - Anxiety', 'Group - Anxiety', 'Group - Grief'],
    ['Parenting Class', 'Parenting Class', 'Yoga Class'],
  ])("Patient = '%s' with no birth date or id: never sent as a patient", (a, b, c) =>
    notWrong(`J ${a}`, {
      drop: ['Patient', 'DOB', 'Patient ID'],
      add: [
        ['Patient ID', ['', '', '']],
        ['Patient', [a, b, c]],
        ['DOB', ['', '', '']],
      ],
      at: 'Patient ID',
    }),
  );
});

// ---------------------------------------------------------------------------------------------
// K. The patient's own cell empty on Obi's row, the other person's filled: no falling back
// ---------------------------------------------------------------------------------------------
const emptyOnObi = (c: [string, string[]]): [string, string[]] => [c[0], [c[1][0]!, '', c[1][2]!]];
describe("K. Obi's own cell empty, someone else's beside it filled", () => {
  const own = (h: string): [string, string[]] => emptyOnObi(OWN.find(([header]) => header === h)!);
  it.each<[string, string, Kind]>([
    ['Email', 'Guardian Email', 'email'],
    ['Email', 'Parent Email', 'email'],
    ['Email', 'Resp Party Email', 'email'],
    ['Email', 'Guarantor Email', 'email'],
    ['Email', 'Emergency Contact Email', 'email'],
    ['Patient ID', 'Guarantor ID', 'id'],
    ['Patient ID', 'Family ID', 'id'],
    ['Patient ID', 'Account #', 'id'],
    ['Patient ID', 'Insured ID', 'id'],
    ['DOB', 'Insured DOB', 'dob'],
    ['DOB', 'Parent DOB', 'dob'],
    ['DOB', 'Guarantor DOB', 'dob'],
  ])("Obi's %s empty beside '%s': never filled from it", async (ownHeader, h, kind) => {
    const p: Probe = { drop: [ownHeader], add: [own(ownHeader), col(h, kind)], at: ownHeader };
    const r = await runProbe(p);
    const obi =
      r === 'refused' || (r.summary.doubts ?? []).length > 0
        ? undefined
        : r.appointments.find((a) => a.appointmentId === '88102');
    const other = OTHER[kind][1]!;
    const got = !obi
      ? ''
      : kind === 'email'
        ? obi.patient.email
        : kind === 'id'
          ? obi.patient.patientId
          : obi.patient.dob;
    const wrongSend = !!obi && (got === other || (kind === 'dob' && got === '1970-11-30'));
    if (LOG)
      fs.appendFileSync(
        LOG,
        `${!obi ? 'held' : wrongSend ? 'wrong' : 'right'}\tK ${ownHeader} ${h}\t${got}\n`,
      );
    expect(wrongSend).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// L. Whose the column is, said in brackets or after a slash
// ---------------------------------------------------------------------------------------------
describe('L. the other person named in brackets or after a slash', () => {
  it.each<[string, Kind, string]>([
    ['Email (Parent)', 'email', 'Email'],
    ['Email (Guardian)', 'email', 'Email'],
    ['E-mail - Mother', 'email', 'Email'],
    ['Parent/Guardian Email', 'email', 'Email'],
    ['Email Address (Responsible Party)', 'email', 'Email'],
    ['DOB (Mother)', 'dob', 'DOB'],
    ['DOB - Guarantor', 'dob', 'DOB'],
    ['Birth Date (Insured)', 'dob', 'DOB'],
    ['Guardian/Resp Party DOB', 'dob', 'DOB'],
    ['ID (Family)', 'id', 'Patient ID'],
    ['Acct # (Guarantor)', 'id', 'Patient ID'],
    ['Name (Parent/Guardian)', 'name', 'Patient'],
    ['Parent/Guardian Name', 'name', 'Patient'],
    ['Name - Responsible Party', 'name', 'Patient'],
  ])("'%s' in place of the patient's own: never read as theirs", (h, kind, own) =>
    notWrong(`L only ${h}`, { drop: [own], add: [col(h, kind)], at: own }),
  );
});

// ---------------------------------------------------------------------------------------------
// M. A provider id shared by the providers, or another role's beside the name
// ---------------------------------------------------------------------------------------------
describe("M. the provider's id", () => {
  it.each<[string, string[]]>([
    ['Provider ID', ['1457389201', '1457389201', '1457389201']],
    ['Provider NPI', ['1457389201', '1457389201', '1457389201']],
    ['Provider ID', ['R1', 'R1', 'R1']],
    ['Resource #', ['12', '12', '12']],
  ])("'%s' = one value for Patel and Lee: never one provider of two", async (h, values) => {
    const r = await runProbe({ add: [[h, values]] });
    const sent = r === 'refused' || (r.summary.doubts ?? []).length > 0 ? [] : r.appointments;
    const ids = new Set(sent.map((a) => a.participant.identifier));
    const outcomeOf = sent.length === 0 ? 'held' : ids.size === 2 ? 'right' : 'wrong';
    if (LOG) fs.appendFileSync(LOG, `${outcomeOf}\tM shared ${h} ${values[0]}\t${[...ids].join(' ')}\n`);
    expect(outcomeOf).not.toBe('wrong');
  });
});

// ---------------------------------------------------------------------------------------------
// N. Only another person's first and last name
// ---------------------------------------------------------------------------------------------
describe("N. another person's first and last name, the patient's not in the file", () => {
  it.each<[string, string]>([
    ['Guardian First Name', 'Guardian Last Name'],
    ['Resp First', 'Resp Last'],
    ['Subscriber First Name', 'Subscriber Last Name'],
    ['Insured First', 'Insured Last'],
    ['Contact First Name', 'Contact Last Name'],
    ['Emergency First Name', 'Emergency Last Name'],
    ['Parent First', 'Parent Last'],
    ['Guar First Name', 'Guar Last Name'],
    ['Nombre Tutor', 'Apellido Tutor'],
    ['Vorname Mutter', 'Nachname Mutter'],
    ['Prénom parent', 'Nom parent'],
    ['Voornaam ouder', 'Achternaam ouder'],
    ['Nome do responsável', 'Sobrenome do responsável'],
  ])("'%s' / '%s' only: never the patient's name", (first, last) =>
    notWrong(`N ${first}`, {
      drop: ['Patient'],
      add: [col(first, 'first'), col(last, 'last')],
      at: 'Patient',
    }),
  );
});

// ---------------------------------------------------------------------------------------------
// O. Another person written inside the patient's own cell
// ---------------------------------------------------------------------------------------------
describe("O. another person inside Obi's own cell", () => {
  /** Obi's row went with no detail of `other`'s: held, a row error, or Obi's own. */
  const obiOwn = async (
    name: string,
    p: Probe,
    bad: (a: { first: string; last: string; email: string; dob: string }) => boolean,
  ): Promise<void> => {
    const r = await runProbe(p);
    const obi =
      r === 'refused' || (r.summary.doubts ?? []).length > 0
        ? undefined
        : r.appointments.find((a) => a.appointmentId === '88102');
    const got = obi && {
      first: obi.patient.firstName,
      last: obi.patient.lastName,
      email: obi.patient.email,
      dob: obi.patient.dob,
    };
    const outcomeOf = !got ? 'held' : bad(got) ? 'wrong' : 'right';
    if (LOG) fs.appendFileSync(LOG, `${outcomeOf}\tO ${name}\t${JSON.stringify(got ?? {})}\n`);
    expect(outcomeOf, JSON.stringify(got)).not.toBe('wrong');
  };
  it.each([
    'Obi, Adaeze (Guardian: Chidi Obi)',
    'Obi, Adaeze (Mother: Chidi)',
    'Obi, Adaeze c/o Chidi Obi',
    'Obi, Adaeze - parent Chidi Obi',
    'Obi, Adaeze / Chidi (dad)',
  ])("Patient = '%s': Obi goes as Adaeze Obi or is asked", (cell) =>
    obiOwn(
      cell,
      { drop: ['Patient'], add: [obiAs(cell)], at: 'Patient' },
      (a) => a.first !== 'Adaeze' || a.last !== 'Obi',
    ),
  );
  // A newborn written under the mother's name (born 20 February 2027, a month before the visit):
  // the baby has no given name of its own yet.
  const NEWBORN: [string, string[]] = ['DOB', ['06/02/1970', '02/20/2027', '08/29/1963']];
  it.each([
    'Baby of Adaeze Obi',
    'Obi, Baby of Adaeze',
    'BB of Obi, Adaeze',
    'Infant of Adaeze Obi',
    "Obi, Adaeze's Baby",
  ])("a newborn's Patient = '%s': never sent as Adaeze", (cell) =>
    obiOwn(
      cell,
      { drop: ['Patient', 'DOB'], add: [obiAs(cell), NEWBORN], at: 'Patient' },
      (a) => a.first === 'Adaeze',
    ),
  );
  it.each([
    'adaeze.obi@example.com; chidi.obi@example.net',
    'adaeze.obi@example.com, chidi.obi@example.net',
    'Parent: chidi.obi@example.net',
    'chidi.obi@example.net (mom)',
  ])("Email = '%s': never Chidi's address", (cell) =>
    obiOwn(
      cell,
      {
        drop: ['Email'],
        add: [['Email', ['grace.hollis@example.com', cell, 'sven.l@example.com']]],
        at: 'Email',
      },
      (a) => a.email.includes('chidi'),
    ),
  );
  it.each(['04/05/1999 (mother 11/30/1970)', '11/30/1970 (parent)', 'Mom: 11/30/1970'])(
    "DOB = '%s': never the parent's",
    (cell) =>
      obiOwn(
        cell,
        { drop: ['DOB'], add: [['DOB', ['06/02/1970', cell, '08/29/1963']]], at: 'DOB' },
        (a) => a.dob === '1970-11-30',
      ),
  );
});
