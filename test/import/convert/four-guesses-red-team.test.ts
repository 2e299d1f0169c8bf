// Red team of the four guesses a connector must never make (midnight, month-first, NEW, a column
// that merely looks like an id): the probes that found something. Every expected value is worked
// out by hand from the file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayFirstHeaders } from '../../../main/import/map/day-first-headers.ts';
import { phoneShaped } from '../../../main/import/map/phone-values.ts';
import { isRowCounter } from '../../../main/import/trust/row-counter.ts';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('four-guesses');

describe('a phone typed where the chart number goes', () => {
  it('is a row error naming the value; the other rows go under their charts', async () => {
    const file = files.write([
      'Chart #,Appt Date,Appt Time,Last Name,First Name,DOB,Status',
      '10452,03/15/2027,9:00 AM,Garcia,Rosa,04/17/1958,Confirmed',
      '10453,03/15/2027,9:30 AM,Nguyen,Linh,11/02/1984,Confirmed',
      '(555) 123-4567,03/15/2027,10:00 AM,Okafor,Chidi,02/03/1988,Confirmed',
      '10455,03/15/2027,10:30 AM,Berg,Ingrid,01/30/1959,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/Chicago' });
    // 15 March 2027 is in daylight time in Chicago (UTC-5).
    expect(r.appointments.map((a) => [a.patient.patientId, a.start.toISOString()])).toEqual([
      ['10452', '2027-03-15T14:00:00.000Z'],
      ['10453', '2027-03-15T14:30:00.000Z'],
      ['10455', '2027-03-15T15:30:00.000Z'],
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      file: path.basename(file),
      line: 4,
      column: 'Chart #',
      value: '(555) 123-4567',
    });
    expect(r.errors[0]!.message).toMatch(/telephone number/);
    expect(r.errors[0]!.hint).toMatch(/chart number/);
  });

  it('only in the forms a phone is written: ten digits together, spaced or with the NHS check stay ids', () => {
    expect(phoneShaped('(555) 123-4567')).toBe(true);
    expect(phoneShaped('212-555-0198')).toBe(true);
    expect(phoneShaped('+44 20 7946 0958')).toBe(true);
    expect(phoneShaped('5552013344')).toBe(false);
    expect(phoneShaped('943 476 5919')).toBe(false);
    // 943 476 5919's check digit: 9·10+4·9+3·8+4·7+7·6+6·5+5·4+9·3+1·2 = 299, 11 − 299 mod 11 = 9
    expect(phoneShaped('943-476-5919')).toBe(false);
    // the exchange 123 begins with 1: no North American number is written so without parentheses
    expect(phoneShaped('555-123-4567')).toBe(false);
    expect(phoneShaped('123-45-6789')).toBe(false);
  });
});

describe('a phone typed where the appointment number goes', () => {
  it('is a row error; the other rows keep their numbers', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Date,Time,Patient ID,Last Name,First Name,DOB,Status',
        '88000,03/15/2027,9:00 AM,2000,Garcia,Rosa,04/17/1958,Scheduled',
        '(503) 555-0142,03/15/2027,9:30 AM,2001,Nguyen,Linh,11/02/1984,Scheduled',
        '88002,03/15/2027,10:00 AM,2002,Okafor,Chidi,02/03/1988,Scheduled',
      ]),
      { timeZone: 'America/Los_Angeles' },
    );
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['88000', '88002']);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([[3, 'Appt ID', '(503) 555-0142']]);
  });
});

describe("a day's rows numbered after the day", () => {
  it("'20270315-01', '20270315-02', '20270316-01' is a row counter, not an id", () => {
    expect(isRowCounter(['20270315-01', '20270315-02', '20270316-01', '20270316-02'])).toBe(true);
    expect(isRowCounter(['03/15/2027#1', '03/15/2027#2', '03/16/2027#1'])).toBe(true);
    // numbers of a sequence that do not start again with the day are ids
    expect(isRowCounter(['20270315-0412', '20270315-0413', '20270316-0414'])).toBe(false);
    expect(isRowCounter(['MS-1001', 'MS-1002', 'MS-1003'])).toBe(false);
    expect(isRowCounter(['20270315-01', '20270315-03'])).toBe(false);
    // ids of their own that only look so: a letter before the number, a decimal, one row a day
    expect(isRowCounter(['A-1', 'A-2'])).toBe(false);
    expect(isRowCounter(['67176890458.0', '67176890459.0'])).toBe(false);
    expect(isRowCounter(['20270315-1', '20270316-1'])).toBe(false);
  });

  it('so the appointments get ids of their own, not the positions', async () => {
    const r = await collect(
      files.write([
        'Visit ID,Date,Time,Patient ID,Last Name,First Name,DOB,Status',
        '03152027-01,03/15/2027,9:00 AM,2000,Garcia,Rosa,04/17/1958,Scheduled',
        '03152027-02,03/15/2027,9:30 AM,2001,Nguyen,Linh,11/02/1984,Scheduled',
        '03162027-01,03/16/2027,9:00 AM,2002,Okafor,Chidi,02/03/1988,Scheduled',
      ]),
      { timeZone: 'America/Los_Angeles' },
    );
    expect(r.appointments).toHaveLength(3);
    expect(r.appointments.every((a) => /^A-[0-9a-f]{16}$/.test(a.appointmentId))).toBe(true);
  });
});

