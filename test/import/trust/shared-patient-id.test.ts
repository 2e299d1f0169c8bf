// A patient-id column whose value names two different people (a family or guarantor account
// number, common in practice-management exports) must not be sent: every appointment of the
// family would show on one portal account. The file is held with the value and the line, until
// a person confirms the column or picks another. Expected outcomes written by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('shared-patient-id');
const { write } = files;

const HEAD = 'Appt Date,Appt Time,Chart #,Patient,Birthdate,Provider,Status';
const row = (time: string, chart: string, name: string, dob: string) =>
  `03/02/2027,${time},${chart},"${name}",${dob},Dr Lee,Confirmed`;

describe('a patient id given to two people', () => {
  it('holds the file, naming the value and the line where it names someone else', async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', '10452', 'Smith, John', '04/05/1980'),
        row('9:30 AM', '10452', 'Smith, Emma', '06/07/2012'), // line 3: same account, a child
        row('10:30 AM', '10877', 'White, Dana', '04/05/1960'),
        row('11:00 AM', '10912', 'Green, Eve', '04/05/1950'),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toHaveLength(1);
    expect(r.summary.doubts[0]).toMatchObject({
      kind: 'column',
      field: 'patientId',
      column: 'Chart #',
      samples: ['10452'],
    });
    expect(r.summary.doubts[0]!.message).toContain('line 3');
    // No patient's name in what is shown to the person (ids only).
    expect(JSON.stringify(r.summary.doubts)).not.toMatch(/Smith|Emma|John/);
  });

  it('twins (one birth date, two first names) are two people', async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', '20001', 'Ortiz, Ana', '01/02/2015'),
        row('9:30 AM', '20001', 'Ortiz, Luis', '01/02/2015'),
        row('10:00 AM', '20002', 'Park, Min', '03/04/1990'),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts.map((d) => `${d.kind}/${d.field}`)).toEqual(['column/patientId']);
  });

  it('twins whose given names share their first word (Te Aroha, Te Rangi) are two people', async () => {
    // `Te` cannot stand alone as a given name: the two had compared as one person, `Ngata|te`.
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', '20101', 'Ngata, Te Aroha', '04/06/2019'),
        row('9:30 AM', '20101', 'Ngata, Te Rangi', '04/06/2019'),
        row('10:00 AM', '20102', 'Park, Min', '03/04/1990'),
      ]),
      { timeZone: 'Pacific/Auckland' },
    );
    expect(r.summary.doubts.map((d) => `${d.kind}/${d.field}`)).toEqual(['column/patientId']);
  });

  it("one person's rows spelt a little differently (a middle initial, capitals) are one person", async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', '30001', 'Smith, John', '04/05/1980'),
        row('2:00 PM', '30001', 'SMITH, JOHN A', '04/05/1980'),
        row('3:00 PM', '30001', 'Smith, John A.', '04/05/1980'),
        row('10:00 AM', '30002', 'White, Dana', '04/05/1960'),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['30001', '30001', '30001', '30002']);
  });

  it('is found past the first rows the mapping is decided on (the whole file is checked)', async () => {
    const rows = [HEAD];
    const FIRST = ['Ann', 'Ben', 'Cora', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun'];
    const LAST = ['Abbott', 'Brandt', 'Castro', 'Dunn', 'Egan', 'Frost', 'Gale', 'Holt', 'Ince', 'Joyce'];
    for (let i = 0; i < 700; i++) {
      const name = `${LAST[i % 10]}, ${FIRST[Math.floor(i / 10) % 10]}`;
      const dob = `01/${String(1 + (i % 28)).padStart(2, '0')}/${1940 + Math.floor(i / 28)}`;
      rows.push(
        row(`${8 + (i % 4)}:${String((i * 5) % 60).padStart(2, '0')} AM`, String(50000 + i), name, dob),
      );
    }
    rows.push(row('9:00 AM', '50003', 'Other, Someone', '02/02/1999')); // line 702
    const r = await collect(write(rows), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'patientId', samples: ['50003'] }]);
    expect(r.summary.doubts[0]!.message).toContain('line 702');
  });

  it('is not asked again once a person confirmed the column as the patient id', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        patientId: 'Chart #',
        patientName: 'Patient',
        dob: 'Birthdate',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
    );
    const file = write([
      HEAD,
      row('9:00 AM', '10452', 'Smith, John', '04/05/1980'),
      row('9:30 AM', '10452', 'Smith, Emma', '06/07/2012'),
    ]);
    await answerOn(profile, file, { timeZone: 'America/New_York', profile });
    const r = await collect(file, { timeZone: 'America/New_York', profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });
});

// The other way round: one person under two ids. A UB-04 `Patient Control Number` (or a
// `Patient Account Number` in hospital reports) is per visit or claim: each appointment of one
// patient would go as a new patient on the portal.
describe('one patient under two ids', () => {
  const PCN = 'Appt Date,Appt Time,Patient Control Number,Patient Name,DOB,Provider,Appt Status';
  const visit = (date: string, time: string, id: string, name: string, dob: string) =>
    `${date},${time},${id},"${name}",${dob},"Hale, Dana PT",Scheduled`;

  it('holds the file, naming the line and no name', async () => {
    const r = await collect(
      write([
        PCN,
        visit('03/02/2027', '8:00 AM', 'V00012001', 'Castellanos, Ines', '05/07/1969'),
        visit('03/02/2027', '8:45 AM', 'V00012002', 'Wojcik, Piotr', '10/10/1993'),
        visit('03/04/2027', '8:00 AM', 'V00012044', 'Castellanos, Ines', '05/07/1969'), // line 4
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', field: 'patientId', column: 'Patient Control Number' },
    ]);
    expect(r.summary.doubts[0]!.message).toContain('on line 4');
    expect(JSON.stringify(r.summary.doubts)).not.toMatch(/Castellanos|Ines/);
  });

  it('twins with one birth date and other given names keep their own ids', async () => {
    const r = await collect(
      write([
        PCN,
        visit('03/02/2027', '8:00 AM', '50001', 'Smith, Mary Ann', '01/02/2015'),
        visit('03/02/2027', '8:30 AM', '50002', 'Smith, Mary Beth', '01/02/2015'),
        visit('03/04/2027', '8:00 AM', '50001', 'Smith, Mary Ann', '01/02/2015'),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
  });
});
