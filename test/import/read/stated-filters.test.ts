// The provider and location a report's title lines state (`Provider: Lee, Anna MD` above the
// table), as detect-layout hands the lines over: their cells, so an unquoted comma splits a line.
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../main/import/read/detect-layout.ts';
import { oneProviderName, statedFilters } from '../../../main/import/read/stated-filters.ts';

const TABLE =
  'Date,Time,Patient,DOB,Chart #,Type,Status\r\n03/02/2027,9:00 AM,"Smith, John",04/12/1961,10452,Follow Up,Confirmed\r\n';

/** What the title lines of a delimited file (lines before the table) state. */
function stated(...titleLines: string[]): Record<string, string> {
  const layout = detectLayout(`${titleLines.join('\r\n')}\r\n\r\n${TABLE}`, true, 'report.csv');
  const { lines: _lines, ...values } = statedFilters(layout.titleCells);
  return values;
}

describe('statedFilters: a filter the title states as `Label: value`', () => {
  it.each<[string, string[], Record<string, string>]>([
    [
      'an unquoted comma (two cells)',
      ['Appointment List', 'Provider: Lee, Anna MD', 'Dates: 03/02/2027 - 03/02/2027'],
      { providerName: 'Lee, Anna MD' },
    ],
    ['quoted', ['"Provider: Lee, Anna MD"'], { providerName: 'Lee, Anna MD' }],
    ['label and value in two cells', ['Provider:,"Lee, Anna MD"'], { providerName: 'Lee, Anna MD' }],
    ['a bare label cell and its value', ['Doctor,"Patel, Raj MD"'], { providerName: 'Patel, Raj MD' }],
    ['with =', ['"Provider = Lee, Anna MD"'], { providerName: 'Lee, Anna MD' }],
    ['First Last, credential', ['"Provider: Anna Lee, MD"'], { providerName: 'Anna Lee, MD' }],
    ['a title in front', ['Physician: Dr. Anna Lee'], { providerName: 'Dr. Anna Lee' }],
    ['a middle initial', ['"Provider: Lee, Anna M"'], { providerName: 'Lee, Anna M' }],
    ['German', ['Behandler: Dr. med. Anna Keller'], { providerName: 'Dr. med. Anna Keller' }],
    ['a schedule resource', ['Resource: Hygiene Chair 2'], { providerName: 'Hygiene Chair 2' }],
    ['a provider id', ['Provider ID: 1187'], { providerId: '1187' }],
    [
      'provider and office in one line',
      ['"Provider: Lee, Anna MD",Location: North Office'],
      { providerName: 'Lee, Anna MD', location: 'North Office' },
    ],
    [
      'padding before the next label',
      ['"Provider: Lee, Anna MD     Printed: 03/03/2027 7:00 AM"'],
      { providerName: 'Lee, Anna MD' },
    ],
    ['an office with & in its name', ['Office: Smith & Jones Dental'], { location: 'Smith & Jones Dental' }],
    [
      'the same provider twice',
      ['"Provider: Lee, Anna MD"', '"Provider: Lee, Anna MD"'],
      { providerName: 'Lee, Anna MD' },
    ],
  ])('%s', (_, lines, expected) => {
    expect(stated(...lines)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['All Providers', ['Provider: All Providers']],
    ['(all)', ['Provider: (all)']],
    ['<ALL>', ['Doctor: <ALL>']],
    ['*', ['Provider: *']],
    ['blank', ['Provider:']],
    ['Multiple', ['Provider: Multiple']],
    ['3 selected', ['Providers: 3 selected']],
    ['two family names', ['"Provider: Lee, Patel"']],
    ['two names with ;', ['Provider: Lee; Patel']],
    ['two full names', ['"Provider: Anna Lee, Raj Patel"']],
    ['two names with credentials', ['"Provider: Anna Lee MD, Raj Patel DO"']],
    ['two titled names', ['"Provider: Dr. Lee, Dr. Patel"']],
    ['a slash list', ['Provider: Lee/Patel']],
    ['a range of providers', ['Provider: LEE to PATEL']],
    ['two titles naming two providers', ['"Provider: Lee, Anna MD"', '"Provider: Patel, Raj MD"']],
    ['another label right after the value', ['"Provider: Lee, Anna MD Location: North"']],
    ['all locations', ['Location: All Locations']],
    ['a list of offices', ['"Location: North, South"']],
    ['the practice (not an office filter)', ['Practice: Sunrise Dental']],
    ['who printed it', ['User: admin', 'Printed By: jdoe']],
    ['a bare cell that only mentions a provider', ['Dr Lee,Monday']],
    ['no label', ['Schedule for Dr. Anna Lee']],
  ])('takes nothing from %s', (_, lines) => {
    expect(stated(...lines)).toEqual({});
  });

  it('says which title line it read', () => {
    expect(statedFilters([['Provider: Lee', 'Anna MD']]).lines).toEqual({
      providerName: 'Provider: Lee Anna MD',
    });
  });
});

describe('oneProviderName', () => {
  it.each<[string, boolean]>([
    ['Lee, Anna MD', true],
    ['LEE, ANNA MD', true],
    ['Lee, Anna, MD, FACP', true],
    ['van der Berg, Anna MD', true],
    ['Jane Doe OTR/L', true],
    ['Singh, Dr Raj', true],
    // DO a credential or a second given name (the parser leaves it out): one person either way.
    ['PETRAKIS, ELENI DO', true],
    ['Lee, Anna Marie', true],
    // Last, First with nothing more is two family names as well as one person: not taken.
    ['Lee, Anna', false],
    ['Lee, Patel', false],
    ['Lee & Patel', false],
    ['Lee and Patel', false],
    ['Lee, Anna MD, Patel, Raj MD', false],
  ])('%s → %s', (value, one) => {
    expect(oneProviderName(value)).toBe(one);
  });
});