describe("a file's own free date column proves its day/month order", () => {
  const lines = (booked: string[]) => [
    'Date,Time,Patient ID,Last Name,First Name,DOB,Status,Date Booked',
    `03/04/2027,9:00 AM,1001,Garcia,Rosa,01/02/1958,Confirmed,${booked[0]}`,
    `05/04/2027,9:30 AM,1002,Nguyen,Linh,03/04/1984,Confirmed,${booked[1]}`,
  ];

  it("'Date Booked' = 15/02/2027 makes 03/04/2027 the 3rd of April, not the 4th of March", async () => {
    const r = await collect(files.write(lines(['15/02/2027', '20/02/2027'])), {
      timeZone: 'America/Los_Angeles',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.summary.dateOrder).toMatchObject({ order: 'DMY', source: 'data' });
    // 3 and 5 April 2027 in daylight time in Los Angeles (UTC-7); birth dates day-first too.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.patient.dob])).toEqual([
      ['2027-04-03T16:00:00.000Z', '1958-02-01'],
      ['2027-04-05T16:30:00.000Z', '1984-04-03'],
    ]);
  });

  it('a column that only mentions a date proves nothing', async () => {
    const r = await collect(files.write(lines(['booked by phone 15/02/2027', 'online'])), {
      timeZone: 'America/Los_Angeles',
    });
    expect(r.summary.dateOrder).toMatchObject({ order: 'MDY', source: 'region' });
  });
});

describe('headers in a day-first language at a US practice', () => {
  const spanish = [
    'Fecha,Hora,Historia,Apellidos,Nombre,Fecha de nacimiento,Estado',
    '03/04/2027,09:00,1001,Garcia,Rosa,01/02/1958,Confirmada',
    '05/04/2027,09:30,1002,Mendoza,Luis,03/04/1984,Confirmada',
  ];

  it('dates that read both ways are asked about, not read month-first by the region', async () => {
    const r = await collect(files.write(spanish), { timeZone: 'America/Los_Angeles' });
    const doubt = r.summary.doubts.find((d) => d.kind === 'date-order');
    expect(doubt?.message).toMatch(/'Fecha', 'Hora'/);
    expect(doubt?.samples).toContain('03/04/2027');
  });

  it('in Madrid the region settles them day-first', async () => {
    const r = await collect(files.write(spanish), { timeZone: 'Europe/Madrid' });
    expect(r.summary.doubts).toEqual([]);
    // 3 April 2027, 09:00 CEST (UTC+2); born 1 February 1958
    expect(r.appointments.map((a) => [a.start.toISOString(), a.patient.dob])).toEqual([
      ['2027-04-03T07:00:00.000Z', '1958-02-01'],
      ['2027-04-05T07:30:00.000Z', '1984-04-03'],
    ]);
  });

  it('two headers of such words are asked for: one stray word decides nothing', () => {
    expect(dayFirstHeaders(['Fecha', 'Hora', 'Nombre'])).toEqual(['Fecha', 'Hora']);
    expect(dayFirstHeaders(['Datum', 'Uhrzeit'])).toEqual(['Datum', 'Uhrzeit']);
    expect(dayFirstHeaders(['Date', 'Heure', 'Prénom'])).toEqual(['Heure', 'Prénom']);
    expect(dayFirstHeaders(['Date', 'Time', 'Patient', 'Hora'])).toBeUndefined();
    expect(dayFirstHeaders(['Date', 'Time', 'First Name', 'Last Name', 'DOB'])).toBeUndefined();
  });
});
