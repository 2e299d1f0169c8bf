// A provider written with the initial of the given name beside the whole name
// (initialled-names.ts). Expected by hand.
import { initialFits, initialledName, wholeName } from '../../../main/import/map/initialled-names.ts';

describe('a provider written with an initial', () => {
  it.each([
    ['OKAFOR C', 'okafor', 'c'],
    ['SMITH J', 'smith', 'j'],
    ['J SMITH', 'smith', 'j'],
    ['Smith, J.', 'smith', 'j'],
    ['Dr. J. Smith MD', 'smith', 'j'],
  ])('%s is family name %s, initial %s', (text, last, initial) => {
    expect(initialledName(text)).toEqual({ last, initial });
  });

  it.each(['John Smith', 'SMITH', 'J K SMITH', 'A B', 'SMITH JOHN'])('%s is no initialled name', (text) => {
    expect(initialledName(text)).toBeUndefined();
  });

  it('fits the whole name of the same family name and given initial, either order', () => {
    const john = wholeName('SMITH, JOHN MD')!;
    expect(john).toEqual({ initial: 'smith j', person: 'smith john' });
    for (const short of ['SMITH J', 'J SMITH', 'Smith, J.', 'Dr J Smith'])
      expect(initialFits(short, john.initial)).toBe(true);
    expect(initialFits('OKAFOR C', wholeName('OKAFOR, CHIDI MD')!.initial)).toBe(true);
    expect(initialFits('PETRAKIS E', wholeName('Eleni Petrakis, DO')!.initial)).toBe(true);
  });

  it('does not fit another initial or another family name', () => {
    const john = wholeName('SMITH, JOHN MD')!.initial;
    expect(initialFits('SMITH K', john)).toBe(false);
    expect(initialFits('SMYTH J', john)).toBe(false);
    expect(initialFits('JONES S', john)).toBe(false);
  });

  it('reads no whole name from a name that is itself an initial', () => {
    expect(wholeName('Smith, J.')).toBeUndefined();
    expect(wholeName('J Smith')).toBeUndefined();
  });
});
