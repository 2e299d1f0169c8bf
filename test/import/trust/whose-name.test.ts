// Online booking pages (Acuity, Calendly) put whoever booked in First Name / Last Name and add each
// intake answer as a column. A `Patient Name` or `Child's Name` beside them had been ignored: a
// mother booking for her two children went out as two patients of her name, each with a child's
// birth date. Expected names and dates worked out by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { samePerson } from '../../../main/import/map/whose-name.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('whose-name');
const ny = { timeZone: 'America/New_York' };

const HEAD = 'Start Time,End Time,First Name,Last Name,Email,Type,Calendar,Appointment ID';
const BOOKINGS = [
  [
    '"December 14, 2026 9:00 am","December 14, 2026 9:45 am",Karen,Smith,karen@example.com,OT Evaluation,Dr. Amira Haddad,1029384756',
  ],
  [
    '"December 14, 2026 10:00 am","December 14, 2026 10:45 am",Luis,Garcia,luis@example.com,OT Follow-up,Dr. Amira Haddad,1029384757',
  ],
  [
    '"December 14, 2026 11:00 am","December 14, 2026 11:45 am",Karen,Smith,karen@example.com,OT Follow-up,Dr. Amira Haddad,1029384758',
  ],
].map(([r]) => r!);

/** The three bookings with intake columns `extra` (headers) and their answers per row. */
function acuity(extra: string[], answers: string[][]): string {
  return files.write([
    `${HEAD},${extra.join(',')}`,
    ...BOOKINGS.map((r, i) => `${r},${answers[i]!.join(',')}`),
  ]);
}

