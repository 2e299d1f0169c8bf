// Cyrillic Windows (1251) and Chinese Windows (Big5, GB18030): taken only when the bytes read as
// real text in that page and in no rival one; otherwise refused as before, never sent garbled.
// Bytes written here with iconv-lite from hand-typed strings; expected names typed by hand.
import iconv from 'iconv-lite';
import { chooseCodePage } from '../../../main/import/read/code-page-choice.ts';
import { collect } from '../convert/support.ts';
import { tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const page = (text: string, encoding: string) => chooseCodePage(iconv.encode(text, encoding), false);

describe('Cyrillic Windows (1251)', () => {
  it('Ukrainian and Russian text is read in 1251, abbreviations without vowels too (ДМС, МКБ)', () => {
    expect(page("Прізвище;Ім'я;Поліс ДМС;МКБ\r\nДем’янчук;Олена;;J06\r\n", 'windows-1251')).toEqual({
      encoding: 'windows-1251',
    });
    expect(page('Фамилия;Имя\r\nИванов;Пётр\r\n', 'windows-1251')).toEqual({ encoding: 'windows-1251' });
  });

  it('KOI8-R, DOS 866, Greek, Arabic, Hebrew and Western bytes are not taken for 1251', () => {
    // KOI8-R's small letters are 1251's capitals: `Иванов` reads `йЧБОПЧ`.
    expect(page('Фамилия;Имя\r\nИванов;Пётр\r\n', 'koi8-r').encoding).not.toBe('windows-1251');
    expect(page('Фамилия;Имя\r\nИванов;Пётр\r\n', 'cp866').encoding).not.toBe('windows-1251');
    expect(page('ΕΠΩΝΥΜΟ,ΟΝΟΜΑ\r\nΠΑΠΑΔΟΠΟΥΛΟΣ,ΓΕΩΡΓΙΟΣ\r\n', 'windows-1253').encoding).not.toBe(
      'windows-1251',
    );
    expect(page('Επώνυμο\r\nΓιώργος Παπαδόπουλος\r\n', 'windows-1253').encoding).not.toBe('windows-1251');
    expect(page('الاسم\r\nمحمد العتيبي\r\n', 'windows-1256').encoding).not.toBe('windows-1251');
    expect(page('שם\r\nכהן דוד\r\n', 'windows-1255')).toEqual({ encoding: 'windows-1255' });
    expect(page('Name\r\nJosé Müller,Peña\r\n', 'windows-1252')).toEqual({ encoding: 'windows-1252' });
    expect(page('Name\r\nMałgorzata Wiśniewska\r\n', 'windows-1250')).toEqual({ encoding: 'windows-1250' });
  });

  it('a Russian list in 1251 is sent with its names in Cyrillic', async () => {
    const text = [
      'Date,Time,Chart,Last Name,First Name,DOB,Status',
      '15.03.2027,09:00,2051,Иванов,Пётр,14.06.1983,Booked',
      '15.03.2027,09:30,2052,Шевченко,Олена,25.09.1958,Booked',
    ].join('\r\n');
    const r = await collect(t.write('zapis.csv', iconv.encode(`${text}\r\n`, 'windows-1251')), {
      timeZone: 'Europe/Kyiv',
    });
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Пётр Иванов',
      'Олена Шевченко',
    ]);
  });
});

describe('Chinese Windows (Big5, GB18030)', () => {
  const traditional =
    '預約日期,姓名,醫師,狀態\r\n2027-03-01,陳美玲,林志明,已報到\r\n2027-03-02,王建國,張雅婷,取消\r\n';
  const simplified =
    '预约日期,姓名,医生,状态\r\n2027-03-01,王秀英,李建华,已预约\r\n2027-03-01,张伟,刘洋,已取消\r\n';

  it('Traditional Chinese in Big5 and Simplified in GB18030 are each read in their own page', () => {
    expect(page(traditional, 'big5')).toEqual({ encoding: 'big5' });
    expect(page(simplified, 'gb18030')).toEqual({ encoding: 'gb18030' });
  });

  it('Korean 949 (even with Hanja beside a name) and Japanese Shift_JIS are not taken for Chinese', () => {
    // 949's Hangul bytes are GB2312 characters: 김민준 (B1E8 B9CE C1D8) is GB18030's 辫刮霖.
    const korean = '예약일,이름,상태\r\n2027-03-01,김민준(金敏俊),예약\r\n';
    expect(['big5', 'gb18030']).not.toContain(page(korean, 'cp949').encoding);
    expect(page('予約日,氏名\r\n2027-03-01,山田太郎\r\n', 'shift_jis')).toEqual({ encoding: 'shift_jis' });
  });

  it('text both Chinese pages read as common characters is not taken for either', () => {
    // B0A1 B0A2: GB2312's 啊 阿 and Big5's level-1 陛 陝; nothing in the bytes tells which.
    const both = Buffer.from([0xb0, 0xa1, 0x2c, 0xb0, 0xa2, 0x0d, 0x0a]);
    expect(['big5', 'gb18030']).not.toContain(chooseCodePage(both, false).encoding);
  });
});
