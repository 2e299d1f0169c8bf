// A report of cancellations alone says so in its title, its file name or the XML element around
// its records, not on its rows (Open Dental's "Broken Appointments", a "Cancelled Appointments
// Report"): with no status column its rows would all go as booked, so the file is held. A
// schedule's title, or a file with a status column, is not. Expected outcomes by hand.
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
const named = files.named;

describe('a report of cancellations, said only in its title', () => {
  it.each([
    ['its title', ['Cancelled Appointments Report', 'Sunrise Family Practice', HEAD, ...rows], 'report.csv'],
    ['its title (Open Dental)', ['Broken Appointments', HEAD, ...rows], 'report.csv'],
    ['its title (a wait list)', ['Wait List', HEAD, ...rows], 'report.csv'],
    ['its file name', [HEAD, ...rows], 'cancelled_appts_20261207.csv'],
    ['its file name', [HEAD, ...rows], 'BrokenAppointments.csv'],
    // Two letters apart are an abbreviation (a lone letter beside a word is not, below).
    ['its title (C/X, cancelled)', ['C/X List', HEAD, ...rows], 'report.csv'],
    ['its title (x before the word)', ['x - Cancelled', HEAD, ...rows], 'report.csv'],
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

describe('a title that says cancelled, beside a status column that books every row', () => {
  // Open Dental's Broken Appointments report has no status column: its `Confirmed` column
  // (Unconfirmed, Left Message, Confirmed) is taken as the status, and books every row.
  it('holds the Broken Appointments report whose confirmation column was taken as the status', async () => {
    const r = await collect(path.resolve('test/fixtures/off-book/opendental-broken-appointments.csv'), opts);
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', check: 'report-title', field: 'status' }]);
    expect(r.summary.doubts[0]!.message).toBe(
      "its title says 'Broken Appointments 12/01/2026 - 12/07/2026' (cancelled, or not booked appointments), but the status column 'Confirmed' sends every row as booked",
    );
  });

  it.each([
    [
      'its title',
      ['Cancelled Appointments Report', 'Date Range: 12/01/2026 - 12/07/2026', `${HEAD},Conf`],
      'report.csv',
    ],
    ['its file name', [`${HEAD},Conf`], 'broken_appts_20261207.csv'],
  ])('held when %s says so', async (place, lines, name) => {
    const r = await collect(
      named(name, [...lines, ...rows.map((x, i) => `${x},${['Unconfirmed', 'Left Message'][i]}`)]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'report-title' }]);
    expect(r.summary.doubts[0]!.message).toContain(`${place} says`);
    expect(r.summary.doubts[0]!.message).toContain("the status column 'Conf' sends every row as booked");
  });

  it('not held when the status takes a row off the book, past the first rows too', async () => {
    const many = Array.from({ length: 600 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      return `03/${day}/2027,${8 + (i % 4)}:00 AM,"Porter, Wade",PORWA${String(i).padStart(3, '0')},05/05/1955,"Ng, Helen MD",Follow-up,${i === 599 ? 'Cancelled' : 'Scheduled'}`;
    });
    const r = await collect(
      named('report.csv', ['Cancelled and Broken Appointments', `${HEAD},Status`, ...many]),
      opts,
    );
    expect(r.summary.doubts.filter((d) => d.check === 'report-title')).toEqual([]);
  });
});

describe('a list that is no schedule of booked appointments, said in its title or file name', () => {
  it.each([
    'Unscheduled List',
    'Unscheduled Appointments',
    'Recall List',
    'Reactivation List',
    'Treatment Plans',
    'Appointments Not Kept',
    'Failed Appointments',
    'Missed Appointments',
    'No-Show Report',
    'Telephone Encounters',
    'Appointment Requests',
    'Pending Online Booking Requests',
    'Short Notice List',
    'ASAP List',
    'Ausfallliste',
  ])("held when its title is '%s'", async (title) => {
    const r = await collect(named('report.csv', [title, HEAD, ...rows]), opts);
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', check: 'report-title' }]);
    expect(r.summary.doubts[0]!.message).toContain(`its title says '${title}'`);
  });

  it.each([
    'UnschedList.csv',
    'recall_list_20261207.csv',
    'ApptRequests.csv',
    'NoShows.csv',
    'No Show Report.csv',
  ])("held when its file name is '%s'", async (name) => {
    const r = await collect(named(name, [HEAD, ...rows]), opts);
    expect(r.summary.doubts).toMatchObject([{ check: 'report-title' }]);
    expect(r.summary.doubts[0]!.message).toContain('its file name says');
  });

  it("holds Open Dental's Unscheduled List (its rows keep their old AptDateTime)", async () => {
    const r = await collect(path.resolve('test/fixtures/off-book/opendental-unscheduled-list.csv'), opts);
    expect(r.summary.doubts).toMatchObject([{ check: 'report-title' }]);
    expect(r.summary.doubts[0]!.message).toContain("its title says 'Unscheduled List'");
  });

  it('a recall list with a status column of booked words is held too', async () => {
    const r = await collect(
      named('report.csv', ['Recall List', `${HEAD},Status`, ...rows.map((x) => `${x},Left Message`)]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'report-title' }]);
  });

  it.each([
    ['Appointment List', 'report.csv'],
    ['Day Sheet', 'report.csv'],
    ['Schedule for 12/01/2026', 'report.csv'],
    ['Appointments by Provider', 'report.csv'],
    ['Confirmed Appointments', 'report.csv'],
    ['Upcoming Appointments', 'report.csv'],
    ['Scheduled Appointments', 'report.csv'],
    ['Appointments (excluding cancelled)', 'report.csv'],
    ['Requested by: JSMITH', 'appointments_20261201.csv'],
    ['Daily Schedule', 'schedule.csv'],
    ['Daily Schedule', 'export.csv'],
  ])("a schedule titled '%s' (%s) goes without questions", async (title, name) => {
    const r = await collect(named(name, [title, HEAD, ...rows]), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });
});

// A word for a slot in the book that is no appointment names what a practice does at that hour,
// not what the file lists: these are schedules whose rows carry patients and booked statuses.
describe('a file name that speaks of lunch, blocks, notes or free slots', () => {
  it.each([
    'lunch-rows.csv',
    'Schedule_after_lunch.csv',
    'Appointments 2027-03-02 Lunch Clinic.csv',
    'Block Schedule.csv',
    'Holiday Schedule.csv',
    'Staff Meeting Day.csv',
    'Appointment Notes.csv',
    'Free Clinic.csv',
    'Open Slots.csv',
  ])("'%s' with a status column of booked words goes without questions", async (name) => {
    const r = await collect(named(name, [`${HEAD},Status`, ...rows.map((x) => `${x},Scheduled`)]), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });

  it("'Lunch Clinic.csv' with no status column goes as booked too", async () => {
    const r = await collect(named('Lunch Clinic.csv', [HEAD, ...rows]), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });

  // OpenEMR's `x` is a cancelled status in a status cell; in a name it is a piece of the name. A
  // name written by a random generator (`book-` and base 36) held a control sheet 1 run in ~20.
  it.each(['book-x0wf1hv9at.csv', 'Schedule 3x5 cards.csv', 'Dr X schedule.csv', 'appts_x2.csv'])(
    "'%s' (a lone x) with no status column goes as booked",
    async (name) => {
      const r = await collect(named(name, [HEAD, ...rows]), opts);
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
    },
  );

  it.each(['Cancellations.csv', 'citas canceladas.csv', 'rendez-vous annulés.csv', 'waitlist.csv'])(
    "'%s' is still held when its status books every row",
    async (name) => {
      const r = await collect(named(name, [`${HEAD},Status`, ...rows.map((x) => `${x},Scheduled`)]), opts);
      expect(r.summary.doubts).toMatchObject([{ check: 'report-title' }]);
      expect(r.summary.doubts[0]!.message).toContain('its file name says');
    },
  );
});
