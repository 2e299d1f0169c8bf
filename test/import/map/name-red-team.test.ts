// Red team of patient names as the portal shows them: probes of what real exports write in a name
// cell (suffixes, nicknames, preferred-name columns, particles, apostrophes, double surnames, names
// family name first, one-word names, newborns, numbers, test charts, split columns, Scottish Mac
// names in capitals, Unicode forms, stray spaces). Each expectation is worked out by hand from the
// name and the README's rules ("Names"): the given and family name a careful front desk would type
// into the portal, or a hold or a row error where the cell cannot tell. The probes marked "had
// gone" were wrong sends before this file.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from '../trust/export-files.ts';

const files = exportFiles('name-red-team');
const head = 'MRN,Patient Name,DOB,Appt Date,Appt Time,Provider,Status';
const columns = {
  patientId: 'MRN',
  patientName: 'Patient Name',
  dob: 'DOB',
  date: 'Appt Date',
  time: 'Appt Time',
  providerName: 'Provider',
  status: 'Status',
};
/** A day list whose first patient (line 2) is `name`, beside two names written given name first. */
const dayList = (name: string, dob = '03/12/1970'): string[] => [
  head,
  `30411,"${name.replace(/"/g, '""')}",${dob},12/15/2026,9:00 AM,Dr Helen Ng,Scheduled`,
  '30412,John Smith,01/02/1965,12/15/2026,9:15 AM,Dr Helen Ng,Scheduled',
  '30413,Sarah Wilson,07/22/1988,12/15/2026,9:30 AM,Dr Helen Ng,Scheduled',
];
const NEW_YORK = 'America/New_York';

/** What line 2 comes to: `First|Last` sent, or the row error, and the file's questions. */
async function probe(name: string, timeZone = NEW_YORK, dob?: string) {
  const r = await collect(files.write(dayList(name, dob)), { timeZone });
  const a = r.appointments.find((x) => x.patient.patientId === '30411');
  const e = r.errors.find((x) => x.line === 2);
  return {
    sent: a ? `${a.patient.firstName}|${a.patient.lastName}` : undefined,
    error: e,
    checks: r.summary.doubts.map((d) => d.check),
    doubts: r.summary.doubts,
  };
}

describe('a family name in capitals first keeps the given names whole, as a comma does', () => {
  // `TAN Mei Ling` had gone as first name Mei (Ling a middle name left out), where `Tan, Mei Ling`
  // and `SMITH Mrs Mary Ann` went whole.
  it.each([
    ['TAN Mei Ling', 'Europe/London', 'Mei Ling|Tan'],
    ['NG Wai Man', 'Europe/London', 'Wai Man|Ng'],
    ['Mr WANG Xiao Ming', 'Europe/London', 'Xiao Ming|Wang'],
    ['DUPONT Marie Claire', 'Europe/Paris', 'Marie Claire|Dupont'],
    ['McDONALD Mary Ann', 'Europe/London', 'Mary Ann|McDonald'],
    // Trailing initials stay a middle name, as after a comma.
    ['SMITH John P', 'Europe/London', 'John|Smith'],
    // A generational suffix beside the family name is left out (had gone as `Jr John`, `Smith III`).
    ['SMITH Jr John', 'Europe/London', 'John|Smith'],
    ['SMITH III John', 'Europe/London', 'John|Smith'],
    // Capitals last: the words before them read first name first, the middle one left out.
    ['Marie Claire DUPONT', 'Europe/Paris', 'Marie|Dupont'],
  ])('%s (%s) goes as %s', async (name, zone, expected) => {
    const p = await probe(name, zone);
    expect(p.checks).toEqual([]);
    expect(p.sent).toBe(expected);
  });

  it('where capitals mark no family name (New York), TAN Mei Ling is asked about, not split', async () => {
    expect((await probe('TAN Mei Ling')).checks).toEqual(['capitals-name']);
  });
});

