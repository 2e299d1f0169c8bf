// Appointment lists of English-speaking practices abroad from systems the connector had not met
// (TELUS CHR in Canada, R4 and Pabau in the UK, Indici in New Zealand, EXACT in Australia,
// Healthbridge in South Africa): each had been held on a question the file itself answers. Each
// fix beside its neighbour that must still be asked. Expected values worked out by hand from the
// lines below; the practice's zone is the country's.
import { describe, expect, it } from 'vitest';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { classifyBuiltInStatus } from '../../../main/import/map/status-vocabulary.ts';
import { exportFiles } from '../trust/export-files.ts';
import { collect, startsAndNames } from './support.ts';

const files = exportFiles('english-abroad-systems');

describe("a national health number beside the practice's own number", () => {
  it("the practice's number is the patient id; the NHS number is not asked about", async () => {
    // 'Patient ID' and 'NHS Number' had both read as the patient id at 1.0: asked which.
    const r = await collect(
      files.write([
        'Appt Date,Start,Patient ID,NHS Number,Forename,Surname,DOB,Clinician,Status',
        '10/03/2027,09:20,5501,485 777 3456,Megan,Pryce,21/04/1984,Mr D Shah,Complete',
        '10/03/2027,09:50,5517,943 476 5919,Owen,Baptiste,30/11/1972,Mr D Shah,Pending',
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['5501', '5517']);
    // London is on GMT (UTC+0) on 10 March
    expect(startsAndNames(r)).toEqual([
      ['NEW', '2027-03-10T09:20:00.000Z', 'Megan', 'Pryce', '1984-04-21'],
      ['NEW', '2027-03-10T09:50:00.000Z', 'Owen', 'Baptiste', '1972-11-30'],
    ]);
  });

  it("New Zealand's NHI and British Columbia's PHN yield to the practice's number too", async () => {
    const nz = await collect(
      files.write([
        'Date,Time,Patient No,NHI,Patient,DOB,Provider,Status',
        '9/03/2027,9:00am,2207,ZZZ0016,"Walker, Hemi",14/08/1990,Dr L Ross,Booked',
        '9/03/2027,9:30am,2291,ZZZ0024,"Ruawai, Mere",23/01/1964,Dr L Ross,Arrived',
      ]),
      { timeZone: 'Pacific/Auckland' },
    );
    expect(nz.summary.doubts).toEqual([]);
    expect(nz.appointments.map((a) => a.patient.patientId)).toEqual(['2207', '2291']);
    // Auckland is on daylight time (UTC+13) on 9 March: 09:00 is 20:00 UTC the day before
    expect(nz.appointments[0]!.start.toISOString()).toBe('2027-03-08T20:00:00.000Z');

    const bc = await collect(
      files.write([
        'Appointment Date,Start Time,Patient,Chart #,Date of Birth,PHN,Provider,Status',
        '2027-03-10,9:00 AM,"Dubois, Luc",4410,1981-06-17,9876 543 210,Dr. R Kaur,Confirmed',
        '2027-03-10,9:15 AM,"Park, Jiwoo",4452,1995-12-02,9765 432 109,Dr. R Kaur,No Show',
      ]),
      { timeZone: 'America/Vancouver' },
    );
    expect(bc.summary.doubts).toEqual([]);
    expect(bc.appointments.map((a) => a.patient.patientId)).toEqual(['4410', '4452']);
  });

  it('alone, a national health number still reads surely as the patient id', () => {
    for (const h of ['NHS Number', 'NHI', 'PHN', 'CHI Number']) {
      const score = headerScore('patientId', headerConcepts(h));
      expect(score, h).toBeGreaterThanOrEqual(0.75);
      expect(score, h).toBeLessThan(headerScore('patientId', headerConcepts('Patient ID')) - 0.15);
    }
  });
});

describe('a dental chair column beside the status', () => {
  it("'Chair' = 'Chair 1' is the chair, not a second status column", async () => {
    // 'In chair' is a status word (seated): the chair column had been asked about as the status.
    const r = await collect(
      files.write([
        'Appt Date,Time,Patient,Patient No,Date of Birth,Provider,Chair,Status',
        '10-Mar-2027,08:30,"HOLLOWAY, Ruby",7781,02-Feb-1977,Dr K Ito,Chair 1,Completed',
        '10-Mar-2027,09:00,"ABERNETHY, Sam",7790,19-Oct-2001,Dr K Ito,Chair 2,Cancelled by patient',
        '10-Mar-2027,09:30,"QUINN, Tess",7802,08-Jun-1959,Dr K Ito,Chair 1,FTA',
      ]),
      { timeZone: 'Australia/Sydney' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Sydney is on daylight time (UTC+11) on 10 March
    expect(startsAndNames(r)).toEqual([
      ['NEW', '2027-03-09T21:30:00.000Z', 'Ruby', 'Holloway', '1977-02-02'],
      ['CANCEL', '2027-03-09T22:00:00.000Z', 'Sam', 'Abernethy', '2001-10-19'],
      // FTA (failed to attend) is a missed appointment, still live
      ['NEW', '2027-03-09T22:30:00.000Z', 'Tess', 'Quinn', '1959-06-08'],
    ]);
  });
});

describe('status words of R4 and TELUS CHR', () => {
  it("'Postponed' cancels this booking; 'Confirmation Required' is a booked appointment", () => {
    expect(classifyBuiltInStatus('Postponed')).toBe('CANCEL');
    expect(classifyBuiltInStatus('Confirmation Required')).toBe('NEW');
  });

  it("'Action Required' is still asked: the words alone do not say there is an appointment", () => {
    expect(classifyBuiltInStatus('Action Required')).toBe('unknown');
  });
});

describe('a South African medical-aid account shared by a family', () => {
  const HEAD =
    'Date,Time,Account No,Dep,Surname,First Name,Date of Birth,Medical Aid,Membership No,Doctor,Status';

  it("an 'Account No' given to a father and his daughter is no patient id: ids are derived", async () => {
    // 'Account No' had been asked about as the patient id, and 'Membership No' (the medical
    // aid's, shared by the family too) taken for the appointment id and then asked about.
    const r = await collect(
      files.write([
        HEAD,
        '2027/03/10,08:00,7702,00,Mthembu,Themba,1970/05/09,GEMS,887766554,Dr N Botha,Arrived',
        '2027/03/10,08:20,7702,01,Mthembu,Lerato,2012/09/03,GEMS,887766554,Dr N Botha,Booked',
        '2027/03/10,08:40,8810,00,Fourie,Elsa,1983/01/27,Medshield,443322110,Dr N Botha,Booked',
      ]),
      { timeZone: 'Africa/Johannesburg' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Johannesburg is UTC+2 all year
    expect(startsAndNames(r)).toEqual([
      ['NEW', '2027-03-10T06:00:00.000Z', 'Themba', 'Mthembu', '1970-05-09'],
      ['NEW', '2027-03-10T06:20:00.000Z', 'Lerato', 'Mthembu', '2012-09-03'],
      ['NEW', '2027-03-10T06:40:00.000Z', 'Elsa', 'Fourie', '1983-01-27'],
    ]);
    const ids = r.appointments.map((a) => a.patient.patientId);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('7702');
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('887766554');
  });

  it("an 'Account No' each patient has alone is still asked about", async () => {
    const r = await collect(
      files.write([
        HEAD,
        '2027/03/10,08:00,7702,00,Mthembu,Themba,1970/05/09,GEMS,887766554,Dr N Botha,Arrived',
        '2027/03/10,08:40,8810,00,Fourie,Elsa,1983/01/27,Medshield,443322110,Dr N Botha,Booked',
      ]),
      { timeZone: 'Africa/Johannesburg' },
    );
    expect(r.summary.doubts.map((d) => [d.field, d.column])).toEqual([['patientId', 'Account No']]);
  });

  it("'Membership No' is an insurance number, never the appointment id", () => {
    expect(headerScore('appointmentId', headerConcepts('Membership No'))).toBe(0);
    expect(headerScore('patientId', headerConcepts('Membership Number'))).toBe(0);
  });
});
