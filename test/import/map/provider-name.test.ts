// Provider names: credentials before or after the name, titles, embedded ids, and the display
// name the portal shows. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { parseProviderName, providerDisplayName } from '../../../main/import/map/names.ts';

describe('providerDisplayName: credential after (default) and omitted', () => {
  it.each([
    // raw, shown with credential, shown without
    ['Hargreaves,Elena M', 'Elena M Hargreaves', 'Elena M Hargreaves'],
    ['Smith,Jane', 'Jane Smith', 'Jane Smith'],
    ['Singh, Raj', 'Raj Singh', 'Raj Singh'],
    ['Drake Bell', 'Drake Bell', 'Drake Bell'],
    ['Dr Aroha Ngata', 'Dr Aroha Ngata', 'Dr Aroha Ngata'],
    ['Dr. Z', 'Dr. Z', 'Dr. Z'],
    ['Ngata, Dr Aroha', 'Dr Aroha Ngata', 'Dr Aroha Ngata'],
    ['doctor  Raj Singh MD', 'doctor Raj Singh, MD', 'doctor Raj Singh'],
    ['Jane Smith, M.D.', 'Jane Smith, MD', 'Jane Smith'],
    ['Smith, Jane MD', 'Jane Smith, MD', 'Jane Smith'],
    ['Smith, Jane, M.D.', 'Jane Smith, MD', 'Jane Smith'],
    ['Jane Doe PA-C', 'Jane Doe, PA-C', 'Jane Doe'],
    ['Doe, Jane P.A.-C', 'Jane Doe, PA-C', 'Jane Doe'],
    ['Jane Doe (PA-C)', 'Jane Doe, PA-C', 'Jane Doe'],
    ['Anna Lee DO', 'Anna Lee, DO', 'Anna Lee'],
    ['Anna Lee, D.O.', 'Anna Lee, DO', 'Anna Lee'],
    ['Kim Nguyen, NP', 'Kim Nguyen, NP', 'Kim Nguyen'],
    ['Kim Nguyen FNP-C', 'Kim Nguyen, FNP-C', 'Kim Nguyen'],
    ['Ruth Bell, APRN', 'Ruth Bell, APRN', 'Ruth Bell'],
    ['Mark Taylor, LCSW', 'Mark Taylor, LCSW', 'Mark Taylor'],
    ['Sam Ortiz LMFT', 'Sam Ortiz, LMFT', 'Sam Ortiz'],
    ['Jo Park, LPC', 'Jo Park, LPC', 'Jo Park'],
    ['Li Wei LPCC', 'Li Wei, LPCC', 'Li Wei'],
    ['Sarah Cohen, Psy.D.', 'Sarah Cohen, PsyD', 'Sarah Cohen'],
    ['Cohen, Sarah Ph.D.', 'Sarah Cohen, PhD', 'Sarah Cohen'],
    ['Tom Baker, D.C.', 'Tom Baker, DC', 'Tom Baker'],
    ['Liam Walsh RMT', 'Liam Walsh, RMT', 'Liam Walsh'],
    ['Amy Chen PT, DPT', 'Amy Chen, PT, DPT', 'Amy Chen'],
    ['Rosa Diaz PTA', 'Rosa Diaz, PTA', 'Rosa Diaz'],
    ['Ben Ross, OT', 'Ben Ross, OT', 'Ben Ross'],
    ['Lee, Grace OTR/L', 'Grace Lee, OTR/L', 'Grace Lee'],
    ['Dr. Peter Park, DDS', 'Dr. Peter Park, DDS', 'Dr. Peter Park'],
    ['Park, Peter D.M.D.', 'Peter Park, DMD', 'Peter Park'],
    ['Lisa Ray, RDH', 'Lisa Ray, RDH', 'Lisa Ray'],
    ['Evan Wu O.D.', 'Evan Wu, OD', 'Evan Wu'],
    ['Nora Kelly RN', 'Nora Kelly, RN', 'Nora Kelly'],
    ['Dr Jane Doe, MBBS, FRACGP', 'Dr Jane Doe, MBBS, FRACGP', 'Dr Jane Doe'],
    ['Dr. Alex Kim, BDS', 'Dr. Alex Kim, BDS', 'Dr. Alex Kim'],
    ['Dr. med. Anna Keller', 'Dr. med. Anna Keller', 'Dr. med. Anna Keller'],
    ['Prof. Dr. med. Hans Weber', 'Prof. Dr. med. Hans Weber', 'Prof. Dr. med. Hans Weber'],
    ['Dipl.-Psych. Anna Keller', 'Anna Keller, Dipl.-Psych.', 'Anna Keller'],
    ['Maria de la Cruz, FNP-C', 'Maria de la Cruz, FNP-C', 'Maria de la Cruz'],
    ['Smith, John - MD', 'John Smith, MD', 'John Smith'],
    ['Hargreaves, Elena M., M.D., Ph.D.', 'Elena M. Hargreaves, MD, PhD', 'Elena M. Hargreaves'],
    ['Brown, Amy A. APRN', 'Amy A. Brown, APRN', 'Amy A. Brown'],
    // All capitals: proper case for the name and title, normal spelling for the credential.
    ['DR JOHN SMITH MD', 'Dr John Smith, MD', 'Dr John Smith'],
    ['DR. JOHN SMITH, M.D.', 'Dr. John Smith, MD', 'Dr. John Smith'],
    ['MCDONALD, MARY NP', 'Mary McDonald, NP', 'Mary McDonald'],
    ['SMITH, JANE PT', 'Jane Smith, PT', 'Jane Smith'],
    // Names that look like credentials stay names.
    ['Anh Do', 'Anh Do', 'Anh Do'],
    ['Do, Anh', 'Anh Do', 'Anh Do'],
    ['Md Abdul Karim', 'Md Abdul Karim', 'Md Abdul Karim'],
    ['Lee, Pa', 'Pa Lee', 'Pa Lee'],
    ['Pa Vang', 'Pa Vang', 'Pa Vang'],
    // Embedded ids never show.
    ['Hargreaves, Elena [1187]', 'Elena Hargreaves', 'Elena Hargreaves'],
    ['Smith, John (1187) MD', 'John Smith, MD', 'John Smith'],
    ['#1187 Jane Doe', 'Jane Doe', 'Jane Doe'],
    ['Unassigned', 'Unassigned', 'Unassigned'],
    // A note in brackets is not the family name.
    ['Jane Doe (Locum)', 'Jane Doe', 'Jane Doe'],
    ['John (Jack) Smith, PhD', 'John Smith, PhD', 'John Smith'],
  ])('%s → %s / %s', (raw, after, omitted) => {
    expect(providerDisplayName(raw)).toBe(after);
    expect(providerDisplayName(raw, 'auto', 'after')).toBe(after);
    expect(providerDisplayName(raw, 'auto', 'omit')).toBe(omitted);
  });

  // The specialties' credentials (audiology, speech and occupational therapy, eye care,
  // acupuncture, UK and Australian physiotherapy, behaviour analysis, pediatric nursing) had gone
  // to the portal as a middle or family name: a Sycle list's `Lewis, Ann AuD` as "Ann AuD Lewis",
  // `Tom Nash, HIS` as "HIS Tom Nash" (first name HIS, last name Tom Nash).
  it.each([
    ['Lewis, Ann AuD', 'Ann Lewis, AuD', 'Ann Lewis'],
    ['Ann Lewis AuD', 'Ann Lewis, AuD', 'Ann Lewis'],
    ['Ann Lewis, Au.D., CCC-A', 'Ann Lewis, AuD, CCC-A', 'Ann Lewis'],
    ['Tom Nash, HIS', 'Tom Nash, HIS', 'Tom Nash'],
    ['Nash, Tom BC-HIS', 'Tom Nash, BC-HIS', 'Tom Nash'],
    ['Reyes, Carla SLPA', 'Carla Reyes, SLPA', 'Carla Reyes'],
    ['Morgan, Dana CCC-SLP', 'Dana Morgan, CCC-SLP', 'Dana Morgan'],
    ['Kim Joon, COTA/L', 'Kim Joon, COTA/L', 'Kim Joon'],
    ['Wu, Mei LAc', 'Mei Wu, LAc', 'Mei Wu'],
    ['Mei Wu L.Ac.', 'Mei Wu, LAc', 'Mei Wu'],
    ['Ortega, Luis COA', 'Luis Ortega, COA', 'Luis Ortega'],
    ['Tom Hughes MCSP', 'Tom Hughes, MCSP', 'Tom Hughes'],
    ['Ben Carter, APAM', 'Ben Carter, APAM', 'Ben Carter'],
    ['Diaz, Rosa BCBA', 'Rosa Diaz, BCBA', 'Rosa Diaz'],
    ['Park, Hana CPNP', 'Hana Park, CPNP', 'Hana Park'],
    // After `Last, First`, a further word in capitals in a name written in mixed case is no name
    // part, listed or not: the family name came before the comma.
    ['Baxter, Anna MBA', 'Anna Baxter, MBA', 'Anna Baxter'],
    ['Anna Baxter, DipCOT', 'Anna Baxter, DipCOT', 'Anna Baxter'],
    ['Baxter, Anna CSCS', 'Anna Baxter, CSCS', 'Anna Baxter'],
    // Still names: the given name Aud, a middle initial, a suffix, a family name in capitals
    // without a comma, and every word of a name written in capitals.
    ['Hansen, Aud', 'Aud Hansen', 'Aud Hansen'],
    ['Aud Hansen', 'Aud Hansen', 'Aud Hansen'],
    ['Baxter, Anna M', 'Anna M Baxter', 'Anna M Baxter'],
    ['Anna Maria BAXTER', 'Anna Maria Baxter', 'Anna Maria Baxter'],
    ['BAXTER, ANNA MARIE', 'Anna Marie Baxter', 'Anna Marie Baxter'],
  ])('%s → %s / %s', (raw, after, omitted) => {
    expect(providerDisplayName(raw)).toBe(after);
    expect(providerDisplayName(raw, 'auto', 'omit')).toBe(omitted);
  });

  it('last-first order without a comma', () => {
    expect(providerDisplayName('Hargreaves Elena M', 'last-first')).toBe('Elena M Hargreaves');
  });
});

