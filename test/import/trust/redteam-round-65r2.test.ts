// Red team, round 65r2: the name rules of 65c (family-name-shapes.ts, the Korean joined given
// name, Balinese I/Ni, Haji before a bin/binti name, a mark with nothing after it, DATO Marco, Malay
// names at Kuala Lumpur, Romanian statuses) attacked from both sides: ordinary given-name-first
// lists at US, UK, Australian and Canadian practices that must still go unasked (the cost of the
// rules), and family-name-first names the rules still miss (wrong sends).
// Each probe is name-probes.ts's (Obi's row under test among ten plain rows) or three-row-probes.ts's
// (a status). Every want below was worked out by hand before the first run: 'First|Last' a sure
// send, '~' a send or a hold, 'H' held (the file held, or the row a row error).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { CAPS_FIRST, COMMA, nameProbes, PLAIN, q, type Others } from './name-probes.ts';
import { probeRunner, status, statusJudge, withPatients } from './three-row-probes.ts';

const files = exportFiles('redteam-round-65r2');
const { one, columns } = nameProbes(files);
const run = probeRunner(files);
const LA = 'America/Los_Angeles';
const NEW_YORK = 'America/New_York';
const TORONTO = 'America/Toronto';
const LONDON = 'Europe/London';
const SYDNEY = 'Australia/Sydney';
const ROME = 'Europe/Rome';
const KL = 'Asia/Kuala_Lumpur';
const ZONES = [LA, TORONTO, LONDON, SYDNEY];

// ---------------------------------------------------------------------------------------------
// A. False holds: given name first at US, UK, Australian and Canadian practices
// ---------------------------------------------------------------------------------------------
describe('A. given name first, family names of a rule-shape last: sent, nothing asked', () => {
  const names: Array<[string, string]> = [
    ['Ivana Petrova', 'Ivana|Petrova'],
    ['Olga Kovalenko', 'Olga|Kovalenko'],
    ['Nick Papadopoulos', 'Nick|Papadopoulos'],
    ['Eleni Nikolaidis', 'Eleni|Nikolaidis'],
    ['Kostas Papadakis', 'Kostas|Papadakis'],
    ['Natalia Sokolova', 'Natalia|Sokolova'],
    ['Dmitri Lebedev', 'Dmitri|Lebedev'],
    ['Grace Kim', 'Grace|Kim'],
    ['Minseo Choi', 'Minseo|Choi'],
    ['Hoseok Jung', 'Hoseok|Jung'],
    ['Jiwoo Park', 'Jiwoo|Park'],
    ['David Cohen', 'David|Cohen'],
    ['Sarah Levi', 'Sarah|Levi'],
    ['Miriam Katz', 'Miriam|Katz'],
    ['Wayan Smith', 'Wayan|Smith'],
    ['Made Jones', 'Made|Jones'],
    ['Putu Kelly', 'Putu|Kelly'],
    ['Ketut Brown', 'Ketut|Brown'],
    ['Ana Maria Lopez', 'Ana Maria|Lopez/Ana|Lopez'],
    ['Jose Garcia', 'Jose|Garcia'],
    ['Thomas James', 'Thomas|James'],
    ['ANNA IVANOVA', 'Anna|Ivanova'],
    ['NICK PAPADOPOULOS', 'Nick|Papadopoulos'],
    ['MINSEO CHOI', 'Minseo|Choi'],
  ];
  for (const zone of ZONES)
    it.each(names)(`%j at ${zone}: %s`, async (name, want) => {
      expect(await one(name, want, PLAIN, zone)).toBe('');
    });
});