const CHILDREN = [
  ['Emma Smith', '03/12/2019'],
  ['Mateo Garcia', '07/04/2020'],
  ['Jacob Smith', '11/02/2021'],
];
const sent = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName} ${a.patient.dob}`);

describe("a column naming the patient beside the booker's First Name / Last Name", () => {
  it.each([
    ['Patient Name', 'Patient Date of Birth'],
    ["Patient's Full Name", "Patient's Date of Birth"],
    ['Patient Full Name', 'Date of Birth'],
    ['Name of Patient', 'DOB'],
    ['Client Name', 'Client DOB'],
  ])("'%s' naming another person is asked about, never taken without asking", async (name, dob) => {
    // Taken silently, it had split one patient who typed their name another way into several.
    const r = await collect(acuity([name, dob], CHILDREN), ny);
    expect(r.summary.doubts).toMatchObject([
      { check: 'whose-name', field: 'patientName', column: name, samples: ['Karen Smith', 'Emma Smith'] },
    ]);
  });

  it.each([
    // A child's first name alone: the mother's name had gone with the child's birth date.
    ["Child's Name", ['Emma', 'Mateo', 'Jacob'], 'Emma'],
    // A patient booking for themselves writes no name: `Self`, `same`, `Me`.
    ['Patient Name', ['Emma Smith', 'Self', 'Me'], 'Emma Smith'],
    ['Patient Name', ['Self', 'same', 'Me'], 'Self'],
  ])("'%s' = %j is weighed whatever its values look like, and asked about", async (name, names, other) => {
    const r = await collect(
      acuity(
        [name, 'Date of Birth'],
        names.map((n, i) => [n, CHILDREN[i]![1]!]),
      ),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { check: 'whose-name', column: name, samples: ['Karen Smith', other] },
    ]);
  });

  it.each([
    ["Child's Name", "Child's Date of Birth"],
    ['Student Name', 'Student DOB'],
  ])("'%s' is asked about, saying whose name confirming sends", async (name, dob) => {
    const r = await collect(acuity([name, dob], CHILDREN), ny);
    expect(r.summary.doubts).toHaveLength(name === 'Student Name' ? 1 : 2);
    expect(r.summary.doubts[0]).toMatchObject({
      kind: 'column',
      check: 'whose-name',
      field: 'patientName',
      column: name,
      samples: ['Karen Smith', 'Emma Smith'],
    });
    expect(r.summary.doubts[0]!.question).toContain(
      `Confirming sends the name in '${name}' as the patient's`,
    );
  });

  it("a child's first and last name in two columns are asked about the same way", async () => {
    const r = await collect(
      acuity(
        ["Child's First Name", "Child's Last Name", "Child's DOB"],
        [
          ['Emma', 'Smith', '03/12/2019'],
          ['Mateo', 'Garcia', '07/04/2020'],
          ['Jacob', 'Smith', '11/02/2021'],
        ],
      ),
      ny,
    );
    expect(r.summary.doubts[0]).toMatchObject({
      check: 'whose-name',
      field: 'patientName',
      samples: ['Karen Smith', 'Emma Smith'],
    });
    expect(r.summary.doubts[0]!.message).toContain("'Child's First Name' and 'Child's Last Name'");
  });

  it("a patient name left empty on a row is asked about (that row's patient is not known)", async () => {
    const r = await collect(
      acuity(
        ['Patient Name', 'Date of Birth'],
        [
          ['Emma Smith', '03/12/2019'],
          ['', '07/04/1984'],
          ['Jacob Smith', '11/02/2021'],
        ],
      ),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'whose-name', column: 'Patient Name' }]);
  });

  it("a child's birth date beside names not said to be the child's is asked about", async () => {
    const r = await collect(
      acuity(
        ["Child's Date of Birth"],
        CHILDREN.map(([, d]) => [d!]),
      ),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        check: 'whose-name',
        field: 'dob',
        column: "Child's Date of Birth",
        samples: ['Karen Smith', '03/12/2019'],
      },
    ]);
  });

  it('once confirmed with the child’s name, a later file sends the children', async () => {
    const first = acuity(["Child's Name", "Child's Date of Birth"], CHILDREN);
    const held = await collect(first, ny);
    expect(held.summary.doubts[0]).toMatchObject({ check: 'whose-name' });
    // The mapping the held file was read with, as a person confirms it.
    const columns = {
      appointmentId: 'Appointment ID',
      dateTime: 'Start Time',
      end: 'End Time',
      patientName: "Child's Name",
      dob: "Child's Date of Birth",
      providerName: 'Calendar',
      type: 'Type',
      email: 'Email',
    };
    const headers = [...HEAD.split(','), "Child's Name", "Child's Date of Birth"];
    const profile = confirmedProfile(files, columns, headers);
    await answerOn(profile, first, { ...ny, profile });
    const r = await collect(acuity(["Child's Name", "Child's Date of Birth"], CHILDREN), { ...ny, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(sent(r)).toEqual(['Emma Smith 2019-03-12', 'Mateo Garcia 2020-07-04', 'Jacob Smith 2021-11-02']);
  });
});

describe("Calendly's question and answer pairs", () => {
  const HEADER =
    'Invitee Name,Invitee First Name,Invitee Last Name,Invitee Email,Event Type Name,Start Date & Time,End Date & Time,Canceled,Question 1,Response 1,Question 2,Response 2';
  const row = (answer: string, dob: string): string =>
    `Karen Smith,Karen,Smith,karen@example.com,OT Evaluation,2027-03-03 09:00 am,2027-03-03 09:45 am,false,Patient's name,${answer},Patient's date of birth,${dob}`;

  it('an answer to "Patient\'s name" naming another person than the invitee is asked about', async () => {
    const r = await collect(
      files.write([HEADER, row('Emma Smith', '2019-03-12'), row('Jacob Smith', '2021-11-02')]),
      {
        timeZone: 'America/Chicago',
      },
    );
    expect(r.summary.doubts[0]).toMatchObject({
      check: 'whose-name',
      field: 'patientName',
      column: 'Response 1',
      samples: ['Karen Smith', 'Emma Smith'],
    });
  });

  it('an answer naming the invitee is no question of whose name', async () => {
    const r = await collect(files.write([HEADER, row('Karen Smith', '1980-03-12')]), {
      timeZone: 'America/Chicago',
    });
    expect(r.summary.doubts.map((d) => d.check)).not.toContain('whose-name');
  });
});

