// Probes of the other calendars (buddhist-era-dates.ts, solar-hijri-dates.ts): files where a year
// of the era, or a year of 13xx/14xx, must not be sent as a wrong day. Expected days worked out by
// hand and with ICU (Intl.DateTimeFormat en-u-ca-persian / th-TH-u-ca-buddhist).
import { buddhistEraColumns } from '../../../main/import/map/buddhist-era-dates.ts';
import { solarHijriColumns } from '../../../main/import/map/solar-hijri-dates.ts';
import { collect, tempFiles } from './support.ts';

const file = tempFiles();
const days = (r: Awaited<ReturnType<typeof collect>>) =>
  r.appointments.map((a) => [a.patient.patientId, a.start.toISOString(), a.patient.dob ?? null]);
const lineErrors = (r: Awaited<ReturnType<typeof collect>>) => r.errors.map((e) => [e.line, e.message]);
const HIJRI_REFUSAL = /column '.+' holds dates of a Hijri calendar/;

async function outcome(name: string, lines: string[], timeZone: string) {
  try {
    return await collect(file(name, lines), { timeZone });
  } catch (e) {
    return { refused: String(e) };
  }
}

test('a US file with a year typo 2570 or 2207 sends the other rows, never that year', async () => {
  const r = await outcome(
    'us.csv',
    [
      'Appt ID,Date,Time,Patient ID,First Name,Last Name,DOB,Status',
      '1,03/01/2027,09:00,11,Ann,Lee,08/12/1985,Confirmed',
      '2,03/01/2570,10:00,12,Bob,Ray,01/03/1990,Confirmed',
      '3,03/02/2207,10:00,13,Cy,Fox,01/04/1990,Confirmed',
      '4,03/02/2027,11:00,14,Di,Orr,01/05/1990,Confirmed',
    ],
    'America/New_York',
  );
  expect('refused' in r ? r.refused : days(r)).toEqual([
    ['11', '2027-03-01T14:00:00.000Z', '1985-08-12'],
    ['14', '2027-03-02T16:00:00.000Z', '1990-01-05'],
  ]);
});

test('a Thai-zone practice writing Gregorian dates beside Thai words is read as written', async () => {
  const r = await outcome(
    'th-ce.csv',
    [
      'HN,ชื่อ,นามสกุล,วันเกิด,วันที่นัด,เวลานัด,สถานะ',
      '0045123,สมชาย,ใจดี,12/08/1985,01/03/2027,09:00,ยืนยันนัด',
      '0039002,กาญจนา,ทองคำ,25/11/1978,15/03/2027,13:30,ยืนยันนัด',
    ],
    'Asia/Bangkok',
  );
  // Bangkok is UTC+7: 09:00 on 1 March 2027 is 02:00 UTC.
  expect('refused' in r ? r.refused : days(r)).toEqual([
    ['0045123', '2027-03-01T02:00:00.000Z', '1985-08-12'],
    ['0039002', '2027-03-15T06:30:00.000Z', '1978-11-25'],
  ]);
});

test('a Thai column mixing Buddhist Era and Gregorian years never sends a year of the era', async () => {
  const r = await outcome(
    'th-mixed.csv',
    [
      'HN,ชื่อ,นามสกุล,วันเกิด,วันที่นัด,เวลานัด,สถานะ',
      '0045123,สมชาย,ใจดี,12/08/2528,01/03/2570,09:00,ยืนยันนัด',
      '0039002,กาญจนา,ทองคำ,25/11/1978,15/03/2027,13:30,ยืนยันนัด',
    ],
    'Asia/Bangkok',
  );
  // The sample shows both eras, so the column is not of the era: 2570 is refused as a typing slip.
  expect('refused' in r ? r.refused : [days(r), lineErrors(r)]).toEqual([
    [['0039002', '2027-03-15T06:30:00.000Z', '1978-11-25']],
    [[2, expect.stringMatching(/year 2570 is centuries away/)]],
  ]);
});

test('Buddhist Era birth dates beside Gregorian appointment dates: each read in its own era', async () => {
  const r = await outcome(
    'th-dob.csv',
    [
      'HN,ชื่อ,นามสกุล,วันเกิด,วันที่นัด,เวลานัด,สถานะ',
      '0045123,สมชาย,ใจดี,12/08/2528,01/03/2027,09:00,ยืนยันนัด',
      '0039002,กาญจนา,ทองคำ,25/11/2521,15/03/2027,13:30,ยืนยันนัด',
    ],
    'Asia/Bangkok',
  );
  expect('refused' in r ? r.refused : days(r)).toEqual([
    ['0045123', '2027-03-01T02:00:00.000Z', '1985-08-12'],
    ['0039002', '2027-03-15T06:30:00.000Z', '1978-11-25'],
  ]);
});

test('Buddhist Era birth dates in a file not shown to be Thai are never sent as births of the era', async () => {
  const r = await outcome(
    'kh-dob.csv',
    [
      'Patient ID,First Name,Last Name,DOB,Date,Time,Status',
      '9002,Sok,Chea,02/11/2533,01/03/2027,09:00,Confirmed',
      '9003,Dara,Heng,21/04/2527,02/03/2027,10:00,Confirmed',
    ],
    'Asia/Phnom_Penh',
  );
  expect('refused' in r ? r.refused : [days(r), lineErrors(r).map(([l]) => l)]).toEqual([[], [2, 3]]);
});

