// sent-wording.ts: the words sent for an id are kept where a later file's say the same; a word
// that changed, a sign that carries the meaning, another provider or a credential that disagrees
// goes. Expected by hand.
import { withSentWording } from '../../../main/engine/job/sent-wording.ts';
import type { Appointment } from '../../../main/model/appointment.ts';

const sent: Appointment = {
  practiceId: 'p',
  appointmentId: 'A2',
  status: 'NEW',
  type: 'Follow Up',
  reason: 'Knee pain',
  description: 'Follow Up',
  start: new Date('2027-03-01T15:00:00Z'),
  location: 'Main St Clinic',
  patient: { patientId: '1002', firstName: 'Maria', lastName: 'Garcia', dob: '1962-03-12', email: 'x@y.z' },
  participant: { type: 'PROVIDER', identifier: 'lee-anna', providerName: 'Anna Lee, MD' },
};
const now = (o: Partial<Appointment>): Appointment => ({ ...sent, status: 'NEW', ...o });
const as = (providerName: string, identifier = 'lee-anna') => ({
  participant: { type: 'PROVIDER' as const, identifier, providerName },
});

describe('withSentWording', () => {
  it('keeps the type, description, location and reason written in other capitals or punctuation', () => {
    const a = now({
      type: 'FOLLOW UP',
      description: 'FOLLOW UP',
      location: 'MAIN ST. CLINIC',
      reason: 'knee pain.',
    });
    const k = withSentWording(a, sent);
    expect([k.type, k.description, k.location, k.reason]).toEqual([
      'Follow Up',
      'Follow Up',
      'Main St Clinic',
      'Knee pain',
    ]);
  });

  it('keeps the provider written without or with a title instead of the credential', () => {
    expect(withSentWording(now(as('Anna Lee')), sent).participant.providerName).toBe('Anna Lee, MD');
    expect(withSentWording(now(as('Dr. Anna Lee')), sent).participant.providerName).toBe('Anna Lee, MD');
  });

  // 62d: `Lee, ANNA MD` is read `ANNA Lee, MD` (capitals taken for the family name), whose parts
  // are not the sent name's: an UPDATE for a time moved carried the file's capitals to the portal
  it('keeps the provider whose name differs only in capitals or spacing, however its parts read', () => {
    expect(withSentWording(now(as('ANNA Lee, MD')), sent).participant.providerName).toBe('Anna Lee, MD');
    expect(withSentWording(now(as('Anna  Lee,  MD ')), sent).participant.providerName).toBe('Anna Lee, MD');
    const other = now(as('ANNA Lee, MD', 'lee-anna-2'));
    expect(withSentWording(other, sent)).toBe(other);
  });

  it('lets a changed word, another provider or a disagreeing credential go', () => {
    const a = now({ type: 'New Patient', location: 'North Clinic', ...as('Anna Lee, DO') });
    expect(withSentWording(a, sent)).toBe(a);
    const b = now(as('Daniel Cho, MD', 'cho-daniel'));
    expect(withSentWording(b, sent)).toBe(b);
    const c = now(as('Anna Lee', 'lee-anna-2'));
    expect(withSentWording(c, sent)).toBe(c);
  });

  it('keeps words and a provider written without their accents (an ASCII-only report)', () => {
    const accented = { ...sent, location: 'Clínica Médica Ríos', ...as('José Muñoz, MD', 'munoz-jose') };
    const a = now({ location: 'Clinica Medica Rios', ...as('Jose Munoz, MD', 'munoz-jose') });
    const k = withSentWording(a, accented);
    expect([k.location, k.participant.providerName]).toEqual(['Clínica Médica Ríos', 'José Muñoz, MD']);
  });

  it('lets a sign that is the meaning go (Rh+ → Rh-, > 9 → < 9, + labs), a hyphen between words not', () => {
    for (const [was, is] of [
      ['Rh+ prenatal visit', 'Rh- prenatal visit'],
      ['A1C > 9 recheck', 'A1C < 9 recheck'],
      ['Post-op check', 'Post-op check + labs'],
      ['Temp -5 hold', 'Temp 5 hold'],
    ] as const) {
      const a = now({ reason: is });
      expect(withSentWording(a, { ...sent, reason: was }).reason).toBe(is);
    }
    const b = now({ type: 'Covid 19 follow up' });
    expect(withSentWording(b, { ...sent, type: 'COVID-19 Follow-up' }).type).toBe('COVID-19 Follow-up');
  });

  it('returns the same object when the words are the same', () => {
    const a = now({});
    expect(withSentWording(a, sent)).toBe(a);
  });
});