describe('a title before a family name first shows no order', () => {
  // `Mr Wang Xiao Ming` had gone as first name Wang, last name Ming without a question: a title goes
  // before the family name of a name written family name first (Mr Wang), as before the given name
  // of one written given name first (Mr John Smith).
  it.each(['Mr Wang Xiao Ming', 'Mrs Nguyen Thi Mai', 'Dr. Park Ji Hoon'])(
    '%s holds the file (family-first), in New York and London',
    async (name) => {
      for (const zone of [NEW_YORK, 'Europe/London']) {
        const p = await probe(name, zone);
        expect(p.checks).toEqual(['family-first']);
        expect(p.doubts[0]!.message).toContain('line 2');
        expect(p.doubts[0]!.message).not.toContain(name);
      }
    },
  );

  it('Mr Xiao Ming Wang (given name first) goes as Xiao Wang without a question', async () => {
    const p = await probe('Mr Xiao Ming Wang');
    expect(p.checks).toEqual([]);
    expect(p.sent).toBe('Xiao|Wang');
  });

  it('once the practice says family name first, Mr Wang Xiao Ming is Xiao Ming Wang', async () => {
    const profile = confirmedProfile(files, columns, head.split(','), { patientNameOrder: 'last-first' });
    const r = await collect(files.write(dayList('Mr Wang Xiao Ming')), { timeZone: NEW_YORK, profile });
    const a = r.appointments.find((x) => x.patient.patientId === '30411')!;
    expect(`${a.patient.firstName}|${a.patient.lastName}`).toBe('Xiao Ming|Wang');
  });
});

describe('generational suffixes are no part of the name', () => {
  it.each([
    'Smith Jr., John',
    'SMITH JR, JOHN',
    'John Smith III',
    'SMITH, JOHN A JR',
    'Smith, John, III',
    'John Smith, Jr',
    'JOHN SMITH II',
    'Smith III, John',
  ])('%s goes as John Smith', async (name) => {
    const p = await probe(name);
    expect(p.checks).toEqual([]);
    expect(p.sent).toBe('John|Smith');
  });
});

describe('nicknames in the name cell are left out', () => {
  it.each(['Robert "Bob" Smith', 'Smith, Robert "Bob"', 'Smith, Robert (Bob)', "Smith, 'Bob' Robert"])(
    '%s goes as Robert Smith',
    async (name) => {
      const p = await probe(name);
      expect(p.checks).toEqual([]);
      expect(p.sent).toBe('Robert|Smith');
    },
  );
});

describe('a preferred, alias or nickname column is never the legal name', () => {
  const split = (firstHeader: string, extra = ''): string[] => [
    `MRN,${firstHeader},${extra ? `${extra},` : ''}Last Name,DOB,Appt Date,Appt Time,Provider`,
    `1,Bob,${extra ? 'Robert,' : ''}Smith,03/12/1970,12/15/2026,9:00 AM,Dr Ng`,
    `2,Liz,${extra ? 'Elizabeth,' : ''}Jones,03/12/1971,12/15/2026,9:15 AM,Dr Ng`,
  ];

  // Alone they had gone as the patient's first name: Bob Smith on the portal for Robert Smith.
  it.each([
    'Preferred First Name',
    'First Name (Preferred)',
    'Alias First Name',
    'Preferred FName',
    'Nickname',
  ])("'%s' alone is no first name: the file is refused, naming what is missing", async (header) => {
    await expect(collect(files.write(split(header)), { timeZone: NEW_YORK })).rejects.toThrow(
      /cannot find patient name .*first and last name/,
    );
  });

  it('beside the legal first name it is left out', async () => {
    const r = await collect(files.write(split('Preferred First Name', 'First Name')), { timeZone: NEW_YORK });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['Robert', 'Elizabeth']);
  });
});

