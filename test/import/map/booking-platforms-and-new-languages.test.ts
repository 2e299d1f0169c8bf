// What the blind corpus layouts 192 to 197 taught (booking platforms, Greek, Arabic, Czech): a
// bare `Code` beside no appointment id (SimplyBook.me's booking code) is asked about, never left
// out while ids are derived, and one that repeats is a visit's code; `Cancelled At` is the
// cancellation's moment; Czech dates `1. 3. 2027`; Greek month names; Greek and Arabic headers;
// Greek, Arabic and Czech status words. Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../main/import/map/parse-date.ts';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('booking-platforms-languages');
const classify = statusClassifier(undefined);

describe("a bare 'Code' column and the appointment id", () => {
  const list = (codes: [string, string, string]): string[] => [
    'Code,Start date,Client,Date of birth,Status',
    `${codes[0]},01/03/2027 09:00,Emma Walsh,03/11/1995,Confirmed`,
    `${codes[1]},01/03/2027 10:15,Patrick Doyle,21/05/1972,Confirmed`,
    `${codes[2]},02/03/2027 17:30,Seán Murphy,09/09/1966,Cancelled`,
  ];

  it('one code per booking is asked about as the appointment id (held), never left out', async () => {
    const r = await collect(files.write(list(['9ak2m7qx', '4tz8wd1c', 'p3vx0e6n'])), {
      timeZone: 'Europe/Dublin',
    });
    const doubt = r.summary.doubts.find((d) => d.field === 'appointmentId');
    expect(doubt?.column).toBe('Code');
    expect(doubt?.question).toContain("Is 'Code' the appointment id?");
  });

  it("a code that repeats for another visit is the visit's code: left out, ids derived, nothing asked", async () => {
    const r = await collect(files.write(list(['D1110', 'D0120', 'D1110'])), { timeZone: 'Europe/Dublin' });
    expect(r.summary.doubts).toEqual([]);
    const ids = r.appointments.map((a) => a.appointmentId);
    expect(ids).toHaveLength(3);
    expect(ids).not.toContain('D1110');
    expect(new Set(ids).size).toBe(3);
  });
});

