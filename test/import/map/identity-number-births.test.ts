// The birth date in a Nordic personal identity number, by each registry's rule. Every expected
// date is worked out by hand from the digits; the check digits beside them were worked out so
// (one of each shown) and each invalid twin differs from its valid number in the check alone.
import { describe, expect, it } from 'vitest';
import { birthFromNumber, type IdentityNumberKind } from '../../../main/import/map/identity-number-births.ts';
import { identityNumberColumn } from '../../../main/import/map/identity-number-column.ts';
import { mappingSenseProblems, type MappingSample } from '../../../main/import/map/mapping-sense.ts';

const TODAY = '2026-12-04';
const born = (v: string, kind: IdentityNumberKind, today = TODAY): string | undefined => {
  const b = birthFromNumber(v, kind, today);
  return b.ok ? b.date : undefined;
};
const why = (v: string, kind: IdentityNumberKind): string => {
  const b = birthFromNumber(v, kind, TODAY);
  return b.ok ? '' : b.reason;
};

describe('Swedish personnummer (Skatteverket)', () => {
  it('reads YYMMDD-NNNC by the separator: "-" under 100 this year, "+" 100 or older', () => {
    // Luhn over 8506121238, weights 2 1 2 1…: 7+5+0+6+2+2+2+2+6+8 = 40
    expect(born('850612-1238', 'personnummer')).toBe('1985-06-12');
    expect(born('251103-4577', 'personnummer')).toBe('2025-11-03');
    expect(born('251103+4569', 'personnummer')).toBe('1925-11-03');
    // `27` in 2026 with "-": 2027 is next year, so 1927 (99 this year)
    expect(born('270101-3456', 'personnummer')).toBe('1927-01-01');
    // the same number read in 2027: 2027 (a baby), the holder of 1927 would now write "+"
    expect(born('270101-3456', 'personnummer', '2027-06-01')).toBe('2027-01-01');
  });

  it('reads a samordningsnummer (day + 60) and the twelve-digit forms', () => {
    expect(born('850672-1235', 'personnummer')).toBe('1985-06-12');
    expect(born('198506121238', 'personnummer')).toBe('1985-06-12');
    expect(born('19850612-1238', 'personnummer')).toBe('1985-06-12');
  });

  it('reads nothing from a wrong check digit, a date that is none, or ten digits with no separator', () => {
    expect(why('850612-1239', 'personnummer')).toMatch(/check digit/);
    expect(why('198506121239', 'personnummer')).toMatch(/check digit/);
    // 30 February; Luhn over 8502301230 holds
    expect(why('850230-1230', 'personnummer')).toMatch(/no date/);
    // 1925 or 2025: the century is never guessed
    expect(why('2511034577', 'personnummer')).toMatch(/without its "-" or "\+".*century/);
  });
});

describe('Norwegian fødselsnummer (Skatteetaten)', () => {
  it('sets the century by the individual number and the year', () => {
    // k1: 3+35+0+3+64+45+4+10+6 = 170, 170 mod 11 = 5, 11-5 = 6; k2: 151 mod 11 = 8, 11-8 = 3
    expect(born('15038512363', 'fodselsnummer')).toBe('1985-03-15'); // 123: 1900-1999
    expect(born('15030551262', 'fodselsnummer')).toBe('2005-03-15'); // 512, year 05: 2000-2039
    expect(born('15034591226', 'fodselsnummer')).toBe('1945-03-15'); // 912, year 45: 1940-1999
    expect(born('01019955113', 'fodselsnummer')).toBe('1899-01-01'); // 551, year 99: 1854-1899
    expect(born('150385 12363', 'fodselsnummer')).toBe('1985-03-15'); // written with a space
  });

  it('reads a D-nummer (4 added to the day) and refuses an H-nummer', () => {
    expect(born('55038512357', 'fodselsnummer')).toBe('1985-03-15');
    expect(why('15438512346', 'fodselsnummer')).toMatch(/H-nummer/);
  });

  it('reads nothing from wrong check digits or an individual number no year has', () => {
    expect(why('15038512364', 'fodselsnummer')).toMatch(/check digits/);
    expect(why('15038512373', 'fodselsnummer')).toMatch(/check digits/);
    // 512 with year 45: 500-749 is 1854-1899 (years 54-99) or 2000-2039 (00-39), never 1945
    expect(why('01014551278', 'fodselsnummer')).toMatch(/individual number 512/);
    // 754 with year 85: 750-899 belongs to no year from 40 on
    expect(why('15038575497', 'fodselsnummer')).toMatch(/individual number 754/);
  });
});

