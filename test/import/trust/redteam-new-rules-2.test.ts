// Red-team probes against the rules merged last (h47a, h47e, h47f and the others): an account
// beside a guarantor, blocks in the patient column and visit codes in words, times marked UTC
// answered as the practice's clock, names, and damaged dates and ids. Each input is modelled on a
// real export shape; its right outcome was worked out by hand before the probe was run. A probe
// whose name starts with FAULT failed before its fix (a wrong send); the others guard a rule that
// held. Calendar facts, by hand: 15 March 2027 is a Monday; Los Angeles and Chicago are on
// daylight time from 14 March 2027 (UTC-7, UTC-5), New York on standard time in January (UTC-5).
import { describe, expect, it } from 'vitest';
import { classifyBuiltInStatus } from '../../../main/import/map/status-vocabulary.ts';
import { roundedLongIds } from '../../../main/import/trust/rounded-ids.ts';
import { collect } from '../convert/support.ts';
import { workbook } from '../read/xlsx-builder.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-new-rules-2');
const la = { timeZone: 'America/Los_Angeles' };
const doubtText = (r: Awaited<ReturnType<typeof collect>>): string =>
  (r.summary.doubts ?? []).map((d) => d.message).join('\n');
const isoStarts = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => a.start.toISOString());

describe('1. an account beside a guarantor', () => {
  const HEADER = 'Appt Date,Appt Time,Acct #,Patient Name,Birth Date,Guarantor,Provider,Status';
  it("a family account the first rows by chance show apart (two families' mothers of one name), shared further down: never sent as one patient's id", async () => {
    // Two mothers named Maria Lopez, each with a family account; row 5 shows account 700 given
    // to Ana as well as Luis: the account is the family's. The first rows alone looked own.
    const rows = [
      HEADER,
      '3/15/2027,8:30 AM,700,"Lopez, Luis",7/4/2014,"Lopez, Maria",Dr. Castillo,Kept',
      '3/15/2027,9:00 AM,812,"Lopez, Sofia",2/28/2017,"Lopez, Maria",Dr. Castillo,Kept',
      '3/15/2027,10:30 AM,1175,"Thompson, Gerald",12/19/1950,"Thompson, Gerald",Dr. Castillo,Confirmed',
      '3/16/2027,3:30 PM,700,"Lopez, Luis",7/4/2014,"Lopez, Maria",Dr. Castillo,Confirmed',
    ];
    for (let i = 0; i < 60; i++)
      rows.push(
        `3/17/2027,${8 + (i % 8)}:${i % 2 ? '30' : '00'} AM,${2000 + i},"Reed${i}, Pat",1/1/1970,Self,Dr. Castillo,Kept`,
      );
    rows.push('3/18/2027,9:00 AM,700,"Lopez, Ana",3/3/2019,"Lopez, Maria",Dr. Castillo,Kept');
    const r = await collect(files.write(rows), la);
    // Held (an id given to two people) or the account not used as the patient id: never Ana
    // and Luis sent under one patient id 700.
    const under700 = r.appointments
      .filter((a) => a.patient.patientId === '700')
      .map((a) => a.patient.firstName);
    const held = (r.summary.doubts ?? []).length > 0;
    expect(held || new Set(under700).size <= 1).toBe(true);
  });

  it("FAULT: a visit's account covering two bookings of one day (lab, then the doctor) is no proof: still asked", async () => {
    // MEDITECH-style per-visit accounts: Diego's two bookings on 15 March share the visit's
    // account 482; his next visit would have another. Nobody comes back on another day.
    const r = await collect(
      files.write([
        HEADER,
        '3/15/2027,8:30 AM,482,"Munoz, Diego",7/4/2014,"Munoz, Rosa",Dr. Castillo,Kept',
        '3/15/2027,9:00 AM,482,"Munoz, Diego",7/4/2014,"Munoz, Rosa",Dr. Castillo,Kept',
        '3/15/2027,9:30 AM,483,"Munoz, Lucia",2/28/2017,"Munoz, Rosa",Dr. Castillo,Kept',
        '3/15/2027,10:30 AM,1175,"Thompson, Gerald",12/19/1950,"Thompson, Gerald",Dr. Castillo,Confirmed',
      ]),
      la,
    );
    expect(doubtText(r)).toMatch(/each patient's own number/);
  });

  it("guarantor written 'Rosa Munoz' on one row and 'Munoz, Rosa' on another: still asked (no proof), never sent unasked", async () => {
    const r = await collect(
      files.write([
        HEADER,
        '3/15/2027,8:30 AM,482,"Munoz, Diego",7/4/2014,"Munoz, Rosa",Dr. Castillo,Kept',
        '3/15/2027,9:00 AM,483,"Munoz, Lucia",2/28/2017,Rosa Munoz,Dr. Castillo,Kept',
        '3/16/2027,3:30 PM,482,"Munoz, Diego",7/4/2014,"Munoz, Rosa",Dr. Castillo,Confirmed',
      ]),
      la,
    );
    expect(doubtText(r)).toMatch(/each patient's own number/);
  });
});

describe('2. blocks in the patient column, visit codes and status words', () => {
  it('a patient whose family name is Lunch, with a birth date, is sent, not skipped as a block', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Status',
        '03/15/2027,8:30 AM,"Lunch, Margaret",04/02/1961,Dr. Ames,Confirmed',
        '03/15/2027,12:00 PM,LUNCH,,Dr. Ames,',
        '03/15/2027,1:00 PM,"Meeting, Paul",11/30/1975,Dr. Ames,Confirmed',
      ]),
      la,
    );
    expect(r.appointments.map((a) => [a.patient.lastName, a.patient.firstName])).toEqual([
      ['Lunch', 'Margaret'],
      ['Meeting', 'Paul'],
    ]);
    // 8:30 and 13:00 in Los Angeles daylight time: 15:30Z and 20:00Z
    expect(isoStarts(r)).toEqual(['2027-03-15T15:30:00.000Z', '2027-03-15T20:00:00.000Z']);
  });

  it('an Appt Code of letters that never repeat (a booking reference) keeps two visits of one day apart', async () => {
    // Ruth Feldman is seen at 9:00 and again at 3:00 PM by one provider: the codes differ, so do
    // the appointments, whether the code is their id or not.
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Appt Code,Patient,DOB,Provider,Status',
        '03/15/2027,9:00 AM,KXQTRP,"Feldman, Ruth",06/14/1962,Dr. Ames,Confirmed',
        '03/15/2027,3:00 PM,MZPLWA,"Feldman, Ruth",06/14/1962,Dr. Ames,Confirmed',
        '03/15/2027,10:00 AM,BQRTYN,"Osei, Kevin",02/02/1977,Dr. Ames,Confirmed',
      ]),
      la,
    );
    if (r.summary.doubts.length === 0) {
      const ids = r.appointments.map((a) => a.appointmentId);
      expect(new Set(ids).size).toBe(3);
    }
  });

  it("'Client Absence' is a missed session, never a booked one; 'Absence' alone stays unknown", () => {
    expect(classifyBuiltInStatus('Client Absence')).not.toBe('booked');
    expect(classifyBuiltInStatus('Client Absence')).not.toBe('unknown');
    expect(classifyBuiltInStatus('Absence')).toBe('unknown');
  });
});

