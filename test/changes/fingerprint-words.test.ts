// The fingerprint change detection decides by compares the words a person reads on the portal for
// what they say (case, accents, spaces at the ends, runs of spaces do not count; Thai's vowel and
// tone marks and punctuation do), and everything else exactly; the written fingerprint is the previous release's rule,
// byte for byte (every existing ledger line's `fp` was made by it). Outcomes worked out by hand
// from the rules in main/changes/fingerprint.ts's header, before the first run.
import { fingerprint, writtenFingerprint } from '../../main/changes/fingerprint.ts';
import type { Appointment } from '../../main/model/appointment.ts';
import { appt } from './appointment-factory.ts';
import { previousReleaseFingerprint } from './previous-release-ledger.ts';

const base = appt(1, '2027-03-01T14:00:00Z', {
  patient: {
    patientId: 'P-1',
    firstName: 'Sina',
    lastName: "Fa'Amoana",
    dob: '1971-05-12',
    email: 'sina.f@example.org',
    address: { address1: '12 Main St', address2: '', city: 'Pago Pago', state: 'AS', zipCode: '96799' },
    insurance: [{ status: 'Active', groupNumber: 'G-77', memberId: 'ab123' }],
  },
  participant: { type: 'PROVIDER', identifier: 'alee', providerName: 'Dr. Anna Lee' },
  reason: 'Knee pain',
});
const patient = (over: Partial<Appointment['patient']>): Appointment => ({
  ...base,
  patient: { ...base.patient, ...over },
});
const provider = (providerName: string): Appointment => ({
  ...base,
  participant: { ...base.participant, providerName },
});
const place = (over: Partial<NonNullable<Appointment['patient']['address']>>): Appointment =>
  patient({ address: { ...base.patient.address!, ...over } });

describe('words for what they say: the same fingerprint', () => {
  const jose = patient({ firstName: 'José' });
  const same: Array<[string, Appointment, Appointment]> = [
    ["last name proper-cased by another rule (Fa'amoana)", patient({ lastName: "Fa'amoana" }), base],
    ["last name in capitals (FA'AMOANA)", patient({ lastName: "FA'AMOANA" }), base],
    ['first name in capitals, with a space after it', patient({ firstName: 'SINA ' }), base],
    ['e-mail in other capitals', patient({ email: 'Sina.F@Example.org' }), base],
    ['provider in capitals', provider('DR. ANNA LEE'), base],
    ['provider with two spaces inside', provider('Dr.  Anna Lee'), base],
    [
      'type and description in capitals, spaces after',
      { ...base, type: 'OFFICE VISIT  ', description: 'office visit' },
      base,
    ],
    ['location with a tab for a space', { ...base, location: 'Main\tStreet Clinic' }, base],
    ['reason blank where it was none', { ...base, reason: '' }, { ...base, reason: undefined }],
    ['address city and state in other capitals', place({ city: 'PAGO PAGO', state: 'as' }), base],
    [
      'insurance status in capitals',
      patient({ insurance: [{ ...base.patient.insurance![0]!, status: 'ACTIVE' }] }),
      base,
    ],
    // é written as e + a combining accent (some Mac and XML exports) is the same é on the page
    ['é decomposed and composed', patient({ firstName: 'Jose\u0301' }), jose],
    ['an ASCII-only report: Jose for José', patient({ firstName: 'JOSE' }), jose],
    // ø is no accented o, but an ASCII-only report spells it o (red team 62r4: Øster → OSTER)
    [
      'an ASCII-only report: Soren for Søren',
      patient({ firstName: 'SOREN' }),
      patient({ firstName: 'Søren' }),
    ],
    [
      'an ASCII-only report: the provider Munoz for Muñoz',
      provider('Dr. Jose Munoz'),
      provider('Dr. José Muñoz'),
    ],
  ];
  for (const [what, a, b] of same) it(what, () => expect(fingerprint(a)).toBe(fingerprint(b)));
});

describe('a real change: another fingerprint', () => {
  const other: Array<[string, Appointment, Appointment?]> = [
    ['a married name', patient({ lastName: "Fa'Amoana-Leota" })],
    ['a typo fixed in the first name (Sian)', patient({ firstName: 'Sian' })],
    ['an apostrophe removed (a spelling)', patient({ lastName: 'FaAmoana' })],
    // Thai writes vowels and tones as combining marks: มาลี (Malee) and มะลิ (Mali) are two names
    ['a Thai name with another vowel mark', patient({ firstName: 'มะลิ' }), patient({ firstName: 'มาลี' })],
    [
      'a patient id in other capitals (another chart in a case-sensitive system)',
      patient({ patientId: 'p-1' }),
    ],
    [
      'a member id in other capitals',
      patient({ insurance: [{ ...base.patient.insurance![0]!, memberId: 'AB123' }] }),
    ],
    [
      'a provider id in other capitals',
      { ...base, participant: { ...base.participant, identifier: 'ALEE' } },
    ],
    ['the title without its dot (Dr for Dr.): punctuation counts', provider('Dr Anna Lee')],
    ['another provider', provider('Dr. Anne Lee')],
    ['a zip code changed', place({ zipCode: '96799-0001' })],
    ['a reason given where none was', { ...base, reason: 'Knee pain, left' }],
    ['the time', { ...base, start: new Date('2027-03-01T14:15:00Z') }],
    ['an appointment id in other capitals', { ...base, appointmentId: 'a1' }],
  ];
  for (const [what, a, b = base] of other) it(what, () => expect(fingerprint(a)).not.toBe(fingerprint(b)));
});

describe('the written fingerprint: the previous release’s, unchanged', () => {
  it('is the hash of the values as written, in the previous order', () => {
    expect(writtenFingerprint(base)).toBe(previousReleaseFingerprint(base));
    const other = patient({ lastName: "Fa'amoana" });
    expect(writtenFingerprint(other)).toBe(previousReleaseFingerprint(other));
    const billed: Appointment = {
      ...base,
      appointmentAddress: {
        address1: '1 Clinic Rd',
        address2: 'Suite 2',
        city: 'Tafuna',
        state: 'AS',
        zipCode: '96799',
      },
      copayment: { amount: '20.00' },
      balance: { dueBy: new Date('2027-03-15T00:00:00Z'), amount: '35.50' },
    };
    expect(writtenFingerprint(billed)).toBe(previousReleaseFingerprint(billed));
  });

  it('still tells a case-only change (the previous release would send it)', () => {
    expect(writtenFingerprint(patient({ lastName: "Fa'amoana" }))).not.toBe(writtenFingerprint(base));
  });
});
