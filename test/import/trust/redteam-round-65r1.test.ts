// Red team, round 65r1: the loosenings of this stop (65a: Vietnamese headers and states, `Other
// Names` as the given names, `Honoured` a visit, calendar tags in brackets, Bikram Sambat; 65b:
// `Rm` a room, count lines, the clinician's own time skipped, a title's period deciding day/month
// order; 65d: site-clock headers, shared e-mail addresses), each attacked with small files imported
// at the practice's zone only. Outcomes were worked out by hand before the first run.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7) to 7 November 2027
// (UTC-8 after); Ho Chi Minh City is UTC+07:00 and Nairobi UTC+03:00 all year.
import { describe, expect, it } from 'vitest';
import { NO_EMAIL } from '../../../main/model/appointment.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { same } from './start-probes.ts';
import {
  APPT,
  type Cols,
  col,
  DATE,
  DOB,
  held,
  lines,
  linesRunner,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  status,
  statusJudge,
  TIME,
  withPatients,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-65r1');
const run = probeRunner(files);
const runLines = linesRunner(files);
const runAt = async (rows: string[], timeZone: string): Promise<Run> =>
  collect(files.write(rows), { timeZone }).catch(() => 'refused' as const);
/** Right or held: never a wrong send. */
const rightOrHeld = (r: Run, right: string[] | null): boolean =>
  held(r) || JSON.stringify(sent(r)) === JSON.stringify(right);
const RIGHT3 = STARTS.map((s, i) => `${s} NEW ${['Hollis', 'Obi', 'Lindqvist'][i]}`);

describe('A. statuses: Vietnamese, Croatian, Honoured (Obi’s row)', () => {
  // N booked, C cancelled; n never cancelled (booked, error or held); c never booked.
  it.each<[string, string]>([
    ['Honoured', 'NNN'],
    ['Honored', 'NNN'],
    ['HONOURED', 'NNN'],
    ['honoured', 'NNN'],
    ['Not Honoured', 'nnn'],
    ['Not Honored', 'nnn'],
    ['Dishonoured', 'nnn'],
    ['Unhonoured', 'nnn'],
    ['Honoured - cancelled', 'ncn'],
    ['Honoured (cancelled)', 'ncn'],
    ['Cancelled - not honoured', 'ncn'],
    ['Cancelled, Honoured', 'ncn'],
    ['Đã hủy', 'NCN'],
    ['đã hủy', 'NCN'],
    ['ĐÃ HỦY', 'NCN'],
    ['Đã huỷ', 'NCN'],
    ['Hủy', 'NCN'],
    ['Bị hủy', 'NCN'],
    ['Hủy lịch', 'NCN'],
    ['Hủy lịch hẹn', 'ncn'],
    ['Đã hủy lịch hẹn', 'ncn'],
    ['Không hủy', 'nnn'],
    ['Chưa hủy', 'nnn'],
    ['Không đến', 'NNN'],
    ['Vắng mặt', 'NNN'],
    ['Đã đến', 'NNN'],
    ['Đặt lịch', 'NNN'],
    ['Đã xác nhận', 'NNN'],
    ['Chưa xác nhận', 'NNN'],
    ['Hoàn thành', 'NNN'],
    ['Chưa hoàn thành', 'nnn'],
    ['Không đặt lịch', 'nnn'],
    ['Hủy bỏ', 'ncn'],
    ['Dời lịch', 'nHn'],
    ['Đổi lịch', 'nHn'],
    ['Đã dời lịch', 'nHn'],
    ['Dời lịch hẹn', 'nHn'],
    ['Yêu cầu hủy', 'nHn'],
    ['Otkazan', 'ncn'],
    ['Otkazano', 'ncn'],
    ['Nije otkazan', 'nnn'],
    ['Došao', 'nnn'],
    ['Nije došao', 'nnn'],
    ['Dosao', 'nnn'],
  ])("Status '%s' on Obi's row: %s", async (word, want) => {
    expect(statusJudge(await run(withPatients([status(word)])), want)).toBe('');
  });

  // A payment's state is not the appointment's: a cheque honoured is no visit kept, and a
  // payment cancelled or dishonoured is no booking cancelled.
  it.each<[string, string, string, string]>([
    ['Cheque Status', 'Honoured', 'Cancelled', 'NCN'],
    ['Payment Status', 'Honoured', 'Cancelled', 'NCN'],
    ['Cheque', 'Honored', 'Cancelled', 'NCN'],
    ['Payment Status', 'Dishonoured', 'Scheduled', 'nnn'],
    ['Payment Status', 'Cancelled', 'Scheduled', 'nnn'],
    ['Trạng thái thanh toán', 'Đã hủy', 'Đặt lịch', 'nnn'],
    ['Insurance Status', 'Not Honoured', 'Scheduled', 'nnn'],
  ])("'%s' = '%s' beside Status '%s'", async (h, v, st, want) => {
    expect(statusJudge(await run(withPatients([status(st), col(h, v, 'Paid')])), want)).toBe('');
  });
});

describe('B. Vietnamese headers (a clinic list, Ho Chi Minh City)', () => {
  const HCM = 'Asia/Ho_Chi_Minh';
  // By hand: 16 March 09:00 ICT = 02:00Z, 14:00 = 07:00Z, 17 March 08:30 = 01:30Z.
  const RIGHT = ['2026-03-16T02:00', '2026-03-16T07:00', '2026-03-17T01:30'].map(
    (t, i) => `${t} ${['NEW', 'CANCEL', 'NEW'][i]} ${['Lan Nguyễn', 'Hùng Trần', 'Khoa Võ'][i]}`,
  );
  const sentFull = (r: Run): string[] | null =>
    held(r) || r === 'refused'
      ? null
      : r.appointments.map(
          (a) =>
            `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.firstName} ${a.patient.lastName}`,
        );
  type Col = [string, string[]];
  const base = (): Col[] => [
    ['Mã BN', ['BN00412', 'BN01187', 'BN00958']],
    ['Họ', ['Nguyễn', 'Trần', 'Võ']],
    ['Tên', ['Lan', 'Hùng', 'Khoa']],
    ['Ngày sinh', ['14/07/1988', '03/11/1975', '25/02/2001']],
    ['Ngày hẹn', ['16/03/2026', '16/03/2026', '17/03/2026']],
    ['Giờ hẹn', ['09:00', '14:00', '08:30']],
    ['Trạng thái', ['Đặt lịch', 'Đã hủy', 'Đã đến']],
  ];
  const rename = (cols: Col[], from: string, to: string): Col[] =>
    cols.map(([h, v]) => [h === from ? to : h, v] as Col);
  const go = (cols: Col[]) => runAt(lines(cols), HCM);
  const ok = (r: Run) => held(r) || JSON.stringify(sentFull(r)) === JSON.stringify(RIGHT);

  it('the plain list is sent right (the baseline)', async () => {
    expect(sentFull(await go(base()))).toEqual(RIGHT);
  });
  it('Ngày hẹn before Ngày sinh: sent right', async () => {
    const b = base();
    expect(sentFull(await go([b[0]!, b[1]!, b[2]!, b[4]!, b[3]!, b[5]!, b[6]!]))).toEqual(RIGHT);
  });
  it.each<[string, string, string]>([
    ['Giờ hẹn', 'Giờ', 'the hour alone'],
    ['Giờ hẹn', 'Giờ khám', 'the hour of the examination'],
    ['Ngày hẹn', 'Ngày', 'the day alone'],
    ['Ngày hẹn', 'Appt Date (Ngày hẹn)', 'inside an English header'],
    ['Ngày sinh', 'Patient DOB (Ngày sinh)', 'inside an English header'],
    ['Giờ hẹn', 'Time (Giờ hẹn)', 'inside an English header'],
    ['Trạng thái', 'Status / Trạng thái', 'inside an English header'],
    ['Họ', 'Họ (Surname)', 'with its English'],
    ['Ngày hẹn', 'NGÀY HẸN', 'in capitals'],
    ['Ngày sinh', 'Ngay sinh', 'without its marks'],
  ])("'%s' written '%s' (%s): sent right or asked", async (from, to) => {
    expect(ok(await go(rename(base(), from, to)))).toBe(true);
  });
  // A second date of another event beside the appointment's: never the start.
  it.each<[string, string[]]>([
    ['Ngày tạo', ['01/03/2026', '02/03/2026', '03/03/2026']], // created
    ['Ngày tái khám', ['20/04/2026', '21/04/2026', '22/04/2026']], // the follow-up visit
    ['Ngày hẹn tiếp theo', ['20/04/2026', '21/04/2026', '22/04/2026']], // the next appointment
    ['Ngày hẹn trước', ['01/02/2026', '02/02/2026', '03/02/2026']], // the previous appointment
    ['Ngày sinh người thân', ['01/01/1960', '02/02/1961', '03/03/1962']], // a relative's birth
  ])("'%s' beside Ngày hẹn: never the start", async (h, v) => {
    const b = base();
    expect(ok(await go([...b, [h, v]]))).toBe(true);
    expect(ok(await go([b[0]!, b[1]!, b[2]!, b[3]!, [h, v], b[4]!, b[5]!, b[6]!]))).toBe(true);
  });
  it("only 'Ngày sinh' and no appointment date: never a birth date as the visit", async () => {
    const b = base();
    const r = await go([b[0]!, b[1]!, b[2]!, b[3]!, b[5]!, b[6]!]);
    expect(
      held(r) || (r !== 'refused' && r.appointments.every((a) => a.start.getUTCFullYear() >= 2026)),
    ).toBe(true);
  });
  it("a relative's full name (Họ tên người thân) beside Họ / Tên: never the patient", async () => {
    expect(
      ok(await go([...base(), ['Họ tên người thân', ['Phạm Thị Mai', 'Lê Văn Tú', 'Đỗ Minh Anh']]])),
    ).toBe(true);
  });
  it("the doctor's name (Tên bác sĩ) beside Họ / Tên: never the patient", async () => {
    expect(ok(await go([...base(), ['Tên bác sĩ', ['Trần Minh Đức', 'Trần Minh Đức', 'Phạm Thu Hà']]]))).toBe(
      true,
    );
  });
  it("'Mã bác sĩ' (the doctor's code) beside Mã BN: sent right or asked", async () => {
    expect(ok(await go([...base(), ['Mã bác sĩ', ['BS01', 'BS01', 'BS02']]]))).toBe(true);
  });
  it("'Giờ kết thúc' (end) before Giờ hẹn: never the start", async () => {
    const b = base();
    expect(
      ok(
        await go([
          b[0]!,
          b[1]!,
          b[2]!,
          b[3]!,
          b[4]!,
          ['Giờ kết thúc', ['09:30', '14:30', '09:00']],
          b[5]!,
          b[6]!,
        ]),
      ),
    ).toBe(true);
  });
  it("a payment status (Trạng thái thanh toán) before the visit's: Trần never cancelled by it", async () => {
    const b = base();
    const pay: Col = ['Trạng thái thanh toán', ['Đã thanh toán', 'Đã hủy', 'Đã thanh toán']];
    const visit: Col = ['Trạng thái', ['Đặt lịch', 'Đặt lịch', 'Đã đến']];
    const r = await go([b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!, pay, visit]);
    expect(held(r) || (r !== 'refused' && r.appointments.every((a) => a.status === 'NEW'))).toBe(true);
  });
});

describe("C. 'Other Names' (Kenyan, Nigerian, Ghanaian, UK forms; Nairobi)", () => {
  const NBO = 'Africa/Nairobi';
  const ROWS = [
    ['F-1021', '23/07/1985', '23/03/2026', '08:30', 'Booked'],
    ['F-1022', '04/11/1992', '23/03/2026', '14:30', 'Booked'],
    ['F-1023', '12/03/1957', '24/03/2026', '16:45', 'Booked'],
  ];
  // By hand: 23 March 08:30 EAT = 05:30Z, 14:30 = 11:30Z, 24 March 16:45 = 13:45Z.
  const AT = ['2026-03-23T05:30', '2026-03-23T11:30', '2026-03-24T13:45'];
  const file = (names: Array<[string, string[]]>) => [
    ['File No', ...names.map(([h]) => h), 'Date of Birth', 'Appt Date', 'Appt Time', 'Status'].join(','),
    ...ROWS.map((r, i) => [r[0], ...names.map(([, v]) => v[i]), ...r.slice(1)].join(',')),
  ];
  const firstLast = (r: Run): string[] | null =>
    held(r) || r === 'refused'
      ? null
      : r.appointments.map(
          (a, i) =>
            `${AT[i] === a.start.toISOString().slice(0, 16)} ${a.patient.firstName}|${a.patient.lastName}`,
        );
  const want = (first: string[], last: string[]) => first.map((f, i) => `true ${f}|${last[i]}`);
  const SUR = ['Otieno', 'Wanjiku', 'Odhiambo'];
  const GIVEN = ['Brian', 'Mary', 'Joseph'];

  it.each<[string, Array<[string, string[]]>]>([
    [
      'Surname, Other Names',
      [
        ['Surname', SUR],
        ['Other Names', GIVEN],
      ],
    ],
    [
      'Other Names first, then Surname',
      [
        ['Other Names', GIVEN],
        ['Surname', SUR],
      ],
    ],
    [
      'Last Name, Other Names',
      [
        ['Last Name', SUR],
        ['Other Names', GIVEN],
      ],
    ],
    [
      'Family Name, Other Names',
      [
        ['Family Name', SUR],
        ['Other Names', GIVEN],
      ],
    ],
    [
      'Surname, Forenames',
      [
        ['Surname', SUR],
        ['Forenames', GIVEN],
      ],
    ],
    [
      'Surname, Forename(s)',
      [
        ['Surname', SUR],
        ['Forename(s)', GIVEN],
      ],
    ],
    [
      'SURNAME, OTHER NAMES',
      [
        ['SURNAME', SUR],
        ['OTHER NAMES', GIVEN],
      ],
    ],
    [
      'Surname, Other names (Given)',
      [
        ['Surname', SUR],
        ['Other names (Given)', GIVEN],
      ],
    ],
  ])('%s: the given names sent as the first name, or asked', async (_w, names) => {
    const r = await runAt(file(names), NBO);
    expect(held(r) || JSON.stringify(firstLast(r)) === JSON.stringify(want(GIVEN, SUR))).toBe(true);
  });

  // Beside a first name, `Other Names` is a middle name, an alias, a maiden name or a nickname:
  // never the first name sent.
  it.each<[string, string[]]>([
    ['Other Names', ['Ochieng', '', 'Joe']],
    ['Other Names', ['Bobo', 'Mama Njeri', 'Jojo']],
    ['Other Names', ['née Achieng', 'née Kamau', '']],
  ])("'%s' %j beside First Name and Surname: the First Name sent, or asked", async (h, v) => {
    const r = await runAt(
      file([
        ['First Name', GIVEN],
        ['Surname', SUR],
        [h, v],
      ]),
      NBO,
    );
    expect(held(r) || JSON.stringify(firstLast(r)) === JSON.stringify(want(GIVEN, SUR))).toBe(true);
  });
  it.each<[string, string, string[]]>([
    ['Forenames', 'Other Names', ['Bobo', 'Mama Njeri', 'Jojo']],
    ['Given Name', 'Other Names', ['Bobo', 'Mama Njeri', 'Jojo']],
    ['Forenames', 'Other Name', ['Bobo', 'Mama Njeri', 'Jojo']],
    ['First Name', 'Alias / Other Names', ['Bobo', 'Mama Njeri', 'Jojo']],
    ['First Name', 'Other Names (Alias)', ['Bobo', 'Mama Njeri', 'Jojo']],
    ['First Name', 'Maiden / Other Names', ['Achieng', 'Kamau', 'Atieno']],
    ['First Name', 'Patient Other Names', ['Bobo', 'Mama Njeri', 'Jojo']],
  ])("'%s' beside '%s' (an alias): never the alias as the first name", async (g, h, v) => {
    const r = await runAt(
      file([
        [g, GIVEN],
        ['Surname', SUR],
        [h, v],
      ]),
      NBO,
    );
    expect(held(r) || JSON.stringify(firstLast(r)) === JSON.stringify(want(GIVEN, SUR))).toBe(true);
  });
  // Someone else's other names: never the patient's.
  it.each(['Next of Kin Other Names', 'NOK Other Names', 'Guardian Other Names', "Mother's Other Names"])(
    "'%s' beside Surname and Other Names: never the patient's first name",
    async (h) => {
      const r = await runAt(
        file([
          ['Surname', SUR],
          ['Other Names', GIVEN],
          [h, ['Peter', 'Grace', 'Ann']],
        ]),
        NBO,
      );
      expect(held(r) || JSON.stringify(firstLast(r)) === JSON.stringify(want(GIVEN, SUR))).toBe(true);
    },
  );
  it("'Other Names' with no family name column: never sent as the whole name", async () => {
    const r = await runAt(file([['Other Names', GIVEN]]), NBO);
    expect(held(r) || (r !== 'refused' && r.appointments.every((a) => a.patient.lastName !== ''))).toBe(true);
  });
});

describe('D. calendar tags: another calendar beside the Gregorian date (Los Angeles)', () => {
  // Rows on 22, 22, 23 March 2027, written Gregorian in one column and in another calendar in the
  // other: Hijri 1448 (13/14 Ramadan 1448 is about 22 March 2027... by the table, not used: any
  // 1448 year is wrong), Solar Hijri 1406-01-01/02 (22, 23 March 2027: Nowruz 1406 is 21 March),
  // Thai Buddhist 2570 (2027 + 543), ROC 116 (2027 - 1911), Bikram Sambat 2083-12-08/09.
  const OTHER: Record<string, string[]> = {
    hijri: ['1448/09/13', '1448/09/13', '1448/09/14'],
    solar: ['1406/01/01', '1406/01/01', '1406/01/02'],
    be: ['22/03/2570', '22/03/2570', '23/03/2570'],
    roc: ['116/03/22', '116/03/22', '116/03/23'],
    bs: ['2083-12-08', '2083-12-08', '2083-12-09'],
  };
  const GREG: [string, string[]] = ['', ['2027-03-22', '2027-03-22', '2027-03-23']];
  const probe = (g: string, o: string, kind: string, otherFirst: boolean) => {
    const greg: [string, string[]] = [g, GREG[1]];
    const other: [string, string[]] = [o, OTHER[kind]!];
    return run([...(otherFirst ? [other, greg] : [greg, other]), TIME, PATIENT, DOB, PID, PROVIDER, APPT]);
  };
  it.each<[string, string, string]>([
    ['Date (Gregorian)', 'Date (Hijri)', 'hijri'],
    ['Date', 'Date (Hijri)', 'hijri'],
    ['Date (AD)', 'Tarikh (Hijri)', 'hijri'],
    ['Tarikh (Masihi)', 'Tarikh (Hijri)', 'hijri'],
    ['Date', 'Hijri Date', 'hijri'],
    ['Date (CE)', 'Date (AH)', 'hijri'],
    ['Date', 'Date (Solar)', 'solar'],
    ['Date (Gregorian)', 'Date (Shamsi)', 'solar'],
    ['Date', 'Date (Jalali)', 'solar'],
    ['Date (CE)', 'Date (BE)', 'be'],
    ['Date', 'Date (BE)', 'be'],
    ['Date (AD)', 'Date (B.E.)', 'be'],
    ['Date', 'Date (Thai)', 'be'],
    ['Date', 'Date (ROC)', 'roc'],
    ['Date (AD)', 'Date (ROC)', 'roc'],
    ['Date', 'Date (Minguo)', 'roc'],
    ['Date (Eng)', 'Miti', 'bs'],
    ['Date', 'Miti (B.S.)', 'bs'],
    ['Date', 'Date (Nepali)', 'bs'],
    ['Date', 'Nepali Date', 'bs'],
    ['Date (A.D.)', 'Date (V.S.)', 'bs'],
    ['Date (English)', 'Date (Bikram Sambat)', 'bs'],
  ])("'%s' beside '%s': sent on the Gregorian date, or asked", async (g, o, kind) => {
    expect(rightOrHeld(await probe(g, o, kind, false), RIGHT3)).toBe(true);
    expect(rightOrHeld(await probe(g, o, kind, true), RIGHT3)).toBe(true);
  });
  // The other calendar's date alone: never sent as a Gregorian year.
  it.each<[string, string]>([
    ['Date (Hijri)', 'hijri'],
    ['Tarikh (Hijri)', 'hijri'],
    ['Date (Solar)', 'solar'],
    ['Date (Shamsi)', 'solar'],
    ['Date (BE)', 'be'],
    ['Appt Date (B.E.)', 'be'],
    ['Date (ROC)', 'roc'],
    ['Miti', 'bs'],
    ['Appt Miti', 'bs'],
    ['Date (BS)', 'bs'],
  ])("'%s' alone: never a date of that calendar's year sent", async (o, kind) => {
    const r = await run([[o, OTHER[kind]!], TIME, PATIENT, DOB, PID, PROVIDER, APPT]);
    expect(
      held(r) || (r !== 'refused' && r.appointments.every((a) => a.start.getUTCFullYear() === 2027)),
    ).toBe(true);
  });
  // `BS` that is no calendar: a blood sugar reading beside the visit; `Miti` a person's name.
  it.each<[string, string[]]>([
    ['BS', ['5.6', '7.1', '6.2']],
    ['BS (mmol/L)', ['5.6', '7.1', '6.2']],
    ['Blood Sugar (BS)', ['5.6', '7.1', '6.2']],
    ['FBS', ['98', '130', '105']],
    ['BS Level', ['98', '130', '105']],
  ])("a blood-sugar column '%s': sent right, nothing asked", async (h, v) => {
    expect(sent(await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, [h, v]]))).toEqual(RIGHT3);
  });
  it("'Miti' as a patient's given name: sent right", async () => {
    const r = await run([
      DATE,
      TIME,
      ['Patient', ['Hollis, Miti', 'Obi, Adaeze', 'Lindqvist, Sven']],
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(sent(r)).toEqual(RIGHT3);
  });
  it("'Referred By' holding 'Dr. Miti Shah': sent right", async () => {
    expect(sent(await run(withPatients([col('Referred By', 'Dr. Miti Shah', 'Dr. A. Rao')])))).toEqual(
      RIGHT3,
    );
  });
});

describe("E. 'Rm' a room, never the patient id", () => {
  const ids = (r: Run): string[] | 'held' =>
    held(r) || r === 'refused' ? 'held' : r.appointments.map((a) => a.patient.patientId);
  const ROOMS = ['1', '2', '1'];
  it.each<[string]>([
    ['Rm'],
    ['Rm #'],
    ['RM No'],
    ['Rm No.'],
    ['Room/MR'],
    ['Rm.'],
    ['RM'],
    ['Exam Rm'],
    ['Rm Number'],
  ])("'%s' (rooms 1, 2, 1) beside no patient id: never the rooms as the ids", async (h) => {
    const got = ids(await run([DATE, TIME, PATIENT, DOB, PROVIDER, APPT, [h, ROOMS]]));
    expect(got === 'held' || !got.some((id) => ROOMS.includes(id))).toBe(true);
  });
  it.each(['Rm', 'Rm #', 'RM No', 'Room/MR'])("'MRN' beside '%s': the MRN sent", async (h) => {
    const got = ids(await run([DATE, TIME, PATIENT, DOB, ['MRN', PID[1]], PROVIDER, APPT, [h, ROOMS]]));
    expect(got === 'held' || JSON.stringify(got) === JSON.stringify(PID[1])).toBe(true);
  });
  it.each(['No.RM', 'No RM', 'Nomor RM'])("'%s' (Indonesian record number): the patient id", async (h) => {
    const got = ids(await run([DATE, TIME, PATIENT, DOB, [h, PID[1]], PROVIDER, APPT]));
    expect(got === 'held' || JSON.stringify(got) === JSON.stringify(PID[1])).toBe(true);
  });
});

describe('F. count lines, and rows that merely start with a count', () => {
  const rows = lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT]);
  it.each(['3 sessions', '3 bookings listed', '3 encounters scheduled', '3 Sessions', '3 appointments'])(
    "a last line '%s' agreeing with the rows: all three sent, no row error",
    async (t) => {
      const r = await runLines([...rows, t]);
      expect(sent(r)).toEqual(RIGHT3);
      expect(r !== 'refused' && r.errors).toEqual([]);
    },
  );
  // A total that disagrees says rows are missing: the three sent are still right (never more).
  it.each(['9 bookings listed', '12 sessions', '5 encounters scheduled'])(
    "a last line '%s' over three rows: the three sent right or the file asked",
    async (t) => {
      expect(rightOrHeld(await runLines([...rows, t]), RIGHT3)).toBe(true);
    },
  );
  // A row whose first cell begins with a count is a row: Obi's visit goes.
  it.each<[string, string]>([
    ['Note', '3 sessions left'],
    ['Package', '3 sessions'],
    ['Note', '2 bookings missed'],
    ['Pkg', '10 Sessions Plan'],
    ['Remarks', '4 encounters remaining'],
  ])("a first column '%s' = '%s' on Obi's row: Obi sent", async (h, v) => {
    const r = await run([col(h, v, ''), DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT]);
    expect(statusJudge(r, 'NNN')).toBe('');
  });
  // A false row error, no wrong send: 'Sessions, Mary' (Sessions is an English family name) is
  // refused as the patient's name on line 3 ('3 patientName Sessions, Mary'); 65b's count line
  // needs a leading count, so this is another rule. Left: which name-word rule refuses it was not
  // found before the deadline, and the row error tells the practice.
  it.fails("a patient named 'Sessions': sent", async () => {
    const r = await run([
      DATE,
      TIME,
      ['Patient', ['Hollis, Grace', 'Sessions, Mary', 'Lindqvist, Sven']],
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(sent(r)).toEqual([
      '2027-03-22T16:00 NEW Hollis',
      '2027-03-22T17:00 NEW Sessions',
      '2027-03-23T20:30 NEW Lindqvist',
    ]);
  });
});

describe("G. the clinician's own time with no patient", () => {
  const svc = (obi: string): [string, string[]] => [
    'Service',
    ['Individual Therapy', obi, 'Individual Therapy'],
  ];
  // With the patient on the row: a visit, sent.
  it.each([
    'Clinical Supervision',
    'Peer Consultation',
    'Case Consultation',
    'Documentation Time',
    'Peer Supervision',
  ])("'%s' with the patient on the row: never dropped silently (sent or asked)", async (s) => {
    const r = await run(withPatients([svc(s)]));
    expect(held(r) || (r !== 'refused' && r.appointments.some((a) => a.patient.lastName === 'Obi'))).toBe(
      true,
    );
  });
  // The patient printed once above its rows (a group-by-patient report): the row below with no
  // name is the patient's; never sent as another patient's, never the clinician's time silently
  // dropped when a patient is printed above... at least never given to Lindqvist.
  it.each(['Clinical Supervision', 'Peer Consultation', 'Documentation Time', 'Supervision'])(
    "'%s' under Hollis printed once: never Lindqvist's, never a second patient",
    async (s) => {
      const r = await run([
        DATE,
        TIME,
        ['Patient', ['Hollis, Grace', '', 'Lindqvist, Sven']],
        ['DOB', ['06/02/1970', '', '08/29/1963']],
        ['Patient ID', ['100415', '', '100954']],
        PROVIDER,
        APPT,
        svc(s),
      ]);
      const went = held(r) || r === 'refused' ? [] : r.appointments;
      expect(
        went.filter(
          (a) => a.start.toISOString().startsWith('2027-03-22T17:00') && a.patient.lastName === 'Lindqvist',
        ),
      ).toEqual([]);
    },
  );
});

describe('H. a title period deciding day/month order (Los Angeles)', () => {
  const COLS = (dates: string[]): Cols => [['Appt Date', dates], TIME, PATIENT, DOB, PID, PROVIDER, APPT];
  const months = (r: Run): string[] | 'held' =>
    held(r) || r === 'refused' ? 'held' : r.appointments.map((a) => a.start.toISOString().slice(5, 7));
  const noneIn = (got: string[] | 'held', bad: string) => got === 'held' || !got.includes(bad);
  it.each<[string, string[], string, string]>([
    [
      'Period: Fri 5 Nov 2027 to Tue 9 Nov 2027',
      ['05/11/2027', '05/11/2027', '08/11/2027'],
      '05',
      'the 65b title',
    ],
    [
      'Period: 5 Nov 2027 - 9 Nov 2027',
      ['05/11/2027', '05/11/2027', '08/11/2027'],
      '05',
      'no weekdays, a dash',
    ],
    [
      'Period: November 5, 2027 to November 9, 2027',
      ['05/11/2027', '05/11/2027', '08/11/2027'],
      '05',
      'month first in words',
    ],
    [
      'Period: Thu 30 Dec 2027 to Mon 3 Jan 2028',
      ['02/01/2028', '02/01/2028', '03/01/2028'],
      '02',
      'across a year end',
    ],
    [
      'Period: Tue 11 May 2027 to Fri 14 May 2027',
      ['05/11/2027', '05/11/2027', '05/12/2027'],
      '11',
      'month-first rows',
    ],
    ['Date range: 01 Nov 2027 - 30 Nov 2027', ['05/11/2027', '06/11/2027', '08/11/2027'], '05', 'a month'],
    [
      'Report period: 1 November 2027 to 12 November 2027',
      ['05/11/2027', '06/11/2027', '08/11/2027'],
      '06',
      'long month',
    ],
  ])("'%s' (%s): never the other order", async (title, dates, bad) => {
    expect(noneIn(months(await run(COLS(dates), [title])), bad)).toBe(true);
  });
  // A wrong send left: a title whose weekday disagrees with its date (5 Nov 2027 is a Friday, not
  // a Monday) is not read as a range at all (stated-range.ts checks the weekday), so rows that fit
  // it only day-first still go month-first as 11 May and 11 August, unasked (the birth date
  // 08/29/1963 proves month-first for the file). Left: the title contradicts itself; whether to
  // read it anyway or to hold every file whose title's weekday is off needs the lead's call and a
  // corpus run this round had no time for.
  it.fails(
    "'Period: Mon 5 Nov 2027 to Tue 9 Nov 2027' (a weekday that disagrees): never 11 May",
    async () => {
      const r = await run(COLS(['05/11/2027', '05/11/2027', '08/11/2027']), [
        'Period: Mon 5 Nov 2027 to Tue 9 Nov 2027',
      ]);
      expect(noneIn(months(r), '05')).toBe(true);
    },
  );

  // Ranges that fit both orders: the title decides nothing; never more than before (no wrong
  // month from the title): 5 May to 11 November holds both 11 May and 5 November.
  it("a range holding both readings ('1 May 2027 to 30 Nov 2027'): sent month-first or asked", async () => {
    const r = await run(COLS(['05/11/2027', '05/11/2027', '05/12/2027']), [
      'Period: 1 May 2027 to 30 Nov 2027',
    ]);
    expect(noneIn(months(r), '11') || noneIn(months(r), '05')).toBe(true);
  });
});

describe('I. site-clock headers beside a zone column (a Chicago practice)', () => {
  const CHI = 'America/Chicago';
  const TIMES = ['9:00 AM', '10:00 AM', '1:30 PM'];
  const SITES = ['North Campus', 'Lakeside', 'North Campus'];
  const probe = (zones: string[]) =>
    runAt(
      lines([
        DATE,
        ['Appt Time (Site Time)', TIMES],
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        APPT,
        ['Site', SITES],
        ['Site TZ', zones],
      ]),
      CHI,
    );
  /** Obi's start (UTC), or 'held'. */
  const obi = (r: Run): string | 'held' | undefined =>
    held(r) || r === 'refused'
      ? 'held'
      : r.appointments
          .find((a) => a.patient.lastName === 'Obi')
          ?.start.toISOString()
          .slice(0, 16);
  // By hand: 22 March 2027 10:00 at Denver (MDT, UTC-6) = 16:00Z; Chicago (CDT) 15:00Z; New
  // York (EDT) 14:00Z; EST written as such, UTC-5 = 15:00Z.
  it("Obi's zone blank: never placed on a guess (held, or Obi's row not sent)", async () => {
    const got = obi(await probe(['America/Denver', '', 'America/Denver']));
    expect(got === 'held' || got === undefined).toBe(true);
  });
  it("Obi's zone blank at Lakeside, Lakeside's zone given nowhere: never sent at the practice's clock", async () => {
    const got = obi(await probe(['America/New_York', '', 'America/New_York']));
    expect(got === 'held' || got === undefined).toBe(true);
  });
  it.each<[string, string[]]>([
    ['EST', ['2027-03-22T14:00', '2027-03-22T15:00']],
    ['Eastern', ['2027-03-22T14:00']],
    ['ET', ['2027-03-22T14:00']],
    ['America/Denver', ['2027-03-22T16:00']],
    ['MST', ['2027-03-22T16:00', '2027-03-22T17:00']],
  ])("Obi's zone '%s': sent at that zone or asked", async (z, ok) => {
    const got = obi(await probe(['America/Chicago', z, 'America/Chicago']));
    expect(got === 'held' || ok.includes(got ?? '')).toBe(true);
  });
});

describe('J. one e-mail address on many patients, the name order mixed', () => {
  const mails = (r: Run): Array<string | null> | 'held' =>
    held(r) || r === 'refused'
      ? 'held'
      : r.appointments.map((a) => (a.patient.email === NO_EMAIL ? null : a.patient.email));
  const noOnes = (g: Array<string | null> | 'held') => g === 'held' || g.every((m) => m === null);
  const withMail = (names: string[], mail: string): Cols => [
    DATE,
    TIME,
    ['Patient', names],
    DOB,
    PID,
    PROVIDER,
    APPT,
    ['Email', same(mail)],
  ];
  it.each<[string, string[]]>([
    ['Last, First and First Last mixed', ['Hollis, Grace', 'Adaeze Obi', 'Sven Lindqvist']],
    ['First Last sharing a surname word as given name', ['Hollis, Grace', 'Obi Hollis', 'Lindqvist, Sven']],
    ['a care home’s residents', ['Resident Hollis', 'Resident Obi', 'Resident Lindqvist']],
    [
      'care home residents, Last, First',
      ['Hollis, Grace (Oak Care)', 'Obi, Adaeze (Oak Care)', 'Lindqvist, Sven (Oak Care)'],
    ],
    ['married and hyphenated, three families', ['Smith-Jones, Anna', 'Brown, Ben', 'Lee, Cara']],
  ])('the practice’s address on %s: sent as no one’s', async (_w, names) => {
    expect(noOnes(mails(await run(withMail(names, 'frontdesk@oakcare.org'))))).toBe(true);
  });
  it.each<[string, string[]]>([
    ['one family, mixed order', ['Obi, Adaeze', 'Chidi Obi', 'Obi, Ngozi']],
    ['a hyphen joining two families', ['Hollis, Grace', 'Ada Hollis-Obi', 'Obi, Chidi']],
    ['a married name joining', ['Obi-Hollis, Ada', 'Hollis, Tom', 'Obi, Chidi']],
  ])('a family’s address on %s: goes, or the mixed name order is asked', async (_w, names) => {
    const got = mails(await run(withMail(names, 'obi.family@example.com')));
    expect(got === 'held' || JSON.stringify(got) === JSON.stringify(same('obi.family@example.com'))).toBe(
      true,
    );
  });
});
