// An XML record's own `id` (`<Appointment id="MS-1001">`, `<Appt><ID>`): the appointment's id when
// the record's name says appointment, so such exports go without the bare `id` header's question;
// under a record named otherwise (`<row>`, `<Patient>`) the question stays. Files written here in
// the shapes vendor XML exports use; expected values by hand.
import { collect } from '../convert/support.ts';
import { recordIdConcepts } from '../../../main/import/map/record-id.ts';
import { tempDir } from '../read/read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const attributes = (record: string) => `<?xml version="1.0" encoding="utf-8"?>
<Appointments exported="2027-03-01T18:00:00">
  <${record} id="A-1001" date="03/02/2027" time="9:00 AM" patientLast="Garcia" patientFirst="Maria" dob="05/14/1980" provider="Dr Lee" status="Confirmed"/>
  <${record} id="A-1002" date="03/02/2027" time="10:30 AM" patientLast="Nguyen" patientFirst="Thanh" dob="11/03/1975" provider="Dr Lee" status="Canceled"/>
  <${record} id="A-1003" date="03/04/2027" time="1:15 PM" patientLast="Smith" patientFirst="John" dob="01/20/1990" provider="Dr Patel" status="Scheduled"/>
</Appointments>
`;

describe("an XML record's own id", () => {
  it('is the appointment id on <Appointment id="…">: sent with no question', async () => {
    const r = await collect(t.write('appts.xml', attributes('Appointment')), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts ?? []).toEqual([]);
    // 2 and 4 March 2027 are CST (UTC-6) in Chicago.
    expect(
      r.appointments.map((a) => [a.appointmentId, a.patient.lastName, a.status, a.start.toISOString()]),
    ).toEqual([
      ['A-1001', 'Garcia', 'NEW', '2027-03-02T15:00:00.000Z'],
      ['A-1002', 'Nguyen', 'CANCEL', '2027-03-02T16:30:00.000Z'],
      ['A-1003', 'Smith', 'NEW', '2027-03-04T19:15:00.000Z'],
    ]);
  });

  it('is the appointment id as a child <ID> of <Appt>, and of a German <Termin>', async () => {
    const child = `<Schedule><Appt><ID>9001</ID><Date>2027-03-02</Date><Time>09:00</Time><Name>Garcia, Maria</Name><DOB>1980-05-14</DOB><Provider>Dr Lee</Provider></Appt>
<Appt><ID>9002</ID><Date>2027-03-02</Date><Time>09:30</Time><Name>Nguyen, Thanh</Name><DOB>1975-11-03</DOB><Provider>Dr Lee</Provider></Appt></Schedule>`;
    const r = await collect(t.write('appt.xml', child), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts ?? []).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['9001', '9002']);
    expect(recordIdConcepts('Termine/Termin', 'ID')).toBeDefined();
    expect(recordIdConcepts('ns:Appointment', 'Id')).toBeDefined();
  });

  it('is still asked about under a record whose name does not say appointment', async () => {
    const r = await collect(t.write('rows.xml', attributes('row')), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toMatchObject([{ column: 'id' }]);
    for (const record of ['row', 'Table', 'Record', 'Patient', 'RecurringAppointment'])
      expect(recordIdConcepts(`Export/${record}`, 'id')).toBeUndefined();
    // Only the bare id: `Patient/id` is the patient's, `AppointmentID` says itself.
    expect(recordIdConcepts('Appointment', 'Patient/id')).toBeUndefined();
    expect(recordIdConcepts('Appointment', 'PatientID')).toBeUndefined();
    expect(recordIdConcepts(undefined, 'id')).toBeUndefined();
  });
});