describe('Danish CPR number (CPR-kontoret): the date and the century digit, no modulus 11', () => {
  it('sets the century by the 7th digit and the year', () => {
    expect(born('150385-1234', 'cpr')).toBe('1985-03-15'); // 0-3: 1900-1999
    expect(born('1503851234', 'cpr')).toBe('1985-03-15');
    expect(born('150305-4123', 'cpr')).toBe('2005-03-15'); // 4, 00-36: 2000s
    expect(born('150345-4123', 'cpr')).toBe('1945-03-15'); // 4, 37-99: 1900s
    expect(born('150336-9123', 'cpr')).toBe('2036-03-15'); // 9, 36: 2000s
    expect(born('150337-9123', 'cpr')).toBe('1937-03-15'); // 9, 37: 1900s
    expect(born('150320-5123', 'cpr')).toBe('2020-03-15'); // 5-8, 00-57: 2000s
    expect(born('150357-8123', 'cpr')).toBe('2057-03-15');
    expect(born('150358-8123', 'cpr')).toBe('1858-03-15'); // 5-8, 58-99: 1800s
  });

  it('reads nothing from a date that is none', () => {
    expect(why('310285-1234', 'cpr')).toMatch(/no date/);
    expect(why('15038-51234', 'cpr')).toMatch(/is not a Danish CPR number/);
  });
});

describe('Finnish henkilötunnus (DVV)', () => {
  it('sets the century by its sign, the old and the 2023 ones', () => {
    // 131052308 mod 31 = 25: T (0-9, A-F, H, J-N, P, R-Y)
    expect(born('131052-308T', 'henkilotunnus')).toBe('1952-10-13');
    expect(born('131052Y308T', 'henkilotunnus')).toBe('1952-10-13');
    expect(born('131052U308T', 'henkilotunnus')).toBe('1952-10-13');
    expect(born('150385+1230', 'henkilotunnus')).toBe('1885-03-15');
    expect(born('020322A234X', 'henkilotunnus')).toBe('2022-03-02');
    expect(born('020322F234X', 'henkilotunnus')).toBe('2022-03-02');
    expect(born('220790-456s', 'henkilotunnus')).toBe('1990-07-22');
  });

  it('reads nothing from a wrong check character', () => {
    expect(why('131052-308U', 'henkilotunnus')).toMatch(/check character/);
    expect(why('131052-309T', 'henkilotunnus')).toMatch(/check character/);
  });
});

describe('the column a list reads its birth dates from', () => {
  const rows = [
    ['2027-03-15', '850612-1238', 'Karin'],
    ['2027-03-15', '251103+4569', 'Greta'],
  ];
  const headers = ['Datum', 'Personnummer', 'Förnamn'];

  it("is the number of the practice's country, by header and values", () => {
    expect(identityNumberColumn(headers, rows, 'Europe/Stockholm', new Set())).toEqual({
      col: 1,
      kind: 'personnummer',
    });
    const danish = [
      ['15.03.2027', '150385-1234', 'Mette'],
      ['15.03.2027', '1503054123', 'Sofie'],
    ];
    expect(identityNumberColumn(['Dato', 'CPR-nr.', 'Navn'], danish, 'Europe/Copenhagen', new Set())).toEqual(
      {
        col: 1,
        kind: 'cpr',
      },
    );
  });

  it('is none outside the four countries, under another header, or when the values are not the number', () => {
    expect(identityNumberColumn(headers, rows, 'America/Los_Angeles', new Set())).toBeUndefined();
    expect(
      identityNumberColumn(['Datum', 'Kundnummer', 'Förnamn'], rows, 'Europe/Stockholm', new Set()),
    ).toBeUndefined();
    // the Swedish numbers are no fødselsnummer (eleven digits), nor is `251103+4569` a CPR number
    expect(
      identityNumberColumn(['Dato', 'Fødselsnummer', 'Navn'], rows, 'Europe/Oslo', new Set()),
    ).toBeUndefined();
    expect(
      identityNumberColumn(['Dato', 'CPR-nr.', 'Navn'], rows, 'Europe/Copenhagen', new Set()),
    ).toBeUndefined();
    expect(identityNumberColumn(headers, rows, 'Europe/Stockholm', new Set([1]))).toBeUndefined();
  });
});

describe("a person's mapping of the birth date to the number", () => {
  const sample: MappingSample = {
    headers: ['Datum', 'Personnummer', 'Kundnummer'],
    rows: [
      ['2027-03-15', '850612-1238', '10233'],
      ['2027-03-15', '251103+4569', '10234'],
    ],
  };

  it('makes sense: the rows read the birth date from it', () => {
    expect(mappingSenseProblems({ dob: 'Personnummer' }, sample, { now: new Date(TODAY) })).toEqual([]);
  });

  it('does not from a column of other numbers', () => {
    expect(mappingSenseProblems({ dob: 'Kundnummer' }, sample, { now: new Date(TODAY) })).toMatchObject([
      { field: 'dob', column: 'Kundnummer', holds: 'no dates' },
    ]);
  });
});
