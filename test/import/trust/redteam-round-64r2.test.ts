// Red team, round 64r2: this stop's loosenings in patient names (64a, 64d), attacked for a WRONG
// SEND: `bin` / `binti` / `a/l` names in other orders and spellings, and `Bin` as a Chinese given
// syllable (patronymic-marks.ts: every word before the mark is now sent as the given name, with no
// question); titles that are also names (`Dato`, `Shri`, `Hj`) and the Malay titles beside them;
// credentials that are also family names after a last name in its own column (`Smith, DO`, `Do`,
// `Md.`); `geb.` / `formerly` / `fka` in notes, brackets and the Last column; `y` / `e` / `i` between
// surnames and as initials; Cyrillic, Greek and Hebrew at a US practice, Russian names with a comma
// in Moscow, a patronymic in a column of its own.
// Each probe is name-probes.ts's (Obi's row under test among ten plain rows). Every want below was
// worked out by hand before the first run: 'First|Last' a sure send, '~' a send or a hold, 'H' held.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { CAPS_FIRST, COMMA, LA, nameProbes, PLAIN, q, type Others } from './name-probes.ts';

const files = exportFiles('redteam-round-64r2');
const { one, columns, named } = nameProbes(files);
const KL = 'Asia/Kuala_Lumpur';
const SG = 'Asia/Singapore';
const MOSCOW = 'Europe/Moscow';