describe("'Cancelled At' is when the booking was cancelled (and PTRP a credential)", () => {
  it('read surely beside a status that agrees: the stamped row cancels, nothing asked', async () => {
    const r = await collect(
      files.write([
        'Date,Start Time,Staff,First Name,Last Name,Birthday,Status,Booked On,Cancelled At',
        '03/15/2027,9:00 AM,Karla Reyes PTRP,Juan,Dela Cruz,07/23/1990,Booked,03/01/2027 08:15 PM,',
        '03/15/2027,10:30 AM,Karla Reyes PTRP,Rosario,Mendoza,04/17/1958,Cancelled,03/02/2027 10:02 AM,03/10/2027 09:12 PM',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
    // 9:00 AM CDT (after the 14 March change) is 14:00 UTC; never the booking's own stamp
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-15T14:00:00.000Z');
    // PTRP: the Philippines' registered physical therapist, a credential after the name
    expect(r.appointments[0]!.participant.providerName).toBe('Karla Reyes, PTRP');
  });
});

describe('Czech dates with a space after each dot', () => {
  it.each([
    ['1. 3. 2027', '2027-03-01'],
    ['14. 2. 1956', '1956-02-14'],
    ['30. 12. 2027', '2027-12-30'],
  ])('%s → %s, day first whatever the order setting', (text, iso) => {
    for (const order of ['MDY', 'DMY'] as const) {
      const r = parseDate(text, { order });
      expect(
        r.ok &&
          `${r.date.year}-${String(r.date.month).padStart(2, '0')}-${String(r.date.day).padStart(2, '0')}`,
      ).toBe(iso);
    }
  });
  it('31. 2. 2027 is no date', () => {
    expect(parseDate('31. 2. 2027', { order: 'DMY' }).ok).toBe(false);
  });
});

describe('Greek month names', () => {
  it.each([
    ['5 Μαρ 2027', 3, 5],
    ['5 Μαρτίου 2027', 3, 5],
    ['12 Μαΐου 2027', 5, 12],
    ['1 ΙΟΥΝ 2027', 6, 1],
    ['1 Ιουλ 2027', 7, 1],
    ['24 Δεκ 2027', 12, 24],
  ])('%s', (text, month, day) => {
    const r = parseDate(text, { order: 'DMY' });
    expect(r.ok && [r.date.year, r.date.month, r.date.day]).toEqual([2027, month, day]);
  });
});

describe('Greek, Arabic and Czech status words', () => {
  it.each([
    ['Επιβεβαιώθηκε', 'NEW'],
    ['Ολοκληρώθηκε', 'NEW'],
    ['Δεν προσήλθε', 'NEW'],
    ['Ακυρώθηκε', 'CANCEL'],
    ['Ακυρώθηκε από τον ασθενή', 'CANCEL'],
    ['مؤكد', 'NEW'],
    ['محجوز', 'NEW'],
    ['لم يحضر', 'NEW'],
    ['ملغى', 'CANCEL'],
    ['ملغى من قبل المريض', 'CANCEL'],
    ['Přišel', 'NEW'],
    ['Nepřišel', 'NEW'],
    ['Zrušeno pacientem', 'CANCEL'],
    // a request not yet accepted, a postponement: asked
    ['Σε αναμονή', 'unknown'],
    ['مؤجل', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe('Greek and Arabic headers', () => {
  it('a Greek list: short month names, AMKA and the row number are no ids', async () => {
    const r = await collect(
      files.write(
        [
          'Α/Α;Ημερομηνία;Ώρα;Επώνυμο;Όνομα;Ημ. Γέννησης;ΑΜΚΑ;Ιατρός;Κατάσταση',
          '1;1 Μαρ 2027;09:00;Παπαδόπουλος;Γεώργιος;12/04/1978;12047801234;Δρ. Ελένη Κωνσταντίνου;Ολοκληρώθηκε',
          '2;29 Μαρ 2027;10:00;Αλεξίου;Σοφία;08/12/2001;08120105678;Δρ. Ελένη Κωνσταντίνου;Ακυρώθηκε',
        ].join('\n'),
      ),
      { timeZone: 'Europe/Athens' },
    );
    expect(r.summary.doubts).toEqual([]);
    const a = r.appointments;
    expect(a.map((x) => [x.patient.firstName, x.patient.lastName, x.patient.dob, x.status])).toEqual([
      ['Γεώργιος', 'Παπαδόπουλος', '1978-04-12', 'NEW'],
      ['Σοφία', 'Αλεξίου', '2001-12-08', 'CANCEL'],
    ]);
    // 09:00 EET = 07:00 UTC; 10:00 EEST (summer time from 28 March) = 07:00 UTC
    expect(a.map((x) => x.start.toISOString())).toEqual([
      '2027-03-01T07:00:00.000Z',
      '2027-03-29T07:00:00.000Z',
    ]);
    expect(a.map((x) => x.patient.patientId)).not.toContain('12047801234');
    expect(a.map((x) => x.appointmentId)).not.toContain('1');
  });

  it('an Arabic list: Gregorian date, ص / م times, the Hijri date and the booking time left alone', async () => {
    const r = await collect(
      files.write([
        'رقم الموعد,التاريخ الميلادي,التاريخ الهجري,الوقت,رقم الملف,الاسم الأول,اسم العائلة,تاريخ الميلاد,الحالة,وقت الحجز',
        '10231,01/03/2027,1448/09/22,9:00 ص,55012,محمد,الهاشمي,14/06/1985,مؤكد,2027-02-24T18:22:10+04:00',
        '10240,02/03/2027,1448/09/23,4:00 م,55230,عبدالله,الكعبي,23/01/1978,ملغى,2027-02-26T21:47:03+04:00',
        '10251,15/03/2027,1448/10/07,12:15 م,55301,أحمد,النعيمي,30/04/1965,حضر,2027-03-10T16:30:00+04:00',
      ]),
      { timeZone: 'Asia/Dubai' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(
      r.appointments.map((x) => [
        x.appointmentId,
        x.patient.patientId,
        x.patient.lastName,
        x.status,
        x.start.toISOString(),
      ]),
    ).toEqual([
      // Dubai is UTC+4 all year
      ['10231', '55012', 'الهاشمي', 'NEW', '2027-03-01T05:00:00.000Z'],
      ['10240', '55230', 'الكعبي', 'CANCEL', '2027-03-02T12:00:00.000Z'],
      ['10251', '55301', 'النعيمي', 'NEW', '2027-03-15T08:15:00.000Z'],
    ]);
  });
});