// Indian and Sikh given names end in -dev / -deva (Sanskrit deva) and -jeev (jiva), Hebrew ones in
// -kov / -cov (Yaakov) and -sheva (Batsheva): the romanised Slavic family-name endings -ev / -ov /
// -eva. First in a name they had the list asked whether it was written family name first.
describe('A2. given names of a Slavic family-name shape: sent, nothing asked', () => {
  const names: Array<[string, string]> = [
    ['Rajeev Sharma', 'Rajeev|Sharma'],
    ['Sanjeev Kumar', 'Sanjeev|Kumar'],
    ['Sukhdev Singh', 'Sukhdev|Singh'],
    ['Baldev Sandhu', 'Baldev|Sandhu'],
    ['Gurdev Kaur', 'Gurdev|Kaur'],
    ['Vasudev Rao', 'Vasudev|Rao'],
    ['Jaidev Patel', 'Jaidev|Patel'],
    ['Mahadev Iyer', 'Mahadev|Iyer'],
    ['Yaakov Cohen', 'Yaakov|Cohen'],
    ['Yaacov Levi', 'Yaacov|Levi'],
    ['Batsheva Katz', 'Batsheva|Katz'],
    ['RAJEEV SHARMA', 'Rajeev|Sharma'],
    ['Vasudeva Rao', 'Vasudeva|Rao'],
    ['Hardev Gill', 'Hardev|Gill'],
  ];
  for (const zone of [NEW_YORK, TORONTO, LONDON, SYDNEY])
    it.each(names)(`%j at ${zone}: %s`, async (name, want) => {
      expect(await one(name, want, PLAIN, zone)).toBe('');
    });
  // Russian and Bulgarian family names of the same endings stay asked.
  it.each([
    'Lebedev Dmitri',
    'Medvedev Ivan',
    'Sergeev Pavel',
    'Matveev Oleg',
    'Lebedeva Anna',
    'Radev Rumen',
  ])('%j at Toronto: held', async (name) => {
    expect(await one(name, 'H', q(PLAIN), TORONTO)).toBe('');
  });
});

describe('A3. Last, First: the comma says the order, never asked for it', () => {
  it.each<[string, string]>([
    ['Petrov, Ivan', 'Ivan|Petrov'],
    ['Ivanova, Anna', 'Anna|Ivanova'],
    ['Kim, Minjun', 'Minjun|Kim'],
    ['Lee, Seoyeon', 'Seoyeon|Lee'],
    ['Papadopoulos, Nikos', 'Nikos|Papadopoulos'],
    ['Garcia Lopez, Maria', 'Maria|Garcia Lopez'],
    ['Cohen, Miriam', 'Miriam|Cohen'],
    ['Kovalenko, Olga', 'Olga|Kovalenko'],
    ['Sharma, Rajeev', 'Rajeev|Sharma'],
    ['Shevchenko, Taras', 'Taras|Shevchenko'],
    ['IVANOVA, ANNA', 'Anna|Ivanova'],
    ['Sudirta, I Wayan', 'I Wayan|Sudirta/Wayan|Sudirta'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, COMMA)).toBe('');
  });
});

