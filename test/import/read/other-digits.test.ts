// Other scripts' digits read as ASCII digits (other-digits.ts): each block is ten code points from
// its zero, and ASCII text comes back as the same string.
import { asciiDigitsInPlace, withAsciiDigits } from '../../../main/import/read/other-digits.ts';
import { collect, tempFiles } from '../convert/support.ts';

test('Arabic-Indic, Persian, Devanagari and fullwidth digits read as the digits they are', () => {
  expect(withAsciiDigits('٠١/٠٣/٢٠٢٧,٩:٣٠ ص,٥٥٠١٢')).toBe('01/03/2027,9:30 ص,55012');
  expect(withAsciiDigits('۱۴۰۵/۱۲/۱۰ ۰۸:۴۵')).toBe('1405/12/10 08:45');
  expect(withAsciiDigits('१५-०३-२०२७ १४:०५')).toBe('15-03-2027 14:05');
  expect(withAsciiDigits('２０２７年３月１５日 ９：３０')).toBe('2027年3月15日 9：30');
});

test("between digits the Arabic decimal separator is '.' and the thousands separator is dropped (a ',' would split a CSV cell); the Arabic comma stays", () => {
  expect(withAsciiDigits('١٫٥,١٬٢٠٠')).toBe('1.5,1200');
  expect(withAsciiDigits('الهاشمي، محمد,٣')).toBe('الهاشمي، محمد,3');
  // Not between digits: left as written.
  expect(withAsciiDigits('٫ ٣')).toBe('٫ 3');
});

test("a printed line's digits are read one for one (its columns keep their places); the separators go with the cells", () => {
  const line = '٨:٣٠ am  ١٬٢٠٠  ١٫٥';
  expect(asciiDigitsInPlace(line)).toBe('8:30 am  1٬200  1٫5');
  expect(asciiDigitsInPlace(line)).toHaveLength(line.length);
  // Read into cells, the separators between the (now ASCII) digits are read as in a CSV file.
  expect(withAsciiDigits('1٬200\t1٫5')).toBe('1200\t1.5');
});

test('text without such digits is returned as it is (the same string, no copy)', () => {
  const text = '10231,01/03/2027,9:00 AM,محمد,٫';
  expect(withAsciiDigits(text)).toBe(text);
});

// The readers that turn them into ASCII digits: an HL7 v2 text feed and a printed report saved as
// text, beside the delimited, XML, HTML and workbook readers. Each file is written here with its
// digits in Arabic-Indic, and what is sent is worked out by hand from the file.
describe('other readers', () => {
  const files = tempFiles();
  /** `text` with every ASCII digit as the Arabic-Indic digit of the same value. */
  const arabicIndic = (text: string): string =>
    text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  const sent = async (file: string) => {
    const r = await collect(file, { timeZone: 'America/Chicago' });
    return {
      errors: r.errors.map((e) => [e.line, e.column, e.value]),
      appointments: r.appointments.map((a) => [
        a.appointmentId,
        a.patient.patientId,
        a.patient.lastName,
        a.patient.dob,
        a.start.toISOString(),
        a.status,
      ]),
    };
  };

  test('an HL7 v2 SIU feed: time stamps, ids and the birth date', async () => {
    const feed = [
      'MSH|^~\\&|EHR|CLINIC|PORTAL|CLINIC|20270301080000||SIU^S12|MSG001|P|2.5',
      'SCH|4451|4451|||||Checkup^Checkup||30|min|^^30^20270302100000^20270302103000',
      'PID|1||55012^^^MRN||Okafor^Chidi||19500405|M',
      'AIP|1||1001^Lee^Anna',
    ].join('\r');
    expect(arabicIndic(feed)).toContain('٢٠٢٧٠٣٠٢١٠٠٠٠٠');
    // 10:00 in Chicago on 2 March (CST, UTC-6) is 16:00 UTC.
    expect(await sent(files('feed.hl7', Buffer.from(arabicIndic(feed))))).toEqual({
      errors: [],
      appointments: [['4451', '55012', 'Okafor', '1950-04-05', '2027-03-02T16:00:00.000Z', 'NEW']],
    });
  });

  test('a printed report: its grid (dashes or labels), days, times, charts and birth dates', async () => {
    const ruled = [
      'Lakeside Clinic                                          Page: 1',
      'Date: Tuesday, March 16, 2027',
      '',
      'Time     Patient               Chart     Birth Date  Status',
      '-------- --------------------- --------- ----------- ----------',
      '8:00 am  Abbott, Clara         40112     04/22/1951  Confirmed',
      '10:15 am Brennan, Luis         40113     11/28/1990  Cancelled',
    ];
    const unruled = [
      'Appointment List',
      'Date: Tuesday, March 16, 2027',
      '',
      'Time      Patient          Chart      Birth Date    Status',
      '8:00 am   Abbott, Clara    40112      04/22/1951    Confirmed',
      '10:15 am  Brennan, Luis    40113      11/28/1990    Cancelled',
      '11:30 am  Chu, Wen         40114      01/03/1972    Confirmed',
    ];
    // 16 March is after the US change to summer time: CDT, UTC-5.
    const abbott = ['40112', 'Abbott', '1951-04-22', '2027-03-16T13:00:00.000Z', 'NEW'];
    const brennan = ['40113', 'Brennan', '1990-11-28', '2027-03-16T15:15:00.000Z', 'CANCEL'];
    const chu = ['40114', 'Chu', '1972-01-03', '2027-03-16T16:30:00.000Z', 'NEW'];
    const ids = (r: Awaited<ReturnType<typeof sent>>) => ({
      errors: r.errors,
      appointments: r.appointments.map((a) => a.slice(1)),
    });
    expect(ids(await sent(files('ruled.txt', arabicIndic(ruled.join('\r\n')).split('\r\n'))))).toEqual({
      errors: [],
      appointments: [abbott, brennan],
    });
    expect(ids(await sent(files('unruled.txt', arabicIndic(unruled.join('\r\n')).split('\r\n'))))).toEqual({
      errors: [],
      appointments: [abbott, brennan, chu],
    });
  });
});
