// Red team, round 65c: the patient-name wrong sends and false holds 63r3, 64d and 64r2 left open
// (family name first in Korean with a joined given name, in Cyrillic, Greek and Hebrew, romanised
// Slavic and Greek, two Spanish surnames first, Kazakh patronymics; Balinese birth-order names;
// `Haji` before a Malay name; a patronymic mark with no name after it; `bin Abdullah, Muhammad
// Hafiz`; `DATO Marco` in Rome; Malay names at Kuala Lumpur; `Min Do Kim`), probed around each fix,
// and the ordinary US, UK and Australian names each fix must still send.
// Each probe is name-probes.ts's (Obi's row under test among ten plain rows). Every want below was
// worked out by hand before the first run: 'First|Last' a sure send, '~' a send or a hold, 'H' held
// (the file held, or the row a row error).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { CAPS_FIRST, nameProbes, PLAIN, q, type Others } from './name-probes.ts';

const files = exportFiles('redteam-round-65c');
const { one } = nameProbes(files);
const KL = 'Asia/Kuala_Lumpur';
const MAKASSAR = 'Asia/Makassar';
const ROME = 'Europe/Rome';
const LONDON = 'Europe/London';
const SYDNEY = 'Australia/Sydney';

// ---------------------------------------------------------------------------------------------
// A. Family name first, shown by the words: held at a US practice among given-first names
// ---------------------------------------------------------------------------------------------
describe('A. family name first by its words: asked', () => {
  it.each([
    // Korean, the given name's two syllables joined
    'Kim Minjun',
    'Lee Seoyeon',
    'KIM MINJUN',
    'Kim Jihoon',
    'Lee Minji',
    'Choi Yuna',
    'Jung Haeun',
    'Kang Seojun',
    'Yoon Jiwon',
    'Han Sumin',
    'Kim Taehyun',
    'Lee Jiyoung',
    'Park Jiwoo',
    // Korean syllable, Do, family name
    'Min Do Kim',
    'Ji Do Park',
    // Cyrillic
    'Смирнов Алексей',
    'Кузнецова Мария',
    'Шевченко Тарас',
    'Петровский Андрей',
    'КУЗНЕЦОВА МАРИЯ',
    // Greek
    'Νικολαΐδης Κώστας',
    'Παπαδάκης Γιάννης',
    'Παπαδοπούλου Ελένη',
    // Hebrew
    'כהן שרה',
    'מזרחי יוסי',
    // romanised Slavic and Greek
    'Ivanov Sergei',
    'Smirnova Olga',
    'Shevchenko Taras',
    'Papadopoulos Georgios',
    'Nikolaidis Kostas',
    'PETROV IVAN',
    // two Spanish surnames first
    'Hernandez Ramirez Jose',
    'GARCIA LOPEZ MARIA',
    'Rodriguez Perez Ana',
    'Martinez Gomez Juan Carlos',
    // Kazakh patronymic last
    'Tokayev Kassym Zhomartuly',
    'Aliyeva Aigerim Serikkyzy',
    'Абишев Нурлан Серикулы',
  ])('%j at a US practice: held', async (name) => {
    expect(await one(name, 'H', q(PLAIN))).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. The same peoples' names given name first, and names the rules must leave alone: sent
// ---------------------------------------------------------------------------------------------
describe('B. given name first: sent as written', () => {
  it.each<[string, string]>([
    // Korean-American
    ['Minjun Kim', 'Minjun|Kim'],
    ['Seoyeon Lee', 'Seoyeon|Lee'],
    ['Grace Lee', 'Grace|Lee'],
    ['David Kim', 'David|Kim'],
    ['Jenny Park', 'Jenny|Park'],
    ['Daniel Choi', 'Daniel|Choi'],
    ['Michelle Kang', 'Michelle|Kang'],
    ['Kevin Min', 'Kevin|Min'],
    ['Sarah Yoon', 'Sarah|Yoon'],
    ['Joseph Han', 'Joseph|Han'],
    ['Christina Shin', 'Christina|Shin'],
    ['Sung Kim', 'Sung|Kim'],
    ['Jihoon Park', 'Jihoon|Park'],
    // Kim and Lee as given names before English family names
    ['Kim Jones', 'Kim|Jones'],
    ['Kim Johnson', 'Kim|Johnson'],
    ['Kim Anderson', 'Kim|Anderson'],
    ['Kim Davis', 'Kim|Davis'],
    ['Lee Hayes', 'Lee|Hayes'],
    ['Lee Young', 'Lee|Young'],
    ['Lee Jordan', 'Lee|Jordan'],
    ['Lee Mason', 'Lee|Mason'],
    ['Lee Ann Smith', 'Lee|Smith/Lee Ann|Smith'],
    ['Mary Kim Jones', 'Mary|Jones'],
    // Do and Da as Portuguese particles
    ['Maria Do Carmo', 'Maria|Do Carmo'],
    ['Ana Da Silva', 'Ana|Da Silva'],
    // Cyrillic, Greek, Hebrew given name first
    ['Алексей Смирнов', 'Алексей|Смирнов'],
    ['Мария Кузнецова', 'Мария|Кузнецова'],
    ['Лев Толстой', 'Лев|Толстой'],
    ['Κώστας Νικολαΐδης', 'Κώστας|Νικολαΐδης'],
    ['Γιάννης Παπαδάκης', 'Γιάννης|Παπαδάκης'],
    ['שרה כהן', 'שרה|כהן'],
    // romanised, and given names of a family name's shape
    ['Sergei Ivanov', 'Sergei|Ivanov'],
    ['Olga Smirnova', 'Olga|Smirnova'],
    ['Taras Shevchenko', 'Taras|Shevchenko'],
    ['Georgios Papadopoulos', 'Georgios|Papadopoulos'],
    ['Yakov Smirnov', 'Yakov|Smirnov'],
    ['Geneva Jones', 'Geneva|Jones'],
    ['Nova Smith', 'Nova|Smith'],
    ['Eva Petrova', 'Eva|Petrova'],
    ['Lev Ivanov', 'Lev|Ivanov'],
    ['Anna Ivanova', 'Anna|Ivanova'],
    ['Nursultan Abishuly Nazarbayev', 'Nursultan|Nazarbayev'],
    // Spanish given names first, and Spanish surnames that are given names too
    ['Jose Luis Hernandez', 'Jose Luis|Hernandez'],
    ['Juan Carlos Rivera', 'Juan Carlos|Rivera'],
    ['Maria Jose Ortega', 'Maria Jose|Ortega'],
    ['Ana Rivera', 'Ana|Rivera'],
    ['Carlos Mendoza', 'Carlos|Mendoza'],
    ['Lara Garcia', 'Lara|Garcia'],
    ['Miranda Garcia Smith', 'Miranda|Smith'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, PLAIN)).toBe('');
  });
  // Two Spanish surnames last stay the question they were (spanish-surnames.ts): never a wrong send.
  it.each<[string, string]>([
    ['Maria Garcia Lopez', '~Maria|Lopez/Maria|Garcia Lopez'],
    ['Lucia Perez Garcia', '~Lucia|Garcia/Lucia|Perez Garcia'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, q(PLAIN))).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// C. Ordinary US, UK and Australian lists: nothing held
// ---------------------------------------------------------------------------------------------
describe('C. ordinary names: sent, nothing asked', () => {
  const us = [
    'John Smith',
    'Mary Johnson',
    'Robert Brown',
    'Jennifer Davis',
    'Michael Miller',
    'Linda Wilson',
    'William Moore',
    'Elizabeth Taylor',
    'David Anderson',
    'Susan Thomas',
    'James Jackson',
    'Sarah White',
    'Christopher Harris',
    'Karen Martin',
    'Daniel Thompson',
    'Nancy Garcia',
    'Matthew Martinez',
    'Lisa Robinson',
    'Anthony Clark',
    'Betty Rodriguez',
    'Sandra Lee',
    'Kimberly Young',
    'Paul Hernandez',
    'Donna Lopez',
    'Amanda Gonzalez',
    'Deborah Perez',
  ];
  it.each(us)('%j at Los Angeles', async (name) => {
    const [first, last] = name.split(' ');
    expect(await one(name, `${first}|${last}`, PLAIN)).toBe('');
  });
  it.each(['Oliver Hughes', 'Amelia Evans', 'Harry Davies', 'Isla Roberts', 'Jack Walsh'])(
    '%j at London',
    async (name) => {
      const [first, last] = name.split(' ');
      expect(await one(name, `${first}|${last}`, PLAIN, LONDON)).toBe('');
    },
  );
  it.each(['Charlotte Nguyen', "Liam O'Brien", 'Mia Kelly', 'Noah Ryan', 'Ava Murphy', 'Grace Kim'])(
    '%j at Sydney',
    async (name) => {
      const [first, last] = name.split(' ');
      expect(await one(name, `${first}|${last}`, PLAIN, SYDNEY)).toBe('');
    },
  );
});

// ---------------------------------------------------------------------------------------------
// D. Balinese birth-order names
// ---------------------------------------------------------------------------------------------
describe('D. Balinese names: the prefix and birth-order name are the given name', () => {
  for (const zone of [MAKASSAR, 'America/Los_Angeles'])
    it.each<[string, string]>([
      ['I Wayan Sudirta', 'I Wayan|Sudirta/Wayan|Sudirta'],
      ['Ni Made Ayu', 'Ni Made|Ayu/Made|Ayu'],
      ['Ni Ketut Sari', 'Ni Ketut|Sari/Ketut|Sari'],
      ['I Nyoman Suparta', 'I Nyoman|Suparta/Nyoman|Suparta'],
      ['I GEDE ARIANA', 'I Gede|Ariana/Gede|Ariana'],
    ])(`%j at ${zone}: %s`, async (name, want) => {
      expect(await one(name, want, PLAIN, zone)).toBe('');
    });
});

// ---------------------------------------------------------------------------------------------
// E. Malay and Malaysian Indian names: marks, titles, commas, Kuala Lumpur
// ---------------------------------------------------------------------------------------------
describe('E. patronymic marks', () => {
  // A mark with nothing after it: the name is cut short.
  it.each(['Siti binti', 'Nur Aisyah binti', 'Muthu a/l', 'Ahmad bin', 'Siti BINTI', 'Priya d/o'])(
    '%j: a row error',
    async (name) => {
      expect(await one(name, 'H', PLAIN)).toBe('');
    },
  );
  // `Bin` last after a Chinese family name is a given syllable: the family-first question.
  it.each(['Wang Bin', 'Liu Bin'])('%j: asked, never Wang|Bin by guess', async (name) => {
    expect(await one(name, 'H', q(PLAIN))).toBe('');
  });
  it.each<[string, string]>([
    ['Haji Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ['Hajah Siti binti Ahmad', 'Siti|binti Ahmad'],
    ['Hajjah Noraini binti Yusof', 'Noraini|binti Yusof'],
    ['HAJI AHMAD BIN ISMAIL', 'Ahmad|bin Ismail'],
    // Somali: Haji is the given name
    ['Haji Mohamed Abdi', 'Haji|Abdi'],
    ['Haji Abdi', 'Haji|Abdi'],
    // the mark and the father's name before a comma
    ['binti Yusof, Siti Aminah', 'Siti Aminah|binti Yusof/Siti|binti Yusof'],
    ['bin Ahmad, Mohd Faiz', 'Mohd Faiz|bin Ahmad/Mohd|bin Ahmad'],
    ['a/l Rajan, Muthu', 'Muthu|a/l Rajan'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, PLAIN)).toBe('');
  });
  // Two people around a comma stay refused.
  it('"Ann Jones, Bob Smith": a row error', async () => {
    expect(await one('Ann Jones, Bob Smith', 'H', PLAIN)).toBe('');
  });
  const malay: Others = ['Siti binti Abdullah', 'Siti|binti Abdullah', 'Muthu A/L Rajan', 'Muthu|A/L Rajan'];
  it.each<[string, string]>([
    ['Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ['Muhammad bin Ali', 'Muhammad|bin Ali'],
    ['Nur Aisyah binti Kamaruddin', 'Nur Aisyah|binti Kamaruddin'],
    ['Rajeswari a/p Muniandy', 'Rajeswari|a/p Muniandy'],
  ])('%j among Malay names at Kuala Lumpur: %s', async (name, want) => {
    expect(await one(name, want, malay, KL)).toBe('');
  });
  // At Kuala Lumpur `Lee Bin Hong` is Lee of the family, Bin Hong the given name, or the other way:
  // asked, as every name written without a mark there.
  it.each(['Lee Bin Hong', 'LEE BIN HONG', 'Tan Mei Ling'])('%j at Kuala Lumpur: held', async (name) => {
    expect(await one(name, 'H', q(malay), KL)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// F. Titles that are family names too, in capitals first
// ---------------------------------------------------------------------------------------------
describe('F. DATO Marco', () => {
  it.each<[string, string, string]>([
    ['DATO Marco', 'Marco|Dato', ROME],
    ['PASTOR Lucia', 'Lucia|Pastor', ROME],
    ['CANON Grace', 'Grace|Canon', LONDON],
  ])('%j among capitals-first names: %s at %s', async (name, want, zone) => {
    expect(await one(name, want, CAPS_FIRST, zone)).toBe('');
  });
  // A title that is no family name, with one word after it: the first name is missing.
  it('"MRS Rossi" among capitals-first names at Rome: a row error', async () => {
    expect(await one('MRS Rossi', 'H', CAPS_FIRST, ROME)).toBe('');
  });
  // At a US practice the capitals say nothing: a send as Marco Dato or a question.
  it('"DATO Marco" at Los Angeles: never first name Dato', async () => {
    expect(await one('DATO Marco', '~Marco|Dato', q(PLAIN))).toBe('');
  });
  // Mixed case, a Malaysian title still.
  it('"Dato Ahmad bin Ismail": Ahmad|bin Ismail', async () => {
    expect(await one('Dato Ahmad bin Ismail', '~Ahmad|bin Ismail', q(PLAIN))).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// Left open (65c): found, not fixed safely in this round. Each `it.fails` fails today (the wrong
// send is still there) and will pass once it is fixed.
// ---------------------------------------------------------------------------------------------
describe('left open', () => {
  // Russian family names in -ой / -ий / -ин (Толстой, Горький, Пушкин) are no ending family-name-
  // shapes.ts reads: -ий and -ин end given names too (Дмитрий, Ильин beside Илья), and -ой is too
  // rare to be worth its own list here. Goes as first name Толстой.
  it.fails("'Толстой Лев' at a US practice: sent as first name Толстой", async () => {
    expect(await one('Толстой Лев', 'H', q(PLAIN))).toBe('');
  });
  // Cohen is a US boy's given name now, as Levi and Peretz are given names: only the Hebrew-script
  // כהן is read as a family name. Goes as first name Cohen.
  it.fails("'Cohen Miriam' at a US practice: sent as first name Cohen", async () => {
    expect(await one('Cohen Miriam', 'H', q(PLAIN))).toBe('');
  });
  // One Spanish surname before one given name: `Garcia Maria` is as plain as `Grace Hollis` by its
  // words, and Garcia is no given name; a rule would need the given-name list Spanish surnames lack.
  it.fails("'Gonzalez Maria' at a US practice: sent as first name Gonzalez", async () => {
    expect(await one('Gonzalez Maria', 'H', q(PLAIN))).toBe('');
  });
});