describe('A4. Kim and Lee both: never the other way round', () => {
  it.each<[string, string]>([
    ['Kim Lee', '~Kim|Lee'],
    ['Lee Kim', '~Lee|Kim'],
    ['Lee Ann', '~Lee|Ann'],
    ['Kim Park', '~Kim|Park'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, q(PLAIN))).toBe('');
  });
  it.each<[string, string]>([
    ['Lee Ann Smith', 'Lee|Smith/Lee Ann|Smith'],
    ['Kim Jones', 'Kim|Jones'],
    ['Lee Harper', 'Lee|Harper'],
    ['Kim Hanson', 'Kim|Hanson'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, PLAIN, TORONTO)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Wrong sends: family name first where the rules may miss it
// ---------------------------------------------------------------------------------------------
describe('B. family name first: asked', () => {
  it.each([
    'Kuznetsova Anna',
    'Smirnova Olga Petrovna',
    'Papadopoulos Nikos',
    'Choi Minseo',
    'Jung Hoseok',
    'Nguyen Van An',
    'Wang Wei',
    'Kovalenko Olga',
    'Sokolova Natalia',
    'Morozov Alexei',
    'Volkova Elena',
    'KUZNETSOVA ANNA',
    'Ivanov Ivan Ivanovich',
    'Georgiadis Maria',
  ])('%j at a US practice: held', async (name) => {
    expect(await one(name, 'H', q(PLAIN))).toBe('');
  });
});

// Found by this round (first run: every one went as first name = the family name), fixed in
// family-name-shapes.ts: endings of Polish, Czech, Russian, Georgian, Romanian, Cypriot Greek,
// Turkish and Armenian family names that no given name has.
describe('B1. family name first by other endings: asked', () => {
  it.each([
    'Kowalski Jan',
    'Wiśniewska Anna',
    'WISNIEWSKA ANNA',
    'Brodsky Joseph',
    'Nowicki Piotr',
    'Beridze Giorgi',
    'Gelashvili Levan',
    'Popescu Ion',
    'Georgiou Maria',
    'Nikolaou Eleni',
    'Kemaloglu Ayse',
    'Petrosyan Armen',
    'Hakobyan Ani',
    'Davtyan Aram',
  ])('%j at a US practice: held', async (name) => {
    expect(await one(name, 'H', q(PLAIN))).toBe('');
  });
  it.each<[string, string]>([
    ['Jan Kowalski', 'Jan|Kowalski'],
    ['Anna Wiśniewska', 'Anna|Wiśniewska'],
    ['Giorgi Beridze', 'Giorgi|Beridze'],
    ['Ion Popescu', 'Ion|Popescu'],
    ['Maria Georgiou', 'Maria|Georgiou'],
    ['Armen Petrosyan', 'Armen|Petrosyan'],
    ['Franziska Meyer', 'Franziska|Meyer'],
    ['Mamadou Diallo', 'Mamadou|Diallo'],
    ['Amadou Balde', 'Amadou|Balde'],
    ['Bryan Smith', 'Bryan|Smith'],
    ['Aryan Shah', 'Aryan|Shah'],
    ['Nicki Walsh', 'Nicki|Walsh'],
    ['Christian Weber', 'Christian|Weber'],
    ['Rebecka Nilsson', 'Rebecka|Nilsson'],
    // Chinese given names end in the syllable yan after a vowel, n or ng (pinyin's only endings)
    ['Xiaoyan Wang', 'Xiaoyan|Wang'],
    ['Chunyan Li', 'Chunyan|Li'],
    ['Hongyan Zhang', 'Hongyan|Zhang'],
    ['Jingyan Chen', 'Jingyan|Chen'],
  ])('%j at Toronto: %s', async (name, want) => {
    expect(await one(name, want, PLAIN, TORONTO)).toBe('');
  });
});

describe('B2. mixed files: never a row under the other order', () => {
  // Given-first on the first row's days, family-first on the third's, the row under test either way.
  const mixed: Others = ['Anna Ivanova', '~Anna|Ivanova', 'Petrov Ivan', '~Ivan|Petrov'];
  const mixed2: Others = ['Kuznetsova Anna', '~Anna|Kuznetsova', 'Olga Smirnova', '~Olga|Smirnova'];
  it.each<[string, string]>([
    ['Grace Obi', '~Grace|Obi'],
    ['Sokolova Natalia', '~Natalia|Sokolova'],
    ['Natalia Sokolova', '~Natalia|Sokolova'],
    ['Thomas James', '~Thomas|James'],
  ])('%j between Anna Ivanova and Petrov Ivan', async (name, want) => {
    expect(await one(name, want, mixed)).toBe('');
  });
  it.each<[string, string]>([
    ['Grace Obi', '~Grace|Obi'],
    ['Papadopoulos Nikos', '~Nikos|Papadopoulos'],
    ['Nikos Papadopoulos', '~Nikos|Papadopoulos'],
  ])('%j between Kuznetsova Anna and Olga Smirnova', async (name, want) => {
    expect(await one(name, want, mixed2, LONDON)).toBe('');
  });
  // Every row family name first by its shape: the whole file is asked.
  const allFamilyFirst: Others = ['Ivanova Anna', '~Anna|Ivanova', 'Petrov Ivan', '~Ivan|Petrov'];
  it.each<[string, string]>([
    ['Sokolova Natalia', '~Natalia|Sokolova'],
    ['Morozov Alexei', '~Alexei|Morozov'],
  ])('%j among family-first names', async (name, want) => {
    expect(await one(name, want, allFamilyFirst)).toBe('');
  });
});

describe('B3. surnames that are given names too, one among plain names: sent as written', () => {
  it.each<[string, string]>([
    ['Thomas James', 'Thomas|James'],
    ['James Thomas', 'James|Thomas'],
    ['Henry Ford', 'Henry|Ford'],
    ['Grant Lewis', 'Grant|Lewis'],
    ['Morgan Rhys', 'Morgan|Rhys'],
  ])('%j at London: %s', async (name, want) => {
    expect(await one(name, want, PLAIN, LONDON)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// C. The other changes: Haji, Balinese, marks, DATO, Romanian statuses
// ---------------------------------------------------------------------------------------------
describe('C1. Haji, Hajjah, Hj.', () => {
  it.each<[string, string]>([
    ['Hj. Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ['Hjh. Siti binti Ahmad', 'Siti|binti Ahmad'],
    ['Hajjah Siti Aminah binti Yusof', 'Siti Aminah|binti Yusof/Siti|binti Yusof'],
    ['Haji Ahmad bin Haji Ismail', 'Ahmad|bin Haji Ismail'],
    ['Ahmad bin Haji Ismail', 'Ahmad|bin Haji Ismail'],
    ['HAJI MOHAMED ABDI', 'Haji|Abdi'],
    ['Abdi, Haji Mohamed', 'Haji Mohamed|Abdi/Haji|Abdi'],
    ['Hajji Ali bin Osman', 'Ali|bin Osman'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, PLAIN)).toBe('');
  });
});

describe('C2. Balinese names and Ni', () => {
  it.each<[string, string, string]>([
    ['Sudirta', 'I Wayan', 'I Wayan|Sudirta/Wayan|Sudirta'],
    ['Brown', 'Ni Ketut', 'Ni Ketut|Brown/Ketut|Brown'],
    ['Smith', 'Made', 'Made|Smith'],
    ['Ni', 'Grace', 'Grace|Ni'],
  ])('Last %j First %j: %s', async (last, first, want) => {
    expect(await columns(last, first, want)).toBe('');
  });
  it.each<[string, string]>([
    ['I Made Smith', 'I Made|Smith/Made|Smith'],
    ['Ni Putu Ayu Lestari', 'Ni Putu|Lestari/Putu|Lestari'],
    ['I Ketut Brown', 'I Ketut|Brown/Ketut|Brown'],
  ])('%j: %s', async (name, want) => {
    expect(await one(name, want, PLAIN)).toBe('');
  });
  // `Ni` is a Chinese family name (倪): first in a name without the birth-order name it is no prefix.
  it('"Ni Hao Ming": never first name Ni Hao', async () => {
    expect(await one('Ni Hao Ming', '~Ni|Ming/Hao Ming|Ni', q(PLAIN))).toBe('');
  });
});

describe('C3. patronymic marks in capitals and abbreviated', () => {
  const malay: Others = ['Siti binti Abdullah', 'Siti|binti Abdullah', 'Muthu A/L Rajan', 'Muthu|A/L Rajan'];
  it.each<[string, string]>([
    ['Ahmad BIN Ismail', '~Ahmad|bin Ismail'],
    ['AHMAD BIN ISMAIL', '~Ahmad|bin Ismail'],
    ['Siti BINTI Ahmad', 'Siti|binti Ahmad'],
    ['Kavitha A/P Subramaniam', 'Kavitha|A/P Subramaniam'],
    ['MUTHU A/L RAJAN', 'Muthu|a/l Rajan'],
    ['Ravi S/O Kumar', 'Ravi|S/O Kumar'],
    ['Ahmad b. Ismail', '~Ahmad|b. Ismail/Ahmad|bin Ismail/Ahmad|Ismail'],
    ['Siti bt. Ahmad', '~Siti|bt. Ahmad/Siti|binti Ahmad/Siti|Ahmad/Siti|bt Ahmad'],
  ])('%j at Kuala Lumpur: %s', async (name, want) => {
    expect(await one(name, want, malay, KL)).toBe('');
  });
  it.each(['Kavitha A/P', 'Ravi S/O', 'Siti Binti', 'Siti bt.', 'Siti bt', 'Nur Aisyah BT'])(
    '%j: a row error',
    async (name) => {
      expect(await one(name, 'H', PLAIN)).toBe('');
    },
  );
});

describe('C4. DATO and its kin as family names', () => {
  it.each<[string, string, string, Others]>([
    ['Marco Dato', 'Marco|Dato', LA, PLAIN],
    ['Marco DATO', 'Marco|Dato', LA, PLAIN],
    ['LORD Emily', 'Emily|Lord', LONDON, CAPS_FIRST],
    ['JUDGE Harry', 'Harry|Judge', LONDON, CAPS_FIRST],
    ['Lucia Pastor', 'Lucia|Pastor', LA, PLAIN],
    ['Dato, Marco', 'Marco|Dato', ROME, COMMA],
  ])('%j: %s at %s', async (name, want, zone, others) => {
    expect(await one(name, want, others, zone)).toBe('');
  });
  it.each<[string, string, string, Others]>([
    ['DATO MARCO', '~Marco|Dato', ROME, q(CAPS_FIRST)],
    ['Dato Marco', '~Marco|Dato', LA, q(PLAIN)],
    ['MASTER Oliver', '~Oliver|Master', LONDON, q(CAPS_FIRST)],
    ["Dato' Sri Ahmad bin Ismail", '~Ahmad|bin Ismail', KL, q(PLAIN)],
    // Revised after the first run (wants were sure sends at Rome): at Rome a list of names written
    // given name first is asked its order whatever the names (`Mario Rossi` among them too), an
    // older rule of the region than 65c's; these two were probes of the title only.
    ['Marco Dato', '~Marco|Dato', ROME, q(PLAIN)],
    ['Lucia Pastor', '~Lucia|Pastor', ROME, q(PLAIN)],
  ])('%j: never a title as a name (%s at %s)', async (name, want, zone, others) => {
    expect(await one(name, want, others, zone)).toBe('');
  });
});

describe('C5. Romanian statuses', () => {
  const judge = async (word: string, want: string): Promise<void> => {
    expect(statusJudge(await run(withPatients([status(word)])), want)).toBe('');
  };
  it.each<[string, string]>([
    ['anulată', 'NCN'],
    ['anulat', 'NCN'],
    ['ANULATĂ', 'NCN'],
    ['Programare anulată', 'NCN'],
    ['Programarea anulată', 'NCN'],
    ['Consultație anulată', 'NCN'],
    ['neanulată', 'nnn'],
    ['programare neanulată', 'nnn'],
    ['reprogramată', 'nHn'],
    ['Programare reprogramată', 'nHn'],
    ['Programare confirmată', 'NnN'],
    // Revised after the first run (want was NnN): a bare noun with no state in it is asked, as
    // 'Appointment' alone is (checked the same way): no state is no guess to make.
    ['Programare', 'nnn'],
  ])("'%s'", async (w, want) => {
    await judge(w, want);
  });
});

// ---------------------------------------------------------------------------------------------
// Left open (65r2): family name first with no ending or list to show it. Each goes as first name =
// the family name; each `it.fails` fails today and will pass once it is fixed.
// ---------------------------------------------------------------------------------------------
describe('left open', () => {
  // Japanese, Hungarian, German and Turkish family names have no ending that marks them, and a list
  // of them (Tanaka, Sato, Nagy, Schmidt, Yilmaz) would be a census table per country, each name
  // weighed against its use as a given name elsewhere: not a rule to write in one round.
  it.fails.each(['Tanaka Yuki', 'Nagy Eva', 'Schmidt Hans', 'Yilmaz Mehmet'])(
    '%j at a US practice: sent as first name = family name',
    async (name) => {
      expect(await one(name, 'H', q(PLAIN))).toBe('');
    },
  );
  // Polish family names without -ski (Nowak, Wójcik) are as plain as English ones by their words.
  it.fails("'Nowak Anna' at a US practice: sent as first name Nowak", async () => {
    expect(await one('Nowak Anna', 'H', q(PLAIN))).toBe('');
  });
  // `Li Na`: two one-syllable words, Li an English given name too (Li Walsh), and no rule here
  // reads a two-word Chinese name's order from its words: left as it is.
  it.fails("'Li Na' at a US practice: sent as first name Li", async () => {
    expect(await one('Li Na', 'H', q(PLAIN))).toBe('');
  });
  // Kaur and Singh are names nearly every Sikh woman and man carries, first only when a list is
  // written family name first; whether a list of Punjabi names may hold them first for another
  // reason was not looked into this round: left rather than guessed.
  it.fails("'Kaur Gurpreet' at a US practice: sent as first name Kaur", async () => {
    expect(await one('Kaur Gurpreet', 'H', q(PLAIN))).toBe('');
  });
});