describe('3. times marked UTC answered as the practice’s own clock', () => {
  const NAMES = ['Ortega, Marisol', 'Osei, Kevin', 'Feldman, Ruth', 'Baptiste, Tyrone', 'Kaur, Simran'];
  const headers = ['appointment_id', 'patient', 'date_of_birth', 'start', 'status'];
  const list = (starts: string[]): string =>
    files.write([
      headers.join(','),
      ...starts.map((t, i) => `${58231 + i},"${NAMES[i % NAMES.length]}",19${60 + i}-06-14,${t},scheduled`),
    ]);
  const answered = (): string =>
    confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        patientName: 'patient',
        dob: 'date_of_birth',
        dateTime: 'start',
        status: 'status',
      },
      headers,
      { markedUtc: { column: 'start' } },
    );

  it('the answer applied to a file of the same layout still written as the clock: read as written', async () => {
    const r = await collect(list(['2027-01-12T09:00:00Z', '2027-01-12T10:30:00Z', '2027-01-12T16:45:00Z']), {
      timeZone: 'America/New_York',
      profile: answered(),
    });
    expect(r.summary.doubts).toEqual([]);
    // 9:00, 10:30, 16:45 in New York winter (UTC-5)
    expect(isoStarts(r)).toEqual([
      '2027-01-12T14:00:00.000Z',
      '2027-01-12T15:30:00.000Z',
      '2027-01-12T21:45:00.000Z',
    ]);
  });

  it('FAULT: a later export whose times really are UTC now (the export fixed) is held, never moved five hours', async () => {
    // A New York day of 8:00 to 17:30, written as the true UTC instants 13:00Z to 22:30Z. Read as
    // the remembered answer says (the clock as written), they would go at 13:00 to 22:30 in New
    // York: five hours late. Read as UTC they are a day's schedule; as written, 22:30 is night.
    const r = await collect(
      list([
        '2027-01-12T13:00:00Z',
        '2027-01-12T15:30:00Z',
        '2027-01-12T18:15:00Z',
        '2027-01-12T21:00:00Z',
        '2027-01-12T22:30:00Z',
      ]),
      { timeZone: 'America/New_York', profile: answered() },
    );
    expect(r.summary.doubts.length).toBeGreaterThan(0);
  });

  it('FAULT: the same in Los Angeles, where a fixed export writes the afternoon past midnight UTC: held', async () => {
    // 8:00 to 16:30 in a Los Angeles winter (UTC-8) is 16:00Z to 00:30Z the next day.
    const r = await collect(
      list(['2027-01-12T16:00:00Z', '2027-01-12T18:30:00Z', '2027-01-12T21:00:00Z', '2027-01-13T00:30:00Z']),
      { timeZone: 'America/Los_Angeles', profile: answered() },
    );
    expect(r.summary.doubts.length).toBeGreaterThan(0);
  });

  it('an evening clinic that answered (12:00 to 21:30 as written) is read as written, not held again', async () => {
    // Read as UTC these would be 7:00 to 16:30 in New York, a day too; but none starts at night
    // as written, so the answer the practice gave still reads them: 12:00 and 21:30 New York
    // winter (UTC-5) are 17:00Z and 02:30Z the next day.
    const r = await collect(list(['2027-01-12T12:00:00Z', '2027-01-12T21:30:00Z']), {
      timeZone: 'America/New_York',
      profile: answered(),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-01-12T17:00:00.000Z', '2027-01-13T02:30:00.000Z']);
  });

  it('an end column marked Z like the start is never read on another clock than the start', async () => {
    // 10:00Z to 10:30Z answered as the practice's clock: 10:00 to 10:30 in New York (15:00Z).
    // Read as UTC the end would be 5:30 AM, before the start: no row error for that.
    const hs = ['appointment_id', 'patient', 'date_of_birth', 'start', 'end', 'status'];
    const file = files.write([
      hs.join(','),
      '58231,"Ortega, Marisol",1960-06-14,2027-01-12T10:00:00Z,2027-01-12T10:30:00Z,scheduled',
      '58232,"Osei, Kevin",1961-06-14,2027-01-12T11:00:00Z,2027-01-12T11:45:00Z,scheduled',
    ]);
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        patientName: 'patient',
        dob: 'date_of_birth',
        dateTime: 'start',
        end: 'end',
        status: 'status',
      },
      hs,
      { markedUtc: { column: 'start' } },
    );
    const r = await collect(file, { timeZone: 'America/New_York', profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-01-12T15:00:00.000Z', '2027-01-12T16:00:00.000Z']);
  });

  it('the answer is kept for its column only: a renamed start column is asked again', async () => {
    const hs = ['appointment_id', 'patient', 'date_of_birth', 'start_utc', 'status'];
    const file = files.write([
      hs.join(','),
      '58231,"Ortega, Marisol",1960-06-14,2027-01-12T09:00:00Z,scheduled',
      '58232,"Osei, Kevin",1961-06-14,2027-01-12T10:30:00Z,scheduled',
    ]);
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        patientName: 'patient',
        dob: 'date_of_birth',
        dateTime: 'start_utc',
        status: 'status',
      },
      hs,
      { markedUtc: { column: 'start' } },
    );
    const r = await collect(file, { timeZone: 'America/New_York', profile });
    expect((r.summary.doubts ?? []).some((d) => d.check === 'utc-night')).toBe(true);
  });
});

