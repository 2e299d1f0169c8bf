// A participant's `#id` reference points at a contained resource of any type, not always at a
// patient. Found blind on Cerner's published FHIR R4 video visit (corpus 377): its virtual meeting
// rooms are contained HealthcareService resources (#607, #610) listed as participants, and every
// `#id` was counted as a patient, so the file came out as "cannot find appointment date" although
// its Start is there; the true reason is that its one patient is only a reference.
// The wrong send this loosening could cause elsewhere: a second patient hidden behind a `#id`
// that is no longer counted, so one patient is picked for a shared booking. It cannot: a `#id`
// stops counting only when the contained resource of that id is there and is not a Patient
// (a HealthcareService, a Location); a `#id` with no such contained resource is still counted.
// Expected values worked out by hand.
import { readAll, refusal, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const ROOM = (id: string, text: string) =>
  `{ "resourceType": "HealthcareService", "id": "${id}", "type": [{ "text": "${text}" }],
     "telecom": [{ "system": "url", "value": "http://vmr.example.org/${id}",
                   "period": { "start": "2027-03-12T16:00:00Z", "end": "2027-03-12T17:00:00Z" } }] }`;

const PATIENT_P1 = `{ "resourceType": "Patient", "id": "p1",
     "name": [{ "use": "official", "family": "Vance", "given": ["Harriet"] }], "birthDate": "1958-10-04" }`;

/** One Appointment (its resourceType on line 2) with these contained resources and participants. */
const appointment = (contained: string[], refs: Array<[string, string?]>) => `{
  "resourceType": "Appointment",
  "id": "a1",
  "contained": [${contained.join(', ')}],
  "status": "booked",
  "start": "2027-03-12T16:00:00Z",
  "participant": [
    { "actor": { "reference": "Practitioner/7", "display": "Dr. Owen Whitaker" } },
${refs.map(([r, d]) => `    { "actor": { "reference": "${r}"${d ? `, "display": "${d}"` : ''} } }`).join(',\n')}
  ]
}`;

describe('FHIR participants that point at contained resources', () => {
  it('contained meeting rooms are not patients: the contained Patient is read, rooms ignored', async () => {
    const file = t.write(
      'video.json',
      appointment(
        [
          ROOM('607', 'Patient Virtual Meeting Room'),
          ROOM('610', 'Provider Virtual Meeting Room'),
          PATIENT_P1,
        ],
        [['#p1'], ['#607'], ['#610']],
      ),
    );
    const { rows } = await readAll(file);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.line).toBe(2);
    expect(rows[0]!.problem).toBeUndefined();
    expect(rows[0]!.record).toMatchObject({
      'Appointment ID': 'a1',
      'Patient ID': 'p1',
      'Last Name': 'Vance',
      'First Name': 'Harriet',
      'Date of Birth': '1958-10-04',
      Start: '2027-03-12T16:00:00Z', // the room's telecom period is never the start
      Provider: 'Dr. Owen Whitaker',
    });
  });

  it('rooms beside a patient only referenced: refused for the reference, naming its display', async () => {
    const e = await refusal(
      t.write(
        'cerner.json',
        appointment(
          [ROOM('607', 'Patient Virtual Meeting Room')],
          [['Patient/4704007', 'Smart, Barney R'], ['#607']],
        ),
      ),
    );
    expect(e.message).toContain('FHIR JSON (an Appointment resource)');
    expect(e.message).toContain(
      "names the patient only by a reference (Patient/4704007, shown as 'Smart, Barney R'), with no date of birth",
    );
    expect(e.message).not.toContain('cannot find');
  });

  it('a #id with no contained resource of that id still counts as a possible patient', async () => {
    const { rows } = await readAll(
      t.write('dangling.json', appointment([PATIENT_P1], [['#p1'], ['#missing']])),
    );
    // Two possible patients: a row problem, never Harriet Vance picked for the booking.
    expect(rows[0]!.problem).toContain('names 2 patients (#p1, #missing)');
  });
});
