// FHIR R4 Appointments as XML: read as rows when the file names each one's patient (an included
// Patient entry of a search Bundle, by `Patient/id` or by its fullUrl), refused when a patient is
// only a reference. Expected values worked out by hand.
import { readAll, refusal, tempDir } from './read-helpers.ts';
import { collect } from '../convert/support.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const WHITAKER =
  '<participant><actor><reference value="Practitioner/7"/><display value="Dr. Owen Whitaker"/></actor></participant>';

const appt = (
  id: string,
  status: string,
  refs: string[],
  start = '2027-03-12T09:00:00-07:00',
  practitioners = WHITAKER,
) => `  <entry><resource><Appointment>
    <id value="${id}"/><status value="${status}"/><start value="${start}"/>
${refs.map((r) => `    <participant><actor><reference value="${r}"/></actor></participant>`).join('\n')}
    ${practitioners}
  </Appointment></resource></entry>`;

/** A practitioner participant with its v3 ParticipationType code, if any. */
const practitioner = (id: string, name: string, type?: string) =>
  `<participant>${type ? `<type><coding><system value="http://terminology.hl7.org/CodeSystem/v3-ParticipationType"/><code value="${type}"/></coding></type>` : ''}<actor><reference value="Practitioner/${id}"/><display value="${name}"/></actor></participant>`;

const patient = (id: string, names: string, birth = '<birthDate value="1958-10-04"/>') =>
  `  <entry><fullUrl value="https://ehr.example.org/fhir/Patient/${id}"/><resource><Patient><id value="${id}"/>${names}${birth}</Patient></resource><search><mode value="include"/></search></entry>`;