describe('4. names', () => {
  const one = (names: string[]) =>
    collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Status',
        ...names.map(
          (n, i) => `03/15/2027,${8 + i}:00 AM,"${n}",0${1 + (i % 9)}/1${i % 10}/1970,Dr. Ames,Confirmed`,
        ),
      ]),
      la,
    );

  it("'John Smith 2nd' and 'Henry Ford III' are no lone number: sent as John Smith and Henry Ford", async () => {
    const r = await one(['John Smith 2nd', 'Henry Ford III']);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['John', 'Smith'],
      ['Henry', 'Ford'],
    ]);
  });

  it("'Neill, Mary O' (comma, a middle initial O) is no Irish O: sent as Mary Neill", async () => {
    const r = await one(['Neill, Mary O', "O'Neill, Sean"]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['Mary', 'Neill'],
      ['Sean', "O'Neill"],
    ]);
  });

  it("FAULT: a suffix after the Irish name ('Sean O Brien Jr', 'Patrick O Neill III') hides no lone O: refused, never sent as Brien", async () => {
    const r = await one(['Sean O Brien Jr', 'Patrick O Neill III', 'Kevin O Hara, Sr.', 'Ann Baker']);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Baker']);
    expect(r.errors.map((e) => e.value)).toEqual([
      'Sean O Brien Jr',
      'Patrick O Neill III',
      'Kevin O Hara, Sr.',
    ]);
  });

  it("'Mary O. Neill' (the initial with its dot) is sent as Mary Neill", async () => {
    const r = await one(['Mary O. Neill']);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([['Mary', 'Neill']]);
  });

  it("English names that begin with a Korean family name ('Kim Smith', 'Mrs Kim Smith', 'Lee Ann Jones') are sent unasked in Los Angeles", async () => {
    const r = await one(['Kim Smith', 'Mrs Kim Smith', 'Lee Ann Jones', 'Ms Lee Ann Jones']);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['Kim', 'Smith'],
      ['Kim', 'Smith'],
      ['Lee', 'Jones'],
      ['Lee', 'Jones'],
    ]);
  });

  it("'MAJOR Tom' is never sent with 'Major' dropped as a title (Tom alone)", async () => {
    const r = await one(['MAJOR Tom', 'Ann Baker']);
    for (const a of r.appointments) expect(a.patient.lastName).not.toBe('');
    // Major is a rank, but a name too: both words are kept (which is the family name is the
    // file's name order, as for any two-word name), never Tom alone.
    const tom = r.appointments.find((a) => a.patient.firstName === 'Tom' || a.patient.lastName === 'Tom');
    expect(tom).toBeDefined();
    expect([tom!.patient.firstName, tom!.patient.lastName].sort()).toEqual(['Major', 'Tom']);
  });
});

