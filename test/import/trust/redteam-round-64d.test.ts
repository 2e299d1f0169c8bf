// Red team, round 64d: patient names as real exports write them, across cultures, attacked for a
// WRONG SEND: first and last name swapped, cut or joined wrong on the portal, or a title, suffix,
// nickname or desk note sent as a name. Family name first (Chinese, Japanese, Korean, Vietnamese,
// Hungarian) in one column and in Last / First columns; `LAST, First Middle`; `Last First` with no
// comma; Cyrillic, Greek, Arabic and Hebrew script; mononyms and `bin` / `binti` / `al-`; Spanish
// double surnames; Russian patronymics; particles (`van der`, `de la`, `O'`, `Mc`); suffixes and
// titles; nicknames; `née`; hyphens and apostrophes; capitals; a trailing note.
// Each probe is name-probes.ts's (Obi's row under test among ten plain rows). Every want below was
// worked out by hand, from the README's "Never a guess" rules, before the first run.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { CAPS_FIRST, LA, nameProbes, PLAIN, q } from './name-probes.ts';

const files = exportFiles('redteam-round-64d');
const { one, columns } = nameProbes(files);

// ---------------------------------------------------------------------------------------------
// A. `Last, First Middle` with a comma: the comma decides, whatever the culture
// ---------------------------------------------------------------------------------------------
describe('A. Last, First with a comma', () => {
  it.each<[string, string]>([
    ['Obi, Adaeze', 'Adaeze|Obi'],
    ['OBI, ADAEZE', 'Adaeze|Obi'],
    ['obi, adaeze', 'Adaeze|Obi'],
    ['Obi, Adaeze N', 'Adaeze|Obi'],
    ['Obi, Adaeze N.', 'Adaeze|Obi'],
    ['Obi, Adaeze Ngozi', 'Adaeze|Obi/Adaeze Ngozi|Obi'],
    ['Obi,Adaeze', 'Adaeze|Obi'],
    ['Obi ,  Adaeze', 'Adaeze|Obi'],
    ['van der Berg, Anna', 'Anna|van der Berg'],
    ['Van Der Berg, Anna', 'Anna|van der Berg'],
    ['de la Cruz, Maria', 'Maria|de la Cruz'],
    ["O'Brien, Sean", "Sean|O'Brien"],
    ['O’Brien, Sean', "Sean|O'Brien"],
    ["O'BRIEN, SEAN", "Sean|O'Brien"],
    ['McDonald, Mary', 'Mary|McDonald'],
    ['MCDONALD, MARY', 'Mary|McDonald'],
    ["D'Angelo, Marco", "Marco|D'Angelo"],
    ["N'Diaye, Aminata", "Aminata|N'Diaye"],
    ['Smith-Jones, Mary', 'Mary|Smith-Jones'],
    ['García Márquez, Gabriel', 'Gabriel|García Márquez'],
    ['Pérez y Gómez, Juan', 'Juan|Pérez y Gómez'],
    ['da Silva, João', 'João|da Silva'],
    ['Al-Hassan, Omar', 'Omar|Al-Hassan'],
    ['Kim, Minjun', 'Minjun|Kim'],
    ['Wang, Xiao Ming', 'Xiao Ming|Wang/Xiao|Wang'],
    ['Nguyen, Van An', '~Van An|Nguyen/An|Nguyen'],
    ['Nguyen, Thi Mai', '~Thi Mai|Nguyen/Mai|Nguyen'],
    ['Nagy, István', 'István|Nagy'],
    ['Yamada, Taro', 'Taro|Yamada'],
    ['Иванов, Иван', 'Иван|Иванов'],
    ['Иванов, Иван Иванович', 'Иван|Иванов/Иван Иванович|Иванов'],
    ['Ivanov, Ivan Ivanovich', 'Ivan|Ivanov/Ivan Ivanovich|Ivanov'],
    ['Παπαδόπουλος, Γιώργος', 'Γιώργος|Παπαδόπουλος'],
    ['الحربي، محمد', 'محمد|الحربي'],
    ['כהן, דוד', 'דוד|כהן'],
    ['bin Ismail, Ahmad', 'Ahmad|bin Ismail'],
  ])('%j: %s', async (obi, want) => {
    expect(await one(obi, want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Suffixes, titles and credentials: never a name
// ---------------------------------------------------------------------------------------------
describe('B. suffixes, titles and credentials', () => {
  it.each<[string, string]>([
    ['Obi, Adaeze Jr.', 'Adaeze|Obi'],
    ['Obi Jr., Adaeze', 'Adaeze|Obi'],
    ['Obi, Adaeze III', 'Adaeze|Obi'],
    ['Obi III, Adaeze', 'Adaeze|Obi'],
    ['Obi, Adaeze Sr', 'Adaeze|Obi'],
    ['OBI, ADAEZE JR', 'Adaeze|Obi'],
    ['Obi, Adaeze 2nd', 'Adaeze|Obi'],
    ['Obi, Adaeze II', 'Adaeze|Obi'],
    ['Obi, Adaeze IV', 'Adaeze|Obi'],
    ['Obi, Dr. Adaeze', 'Adaeze|Obi'],
    ['Dr. Obi, Adaeze', 'Adaeze|Obi'],
    ['Obi, Mrs. Adaeze', 'Adaeze|Obi'],
    ['Obi, Adaeze Mrs', 'Adaeze|Obi'],
    ['Obi, Adaeze (Mrs)', 'Adaeze|Obi'],
    ['Obi, Adaeze MD', '~Adaeze|Obi'],
    ['Obi, Adaeze, MD', '~Adaeze|Obi'],
    ['Obi, Adaeze PhD', '~Adaeze|Obi'],
    ['Obi, Adaeze DDS', '~Adaeze|Obi'],
    ['Obi, Adaeze RN', '~Adaeze|Obi'],
    ['Obi, Mrs.', 'H'],
    ['Obi, Dr', 'H'],
  ])('comma names, %j: %s', async (obi, want) => {
    expect(await one(obi, want)).toBe('');
  });

  it.each<[string, string]>([
    ['Adaeze Obi Jr.', 'Adaeze|Obi'],
    ['Adaeze Obi Jr', 'Adaeze|Obi'],
    ['Adaeze Obi, Jr.', 'Adaeze|Obi'],
    ['Adaeze Obi III', 'Adaeze|Obi'],
    ['Adaeze Obi Sr.', 'Adaeze|Obi'],
    ['Adaeze Obi Esq.', 'Adaeze|Obi'],
    ['Henry Ford II', 'Henry|Ford'],
    ['Dr. Adaeze Obi', 'Adaeze|Obi'],
    ['Dr Adaeze Obi', 'Adaeze|Obi'],
    ['Mrs. Adaeze Obi', 'Adaeze|Obi'],
    ['Mr Adaeze Obi', 'Adaeze|Obi'],
    ['Ms. Adaeze Obi', 'Adaeze|Obi'],
    ['Prof. Dr. Adaeze Obi', 'Adaeze|Obi'],
    ['Rev. Adaeze Obi', 'Adaeze|Obi'],
    ['Adaeze Obi MD', '~Adaeze|Obi'],
    ['Adaeze Obi, MD', '~Adaeze|Obi'],
    ['Adaeze Obi, PhD', '~Adaeze|Obi'],
    ['Adaeze Obi RN', '~Adaeze|Obi'],
    ['Adaeze Obi DDS', '~Adaeze|Obi'],
    ['Mrs. Obi', 'H'],
    ['Dr. Obi', 'H'],
    ['Shri Ramesh Kumar', '~Ramesh|Kumar'],
    ['Smt. Sunita Sharma', '~Sunita|Sharma'],
  ])('first name first, %j: %s', async (obi, want) => {
    expect(await one(obi, want, PLAIN)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// C. Nicknames, maiden names and aliases: never the name sent
// ---------------------------------------------------------------------------------------------
describe('C. nicknames, née, aliases', () => {
  it.each<[string, string]>([
    ['Klein, Robert "Bobby"', 'Robert|Klein'],
    ['Klein, Robert (Bob)', 'Robert|Klein'],
    ["Klein, Robert 'Bob'", '~Robert|Klein'],
    ['Klein, Robert “Bobby”', 'Robert|Klein'],
    ['Klein, Robert aka Bob', 'Robert|Klein'],
    ['Klein, Robert a.k.a. Bob', 'Robert|Klein'],
    ['Jones, Mary née Smith', 'Mary|Jones'],
    ['Jones, Mary nee Smith', 'Mary|Jones'],
    ['Jones, Mary (née Smith)', 'Mary|Jones'],
    ['Jones, Mary (nee Smith)', 'Mary|Jones'],
    ['Jones (Smith), Mary', '~Mary|Jones'],
    ['Jones, Mary geb. Schmidt', '~Mary|Jones'],
    ['Jones, Mary formerly Smith', '~Mary|Jones'],
    ['Jones, Mary (maiden Smith)', '~Mary|Jones'],
  ])('comma names, %j: %s', async (obi, want) => {
    expect(await one(obi, want)).toBe('');
  });

  it.each<[string, string]>([
    ['Robert "Bobby" Klein', 'Robert|Klein'],
    ['Robert (Bobby) Klein', 'Robert|Klein'],
    ['Robert “Bobby” Klein', 'Robert|Klein'],
    ["Robert 'Bobby' Klein", '~Robert|Klein'],
    ['Elizabeth (Liz) Taylor', 'Elizabeth|Taylor'],
    ['Robert Klein aka Bob', 'Robert|Klein'],
    ['Robert Klein (Bob)', '~Robert|Klein'],
    ['Mary Jones née Smith', 'Mary|Jones'],
    ['Mary Jones nee Smith', 'Mary|Jones'],
    ['Mary Jones (née Smith)', 'Mary|Jones'],
    ['Mary Jones geb. Schmidt', '~Mary|Jones'],
    ['Mary Jones formerly Smith', '~Mary|Jones'],
    ['Mary Jones (maiden name Smith)', '~Mary|Jones'],
    ['Marie DUPONT épouse MARTIN', '~Marie|Dupont/Marie|Martin'],
    ['Marie Dupont ép. Martin', '~Marie|Dupont/Marie|Martin'],
  ])('first name first, %j: %s', async (obi, want) => {
    expect(await one(obi, want, PLAIN)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// D. A desk's note after the name
// ---------------------------------------------------------------------------------------------
describe('D. a trailing note', () => {
  it.each<[string, string]>([
    ['Obi, Adaeze - NEW PT', '~Adaeze|Obi'],
    ['Obi - NEW PT, Adaeze', '~Adaeze|Obi'],
    ['Obi, Adaeze (interpreter)', '~Adaeze|Obi'],
    ['Obi, Adaeze - Spanish interpreter', '~Adaeze|Obi'],
    ['Obi, Adaeze *NEW*', '~Adaeze|Obi'],
    ['Obi, Adaeze NEW PATIENT', '~Adaeze|Obi'],
    ['Obi, Adaeze (NP)', '~Adaeze|Obi'],
    ['Obi, Adaeze - w/c', '~Adaeze|Obi'],
    ['Obi, Adaeze / mom Ngozi', '~Adaeze|Obi'],
    ['Obi, Adaeze (mother: Ngozi Obi)', '~Adaeze|Obi'],
    ['Obi, Adaeze - pt deceased', 'H'],
    ['Obi (interpreter), Adaeze', '~Adaeze|Obi'],
  ])('comma names, %j: %s', async (obi, want) => {
    expect(await one(obi, want)).toBe('');
  });

  it.each<[string, string]>([
    ['Adaeze Obi - NEW PT', '~Adaeze|Obi'],
    ['Adaeze Obi NEW PT', '~Adaeze|Obi'],
    ['Adaeze Obi (interpreter)', '~Adaeze|Obi'],
    ['Adaeze Obi - interpreter', '~Adaeze|Obi'],
    ['Adaeze Obi *NEW*', '~Adaeze|Obi'],
    ['Adaeze Obi (NEW)', '~Adaeze|Obi'],
    ['Adaeze Obi - w/c', '~Adaeze|Obi'],
    ['Adaeze Obi - Igbo', '~Adaeze|Obi'],
    ['Adaeze Obi (Spanish)', '~Adaeze|Obi'],
    ['Adaeze Obi VIP', '~Adaeze|Obi'],
  ])('first name first, %j: %s', async (obi, want) => {
    expect(await one(obi, want, PLAIN)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// E. Particles, hyphens and apostrophes, first name first
// ---------------------------------------------------------------------------------------------
describe('E. particles, hyphens and apostrophes', () => {
  it.each<[string, string]>([
    ['Anna van der Berg', 'Anna|van der Berg'],
    ['Anna Van Der Berg', 'Anna|van der Berg'],
    ['Maria de la Cruz', 'Maria|de la Cruz'],
    ['Ludwig van Beethoven', 'Ludwig|van Beethoven'],
    ['Vincent Van Gogh', '~Vincent|Van Gogh'],
    ['Charles de Gaulle', 'Charles|de Gaulle'],
    ['João da Silva', '~João|da Silva'],
    ['Ana dos Santos', '~Ana|dos Santos'],
    ["Sean O'Brien", "Sean|O'Brien"],
    ['Sean O’Brien', "Sean|O'Brien"],
    ["SEAN O'BRIEN", "~Sean|O'Brien"],
    ['Sean OBrien', 'Sean|OBrien'],
    ['Mary McDonald', 'Mary|McDonald'],
    ['Mary MacDonald', 'Mary|MacDonald'],
    ["Marco D'Angelo", "Marco|D'Angelo"],
    ["Aminata N'Diaye", "Aminata|N'Diaye"],
    ['Jean-Luc Picard', 'Jean-Luc|Picard'],
    ['Mary-Kate Smith-Jones', 'Mary-Kate|Smith-Jones'],
    ['Mary Smith-Jones', 'Mary|Smith-Jones'],
    ['Mary Smith–Jones', '~Mary|Smith–Jones/Mary|Smith-Jones'],
    ['Mary Smith - Jones', '~Mary|Smith-Jones/Mary|Smith - Jones'],
    ['Omar al-Hassan', 'Omar|al-Hassan'],
    ['Omar Al-Hassan', 'Omar|Al-Hassan'],
    ['Omar Al Hassan', '~Omar|Al Hassan'],
    ['Ahmad bin Ismail', 'Ahmad|bin Ismail'],
    ['Siti binti Abdullah', 'Siti|binti Abdullah'],
    ['Ravi S/O Kumar', '~Ravi|S/O Kumar'],
    ['Kalani Kealoha', 'Kalani|Kealoha'],
    ['Keʻala Kaʻaihue', "~Keʻala|Kaʻaihue/Ke'ala|Ka'aihue"],
  ])('%j: %s', async (obi, want) => {
    expect(await one(obi, want, PLAIN)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// F. Last name first without a comma: the order is only said by a header, or asked
// ---------------------------------------------------------------------------------------------
describe('F. last name first without a comma', () => {
  const LAST_FIRST: [string, string, string, string] = [
    'Hollis Grace',
    'Grace|Hollis',
    'Lindqvist Sven',
    'Sven|Lindqvist',
  ];
  it.each<[string, string, string]>([
    // a header that says the order
    ['Patient Name (Last First)', 'Obi Adaeze', 'Adaeze|Obi'],
    ['Patient (Last, First)', 'Obi Adaeze', 'Adaeze|Obi'],
    ['Name (Last First)', 'OBI ADAEZE', 'Adaeze|Obi'],
    ['Patient Name (Last First)', 'Obi Adaeze N', 'Adaeze|Obi'],
    ['Patient Name (Last First)', 'van der Berg Anna', '~Anna|van der Berg'],
    ['Patient Name (Last First)', "O'Brien Sean", "Sean|O'Brien"],
    ['Patient Name (Last First)', 'Obi Jr Adaeze', '~Adaeze|Obi'],
    ['Patient Name (Last First)', 'Kim Minjun', 'Minjun|Kim'],
    ['Patient Name (Last First)', 'Nguyen Van An', '~An|Nguyen/Van An|Nguyen'],
    ['Patient Name (Last First)', 'Garcia Lopez Maria', '~Maria|Garcia Lopez'],
  ])('%s %j: %s', async (header, obi, want) => {
    expect(await one(obi, want, LAST_FIRST, LA, header)).toBe('');
  });

  it.each<[string, [string, string, string, string], string]>([
    // a middle initial last in a two-word list: that row refused (the file asked)
    [
      'Obi Adaeze N',
      LAST_FIRST.map((v, i) => (i % 2 ? `~${v}` : v)) as [string, string, string, string],
      'H',
    ],
    // comma names beside one without: the list writes family names first, asked
    ['Adaeze Obi', ['Hollis, Grace', '~Grace|Hollis', 'Lindqvist, Sven', '~Sven|Lindqvist'], 'H'],
    ['Obi Adaeze', ['Hollis, Grace', '~Grace|Hollis', 'Lindqvist, Sven', '~Sven|Lindqvist'], 'H'],
    // most names without a comma, given first: a comma name is read by its comma
    ['Obi, Adaeze', PLAIN, 'Adaeze|Obi'],
    // a name that shows its order among comma names
    [
      'Mrs. Adaeze Obi',
      ['Hollis, Grace', 'Grace|Hollis', 'Lindqvist, Sven', 'Sven|Lindqvist'],
      '~Adaeze|Obi',
    ],
    // a title between family and given names marks the family name
    [
      'OBI Mrs Adaeze',
      CAPS_FIRST.map((v, i) => (i % 2 ? `~${v}` : v)) as [string, string, string, string],
      '~Adaeze|Obi',
    ],
    [
      'Obi Mrs Adaeze',
      PLAIN.map((v, i) => (i % 2 ? `~${v}` : v)) as [string, string, string, string],
      '~Adaeze|Obi',
    ],
  ])('%j among %j: %s', async (obi, others, want) => {
    expect(await one(obi, want, others)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// G. Capitals marking the family name
// ---------------------------------------------------------------------------------------------
describe('G. a family name in capitals', () => {
  it.each<[string, [string, string, string, string], string, string]>([
    ['OBI Adaeze', CAPS_FIRST, 'Europe/Paris', 'Adaeze|Obi'],
    ['Adaeze OBI', CAPS_FIRST, 'Europe/Paris', 'Adaeze|Obi'],
    ['DE LA FONTAINE Jean', CAPS_FIRST, 'Europe/Paris', 'Jean|de la Fontaine'],
    ['OBI Adaeze', CAPS_FIRST, 'Europe/London', 'Adaeze|Obi'],
    ['OBI Adaeze', CAPS_FIRST, 'Europe/Rome', 'Adaeze|Obi'],
    [
      'OBI ADAEZE',
      ['HOLLIS GRACE', '~Grace|Hollis', 'LINDQVIST SVEN', '~Sven|Lindqvist'],
      'Europe/Rome',
      'H',
    ],
    // a given name in capitals before the family name, in a US list of mixed case: asked
    ['ADAEZE Obi', PLAIN.map((v, i) => (i % 2 ? `~${v}` : v)) as [string, string, string, string], LA, 'H'],
    ['OBI Adaeze', PLAIN.map((v, i) => (i % 2 ? `~${v}` : v)) as [string, string, string, string], LA, 'H'],
    // initials are no such word
    ['AJ Thompson', PLAIN, LA, 'AJ|Thompson'],
    // all in capitals, given name first, a US list
    ['ADAEZE OBI', ['GRACE HOLLIS', 'Grace|Hollis', 'SVEN LINDQVIST', 'Sven|Lindqvist'], LA, 'Adaeze|Obi'],
    [
      "SEAN O'BRIEN",
      ['GRACE HOLLIS', 'Grace|Hollis', 'SVEN LINDQVIST', 'Sven|Lindqvist'],
      LA,
      "Sean|O'Brien",
    ],
    [
      'MARY MCDONALD',
      ['GRACE HOLLIS', 'Grace|Hollis', 'SVEN LINDQVIST', 'Sven|Lindqvist'],
      LA,
      'Mary|McDonald',
    ],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// H. Family name first in one column: East Asia, Vietnam, Hungary
// ---------------------------------------------------------------------------------------------
describe('H. family name first, one column', () => {
  const KR_CAPS: [string, string, string, string] = [
    'LEE Jiwoo',
    'Jiwoo|Lee',
    'PARK Seoyeon',
    'Seoyeon|Park',
  ];
  const KR: [string, string, string, string] = ['Lee Jiwoo', '~Jiwoo|Lee', 'Park Seoyeon', '~Seoyeon|Park'];
  const HANGUL: [string, string, string, string] = ['이 지우', '지우|이', '박 서연', '서연|박'];
  const KANJI: [string, string, string, string] = ['佐藤 花子', '花子|佐藤', '鈴木 一郎', '一郎|鈴木'];
  const HANZI: [string, string, string, string] = ['李 娜', '娜|李', '张 伟', '伟|张'];
  const HU: [string, string, string, string] = ['Kovács Anna', '~Anna|Kovács', 'Szabó Péter', '~Péter|Szabó'];
  const VN: [string, string, string, string] = [
    'Tran Thi Lan',
    '~Lan|Tran/Thi Lan|Tran',
    'Pham Van Minh',
    '~Minh|Pham/Van Minh|Pham',
  ];
  it.each<[string, [string, string, string, string], string, string]>([
    // Seoul
    ['Kim Minjun', KR, 'Asia/Seoul', 'H'],
    ['KIM Minjun', KR_CAPS, 'Asia/Seoul', 'Minjun|Kim'],
    ['Minjun KIM', KR_CAPS, 'Asia/Seoul', 'Minjun|Kim'],
    ['김 민준', HANGUL, 'Asia/Seoul', '민준|김'],
    ['김민준', HANGUL, 'Asia/Seoul', '민준|김'],
    ['남궁민', q(HANGUL), 'Asia/Seoul', 'H'],
    ['김 민준', HANGUL, LA, '민준|김'],
    // Tokyo
    ['Yamada Taro', ['Sato Hanako', '~Hanako|Sato', 'Suzuki Ichiro', '~Ichiro|Suzuki'], 'Asia/Tokyo', 'H'],
    [
      'YAMADA Taro',
      ['SATO Hanako', 'Hanako|Sato', 'SUZUKI Ichiro', 'Ichiro|Suzuki'],
      'Asia/Tokyo',
      'Taro|Yamada',
    ],
    ['山田 太郎', KANJI, 'Asia/Tokyo', '太郎|山田'],
    ['山田　太郎', KANJI, 'Asia/Tokyo', '太郎|山田'],
    ['山田太郎', q(KANJI), 'Asia/Tokyo', 'H'],
    ['山田 太郎 様', q(KANJI), 'Asia/Tokyo', '~太郎|山田'],
    ['山田 太郎（ヤマダ タロウ）', q(KANJI), 'Asia/Tokyo', '~太郎|山田'],
    ['ジョン・スミス', q(KANJI), 'Asia/Tokyo', '~ジョン|スミス'],
    ['山田 太郎', KANJI, LA, '太郎|山田'],
    // Shanghai, Taipei, Hong Kong
    ['王 小明', HANZI, 'Asia/Shanghai', '小明|王'],
    ['王小明', q(HANZI), 'Asia/Shanghai', 'H'],
    ['欧阳 娜娜', HANZI, 'Asia/Shanghai', '娜娜|欧阳'],
    ['Wang Xiaoming', ['Li Na', '~Na|Li', 'Zhang Wei', '~Wei|Zhang'], 'Asia/Shanghai', 'H'],
    ['WANG Xiaoming', ['LI Na', 'Na|Li', 'ZHANG Wei', 'Wei|Zhang'], 'Asia/Shanghai', 'Xiaoming|Wang'],
    ['Chan Tai Man', ['Wong Mei Ling', '~Mei Ling|Wong', 'Lee Ka Wai', '~Ka Wai|Lee'], 'Asia/Hong_Kong', 'H'],
    [
      'CHAN Tai Man',
      ['WONG Mei Ling', 'Mei Ling|Wong', 'LEE Ka Wai', 'Ka Wai|Lee'],
      'Asia/Hong_Kong',
      'Tai Man|Chan',
    ],
    [
      'Chen Wei-Ting',
      ['Lin Mei-Hua', '~Mei-Hua|Lin', 'Wang Chih-Ming', '~Chih-Ming|Wang'],
      'Asia/Taipei',
      'H',
    ],
    // Singapore and Malaysia
    [
      'TAN AH KOW',
      ['LIM MEI LING', '~Mei Ling|Lim', 'ONG BOON HUAT', '~Boon Huat|Ong'],
      'Asia/Singapore',
      'H',
    ],
    // Vietnam
    ['Nguyễn Văn An', VN, 'Asia/Ho_Chi_Minh', 'H'],
    [
      'NGUYỄN Văn An',
      ['TRẦN Thị Lan', 'Thị Lan|Trần/Lan|Trần', 'PHẠM Văn Minh', 'Văn Minh|Phạm/Minh|Phạm'],
      'Asia/Ho_Chi_Minh',
      'Văn An|Nguyễn/An|Nguyễn',
    ],
    // Budapest
    ['Nagy István', HU, 'Europe/Budapest', 'H'],
    [
      'NAGY István',
      ['KOVÁCS Anna', 'Anna|Kovács', 'SZABÓ Péter', 'Péter|Szabó'],
      'Europe/Budapest',
      'István|Nagy',
    ],
    ['dr. Nagy István', HU, 'Europe/Budapest', 'H'],
    ['Nagy Istvánné', HU, 'Europe/Budapest', 'H'],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });

  // In a US practice whose names are otherwise given name first.
  it.each<[string, string]>([
    ['Wang Xiao Ming', 'H'],
    ['Wang Xiaoming', 'H'],
    ['Zhang Wei', 'H'],
    ['Liu Yang', 'H'],
    ['Park Ji Hoon', 'H'],
    ['Kim Min Jun', 'H'],
    ['Kim Min-jun', 'H'],
    ['Lee Seo Yeon', 'H'],
    ['Park Jiwoo', 'H'],
    ['Choi Yuna', 'H'],
    ['Nguyen Van An', 'H'],
    ['Le Thi Mai', 'H'],
    ['Pham Quang Huy', 'H'],
    ['Nguyen An', 'H'],
    ['Mr Wang Xiao Ming', 'H'],
    ['Mrs Nguyen Thi Mai', 'H'],
    ['TAN AH KOW', 'H'],
    ['Wong Mei Ling', 'H'],
    ['Wei Zhang', 'Wei|Zhang'],
    ['Min Jun Kim', 'Min Jun|Kim/Min|Kim'],
    ['Ly Thi Nguyen', '~Ly|Nguyen/Ly Thi|Nguyen'],
    ['Mai Nguyen', 'Mai|Nguyen'],
    ['Jiwoo Park', 'Jiwoo|Park'],
  ])('%j at a US practice: %s', async (obi, want) => {
    expect(await one(obi, want, q(PLAIN))).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// I. Other scripts and patronymics
// ---------------------------------------------------------------------------------------------
describe('I. Cyrillic, Greek, Arabic, Hebrew; patronymics', () => {
  it.each<[string, [string, string, string, string], string, string]>([
    // Russian lists write Family Given Patronymic: the patronymic (-ovich, -ovna, -evich, -ichna)
    // shows the order; sent as first name Ivanov it would be wrong
    [
      'Иванов Иван Иванович',
      q(['Петрова Анна Сергеевна', 'Анна|Петрова', 'Смирнов Олег Петрович', 'Олег|Смирнов']),
      'Europe/Moscow',
      '~Иван|Иванов',
    ],
    ['Иванов Иван Иванович', q(PLAIN), LA, '~Иван|Иванов'],
    ['Ivanov Ivan Ivanovich', q(PLAIN), LA, '~Ivan|Ivanov'],
    ['Petrova Anna Sergeevna', q(PLAIN), LA, '~Anna|Petrova'],
    ['IVANOV IVAN IVANOVICH', q(PLAIN), LA, '~Ivan|Ivanov'],
    ['Shevchenko Taras Hryhorovych', q(PLAIN), LA, '~Taras|Shevchenko'],
    ['Ivan Ivanovich Ivanov', q(PLAIN), LA, '~Ivan|Ivanov/Ivan Ivanovich|Ivanov'],
    ['Иван Иванович Иванов', q(PLAIN), LA, '~Иван|Иванов/Иван Иванович|Иванов'],
    ['Иван Петров', q(PLAIN), LA, '~Иван|Петров'],
    ['ИВАНОВ, ИВАН', PLAIN, LA, 'Иван|Иванов'],
    // Greek
    ['Γιώργος Παπαδόπουλος', q(PLAIN), LA, '~Γιώργος|Παπαδόπουλος'],
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ, ΓΕΩΡΓΙΟΣ', PLAIN, LA, 'Γεωργιος|Παπαδοπουλος/Γεώργιος|Παπαδόπουλος'],
    [
      'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ',
      q(['ΧΟΛΛΙΣ ΓΚΡΕΪΣ', 'Γκρεϊς|Χολλις', 'ΛΙΝΤΚΒΙΣΤ ΣΒΕΝ', 'Σβεν|Λιντκβιστ']),
      'Europe/Athens',
      '~Γεωργιος|Παπαδοπουλος/Γεώργιος|Παπαδόπουλος',
    ],
    // Arabic: given name first, the article with the family name
    ['محمد الحربي', q(PLAIN), LA, '~محمد|الحربي'],
    ['محمد عبدالله الحربي', q(PLAIN), 'Asia/Riyadh', '~محمد|الحربي/محمد عبدالله|الحربي'],
    ['محمد بن سلمان', q(PLAIN), 'Asia/Riyadh', '~محمد|بن سلمان'],
    // Hebrew: Israeli lists write the family name first as often as not
    ['דוד כהן', q(PLAIN), LA, '~דוד|כהן'],
    ['כהן דוד', q(['הוליס גרייס', 'גרייס|הוליס', 'לוי שרה', 'שרה|לוי']), 'Asia/Jerusalem', '~דוד|כהן'],
  ])('%j among %j at %s: %s', async (obi, others, zone, want) => {
    expect(await one(obi, want, others, zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// J. Spanish and Portuguese double surnames, joiners
// ---------------------------------------------------------------------------------------------
describe('J. double surnames', () => {
  it.each<[string, string, string]>([
    ['Gabriel García Márquez', LA, '~Gabriel|García Márquez'],
    ['Maria Garcia Lopez', LA, '~Maria|Garcia Lopez'],
    ['Jose Luis Hernandez Ramirez', LA, '~Jose Luis|Hernandez Ramirez'],
    ['Maria Garcia-Lopez', LA, 'Maria|Garcia-Lopez'],
    ['Juan Pablo Pérez y Gómez', LA, '~Juan Pablo|Pérez y Gómez'],
    ['Ana de la Torre Ruiz', LA, '~Ana|de la Torre Ruiz'],
    ['José de Jesús Rivera', LA, '~José de Jesús|Rivera'],
    ['Maria das Graças Silva', LA, '~Maria das Graças|Silva'],
    ['María José García López', 'Europe/Madrid', '~María José|García López'],
    ['Gabriel García Márquez', 'America/Bogota', '~Gabriel|García Márquez'],
    ['Juan Hernández Ramírez', 'America/Mexico_City', '~Juan|Hernández Ramírez'],
    [
      'João Pedro Silva Santos',
      'America/Sao_Paulo',
      '~João Pedro|Silva Santos/João|Santos/João Pedro|Santos',
    ],
  ])('%j at %s: %s', async (obi, zone, want) => {
    expect(await one(obi, want, q(PLAIN), zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// K. Mononyms (Indonesia, Myanmar) and placeholders
// ---------------------------------------------------------------------------------------------
describe('K. one name only', () => {
  it.each<[string, string, string]>([
    ['Sukarno', 'Asia/Jakarta', '~Sukarno|Sukarno'],
    ['Siti Aminah', 'Asia/Jakarta', '~Siti|Aminah'],
    ['Sukarno', LA, '~Sukarno|Sukarno'],
    ['Mrs.', LA, 'H'],
    ['Dr.', LA, 'H'],
    ['Jr.', LA, 'H'],
  ])('%j at %s: %s', async (obi, zone, want) => {
    expect(await one(obi, want, q(PLAIN), zone)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// L. Last Name / First Name columns: each column's own words, whatever the culture
// ---------------------------------------------------------------------------------------------
describe('L. Last Name and First Name columns', () => {
  it.each<[string, string, string, string?]>([
    ['Kim', 'Minjun', 'Minjun|Kim'],
    ['Kim', 'Minjun', 'Minjun|Kim', 'Asia/Seoul'],
    ['김', '민준', '민준|김', 'Asia/Seoul'],
    ['山田', '太郎', '太郎|山田', 'Asia/Tokyo'],
    ['Nguyen', 'Van An', 'Van An|Nguyen/An|Nguyen'],
    ['Nguyen', 'Thi Mai', 'Thi Mai|Nguyen/Mai|Nguyen'],
    ['Nagy', 'István', 'István|Nagy', 'Europe/Budapest'],
    ['Wang', 'Xiao Ming', 'Xiao Ming|Wang/Xiao|Wang'],
    ['García Márquez', 'Gabriel', 'Gabriel|García Márquez'],
    ['van der Berg', 'Anna', 'Anna|van der Berg'],
    ["O'Brien", 'Sean', "Sean|O'Brien"],
    ['O’Brien', 'Sean', "Sean|O'Brien"],
    ['SMITH', 'JOHN', 'John|Smith'],
    ['Smith Jr.', 'John', 'John|Smith'],
    ['Smith', 'John Jr.', 'John|Smith'],
    ['Smith III', 'John', 'John|Smith'],
    ['Smith', 'Dr. John', 'John|Smith'],
    ['Smith', 'Mrs. Mary', 'Mary|Smith'],
    ['Klein', 'Robert "Bobby"', 'Robert|Klein'],
    ['Klein', 'Robert (Bob)', 'Robert|Klein'],
    ['Jones (Smith)', 'Mary', '~Mary|Jones'],
    ['Jones', 'Mary née Smith', 'Mary|Jones'],
    ['Jones - NEW PT', 'Mary', '~Mary|Jones'],
    ['Jones', 'Mary - NEW PT', '~Mary|Jones'],
    ['Jones', 'Mary (interpreter)', '~Mary|Jones'],
    ['bin Ismail', 'Ahmad', 'Ahmad|bin Ismail'],
    ['Ivanov', 'Ivan Ivanovich', 'Ivan|Ivanov/Ivan Ivanovich|Ivanov'],
    ['Иванов', 'Иван', 'Иван|Иванов', 'Europe/Moscow'],
    ['Smith', 'Mrs.', 'H'],
    ['Smith', 'Dr', 'H'],
    ['Smith', 'Mr', 'H'],
    ['Smith, MD', 'John', '~John|Smith'],
    ['Smith MD', 'John', '~John|Smith'],
    ['Sukarno', '', '~Sukarno|Sukarno'],
    ['Sukarno', 'FNU', '~FNU|Sukarno/Sukarno|Sukarno'],
    ['Smith, John', 'John', '~John|Smith'],
  ])('%j / %j: %s', async (last, first, want, zone = LA) => {
    expect(await columns(last, first, want, zone)).toBe('');
  });

  // A family name column headed in another language, the given name's too.
  it.each<[[string, string], string, string, string, string]>([
    [['Nachname', 'Vorname'], 'Müller', 'Anna', 'Anna|Müller', 'Europe/Berlin'],
    [['Nom', 'Prénom'], 'DUPONT', 'Marie', 'Marie|Dupont', 'Europe/Paris'],
    [['Apellidos', 'Nombre'], 'García Márquez', 'Gabriel', 'Gabriel|García Márquez', 'Europe/Madrid'],
    [['Familienname', 'Vorname'], 'von Trapp', 'Maria', 'Maria|von Trapp', 'Europe/Vienna'],
    [['Family Name', 'Given Name'], 'Tanaka', 'Yuki', 'Yuki|Tanaka', 'Asia/Tokyo'],
    [['Surname', 'Forename'], 'Nguyen', 'Thi Mai', 'Thi Mai|Nguyen/Mai|Nguyen', 'Australia/Sydney'],
  ])('%j: %j / %j: %s', async (headers, last, first, want, zone) => {
    expect(await columns(last, first, want, zone, headers)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// Left open (64d): found, not fixed safely in this round. Each `it.fails` fails today (the wrong
// send or false hold is still there) and will pass once it is fixed.
// ---------------------------------------------------------------------------------------------
describe('left open', () => {
  // `Haji` before a Malay name is the pilgrim's title (Ahmad bin Ismail); written out it is also a
  // Somali given name (`Haji Mohamed Abdi`), so taking it off everywhere would cut a real first
  // name. It needs the region (Malaysia, Singapore, Brunei, Indonesia) to be read as a title.
  it("'Haji Ahmad bin Ismail' at a US practice: sent as first name Haji", async () => {
    expect(await one('Haji Ahmad bin Ismail', '~Ahmad|bin Ismail', q(PLAIN))).toBe('');
  });
  // Kim and Lee are English given names too, so `Kim Minjun` goes as first name Kim; only the two
  // syllables of a Korean given name written apart or hyphenated (`Kim Min Jun`, `Kim Min-jun`)
  // are asked. Joined, the given name needs a list of romanised Korean syllables to be seen.
  it("'Kim Minjun' at a US practice: sent as first name Kim", async () => {
    expect(await one('Kim Minjun', 'H', q(PLAIN))).toBe('');
  });
  it("'Lee Seoyeon' at a US practice: sent as first name Lee", async () => {
    expect(await one('Lee Seoyeon', 'H', q(PLAIN))).toBe('');
  });
  // Two Spanish surnames that are no given names first, then the given name: the particle-first
  // question (`de la Cruz Maria`) asks only beside other unsure names, and the Spanish-surname
  // question looks at the end of the name only.
  it("'Garcia Lopez Maria' among given-first names: sent as Garcia Maria", async () => {
    expect(await one('Garcia Lopez Maria', 'H', q(PLAIN))).toBe('');
  });
  // False hold: Kuala Lumpur is a family-first zone (Chinese names), so a list of Malay and Indian
  // names whose `bin` / `binti` / `A/L` shows the order is asked about all the same.
  it('Malay names with bin / binti / A/L at Kuala Lumpur: held', async () => {
    const others: [string, string, string, string] = [
      'Siti binti Abdullah',
      'Siti|binti Abdullah',
      'Muthu A/L Rajan',
      'Muthu|A/L Rajan',
    ];
    expect(await one('Ahmad bin Ismail', 'Ahmad|bin Ismail', others, 'Asia/Kuala_Lumpur')).toBe('');
  });
});
