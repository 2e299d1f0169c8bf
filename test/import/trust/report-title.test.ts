// A report of cancellations alone says so in its title, its file name or the XML element around
// its records, not on its rows (Open Dental's "Broken Appointments", a "Cancelled Appointments
// Report"): with no status column its rows would all go as booked, so the file is held. A
// schedule's title, or a file with a status column, is not. Expected outcomes by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('report-title');
const opts = { timeZone: 'America/New_York' };
const HEAD = 'Appt Date,Appt Time,Patient,Chart #,DOB,Provider,Appt Type';
const rows = [
  '03/01/2027,9:00 AM,"Porter, Wade",PORWA000,05/05/1955,"Ng, Helen MD",Follow-up',
  '03/02/2027,10:30 AM,"Okoro, Chidi",OKOCH000,01/06/1999,"Ng, Helen MD",New patient',
];
const named = (name: string, lines: string[]): string => {
  const f = path.join(files.dir, name);
  fs.writeFileSync(f, `${lines.join('\r\n')}\r\n`);
  return f;
};

describe('a report of cancellations, said only in its title', () => {
  it.each([
    ['its title', ['Cancelled Appointments Report', 'Sunrise Family Practice', HEAD, ...rows], 'report.csv'],
    ['its title (Open Dental)', ['Broken Appointments', HEAD, ...rows], 'report.csv'],
    ['its title (a wait list)', ['Wait List', HEAD, ...rows], 'report.csv'],
    ['its file name', [HEAD, ...rows], 'cancelled_appts_20261207.csv'],
    ['its file name', [HEAD, ...rows], 'BrokenAppointments.csv'],
  ])('held when %s says so', async (place, lines, name) => {
    const r = await collect(named(name, lines), opts);
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', field: 'status' }]);
    expect(r.summary.doubts[0]!.message).toContain(`${place.split(' (')[0]} says`);
  });

  it('held when the XML element around the records says so', async () => {
    const r = await collect(
      files.write(
        `<?xml version="1.0"?>\n<CancelledAppointments>\n` +
          `<Appointment><Start>2027-03-02 09:00</Start><Patient>Porter, Wade</Patient><DOB>1955-05-05</DOB><Provider>Dr Ng</Provider></Appointment>\n` +
          `<Appointment><Start>2027-03-02 10:00</Start><Patient>Okoro, Chidi</Patient><DOB>1999-01-06</DOB><Provider>Dr Ng</Provider></Appointment>\n` +
          `</CancelledAppointments>\n`,
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'status' }]);
    expect(r.summary.doubts[0]!.message).toContain(
      "the XML element around its records says 'CancelledAppointments'",
    );
  });

  // SQL Server Reporting Services names the report, and writes its title text boxes, as
  // attributes of the root element: the report's title, as a delimited report's first lines.
  it('held when the attributes of the XML root (the report title) say so', async () => {
    const r = await collect(
      files.write(
        `<?xml version="1.0" encoding="utf-8"?>\n<Report Name="Cancelled Appointments" xmlns="Cancelled_x0020_Appointments"><Tablix1><Details_Collection>\n` +
          `<Details ApptDate="2027-03-02T00:00:00" ApptTime="9:00 AM" PatientName="Porter, Wade" DOB="1955-05-05" MRN="10231" ProviderName="Ng, Helen MD" />\n` +
          `<Details ApptDate="2027-03-02T00:00:00" ApptTime="10:30 AM" PatientName="Okoro, Chidi" DOB="1999-01-06" MRN="10232" ProviderName="Ng, Helen MD" />\n` +
          `</Details_Collection></Tablix1></Report>\n`,
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', field: 'status' }]);
    expect(r.summary.doubts[0]!.message).toContain("its title says 'Cancelled Appointments'");
  });

  it('a schedule, or a report with a status column, is not held', async () => {
    const schedule = await collect(
      named('appointments.csv', ['Daily Schedule', 'Scheduled Appointments', HEAD, ...rows]),
      opts,
    );
    expect(schedule.summary.doubts).toEqual([]);
    const withStatus = await collect(
      named('cancelled_and_booked.csv', [
        'Cancelled Appointments Report',
        `${HEAD},Status`,
        ...rows.map((r) => `${r},Cancelled`),
      ]),
      opts,
    );
    expect(withStatus.summary.doubts).toEqual([]);
    expect(withStatus.appointments.map((a) => a.status)).toEqual(['CANCEL', 'CANCEL']);
  });

  it('is not asked again once a person confirmed the mapping', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        patientName: 'Patient',
        patientId: 'Chart #',
        dob: 'DOB',
        providerName: 'Provider',
        type: 'Appt Type',
      },
      HEAD.split(','),
    );
    const file = named('report.csv', ['Broken Appointments', HEAD, ...rows]);
    await answerOn(profile, file, {
      ...opts,
      profile,
    });
    const r = await collect(file, {
      ...opts,
      profile,
    });
    expect(r.summary.doubts).toEqual([]);
  });
});