describe('5. damaged dates and ids', () => {
  it('FAULT: year-day-month dates first shown past the first 500 rows (a month sorted by day) hold the whole file', async () => {
    // 2027-DD-MM: 11 days of 50 visits each (days 1 to 11 of March, 550 rows, all read as a month
    // 1 to 11 of the year), then the 15th, which has no month 15. Read year-month-day, the first
    // 550 would go on 3 January to 3 November: held instead, as when the sample shows it.
    const rows = ['Appt ID,Appt Date,Time,Patient ID,Patient,DOB,Status'];
    let id = 7000;
    for (let day = 1; day <= 11; day++)
      for (let k = 0; k < 50; k++)
        rows.push(
          `${id++},2027-${String(day).padStart(2, '0')}-03,${8 + (k % 9)}:${k % 2 ? '30' : '00'},${id + 100000},"Pat${k}, Lee",1970-01-0${1 + (k % 9)},Confirmed`,
        );
    rows.push(`${id++},2027-15-03,9:00,${id + 100000},"Late, Ann",1971-02-02,Confirmed`);
    const r = await collect(files.write(rows), la);
    expect((r.summary.doubts ?? []).some((d) => d.kind === 'date-order')).toBe(true);
  });

  it('sixteen-digit ids that end in other digits than zero are not rounded', () => {
    expect(roundedLongIds(['2027031508300001', '2027031509000002', '2027031509300010'])).toBeUndefined();
  });

  it("a title's print date in the other order is no range: nothing held", async () => {
    const r = await collect(
      files.write([
        'Appointment List',
        'Printed: 04/03/2027 8:02 AM',
        '',
        'Date,Time,Patient,DOB,Provider,Status',
        '03/04/2027,9:00 AM,"Baker, Ann",02/11/1970,Dr. Ames,Confirmed',
        '03/04/2027,9:30 AM,"Cole, Ray",05/06/1981,Dr. Ames,Confirmed',
      ]),
      la,
    );
    expect((r.summary.doubts ?? []).filter((d) => d.kind === 'date-order')).toEqual([]);
    // 4 March 2027 is standard time in Los Angeles (UTC-8): 9:00 = 17:00Z
    expect(isoStarts(r)).toEqual(['2027-03-04T17:00:00.000Z', '2027-03-04T17:30:00.000Z']);
  });

  describe('an xlsx column of text dates (shared strings) a person formatted dd/mm/yyyy', () => {
    const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const styles = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const strings = [
      'Date',
      'Time',
      'Patient',
      'DOB',
      'Status',
      '03/04/2027',
      '03/05/2027',
      '9:00 AM',
      '9:30 AM',
      'Baker, Ann',
      'Cole, Ray',
      '02/11/1970',
      '05/06/1981',
      'Confirmed',
    ];
    const s = (ref: string, i: number, style = 0) =>
      `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${i}</v></c>`;
    const sheet =
      `<sheetData><row r="1">${[0, 1, 2, 3, 4].map((i) => s(`${'ABCDE'[i]}1`, i)).join('')}</row>` +
      `<row r="2">${s('A2', 5, 1)}${s('B2', 7)}${s('C2', 9)}${s('D2', 11)}${s('E2', 13)}</row>` +
      `<row r="3">${s('A3', 6, 1)}${s('B3', 8)}${s('C3', 10)}${s('D3', 12)}${s('E3', 13)}</row></sheetData>`;
    it("FAULT: a number format never changes text: '03/04/2027' stays the region's 4 March in Los Angeles", async () => {
      const bytes = workbook([{ name: 'Sheet1', xml: sheet }], {
        styles,
        strings: strings.map((t) => `<si><t>${t}</t></si>`).join(''),
      });
      const r = await collect(files.write(bytes as unknown as string, 'xlsx'), la);
      // 4 and 5 March 2027 are standard time (UTC-8): 9:00 = 17:00Z, 9:30 = 17:30Z. Read as the
      // format says, they would go on 3 April and 3 May.
      expect(isoStarts(r)).toEqual(['2027-03-04T17:00:00.000Z', '2027-03-05T17:30:00.000Z']);
    });
  });
});