const bundle = (entries: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Bundle xmlns="http://hl7.org/fhir">\n  <type value="searchset"/>\n${entries.join('\n')}\n</Bundle>\n`;

const VANCE =
  '<name><use value="nickname"/><given value="Hattie"/></name><name><use value="official"/><family value="Vance"/><given value="Harriet"/><given value="June"/></name>';

describe('FHIR R4 Appointment Bundle with its patients included', () => {
  it('reads one row per Appointment with the included patient (by Patient/id or by fullUrl), official name', async () => {
    const file = t.write(
      'b.xml',
      bundle([
        appt('a1', 'booked', ['Patient/p1']),
        appt('a2', 'entered-in-error', ['https://ehr.example.org/fhir/Patient/p1']),
        patient('p1', VANCE),
      ]),
    );
    const { rows } = await readAll(file);
    expect(rows.map((r) => r.line)).toEqual([4, 9]);
    for (const r of rows)
      expect(r.record).toMatchObject({
        'Patient ID': 'p1',
        'Last Name': 'Vance',
        'First Name': 'Harriet', // never the nickname, the middle name dropped
        'Date of Birth': '1958-10-04',
        Start: '2027-03-12T09:00:00-07:00',
        Provider: 'Dr. Owen Whitaker',
      });
    expect(rows.map((r) => [r.record['Appointment ID'], r.record.Status, r.problem])).toEqual([
      ['a1', 'booked', undefined],
      ['a2', 'entered-in-error', undefined],
    ]);
  });

  it('an Appointment with two patients is a row problem, not a guess', async () => {
    const file = t.write(
      'c.xml',
      bundle([
        appt('a1', 'booked', ['Patient/p1', 'Patient/p2']),
        patient('p1', VANCE),
        patient('p2', VANCE),
      ]),
    );
    const { rows } = await readAll(file);
    expect(rows[0]!.problem).toContain('names 2 patients (Patient/p1, Patient/p2)');
  });

  it('a patient only referenced (not included, or included without a birth date) refuses the file', async () => {
    const missing = await refusal(
      t.write('d.xml', bundle([appt('a1', 'booked', ['Patient/p9']), patient('p1', VANCE)])),
    );
    expect(missing.message).toContain('only by a reference (Patient/p9)');
    const noBirth = await refusal(
      t.write('e.xml', bundle([appt('a1', 'booked', ['Patient/p1']), patient('p1', VANCE, '')])),
    );
    expect(noBirth.message).toContain('only by a reference (Patient/p1)');
    // The reference named is the one the file lacks, not an earlier one it includes.
    const second = await refusal(
      t.write(
        'd2.xml',
        bundle([
          appt('a1', 'booked', ['Patient/p1']),
          appt('a2', 'booked', ['Patient/p9'], '2027-03-12T10:00:00-07:00'),
          patient('p1', VANCE),
        ]),
      ),
    );
    expect(second.message).toContain(
      'its 2 Appointment resources name the patient only by a reference (Patient/p9), with no name or date of birth',
    );
  });

  it('a start without an offset (FHIR requires one) is a row problem naming it; Z and offsets are read', async () => {
    const file = t.write(
      'f.xml',
      bundle([
        appt('a1', 'booked', ['Patient/p1'], '2027-03-12T09:00:00'),
        appt('a2', 'booked', ['Patient/p1'], '2027-03-12T16:00:00Z'),
        appt('a3', 'booked', ['Patient/p1'], '2027-03-12T09:00:00.000-07:00'),
        patient('p1', VANCE),
      ]),
    );
    const { rows } = await readAll(file);
    expect(rows[0]!.problem).toContain("start '2027-03-12T09:00:00' has no time zone offset");
    expect(rows.slice(1).map((r) => r.problem)).toEqual([undefined, undefined]);
  });

  it('several practitioners: the primary performer (PPRF), else the attender (ATND), else a row problem', async () => {
    const kim = practitioner('8', 'Dr. Ada Kim');
    const file = t.write(
      'g.xml',
      bundle([
        appt(
          'a1',
          'booked',
          ['Patient/p1'],
          undefined,
          practitioner('9', 'Nurse Bo Lund') + practitioner('8', 'Dr. Ada Kim', 'PPRF'),
        ),
        appt(
          'a2',
          'booked',
          ['Patient/p1'],
          undefined,
          practitioner('9', 'Nurse Bo Lund', 'PART') + practitioner('8', 'Dr. Ada Kim', 'ATND'),
        ),
        appt('a3', 'booked', ['Patient/p1'], undefined, practitioner('9', 'Nurse Bo Lund') + kim),
        appt('a4', 'booked', ['Patient/p1'], undefined, kim + kim),
        patient('p1', VANCE),
      ]),
    );
    const { rows } = await readAll(file);
    expect(rows.map((r) => r.record.Provider)).toEqual(['Dr. Ada Kim', 'Dr. Ada Kim', '', 'Dr. Ada Kim']);
    expect(rows.map((r) => r.problem === undefined)).toEqual([true, true, false, true]);
    expect(rows[2]!.problem).toContain('names 2 practitioners (Nurse Bo Lund, Dr. Ada Kim)');
  });

  it('each R4 status as the value set defines it: proposed and pending are no booking yet (skipped), the rest as the status words read them', async () => {
    const codes = [
      'proposed',
      'pending',
      'booked',
      'arrived',
      'fulfilled',
      'cancelled',
      'noshow',
      'entered-in-error',
      'checked-in',
      'waitlist',
    ];
    // One an hour from 08:00: the same start twice would be one visit split in two (held).
    const at = (i: number) => `2027-03-12T${String(8 + i).padStart(2, '0')}:00:00-07:00`;
    const file = t.write(
      'h.xml',
      bundle([...codes.map((c, i) => appt(`s${i}`, c, ['Patient/p1'], at(i))), patient('p1', VANCE)]),
    );
    const c = await collect(file, { timeZone: 'America/Denver' });
    expect(c.summary.doubts).toEqual([]);
    expect(c.errors).toEqual([]);
    expect(c.appointments.map((a) => [a.appointmentId, a.status])).toEqual([
      ['s2', 'NEW'], // booked
      ['s3', 'NEW'], // arrived
      ['s4', 'NEW'], // fulfilled
      ['s5', 'CANCEL'], // cancelled
      ['s6', 'NEW'], // noshow: the appointment took its slot
      ['s7', 'CANCEL'], // entered-in-error: withdrawn if it was sent
      ['s8', 'NEW'], // checked-in
    ]);
    expect(c.skipped.map((s) => s.reason)).toEqual([
      "status 'proposed': not yet booked (FHIR: none of its participants has accepted it yet); sent once it is booked",
      "status 'pending': not yet booked (FHIR: not every participant has accepted it yet); sent once it is booked",
      "status 'waitlist'",
    ]);
  });
});
