// A provider's code of capitals written before the name (cell-codes.ts takeLetterCode), and a
// stated filter or group line that reads the name without it. Expected by hand.
import { takeLetterCode } from '../../../main/import/map/cell-codes.ts';
import { statedFilters } from '../../../main/import/read/stated-filters.ts';

describe("a provider's code before the name", () => {
  it.each([
    ['JLW  Jonathan L. Whitcomb, MD', 'JLW', 'Jonathan L. Whitcomb, MD'],
    ['[JLW] Jonathan L. Whitcomb, MD', 'JLW', 'Jonathan L. Whitcomb, MD'],
    ['(JLW) Jonathan L. Whitcomb', 'JLW', 'Jonathan L. Whitcomb'],
    ['JLW - Jonathan L. Whitcomb', 'JLW', 'Jonathan L. Whitcomb'],
    // Brackets mark the code whatever the name's case.
    ['[MRZ] MARIBEL R. SANTOS, DO', 'MRZ', 'MARIBEL R. SANTOS, DO'],
  ])('%s: code %s, name %s', (text, code, name) => {
    expect(takeLetterCode(text)).toEqual({ text: name, code });
  });

  it.each([
    'LEE Anna Marie', // a family name in capitals, one space: no code written
    'LEE  Anna', // a gap, but one word beside it: Anna Lee written family name first
    'JLW  JONATHAN L WHITCOMB', // all capitals: the first word may be the family name
    'DR  Anna Lee', // a title
    'MRS  Maribel Santos', // a courtesy title
    'MD - Anna Lee', // a credential
    'SCHMIDT  Anna Maria', // six letters: no code of this shape
    'Lee, Anna MD',
  ])('%s has no code', (text) => {
    expect(takeLetterCode(text).code).toBeUndefined();
  });

  it('is left out of the provider a page header states, the name kept', () => {
    expect(statedFilters([['Provider: JLW  Jonathan L. Whitcomb, MD']]).providerName).toBe(
      'Jonathan L. Whitcomb, MD',
    );
    expect(statedFilters([['Provider: (MRZ) Maribel R. Santos, DO']]).providerName).toBe(
      'Maribel R. Santos, DO',
    );
    expect(statedFilters([['Doctor: LEE Anna Marie']]).providerName).toBe('LEE Anna Marie');
  });
});
