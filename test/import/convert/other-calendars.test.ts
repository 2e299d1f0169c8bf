// Dates in other scripts' digits are read; dates in the Hijri calendar are refused saying so
// (hijri-dates.ts), never converted.
import { hijriDatesNote } from '../../../main/import/map/hijri-dates.ts';
import { collect, idsDaysAndStatus, tempFiles } from './support.ts';

const write = tempFiles();

const HEAD = 'رقم الموعد,التاريخ الهجري,الوقت,رقم الملف,الاسم الأول,اسم العائلة,تاريخ الميلاد,الحالة';

test('a list whose only appointment date is Hijri is refused: the dates are Hijri, export Gregorian ones', async () => {
  const file = write('hijri.csv', [
    HEAD,
    '١٠٢٣١,١٤٤٨/٠٩/٠١ هـ,٩:٠٠ ص,٥٥٠١٢,محمد,الهاشمي,١٤/٠٦/١٩٨٥,مؤكد',
    '١٠٢٣٢,١٤٤٨/٠٩/٠٢ هـ,٩:٣٠ ص,٥٥١٠٩,فاطمة,المنصوري,٠٢/١١/١٩٩٠,مؤكد',
  ]);
  await expect(collect(file, { timeZone: 'Asia/Riyadh' })).rejects.toThrow(
    /cannot find appointment date.*column 'التاريخ الهجري' holds dates of the Hijri \(Islamic\) calendar such as '1448\/09\/01 هـ'.*Export the appointment dates in the Gregorian calendar/s,
  );
});

test('a start taken from an uncertain column beside Hijri dates is asked about, naming the Hijri column', async () => {
  // وقت الحجز (booking time) is when the booking was made; the visit's day is only the Hijri one.
  const file = write('hijri-booked.csv', [
    `${HEAD},وقت الحجز`,
    '10231,1448/09/22,9:00 ص,55012,محمد,الهاشمي,14/06/1985,مؤكد,2027-02-24T18:22:10+04:00',
    '10232,1448/09/22,9:30 ص,55109,فاطمة,المنصوري,02/11/1990,مؤكد,2027-02-25T10:05:44+04:00',
  ]);
  const { summary } = await collect(file, { timeZone: 'Asia/Dubai' });
  const start = summary.doubts.find((d) => d.kind === 'column' && d.column === 'وقت الحجز');
  expect(start?.message).toMatch(
    /column 'التاريخ الهجري' holds dates of the Hijri \(Islamic\) calendar such as '1448\/09\/22'.*export them in the Gregorian calendar/,
  );
});

test('bare year-first dates of years 13xx–14xx may be either Hijri calendar; other dates are no Hijri note', () => {
  const rows = [['1405/12/10'], ['1405/12/11']];
  expect(hijriDatesNote(['Date'], rows)).toMatch(
    /a Hijri calendar \(the Islamic or the Persian solar Hijri\)/,
  );
  expect(hijriDatesNote(['Date'], [['2027/03/01'], ['1405/12/11']])).toBeUndefined();
  expect(hijriDatesNote(['Date'], [['14/06/1985']])).toBeUndefined();
});

test('Persian digits in a day-first list are read as dates, times and ids', async () => {
  const file = write('persian-digits.csv', [
    'Appt ID,Date,Time,Patient ID,First Name,Last Name,DOB,Status',
    '۷۰۱,۱۵/۰۳/۲۰۲۷,۱۴:۰۵,۹۰۰۲,Sara,Karimi,۰۲/۱۱/۱۹۹۰,Confirmed',
  ]);
  const { appointments, errors } = await collect(file, { timeZone: 'Asia/Dubai' });
  expect(errors).toEqual([]);
  // 15 March 2027 14:05 in Dubai (UTC+4) is 10:05 UTC.
  expect(
    appointments.map((a) => [a.appointmentId, a.patient.patientId, a.start.toISOString(), a.patient.dob]),
  ).toEqual([['701', '9002', '2027-03-15T10:05:00.000Z', '1990-11-02']]);
});

test("Arabic-Indic digits in an XML export are read like a CSV file's", async () => {
  const file = write('mawaid.xml', [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Appointments>',
    '  <Appointment><ApptID>٨٨١</ApptID><ApptDate>١٥/٠٣/٢٠٢٧</ApptDate><ApptTime>١٦:٣٠</ApptTime><PatientID>٤٤٠٢</PatientID><FirstName>Omar</FirstName><LastName>Haddad</LastName><DOB>٠٢/١١/١٩٩٠</DOB><Status>Confirmed</Status></Appointment>',
    '  <Appointment><ApptID>٨٨٢</ApptID><ApptDate>١٦/٠٣/٢٠٢٧</ApptDate><ApptTime>٠٩:٠٠</ApptTime><PatientID>٤٤٠٣</PatientID><FirstName>Lina</FirstName><LastName>Saleh</LastName><DOB>٢١/٠٤/١٩٨٤</DOB><Status>Cancelled</Status></Appointment>',
    '</Appointments>',
  ]);
  const { appointments, errors } = await collect(file, { timeZone: 'Asia/Riyadh' });
  expect(errors).toEqual([]);
  // Riyadh is UTC+3: 16:30 is 13:30 UTC, 09:00 is 06:00 UTC.
  expect(idsDaysAndStatus(appointments)).toEqual([
    ['881', '4402', '2027-03-15T13:30:00.000Z', '1990-11-02', 'NEW'],
    ['882', '4403', '2027-03-16T06:00:00.000Z', '1984-04-21', 'CANCEL'],
  ]);
});
