// A town known for a state whose code is also a credential is that place, not a surname with a
// credential (credential-state-towns.ts, state-clocks.ts statedPlaces): `Baltimore, MD` beside
// `Kim, NP` was set aside as a provider with an MD and its visits went on a Chicago practice's
// clock (62r1). Zones by hand: Maryland, Pennsylvania and DC are Eastern; Mississippi Central;
// Montana Mountain; Alberta Mountain (America/Edmonton).
import { describe, expect, it } from 'vitest';
import { knownTownOfCredentialState } from '../../../main/import/map/credential-state-towns.ts';
import { statedPlaces } from '../../../main/import/map/state-clocks.ts';

describe('a known town of a state whose code is a credential', () => {
  it.each<[string, string]>([
    ['Baltimore, MD', 'America/New_York'],
    ['Columbia, MD', 'America/New_York'],
    ['Lancaster, PA', 'America/New_York'],
    ['Washington, DC', 'America/New_York'],
    ['Jackson, MS', 'America/Chicago'],
    ['Billings, MT', 'America/Denver'],
    ['Calgary, AB', 'America/Edmonton'],
  ])('%s is a place on %s, never maybe a credential', (site, zone) => {
    const places = statedPlaces(site);
    expect(places.map((p) => p.zone)).toEqual([zone]);
    expect(places.some((p) => p.maybeCredential)).toBe(false);
  });

  it.each(['Jones, MD', 'Ray, MS', 'Hart, MT', 'Wu, DC', 'Lee, PA'])(
    '%s (no town of that state) stays maybe a credential',
    (site) => {
      const places = statedPlaces(site);
      expect(places.length).toBeGreaterThan(0);
      expect(places.every((p) => p.maybeCredential)).toBe(true);
    },
  );

  it('a town is known only for its own state', () => {
    expect(knownTownOfCredentialState('MD', 'baltimore')).toBe(true);
    expect(knownTownOfCredentialState('PA', 'baltimore')).toBe(false);
    expect(knownTownOfCredentialState('GA', 'columbus')).toBe(false);
  });
});