test('a Cambodian file (Khmer words) is never read by the Thai count, even in the Asia/Bangkok zone', () => {
  // Cambodia counts the era 544 above the Gregorian: 01/03/2570 there is 2026, in Thailand 2027.
  const rows = [['1', 'សុខ', '01/03/2570']];
  expect(buddhistEraColumns(['No', 'ឈ្មោះ', 'Date'], rows, 'Asia/Bangkok')).toBeUndefined();
  expect(
    buddhistEraColumns(['No', 'ชื่อ', 'Date'], [['1', 'สมชาย', '01/03/2570']], 'Asia/Bangkok')?.headers,
  ).toEqual(['Date']);
});

test('solar Hijri dates in a Persian file of a practice outside Iran and Afghanistan are not sent', async () => {
  const r = await outcome(
    'nobat.csv',
    [
      'کد رهگیری,تاریخ نوبت,ساعت,نام,نام خانوادگی,شماره پرونده,تاریخ تولد,وضعیت',
      '483935,1405/12/11,16:00,حسین,کریمی,1187,1357/09/04,لغو شده',
      '484012,1406/01/15,11:15,زهرا,محمدی,1344,1369/10/13,لغو شده',
    ],
    'Europe/London',
  );
  expect('refused' in r ? r.refused : days(r)).toMatch(HIJRI_REFUSAL);
});

test('the Persian new year: Esfand 30 of a leap year is read, of a common year never sent', async () => {
  // ICU (en-u-ca-persian): 30 Esfand 1403 AP is 20 March 2025 (1403 a leap year), 1 Farvardin 1406
  // is 21 March 2027; 1405 has no 30 Esfand. Tehran keeps UTC+3:30.
  const head = 'کد رهگیری,تاریخ نوبت,ساعت,نام,نام خانوادگی,شماره پرونده,تاریخ تولد,وضعیت';
  const r = await outcome(
    'esfand.csv',
    [
      head,
      '483935,1403/12/30,16:00,حسین,کریمی,1187,1357/09/04,لغو شده',
      '484013,1406/01/01,11:15,زهرا,محمدی,1344,1369/10/13,لغو شده',
    ],
    'Asia/Tehran',
  );
  expect('refused' in r ? r.refused : days(r)).toEqual([
    ['1187', '2025-03-20T12:30:00.000Z', '1978-11-25'],
    ['1344', '2027-03-21T07:45:00.000Z', '1991-01-03'],
  ]);
  const bad = await outcome(
    'esfand-common.csv',
    [head, '484012,1405/12/30,11:15,زهرا,محمدی,1344,1369/10/13,لغو شده'],
    'Asia/Tehran',
  );
  expect('refused' in bad ? bad.refused : days(bad)).toMatch(HIJRI_REFUSAL);
});

test('an Arabic file with lunar Hijri years 1446-1448 is never read in the solar calendar', async () => {
  const r = await outcome(
    'mawaid.csv',
    [
      'رقم الموعد,التاريخ,الوقت,الاسم,اسم العائلة,رقم الملف,الحالة',
      '501,1448/09/01,09:00,محمد,العتيبي,221,مؤكد',
      '502,1447/10/12,10:00,فاطمة,الحربي,222,مؤكد',
    ],
    'Asia/Riyadh',
  );
  expect('refused' in r ? r.refused : days(r)).toMatch(HIJRI_REFUSAL);
});

test('an Afghan Persian file whose dates are lunar Hijri years (1446-1448) is not read as solar', async () => {
  // Solar 1447 would be 2068: no schedule of today; Afghanistan's offices write lunar Hijri dates since 2022.
  const r = await outcome(
    'kabul.csv',
    [
      'کد رهگیری,تاریخ نوبت,ساعت,نام,نام خانوادگی,شماره پرونده,تاریخ تولد,وضعیت',
      '483935,1448/09/01,16:00,احمد,کریمی,1187,1357/09/04,لغو شده',
      '484012,1447/10/12,11:15,مریم,احمدی,1344,1369/10/13,لغو شده',
    ],
    'Asia/Kabul',
  );
  expect('refused' in r ? r.refused : days(r)).toMatch(HIJRI_REFUSAL);
});

test('a year decades ahead in any date column means the years are lunar: no column is converted', () => {
  const headers = ['تاریخ نوبت', 'تاریخ تولد'];
  // Solar 1405/12/10 is 1 March 2027; solar 1447 would be 2068, lunar 1447 is 2025.
  expect(solarHijriColumns(headers, [['1405/12/10', '1357/09/04']], 'Asia/Kabul', 2026)?.headers).toEqual(
    headers,
  );
  expect(solarHijriColumns(headers, [['1447/10/12', '1357/09/04']], 'Asia/Kabul', 2026)).toBeUndefined();
  // 2046 is 20 years after 2026 (1425 solar): still read; 2047 (1426) is not.
  expect(solarHijriColumns(headers, [['1425/01/01', '1357/09/04']], 'Asia/Tehran', 2026)).toBeDefined();
  expect(solarHijriColumns(headers, [['1426/01/01', '1357/09/04']], 'Asia/Tehran', 2026)).toBeUndefined();
});