describe('parseProviderName: the parts', () => {
  it.each([
    [
      'Smith, John Andrew MD [1187]',
      // After a comma the given names stay whole; only trailing initials are a middle name.
      { first: 'John Andrew', last: 'Smith', credentials: ['MD'], id: '1187' },
    ],
    [
      'Dr. Elena Hargreaves (1187)',
      { first: 'Elena', last: 'Hargreaves', title: 'Dr.', credentials: [], id: '1187' },
    ],
    ['Jane Doe #D-42', { first: 'Jane', last: 'Doe', credentials: [], id: 'D-42' }],
    ['Keller, Anna [ID: 77]', { first: 'Anna', last: 'Keller', credentials: [], id: '77' }],
    ['Amy Chen, PT, DPT', { first: 'Amy', last: 'Chen', credentials: ['PT', 'DPT'] }],
    ['Dr med. Anna Keller', { first: 'Anna', last: 'Keller', title: 'Dr med.', credentials: [] }],
    ['DR. MED. ANNA KELLER', { first: 'Anna', last: 'Keller', title: 'Dr. med.', credentials: [] }],
    ['Ms. Jane Roe, LCSW', { first: 'Jane', last: 'Roe', credentials: ['LCSW'] }],
  ] as const)('%s', (raw, parts) => {
    expect(parseProviderName(raw, 'auto')).toEqual(parts);
  });

  it('a bracketed word without a digit is not an id', () => {
    expect(parseProviderName('Jane Doe (Locum)').id).toBeUndefined();
  });
});