describe('particles, apostrophes and hyphens', () => {
  it.each([
    ['Anna van der Berg', 'Anna|van der Berg'],
    ['van der Berg, Anna', 'Anna|van der Berg'],
    ['DE LA CRUZ, MARIA', 'Maria|de la Cruz'],
    ['Maria De La Cruz', 'Maria|De La Cruz'], // mixed case: as typed
    ['Joao da Silva', 'Joao|da Silva'],
    ['AHMAD BIN ISMAIL', 'Ahmad|bin Ismail'],
    ['Omar Al-Rashid', 'Omar|Al-Rashid'],
    ["O'BRIEN, SEAN", "Sean|O'Brien"],
    ["ANNE-MARIE O'NEILL", "Anne-Marie|O'Neill"],
    ['SMITH-JONES, MARY', 'Mary|Smith-Jones'],
    ['O BRIEN, SEAN', 'Sean|O Brien'], // the comma says where the family name ends
    ['Mary O Smith', 'Mary|Smith'], // O before no Irish name: a middle initial
    ['Mary O. Sullivan', 'Mary|Sullivan'], // the dot says initial
    // An apostrophe typed as an accent or a backtick: cased as one (had gone as D´souza, O`brien).
    ['D\u00b4SOUZA, ANIL', 'Anil|D\u00b4Souza'],
    ['O`BRIEN, SEAN', 'Sean|O`Brien'],
    // Singapore's binte and bte join the father's name as bin does (had gone as Nur Rahmat), and
    // every word before the mark is the given name (64a: Aisyah had been left out as a middle name).
    ['Nur Aisyah binte Rahmat', 'Nur Aisyah|binte Rahmat'],
    ['SITI BTE AHMAD', 'Siti|bte Ahmad'],
  ])('%s goes as %s', async (name, expected) => {
    const p = await probe(name);
    expect(p.checks).toEqual([]);
    expect(p.sent).toBe(expected);
  });

  // `Sean O Brien` had gone as Sean Brien: O'Brien without its apostrophe, or a middle initial O
  // before Brien; the cell cannot say which.
  it.each([
    ['Sean O Brien', 'Brien'],
    ['MARY O SULLIVAN', 'SULLIVAN'],
    ['Sean O\u2019 Brien', 'Brien'],
  ])('%s is a row error naming the value', async (name, family) => {
    const p = await probe(name);
    expect(p.sent).toBeUndefined();
    expect(p.error).toMatchObject({ line: 2, field: 'patientName', value: name });
    expect(p.error!.message).toContain(`lone 'O' before the family name '${family}'`);
  });
});

describe('two Spanish surnames at the end of a one-column name', () => {
  // `Maria Garcia Lopez` in a US practice had gone as Maria Lopez, the mother's surname alone.
  it.each(['Jose Luis Hernandez Ramirez', 'Maria Garcia Lopez', 'María José García López'])(
    '%s holds the file (two-surnames), naming the line, not the name',
    async (name) => {
      const p = await probe(name);
      expect(p.checks).toEqual(['two-surnames']);
      expect(p.doubts[0]!.message).toContain('line 2');
      if (name !== 'Maria Garcia Lopez') expect(p.doubts[0]!.message).not.toContain(name);
    },
  );

  it.each([
    ['Garcia Lopez, Maria', 'Maria|Garcia Lopez'],
    ['Maria Garcia-Lopez', 'Maria|Garcia-Lopez'],
    ['John Paul Smith', 'John|Smith'],
    ['Ana Sofia Lopez', 'Ana|Lopez'],
  ])('%s goes as %s without a question', async (name, expected) => {
    const p = await probe(name);
    expect(p.checks).toEqual([]);
    expect(p.sent).toBe(expected);
  });

  it('answered once (the last word alone is the last name), the file goes', async () => {
    const profile = confirmedProfile(files, columns, head.split(','));
    const file = files.write(dayList('Maria Garcia Lopez'));
    await answerOn(profile, file, { timeZone: NEW_YORK });
    const r = await collect(file, { timeZone: NEW_YORK, profile });
    expect(r.summary.doubts).toEqual([]);
    const a = r.appointments.find((x) => x.patient.patientId === '30411')!;
    expect(`${a.patient.firstName}|${a.patient.lastName}`).toBe('Maria|Lopez');
  });
});

describe('Korean, Chinese and Vietnamese names family name first', () => {
  // `Kim Min-jun` (the given name's two syllables hyphenated, as the Revised Romanization writes
  // them) had gone as first name Kim, last name Min-jun.
  it.each(['Kim Min-jun', 'Lee Seo-Yeon', 'KIM MIN-JUN', 'Nguyen Van An', 'Wang Xiao Ming'])(
    '%s holds the file (family-first)',
    async (name) => {
      expect((await probe(name)).checks).toEqual(['family-first']);
    },
  );

  it.each([
    ['Min-jun Kim', 'Min-jun|Kim'],
    ['Kim Ann-Marie', 'Kim|Ann-Marie'], // no Korean syllables: an English double name
    ['Wang, Xiao Ming', 'Xiao Ming|Wang'],
  ])('%s goes as %s', async (name, expected) => {
    const p = await probe(name);
    expect(p.checks).toEqual([]);
    expect(p.sent).toBe(expected);
  });
});