describe('no question where the names are one person', () => {
  it.each([
    ['Patient Name', ['Karen Smith', 'Luis Garcia', 'Karen Smith']],
    ['Patient Name', ['Smith, Karen', 'GARCIA, LUIS', 'Smith, Karen A']],
    ["Child's Name", ['K. Smith', 'Luis Garcia', 'Karen Smith']],
    ['Patient Name', ['Karen Smith', 'Luis Garcia', 'Karen Smith Jr.']],
  ])("'%s' agreeing with First / Last Name on every row", async (name, values) => {
    const r = await collect(
      acuity(
        [name, 'Date of Birth'],
        values.map((v) => [`"${v}"`, '03/12/1980']),
      ),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Karen Smith',
      'Luis Garcia',
      'Karen Smith',
    ]);
  });

  it('one client typing their name three ways on three bookings is one patient, not three', async () => {
    const row = (day: number, id: number, name: string): string =>
      `"March ${day}, 2027 9:00am","March ${day}, 2027 9:45am",Robert,Smith,rsmith@example.com,Follow-up,Dr. Anna Lee,${id},${name},04/12/1986`;
    const f = files.write([
      `${HEAD},Patient Name,Patient Date of Birth`,
      row(2, 1184220011, 'Bob Smith'),
      row(9, 1184220377, 'Robert Smith'),
      row(16, 1184220378, 'Rob Smith Jr.'),
    ]);
    const r = await collect(f, ny);
    expect(r.summary.doubts).toEqual([]);
    expect(sent(r)).toEqual([
      'Robert Smith 1986-04-12',
      'Robert Smith 1986-04-12',
      'Robert Smith 1986-04-12',
    ]);
    expect(new Set(r.appointments.map((a) => a.patient.patientId)).size).toBe(1);
  });

  it("split columns headed as the patient's are the patient's, whatever a Patient Name beside says", async () => {
    const f = files.write([
      'Appt Date,Appt Time,Patient First Name,Patient Last Name,Patient Name,DOB,Provider,Status',
      '12/14/2026,9:00 AM,Robert,Smith,Bob Smith,03/12/1980,Dr. Lee,Scheduled',
    ]);
    const r = await collect(f, ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['Robert']);
  });

  it("a patient's birth date beside plain First / Last Name is theirs (an EHR's own export)", async () => {
    const r = await collect(acuity(['Patient DOB'], [['03/12/1980'], ['07/04/1984'], ['03/12/1980']]), ny);
    expect(r.summary.doubts).toEqual([]);
  });

  it('a Patient column of answers that are no names is left alone', async () => {
    const r = await collect(
      acuity(
        ['Patient', 'Date of Birth'],
        [
          ['New', '03/12/1980'],
          ['Returning', '07/04/1984'],
          ['New', '03/12/1980'],
        ],
      ),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['Karen', 'Luis', 'Karen']);
  });
});

describe('samePerson', () => {
  it.each([
    ['Karen', 'Smith', 'Karen Smith', true],
    ['Karen', 'Smith', 'SMITH, KAREN', true],
    ['Karen', 'Smith', 'K. Smith', true],
    ['Robert', 'Smith', 'Rob Smith', true],
    ['Robert', 'Smith', 'Bob Smith', true],
    ['Robert', 'Smith', 'Rob Smith Jr.', true],
    ['Elizabeth', 'Nguyen', 'Liz Nguyen', true],
    ['Jennifer', 'Walsh', "Jenny O'Neil Walsh", true],
    ['William', 'Smith', 'Liam Smith', false],
    ['Maria', 'Garcia-Lopez', 'Maria Garcia', false],
    ['José', 'García López', 'Jose Garcia Lopez', true],
    ['Karen', 'Smith', 'Emma Smith', false],
    ['Karen', 'Smith', 'Karen Jones', false],
    ['Karen', 'Smith', 'E. Smith', false],
  ] as const)('%s %s / %s → %s', (first, last, whole, same) => {
    expect(samePerson(first, last, whole)).toBe(same);
  });
});
