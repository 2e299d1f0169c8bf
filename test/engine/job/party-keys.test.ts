// How another practice's export is told from this practice's (party-keys.ts): cases by hand.
import { placeKey, providerWords, sameProvider } from '../../../main/engine/job/party-keys.ts';

const same = (a: string, b: string) => sameProvider(providerWords(a), providerWords(b));

describe('party keys', () => {
  it('one provider printed several ways is one; another given name or initial is not', () => {
    for (const p of [
      'Dr. Anna Lee',
      'LEE, ANNA',
      'Lee, A',
      'A. Lee MD',
      'Dr. Lee',
      'Lee, Anna M. MD, FACP',
      'Lee Anna',
    ])
      expect(same('Lee, Anna MD', p), p).toBe(true);
    for (const p of ['Lee, David MD', 'Lee, D. MD', 'Ortiz, Ana DO', 'Anna Ortiz', ''])
      expect(same('Lee, Anna MD', p), p).toBe(false);
  });

  it('an office by its name (case, punctuation, Street/St aside); a name any practice could have is none', () => {
    for (const p of ['MAIN ST CLINIC', 'Main St. Clinic', 'Main Street Clinic', ' main st clinic '])
      expect(placeKey(p), p).toBe(placeKey('Main St Clinic'));
    expect(placeKey('Main St Clinic')).not.toBe('');
    expect(placeKey('Northside Clinic')).not.toBe(placeKey('Main St Clinic'));
    for (const p of ['Main Office', 'Main office', 'Clinic 2', 'Telehealth', 'The Medical Center', ''])
      expect(placeKey(p), p).toBe('');
  });
});