// UK, Irish and Australian post-nominals in capitals beside a name in mixed case (an optician's
// or dental practice's diary: `Amy Ross RGN`, `CLO Jane Doe`). Unknown, each was read as a family
// name in capitals and went to the portal as "Amy Ross Rgn", "Jane Doe Clo" (a false surname,
// the real one made a middle name). Expected values written by hand.
describe("UK post-nominals and assistants' credentials in capitals are credentials, not family names", () => {
  it.each([
    ['Amy Ross RGN', 'Amy Ross, RGN'],
    ['RGN Amy Ross', 'Amy Ross, RGN'],
    ['CLO Jane Doe', 'Jane Doe, CLO'],
    ['Jane Doe CLO', 'Jane Doe, CLO'],
    ['Sam Lee FBDO', 'Sam Lee, FBDO'],
    ['A Khan BSc MCOptom', 'A Khan, BSc, MCOptom'],
    ['Amy Ross BDS MJDF', 'Amy Ross, BDS, MJDF'],
    ['Dr Amy Ross MRCP', 'Dr Amy Ross, MRCP'],
    ['Jane Doe FRCOphth', 'Jane Doe, FRCOphth'],
    ['Kay Bell DipDH', 'Kay Bell, DipDH'],
    ['AMY ROSS RMN', 'Amy Ross, RMN'],
    ['HCA Amy Ross', 'Amy Ross, HCA'],
    ['Amy Ross CMA', 'Amy Ross, CMA'],
    ['Amy Ross RDA', 'Amy Ross, RDA'],
  ])('%s → %s', (raw, shown) => {
    expect(providerDisplayName(raw)).toBe(shown);
  });

  it('`Clo` in mixed case stays a given name (Chloe)', () => {
    expect(providerDisplayName('Clo Smith')).toBe('Clo Smith');
  });
});
