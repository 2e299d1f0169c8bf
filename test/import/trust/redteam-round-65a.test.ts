// Red team, round 65a: three blind corpus layouts from systems abroad (472 Vietnam, 473 Kenya, 474
// Nepal) found a Vietnamese list and a Kenyan report refused outright (their name columns unread)
// and a Nepali list held for a false doubt. The rules fixed, each probed on a small file of its own
// at the practice's zone only:
//   A. `Surname` beside `Other Names`: the given names (Kenya, Nigeria, Ghana, UK forms);
//   B. a calendar tag in brackets (`Date (AD)`, `Date (Eng)`) says Gregorian, no other event's date;
//      a Bikram Sambat date (`Miti (BS)`, 2082-11-18) is never sent as a Gregorian one;
//   C. Vietnamese headers (`Họ` / `Tên`, `Ngày hẹn`, `Giờ hẹn`, `Trạng thái`, ...) and states;
//   D. `Honoured` (KenyaEMR's kept appointment) is a visit that took place.
// Outcomes were worked out by hand before the first run. Calendar, by hand: Nairobi keeps UTC+03:00,
// Kathmandu UTC+05:45, Ho Chi Minh City UTC+07:00, all three all year. 2082-11-18 BS is 2 March 2026
// (1 Falgun 2082 = 13 February 2026, checked with the npm package nepali-date-converter).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-65a');

type Result = Awaited<ReturnType<typeof collect>>;
type Run = Result | 'refused';