describe('names that are not one patient’s whole name', () => {
  it.each([
    ['Madonna', "the patient's first or last name is missing"],
    ['Sukarno', "the patient's first or last name is missing"],
    ['TEST, PATIENT', "not a real patient's chart: a test, duplicate or do-not-use record"],
    ['SMITH, JOHN DO NOT USE', "not a real patient's chart: a test, duplicate or do-not-use record"],
    // A number standing alone had gone into the name: last name `2`, first name `John 2`.
    ['John Smith 2', "the patient's name has more than a name in it"],
    ['SMITH, JOHN 2', "the patient's name has more than a name in it"],
    ['2 John Smith', "the patient's name has more than a name in it"],
  ])('%s is a row error: %s', async (name, message) => {
    const p = await probe(name);
    expect(p.sent).toBeUndefined();
    expect(p.error).toMatchObject({ line: 2, value: name, message });
  });

  it.each(['Baby Boy Smith', 'Smith, Baby Girl', 'SMITH, BB'])(
    "%s for a newborn is a row error (a newborn's temporary name)",
    async (name) => {
      const p = await probe(name, NEW_YORK, '11/20/2026');
      expect(p.sent).toBeUndefined();
      expect(p.error!.message).toContain("newborn's temporary name");
    },
  );
});

describe('first, middle and last name in columns of their own', () => {
  // MRNs as a practice's are (1, 2, 3, 4 in row order would number the lines: asked, 61g).
  it('the middle column (a second given name or an initial) is not sent; ALL CAPS cased', async () => {
    const r = await collect(
      files.write([
        'MRN,First Name,Middle Name,Last Name,DOB,Appt Date,Appt Time,Provider',
        '10231,Mary,Ann,Smith,03/12/1970,12/15/2026,9:00 AM,Dr Ng',
        '10877,Jose,Luis,Garcia,03/12/1971,12/15/2026,9:15 AM,Dr Ng',
        '10452,MARY ANN,,MACDONALD,03/12/1972,12/15/2026,9:30 AM,Dr Ng',
        '10003,Ann ,B,  Lee  ,03/12/1973,12/15/2026,9:45 AM,Dr Ng',
      ]),
      { timeZone: NEW_YORK },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'Mary|Smith',
      'Jose|Garcia',
      'Mary Ann|MacDonald',
      'Ann|Lee',
    ]);
  });
});

describe('Scottish and Irish Mac and Mc names in capitals', () => {
  // The capitals lost whether the family writes MacDonald or Macdonald: proper-case.ts writes
  // Mac + capital only for the Mac names of its list (both spellings are the one name, and the
  // patient id compares names without case); Machado and Mack are no Mac names.
  it.each([
    ['MACDONALD, ANGUS', 'Angus|MacDonald'],
    ['MCDONALD, RONALD', 'Ronald|McDonald'],
    ['MACHADO, ANA', 'Ana|Machado'],
    ['MACK, JOHN', 'John|Mack'],
  ])('%s goes as %s', async (name, expected) => {
    expect((await probe(name)).sent).toBe(expected);
  });
});

describe('Unicode forms and stray spaces', () => {
  it.each([
    // José García with combining accents (NFD, as macOS writes file names and some databases
    // text) goes with the accented letters composed (NFC); it had gone decomposed.
    ['Jose\u0301 Garci\u0301a', 'Jos\u00e9|Garc\u00eda'],
    ['GARCI\u0301A, JOSE\u0301', 'Jos\u00e9|Garc\u00eda'],
    ['Ana\u00a0Lopez', 'Ana|Lopez'], // a no-break space
    ['Ana\u200b Lopez', 'Ana|Lopez'], // a zero-width space
    ['  Ann   Lee  ', 'Ann|Lee'],
  ])('%j goes as %j', async (name, expected) => {
    const p = await probe(name);
    expect(p.checks).toEqual([]);
    expect(p.sent).toBe(expected);
  });
});