// ---------------------------------------------------------------------------------------------
// A. Patronymic marks in one column: orders, spellings, two marks, `Bin` as a Chinese syllable
// ---------------------------------------------------------------------------------------------
describe('A. bin, binti, a/l, s/o in one column', () => {
  it.each<[string, string]>([
    ['Ahmad bin Ismail bin Hassan', '~Ahmad|bin Ismail bin Hassan'],
    ['Muhammad Hafiz bin Abdullah', 'Muhammad Hafiz|bin Abdullah'],
    ['MUHAMMAD HAFIZ BIN ABDULLAH', 'Muhammad Hafiz|bin Abdullah'],
    ['Muhammad Ali bin Abu Bakar', 'Muhammad Ali|bin Abu Bakar'],
    ['Nur Aisyah binti Kamaruddin', 'Nur Aisyah|binti Kamaruddin'],
    ['Nurul Huda binti Mohd Yusof', 'Nurul Huda|binti Mohd Yusof'],
    ['Siti Binte Rahmat', 'Siti|binte Rahmat'],
    ['Siti bte Rahmat', 'Siti|bte Rahmat'],
    ['Siti BINTI Rahmat', 'Siti|binti Rahmat'],
    ['Ahmad Bin Ismail', 'Ahmad|bin Ismail'],
    ['Abdullah ibn Saud', 'Abdullah|ibn Saud'],
    ['Fatima bint Khalid', 'Fatima|bint Khalid'],
    ['Rajeswari a/p Muniandy', 'Rajeswari|a/p Muniandy'],
    ['Muthu A/L Rajan', 'Muthu|A/L Rajan'],
    ['Muthu a/l Rajan', 'Muthu|a/l Rajan'],
    ['Muthu s/o Rajan', 'Muthu|s/o Rajan'],
    ['Priya d/o Rajan', 'Priya|d/o Rajan'],
    ['Muthu AL Rajan', '~Muthu|A/L Rajan/Muthu|Al Rajan'],
    // `w/o` (wife of) and `c/o` (care of) name someone else: the husband's or carer's name is not
    // hers to send as her family name
    ['Priya w/o Kumar', '~Priya|w/o Kumar'],
    ['Priya c/o Ramesh Kumar', 'H'],
    // the mark first: the name written in another order
    ['bin Ismail Ahmad', 'H'],
    // a comma: the part before it is the family name, whatever it holds
    ['ABDULLAH BIN AHMAD, MUHAMMAD', '~Muhammad|Abdullah bin Ahmad'],
    // titles in front of a Malay name
    ['Hj Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ['Hj. Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ['Hjh Siti binti Ahmad', 'Siti|binti Ahmad'],
    ['Datuk Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ['Dr. Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ["Dato' Ahmad bin Ismail", '~Ahmad|bin Ismail'],
    ['Dato’ Ahmad bin Ismail', '~Ahmad|bin Ismail'],
    ['Dato Sri Ahmad bin Ismail', '~Ahmad|bin Ismail'],
    ['Datin Siti binti Ahmad', '~Siti|binti Ahmad'],
    ['Puan Siti binti Ahmad', '~Siti|binti Ahmad'],
    ['Encik Ahmad bin Ismail', '~Ahmad|bin Ismail'],
    ['Tan Sri Ahmad bin Ismail', '~Ahmad|bin Ismail'],
  ])('%j at a US practice: %s', async (obi, want) => {
    expect(await one(obi, want, PLAIN)).toBe('');
  });

  // `Bin` is a Chinese given syllable (Lee Bin Hong, Liu Bin): family name first, never a mark.
  it.each<[string, Others, string, string]>([
    ['Lee Bin Hong', q(PLAIN), LA, 'H'],
    ['LEE BIN HONG', q(PLAIN), LA, 'H'],
    ['Tan Bin Hui', q(PLAIN), LA, 'H'],
    ['Lim Bin Hock', q(PLAIN), LA, 'H'],
    ['Wang Bin Hua', q(PLAIN), LA, 'H'],
    ['Liu Bin', q(PLAIN), LA, 'H'],
    ['Bin Li', PLAIN, LA, 'Bin|Li'],
    ['Bin Hong Lee', q(PLAIN), LA, '~Bin Hong|Lee/Bin|Lee'],
    ['Lee Bin Hong', q(PLAIN), SG, 'H'],
    ['LEE BIN HONG', q(PLAIN), KL, 'H'],
    ['Ahmad bin Ismail', q(PLAIN), SG, '~Ahmad|bin Ismail'],
    ['Muhammad Hafiz bin Abdullah', q(PLAIN), KL, '~Muhammad Hafiz|bin Abdullah'],
    ['Muthu A/L Rajan', q(PLAIN), KL, '~Muthu|A/L Rajan'],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Patronymic marks in Last / First columns
// ---------------------------------------------------------------------------------------------
describe('B. bin and a/l in Last / First columns', () => {
  it.each<[string, string, string]>([
    ['bin Abdullah', 'Muhammad', 'Muhammad|bin Abdullah'],
    ['binti Kamaruddin', 'Nur Aisyah', 'Nur Aisyah|binti Kamaruddin'],
    ['A/L Rajan', 'Muthu', 'Muthu|A/L Rajan'],
    ['Bin Abdullah', 'Muhammad', 'Muhammad|bin Abdullah'],
    ['Abdullah', 'Muhammad', 'Muhammad|Abdullah'],
    // the father's name in the First column: the columns are crossed, never sent so
    ['Muhammad', 'bin Abdullah', 'H'],
    ['Nur Aisyah', 'binti Kamaruddin', 'H'],
    // the whole name in one of them
    ['Muhammad Hafiz bin Abdullah', '', '~Muhammad Hafiz|bin Abdullah'],
  ])('%j / %j: %s', async (last, first, want) => {
    expect(await columns(last, first, want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// C. Titles that are names too; credentials that are family names
// ---------------------------------------------------------------------------------------------
describe('C. Dato, Shri, Hj; Do, Ma, Md', () => {
  it.each<[string, Others, string, string]>([
    // Dato is an Italian family name
    ['Marco Dato', PLAIN, LA, 'Marco|Dato'],
    ['Dato, Marco', COMMA, LA, 'Marco|Dato'],
    ['DATO, MARCO', COMMA, LA, 'Marco|Dato'],
    ['Marco DATO', CAPS_FIRST, 'Europe/Rome', 'Marco|Dato'],
    ['Dato Marco', q(PLAIN), 'Europe/Rome', '~Marco|Dato'],
    ['Anna Datuk', PLAIN, LA, 'Anna|Datuk'],
    // India's titles, and Shri as a given name
    ['Shri Kumar', q(PLAIN), LA, '~Shri|Kumar'],
    ['Smt Sharma', q(PLAIN), LA, 'H'],
    ['Shrimati Sunita Sharma', PLAIN, LA, 'Sunita|Sharma'],
    ['Sushri Priya Nair', PLAIN, LA, 'Priya|Nair'],
    ['Sharma, Smt. Sunita', COMMA, LA, 'Sunita|Sharma'],
    ['Kumar, Shri Ramesh', COMMA, LA, 'Ramesh|Kumar'],
    ['Ismail, Hj Ahmad', COMMA, LA, 'Ahmad|Ismail'],
    ['Hj Ismail', q(PLAIN), LA, 'H'],
    ['Sri Mulyani Indrawati', q(PLAIN), 'Asia/Jakarta', '~Sri Mulyani|Indrawati/Sri|Indrawati'],
    ['Sri Mulyani', PLAIN, LA, 'Sri|Mulyani'],
    // Do, Ma, Ly are family names; DO, MD, PA are credentials
    ['Minh Do', PLAIN, LA, 'Minh|Do'],
    ['Do, Minh', COMMA, LA, 'Minh|Do'],
    ['DO, MINH', COMMA, LA, 'Minh|Do'],
    ['Lin Ma', PLAIN, LA, 'Lin|Ma'],
    ['Ma, Lin', COMMA, LA, 'Lin|Ma'],
    ['Adaeze Obi, DO', PLAIN, LA, '~Adaeze|Obi'],
    ['Minh Do MD', PLAIN, LA, '~Minh|Do'],
    ['Do, Minh MD', COMMA, LA, '~Minh|Do'],
    // Md written for Mohammed (Bangladesh)
    ['Md. Abdur Rahman', PLAIN, LA, '~Md. Abdur|Rahman/Md Abdur|Rahman/Md.|Rahman/Md|Rahman/Abdur|Rahman'],
    ['Md Abdur Rahman', PLAIN, LA, '~Md Abdur|Rahman/Md|Rahman'],
    ['Rahman, Md Abdur', COMMA, LA, '~Md Abdur|Rahman/Md|Rahman'],
    ['Rahman, Md. Abdur', COMMA, LA, '~Md. Abdur|Rahman/Md Abdur|Rahman/Md.|Rahman/Md|Rahman/Abdur|Rahman'],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });

  it.each<[string, string, string, string?]>([
    ['Dato', 'Marco', 'Marco|Dato'],
    ['Dato', 'Marco', 'Marco|Dato', 'Europe/Rome'],
    ['Rossi', 'Dato', '~Dato|Rossi'],
    ['Kumar', 'Shri', '~Shri|Kumar'],
    ['Sharma', 'Smt Sunita', 'Sunita|Sharma'],
    ['Sharma', 'Smt. Sunita', 'Sunita|Sharma'],
    ['Ismail', 'Hj Ahmad', 'Ahmad|Ismail'],
    ['Ismail', 'Hj', 'H'],
    ['Ismail', 'Datuk', 'H'],
    // credentials after the family name, and family names that spell one
    ['Do', 'Minh', 'Minh|Do'],
    ['DO', 'MINH', 'Minh|Do'],
    ['Ma', 'Lin', 'Lin|Ma'],
    ['Pa', 'Lee', 'Lee|Pa'],
    ['Smith-Do', 'John', 'John|Smith-Do'],
    ['Tran Do', 'Minh', '~Minh|Tran Do'],
    ['Smith, DO', 'John', '~John|Smith'],
    ['Smith DO', 'John', '~John|Smith'],
    ['Smith PA', 'Jo', '~Jo|Smith'],
    ['Do, MD', 'Minh', '~Minh|Do'],
    ['Do MD', 'Minh', '~Minh|Do'],
    ['Nguyen, DO', 'An', '~An|Nguyen'],
    ['Smith', 'John MD', '~John|Smith'],
    ['Smith', 'John, MD', '~John|Smith'],
    ['Rahman', 'Md. Abdur', '~Md. Abdur|Rahman/Md Abdur|Rahman/Md.|Rahman/Md|Rahman/Abdur|Rahman'],
    ['Rahman', 'Md Abdur', 'Md Abdur|Rahman/Md|Rahman'],
  ])('%j / %j: %s', async (last, first, want, zone = LA) => {
    expect(await columns(last, first, want, zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// D. geb., formerly, fka: a maiden name left out, a family name Geb kept
// ---------------------------------------------------------------------------------------------
describe('D. geb., formerly, fka', () => {
  it.each<[string, Others, string, string]>([
    ['Mary Jones - formerly seen at Kaiser', PLAIN, LA, '~Mary|Jones'],
    ['Jones, Mary (formerly Smith)', COMMA, LA, '~Mary|Jones'],
    ['Mary Smith (fka Jones)', PLAIN, LA, '~Mary|Smith'],
    ['Mary (fka Jones) Smith', PLAIN, LA, '~Mary|Smith'],
    ['Mary Smith fka Mary Jones', PLAIN, LA, '~Mary|Smith'],
    ['Mary Smith f/k/a Mary Jones', PLAIN, LA, '~Mary|Smith'],
    ['Mary Smith F.K.A. Jones', PLAIN, LA, '~Mary|Smith'],
    ['Mary Smith FKA Jones', PLAIN, LA, '~Mary|Smith'],
    ['Smith, Mary fka Jones', COMMA, LA, '~Mary|Smith'],
    ['Mary Smith (formerly Mary Jones)', PLAIN, LA, '~Mary|Smith'],
    ['Mary Jones formerly', PLAIN, LA, '~Mary|Jones'],
    ['Anna Geb', PLAIN, LA, 'Anna|Geb'],
    ['Geb, Anna', COMMA, LA, 'Anna|Geb'],
    ['Mary Born', PLAIN, LA, 'Mary|Born'],
    ['Anna Müller geb. Schmidt', PLAIN, 'Europe/Berlin', '~Anna|Müller'],
    ['Anna Müller geborene Schmidt', PLAIN, 'Europe/Berlin', '~Anna|Müller'],
    ['Anna Müller geb Schmidt', PLAIN, 'Europe/Berlin', '~Anna|Müller'],
    ['Müller, Anna geb. Schmidt', COMMA, 'Europe/Berlin', '~Anna|Müller'],
    ['Müller geb. Schmidt, Anna', COMMA, 'Europe/Berlin', '~Anna|Müller'],
    ['Anna Müller, geb. Schmidt', PLAIN, 'Europe/Berlin', '~Anna|Müller'],
    ['Mary Jones geb Smith', PLAIN, LA, '~Mary|Jones'],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });

  // the maiden name in the Last column, or after the given name
  it.each<[string, string, string]>([
    ['Müller geb. Schmidt', 'Anna', '~Anna|Müller'],
    ['Jones (née Smith)', 'Mary', '~Mary|Jones'],
    ['Jones nee Smith', 'Mary', '~Mary|Jones'],
    ['Jones fka Smith', 'Mary', '~Mary|Jones'],
    ['Jones formerly Smith', 'Mary', '~Mary|Jones'],
    ['Smith', 'Mary formerly Jones', '~Mary|Smith'],
    ['Smith', 'Mary fka Jones', '~Mary|Smith'],
    ['Geb', 'Anna', 'Anna|Geb'],
    ['Born', 'Max', 'Max|Born'],
  ])('%j / %j: %s', async (last, first, want) => {
    expect(await columns(last, first, want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// E. y / e / i between surnames, and as initials
// ---------------------------------------------------------------------------------------------
describe('E. y, e, i', () => {
  const CAPS: Others = ['GRACE HOLLIS', 'Grace|Hollis', 'SVEN LINDQVIST', 'Sven|Lindqvist'];
  it.each<[string, Others, string, string]>([
    ['Maria y Jose', q(PLAIN), LA, 'H'],
    ['Juan Pérez-y-Gómez', PLAIN, LA, 'Juan|Pérez-y-Gómez'],
    ['Pérez-y-Gómez, Juan', COMMA, LA, 'Juan|Pérez-y-Gómez'],
    ['Pérez y Gómez, Juan Pablo', COMMA, LA, 'Juan Pablo|Pérez y Gómez/Juan|Pérez y Gómez'],
    ['Maria Garcia y Lopez', q(PLAIN), LA, '~Maria|Garcia y Lopez'],
    ['Josep Puig i Cadafalch', q(PLAIN), 'Europe/Madrid', '~Josep|Puig i Cadafalch'],
    ['Puig i Cadafalch, Josep', COMMA, 'Europe/Madrid', 'Josep|Puig i Cadafalch'],
    ['Ana Silva e Santos', q(PLAIN), 'America/Sao_Paulo', '~Ana|Silva e Santos'],
    ['John E. Smith', PLAIN, LA, 'John|Smith'],
    ['John E Smith', PLAIN, LA, 'John|Smith'],
    ['Mary I Smith', PLAIN, LA, 'Mary|Smith'],
    ['Mary I. Smith', PLAIN, LA, 'Mary|Smith'],
    ['Juan Y Gomez', PLAIN, LA, 'Juan|Gomez'],
    ['Smith, John E', COMMA, LA, 'John|Smith'],
    ['John e Smith', q(PLAIN), LA, '~John|Smith'],
    ['MARY E SMITH', CAPS, LA, 'Mary|Smith'],
    ['JUAN PEREZ Y GOMEZ', q(CAPS), LA, '~Juan|Perez y Gomez'],
    ['Ng, E', COMMA, LA, '~E|Ng'],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// F. Other scripts at a US practice; Russian, Greek and Hebrew names where they are written
// ---------------------------------------------------------------------------------------------
describe('F. Cyrillic, Greek, Hebrew; patronymics', () => {
  it.each<[string, Others, string, string]>([
    // a comma says the order, in the regions that write the family name first too
    ['Ivanov, Ivan', COMMA, MOSCOW, 'Ivan|Ivanov'],
    ['Иванов, Иван', COMMA, MOSCOW, 'Иван|Иванов'],
    ['Ivanov, Ivan Ivanovich', COMMA, MOSCOW, 'Ivan|Ivanov/Ivan Ivanovich|Ivanov'],
    ['Иванова, Анна Сергеевна', COMMA, MOSCOW, 'Анна|Иванова/Анна Сергеевна|Иванова'],
    ['IVANOV Ivan', CAPS_FIRST, MOSCOW, 'Ivan|Ivanov'],
    ['Ivanov Ivan', q(PLAIN), MOSCOW, 'H'],
    ['Ivan Ivanov', q(PLAIN), MOSCOW, '~Ivan|Ivanov'],
    ['Ivanov Ivan Ivanovich', q(COMMA), MOSCOW, 'H'],
    ['Иван Иванович Иванов', q(PLAIN), MOSCOW, '~Иван|Иванов/Иван Иванович|Иванов'],
    ['Шевченко Тарас Григорович', q(PLAIN), 'Europe/Kyiv', 'H'],
    ['Παπαδόπουλος, Γιώργος', COMMA, 'Europe/Athens', 'Γιώργος|Παπαδόπουλος'],
    ['Cohen, David', COMMA, 'Asia/Jerusalem', 'David|Cohen'],
    ['David Cohen', q(PLAIN), 'Asia/Jerusalem', '~David|Cohen'],
    ['כהן, דוד', COMMA, 'Asia/Jerusalem', 'דוד|כהן'],
    // at a US practice, no region rule
    ['Иван Петров', q(PLAIN), LA, '~Иван|Петров'],
    ['Шевченко Тарас Григорович', q(PLAIN), LA, 'H'],
    ['Sergei Petrov', PLAIN, LA, 'Sergei|Petrov'],
    ['Anna Ivanova', PLAIN, LA, 'Anna|Ivanova'],
    ['John Paul Petrovich', q(PLAIN), LA, '~John|Petrovich/John Paul|Petrovich'],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });

  // a patronymic in a column of its own is a middle name: never the family name
  it.each<[[string, string, string], [string, string, string], [string, string, string], string, string]>([
    [
      ['Last Name', 'First Name', 'Middle Name'],
      ['Hollis', 'Grace', 'Ann'],
      ['Ivanov', 'Ivan', 'Ivanovich'],
      'Ivan|Ivanov',
      LA,
    ],
    [
      ['Last Name', 'First Name', 'Middle Name'],
      ['Hollis', 'Grace', 'Ann'],
      ['Иванов', 'Иван', 'Иванович'],
      'Иван|Иванов',
      LA,
    ],
    [
      ['Last Name', 'First Name', 'Patronymic'],
      ['Hollis', 'Grace', ''],
      ['Ivanov', 'Ivan', 'Ivanovich'],
      'Ivan|Ivanov',
      MOSCOW,
    ],
    [
      ['Фамилия', 'Имя', 'Отчество'],
      ['Петрова', 'Анна', 'Сергеевна'],
      ['Иванов', 'Иван', 'Иванович'],
      'Иван|Иванов',
      MOSCOW,
    ],
  ])('%j: %j, Obi %j: %s', async (headers, others, obi, want, zone) => {
    // the third row another patient of the same list
    const latin = others[0] === 'Hollis';
    const third = latin ? ['Lindqvist', 'Sven', others[2] ? 'Erik' : ''] : ['Смирнов', 'Олег', 'Петрович'];
    const wants: [string, string, string] = latin
      ? ['Grace|Hollis', want, 'Sven|Lindqvist']
      : ['Анна|Петрова', want, 'Олег|Смирнов'];
    const cols = headers.map((h, i): [string, [string, string, string]] => [
      h,
      [others[i]!, obi[i]!, third[i]!],
    ]);
    expect(await named(cols, wants, zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// Left open (64r2): found, not fixed safely in this round. Each `it.fails` fails today (the wrong
// send or false hold is still there) and will pass once it is fixed.
// ---------------------------------------------------------------------------------------------
describe('left open', () => {
  // Family name first in Cyrillic, Greek or Hebrew at a practice whose region has no such rule goes
  // as first name Петров. Cyrillic and Greek surnames have endings given names lack (-ов, -ова,
  // -όπουλος, -ίδης), but -ина, -ин, -ος end given names too (Ирина, Γιώργος), and romanised -ov /
  // -ova lists (Petrov Ivan) need the same care; Hebrew has no sign at all. A rule needs its own
  // word lists and false-hold count, more than this round had.
  for (const name of [
    'Петров Иван',
    'Петрова Анна',
    'ПЕТРОВ ИВАН',
    'Παπαδόπουλος Γιώργος',
    'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ',
    'כהן דוד',
    'Petrov Ivan',
    'Ivanova Anna',
  ])
    it(`${JSON.stringify(name)} at a US practice: sent family name as the first name`, async () => {
      expect(await one(name, 'H', q(PLAIN))).toBe('');
    });
  // Kazakh patronymics are written -uly / -kyzy (Abishuly), not -ovich: patronymic-names.ts does
  // not know them, so the name goes as first name Nazarbayev, last name Abishuly.
  it("'Nazarbayev Nursultan Abishuly' at a US practice: sent as first name Nazarbayev", async () => {
    expect(await one('Nazarbayev Nursultan Abishuly', 'H', q(PLAIN))).toBe('');
  });
  // Balinese names start with a birth-order prefix (`I` for a man, `Ni` for a woman) before the
  // birth-order name (Wayan, Made, Nyoman, Ketut): `I Wayan Sudirta` goes as first name I. A rule
  // needs the Balinese prefixes and names, and `I` is an initial elsewhere.
  for (const zone of ['Asia/Makassar', LA])
    it(`'I Wayan Sudirta' at ${zone}: sent as first name I`, async () => {
      expect(await one('I Wayan Sudirta', '~I Wayan|Sudirta/Wayan|Sudirta', q(PLAIN), zone)).toBe('');
    });
  // A mark with no father's name after it: the name is cut, and `binti` goes as the family name.
  // patronymicMarkAt wants a word after the mark; a mark last should be a row error.
  it("'Siti binti' at a US practice: sent as Siti Binti", async () => {
    expect(await one('Siti binti', 'H', PLAIN)).toBe('');
  });
  // False row error: `bin Abdullah, Muhammad Hafiz` is read as a couple's or household's name.
  it("'bin Abdullah, Muhammad Hafiz': refused as a household's name", async () => {
    expect(
      await one('bin Abdullah, Muhammad Hafiz', 'Muhammad Hafiz|bin Abdullah/Muhammad|bin Abdullah', PLAIN),
    ).toBe('');
  });
  // False row error: `DATO Marco` in Rome (Dato an Italian family name in capitals, first) loses
  // Dato as a title and is left with one name. A title before a family name marked by capitals is
  // the name; taking it off everywhere else is what stops `Dato Ahmad` going as first name Dato.
  it("'DATO Marco' among family names in capitals at Rome: refused (first name missing)", async () => {
    expect(await one('DATO Marco', 'Marco|Dato', CAPS_FIRST, 'Europe/Rome')).toBe('');
  });
});