async function run(lines: string[], timeZone: string): Promise<Run> {
  try {
    return await collect(files.write(lines), { timeZone });
  } catch {
    return 'refused';
  }
}
const held = (r: Run): boolean => r === 'refused' || (r.summary.doubts ?? []).length > 0;
/** What went, `startZ status first last`, or null if held or refused. */
const sent = (r: Run): string[] | null =>
  held(r) || r === 'refused'
    ? null
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.firstName} ${a.patient.lastName}`,
      );

describe("A. 'Surname' beside 'Other Names' (a Kenyan outpatient report, Nairobi)", () => {
  const kenya = (given: string) => [
    `File No,Surname,${given},Date of Birth,Appt Date,Appt Time,Status`,
    'F-1021,Otieno,Brian Ochieng,23/07/1985,23/03/2026,08:30,Booked',
    'F-1022,Wanjiku,Mary Njeri,04/11/1992,23/03/2026,14:30,Cancelled',
    'F-1023,Odhiambo,Joseph,12/03/1957,24/03/2026,16:45,Confirmed',
  ];
  // By hand: 23 March 08:30 EAT = 05:30Z, 14:30 = 11:30Z, 24 March 16:45 = 13:45Z.
  const RIGHT = [
    '2026-03-23T05:30 NEW Brian Ochieng Otieno',
    '2026-03-23T11:30 CANCEL Mary Njeri Wanjiku',
    '2026-03-24T13:45 NEW Joseph Odhiambo',
  ];
  it.each(['Other Names', 'OTHER NAMES', 'Othernames', 'Patient Other Names'])(
    "'%s' is the given names: sent as written, nothing asked",
    async (header) => {
      expect(sent(await run(kenya(header), 'Africa/Nairobi'))).toEqual(RIGHT);
    },
  );
  // Beside a `First Name` it may be a nickname or an alias: which is the first name is asked.
  it("'Other Names' beside 'First Name' is asked about, never sent as the first name", async () => {
    const lines = [
      'Appt ID,File No,First Name,Surname,Other Names,Date of Birth,Appt Date,Appt Time,Status',
      'APT-1,F-1021,Brian,Otieno,Ochieng,23/07/1985,23/03/2026,08:30,Booked',
      'APT-2,F-1022,Mary,Wanjiku,,04/11/1992,23/03/2026,14:30,Booked',
      'APT-3,F-1023,Joseph,Odhiambo,Joe,12/03/1957,24/03/2026,16:45,Booked',
    ];
    const r = await run(lines, 'Africa/Nairobi');
    expect(
      held(r) ||
        (r !== 'refused' &&
          r.appointments.every((a) => ['Brian', 'Mary', 'Joseph'].includes(a.patient.firstName))),
    ).toBe(true);
  });
});

describe("B. calendar tags: 'Date (AD)' beside 'Miti (BS)' (a Nepali OPD list, Kathmandu)", () => {
  const nepal = (dateHeader: string, withAd = true) => [
    `Appt. No.,Hosp. No.,First Name,Last Name,DOB (AD),Miti (BS)${withAd ? `,${dateHeader}` : ''},Time,Status`,
    `OPA-0041,H-0081234,Pemba,Sherpa,1964-12-11,2082-11-18${withAd ? ',2026-03-02' : ''},10:00 AM,Booked`,
    `OPA-0045,H-0092210,Sita,Shrestha,1990-10-08,2082-11-18${withAd ? ',2026-03-02' : ''},12:30 PM,Cancelled`,
    `OPA-0052,H-0100456,Aarati,Magar,2017-09-02,2082-11-19${withAd ? ',2026-03-03' : ''},03:15 PM,Confirmed`,
  ];
  // By hand: 2 March 10:00 NPT (+05:45) = 04:15Z, 12:30 PM = 06:45Z, 3 March 3:15 PM = 09:30Z.
  const RIGHT = [
    '2026-03-02T04:15 NEW Pemba Sherpa',
    '2026-03-02T06:45 CANCEL Sita Shrestha',
    '2026-03-03T09:30 NEW Aarati Magar',
  ];
  it.each(['Date (AD)', 'Date (A.D.)', 'Date (Eng)', 'Appointment Date [Gregorian]', 'Date (CE)'])(
    "'%s' is the appointment's Gregorian date: sent, nothing asked",
    async (header) => {
      expect(sent(await run(nepal(header), 'Asia/Kathmandu'))).toEqual(RIGHT);
    },
  );

  // Before: held with the question "Is 'Miti (BS)' the appointment date?", whose yes sent every
  // visit 56 years late. Now refused, the refusal naming the calendar and what to export.
  it('a list with the Bikram Sambat date only is refused, naming the calendar: never 18 November 2082', async () => {
    await expect(collect(files.write(nepal('', false)), { timeZone: 'Asia/Kathmandu' })).rejects.toThrow(
      /column 'Miti \(BS\)' holds dates of Nepal's Bikram Sambat calendar such as '2082-11-18'.*Export the appointment dates in the Gregorian calendar/,
    );
  });

  // A date column decades ahead under a header that says nothing (`Col6`): held or refused (the
  // far-ahead check), never sent.
  it('dates decades ahead under a bare header are never sent', async () => {
    const lines = nepal('', false).map((l, i) => (i === 0 ? l.replace('Miti (BS)', 'Col6') : l));
    const r = await run(lines, 'Asia/Kathmandu');
    const went = r === 'refused' || held(r) ? [] : r.appointments;
    expect(went.filter((a) => a.start.getUTCFullYear() > 2070)).toEqual([]);
  });
});

describe('C. Vietnamese headers and states (a clinic list, Ho Chi Minh City)', () => {
  const vietnam = (states: [string, string, string], name = ['Họ', 'Tên']) => [
    `STT,Mã lịch hẹn,Mã BN,${name.join(',')},Ngày sinh,Điện thoại,Ngày hẹn,Giờ hẹn,Bác sĩ,Trạng thái`,
    `1,LH-0118,BN00412,${name.length === 2 ? 'Nguyễn,Lan' : 'Nguyễn Lan'},14/07/1988,0903 412 118,16/03/2026,09:00,BS. Trần Minh Đức,${states[0]}`,
    `2,LH-0121,BN01187,${name.length === 2 ? 'Trần,Hùng' : 'Trần Hùng'},03/11/1975,0918 225 301,16/03/2026,14:00,BS. Trần Minh Đức,${states[1]}`,
    `3,LH-0124,BN00958,${name.length === 2 ? 'Võ,Khoa' : 'Võ Khoa'},25/02/2001,0987 654 110,17/03/2026,08:30,BS. Phạm Thu Hà,${states[2]}`,
  ];
  // By hand: 16 March 09:00 ICT (+07:00) = 02:00Z, 14:00 = 07:00Z, 17 March 08:30 = 01:30Z.
  const start = ['2026-03-16T02:00', '2026-03-16T07:00', '2026-03-17T01:30'];
  const names = ['Lan Nguyễn', 'Hùng Trần', 'Khoa Võ'];
  const expectSent = (statuses: string[]) => statuses.map((s, i) => `${start[i]} ${s} ${names[i]}`);

  it.each<[[string, string, string], string[]]>([
    [
      ['Đã xác nhận', 'Đã hủy', 'Không đến'],
      ['NEW', 'CANCEL', 'NEW'],
    ],
    [
      ['Đặt lịch', 'Đã huỷ', 'Đã đến'],
      ['NEW', 'CANCEL', 'NEW'],
    ],
    [
      ['ĐÃ KHÁM', 'HỦY', 'CHỜ XÁC NHẬN'],
      ['NEW', 'CANCEL', 'NEW'],
    ],
  ])('Họ / Tên columns with states %j: sent right, nothing asked', async (states, statuses) => {
    expect(sent(await run(vietnam(states), 'Asia/Ho_Chi_Minh'))).toEqual(expectSent(statuses));
  });

  it("'Dời lịch' (moved: is the booking gone?) is asked, never guessed", async () => {
    expect(held(await run(vietnam(['Đặt lịch', 'Dời lịch', 'Đã đến']), 'Asia/Ho_Chi_Minh'))).toBe(true);
  });

  it("one 'Họ và tên' column (family name first) is asked about, never sent first name Nguyễn", async () => {
    const r = await run(vietnam(['Đặt lịch', 'Đã hủy', 'Đã đến'], ['Họ và tên']), 'Asia/Ho_Chi_Minh');
    expect(r).not.toBe('refused');
    expect(held(r)).toBe(true);
  });
});

describe("D. 'Honoured' (KenyaEMR: the patient kept the appointment)", () => {
  it.each(['Honoured', 'Honored', 'HONOURED'])("'%s' is sent as a live visit", async (word) => {
    const lines = [
      'Appt No,File No,Surname,First Name,Date of Birth,Appt Date,Appt Time,Status',
      `APT-1,F-1021,Otieno,Brian,23/07/1985,23/03/2026,08:30,${word}`,
      'APT-2,F-1022,Wanjiku,Mary,04/11/1992,23/03/2026,14:30,Missed',
      'APT-3,F-1023,Odhiambo,Joseph,12/03/1957,24/03/2026,16:45,Cancelled',
    ];
    expect(sent(await run(lines, 'Africa/Nairobi'))).toEqual([
      '2026-03-23T05:30 NEW Brian Otieno',
      '2026-03-23T11:30 NEW Mary Wanjiku',
      '2026-03-24T13:45 CANCEL Joseph Odhiambo',
    ]);
  });
});
