// FHIR Appointments saved as JSON (an EHR's FHIR search answer written to a file), read as their
// XML spelling is (fhir-appointments.test.ts): found blind on Cerner's published DSTU2 search
// answer (corpus 343), refused then as "FHIR JSON, not a table" although the same Bundle in XML
// is read. The wrong send this could cause: a patient taken from an Appointment's participant
// display (no birth date, or a display that is not the patient's name); the JSON goes through the
// XML reader's rules, so a patient named only by a reference still refuses the file, and the row
// is built only from an included Patient resource. Expected values worked out by hand.
import { readAll, refusal, tempDir } from './read-helpers.ts';
import { collect } from '../convert/support.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

// Line numbers matter: the two Appointments' "resourceType" keys are on lines 8 and 22.
const BUNDLE = `{
  "resourceType": "Bundle",
  "type": "searchset",
  "entry": [
    {
      "fullUrl": "https://ehr.example.org/fhir/Appointment/a1",
      "resource": {
        "resourceType": "Appointment",
        "id": "a1",
        "status": "booked",
        "start": "2027-03-12T09:00:00-07:00",
        "participant": [
          { "actor": { "reference": "Practitioner/7", "display": "Dr. Owen Whitaker" } },
          { "actor": { "reference": "Patient/p1", "display": "VANCE, HATTIE" } }
        ]
      },
      "search": { "mode": "match" }
    },
    {
      "fullUrl": "https://ehr.example.org/fhir/Appointment/a2",
      "resource": {
        "resourceType": "Appointment",
        "id": "a2",
        "status": "cancelled",
        "start": "2027-03-15T14:30:00Z",
        "_start": { "extension": [] },
        "participant": [
          { "actor": { "reference": "https://ehr.example.org/fhir/Patient/p1" } },
          { "actor": { "reference": "Practitioner/7", "display": "Dr. Owen Whitaker" } }
        ]
      }
    },
    {
      "fullUrl": "https://ehr.example.org/fhir/Patient/p1",
      "resource": {
        "resourceType": "Patient",
        "id": "p1",
        "name": [
          { "use": "nickname", "given": ["Hattie"] },
          { "use": "official", "family": "Vance", "given": ["Harriet", "June"] }
        ],
        "birthDate": "1958-10-04"
      },
      "search": { "mode": "include" }
    }
  ]
}
`;

describe('FHIR Appointments in JSON', () => {
  it('reads one row per Appointment, on the line of its resourceType, with the included patient', async () => {
    const { rows } = await readAll(t.write('appointments.json', BUNDLE));
    expect(rows.map((r) => r.line)).toEqual([8, 22]);
    expect(rows.map((r) => [r.record['Appointment ID'], r.record.Status, r.record.Start, r.problem])).toEqual(
      [
        ['a1', 'booked', '2027-03-12T09:00:00-07:00', undefined],
        ['a2', 'cancelled', '2027-03-15T14:30:00Z', undefined],
      ],
    );
    for (const r of rows)
      expect(r.record).toMatchObject({
        'Patient ID': 'p1',
        'Last Name': 'Vance',
        'First Name': 'Harriet', // the official name, never the nickname or the participant's display
        'Date of Birth': '1958-10-04',
        Provider: 'Dr. Owen Whitaker',
      });
  });

  it('sends them as the XML spelling is sent: the instant of each start, booked NEW, cancelled CANCEL', async () => {
    const c = await collect(t.write('appointments.json', BUNDLE), { timeZone: 'America/Denver' });
    expect(c.summary.doubts).toEqual([]);
    expect(c.errors).toEqual([]);
    // 09:00 at -07:00 is 16:00 UTC; 14:30Z stays 14:30 UTC.
    expect(c.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString()])).toEqual([
      ['a1', 'NEW', '2027-03-12T16:00:00.000Z'],
      ['a2', 'CANCEL', '2027-03-15T14:30:00.000Z'],
    ]);
    expect(c.appointments.map((a) => [a.patient.firstName, a.patient.lastName, a.patient.dob])).toEqual([
      ['Harriet', 'Vance', '1958-10-04'],
      ['Harriet', 'Vance', '1958-10-04'],
    ]);
  });

  it("a patient named only by a reference refuses the file, saying so (the participant's display is no patient)", async () => {
    const e = await refusal(
      t.write(
        'cerner.json',
        JSON.stringify(
          {
            resourceType: 'Bundle',
            type: 'searchset',
            entry: [
              {
                resource: {
                  resourceType: 'Appointment',
                  id: '4817508',
                  status: 'booked',
                  start: '2020-10-06T14:00:00.000Z',
                  participant: [{ actor: { reference: 'Patient/12724066', display: 'SMART, NANCY' } }],
                },
              },
            ],
          },
          null,
          2,
        ),
      ),
    );
    expect(e.message).toContain('FHIR JSON (a Bundle resource), not a table of appointments');
    // The display is named as what it is (a name to show), but without a birth date it is no patient.
    expect(e.message).toContain(
      "only by a reference (Patient/12724066, shown as 'SMART, NANCY'), with no date of birth",
    );
  });

  it('a start without its offset is a row problem, as in XML', async () => {
    const { rows } = await readAll(
      t.write('naive.json', BUNDLE.replace('2027-03-12T09:00:00-07:00', '2027-03-12T09:00:00')),
    );
    expect(rows[0]!.problem).toContain("start '2027-03-12T09:00:00' has no time zone offset");
    expect(rows[1]!.problem).toBeUndefined();
  });

  it('FHIR JSON with no Appointment (a Patient) is refused as before, naming what it is', async () => {
    const e = await refusal(
      t.write(
        'patient.json',
        '{\n  "resourceType": "Patient",\n  "id": "p1",\n  "birthDate": "1958-10-04"\n}\n',
      ),
    );
    expect(e.message).toContain('this is FHIR JSON (a Patient resource), not a table of appointments');
  });
});
