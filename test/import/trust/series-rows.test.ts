// A row whose own end falls days after its start is a series or standing order listed once (its
// first and last day: `Start Date` / `End Date`, a calendar's `Recurrence End Date`, PlanCare's
// RecurrenceStart / RecurrenceEnd), or a stay: sent, the portal would show the first visit only.
// Such a file is held; an overnight visit (end the next morning) and an end time alone go.
// Expected outcomes worked out by hand (New York is UTC-5 in early March 2027).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spanEndColumns } from '../../../main/import/map/row-span.ts';
import { isRepeatRule, recurrenceColumns } from '../../../main/import/map/row-recurrence.ts';
import { withoutOccurrencePlace } from '../../../main/import/map/occurrence-place.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('series-rows');
const ny = { timeZone: 'America/New_York' };

describe('a booked row that ends days after its start', () => {
  it('holds a weekly series listed once by its first and last day', async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Start Date,End Date,Time,Recurrence,Provider,Type,Status',
        '70011,400111,"Hall, Rose",03/03/1966,03/02/2027,03/30/2027,9:00 AM,Every Tue until 03/30/2027,"Stone, Amy PT",PT Session,Scheduled',
        '70013,400333,"Lane, Sue",05/05/1988,03/04/2027,03/04/2027,11:00 AM,,"Stone, Amy PT",PT Eval,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', check: 'repeat-rule', column: 'Recurrence', samples: ['Every Tue until 03/30/2027'] },
      { kind: 'column', check: 'spans-days', column: 'End Date', samples: ['03/30/2027'] },
    ]);
    expect(r.summary.doubts[1]!.message).toContain("line 2: starts 2027-03-02, ends '03/30/2027'");
  });

  it("holds OpenEMR's recurring event: one row, pc_endDate the series' last day", async () => {
    // OpenEMR keeps a repeating appointment as one openemr_postcalendar_events row (pc_recurrtype
    // 1) from pc_eventDate to pc_endDate; a single one has pc_endDate the same day or 0000-00-00.
    fs.writeFileSync(
      path.join(files.dir, 'openemr_patient_data.csv'),
      'pid,fname,mname,lname,DOB,email,street,city,state,postal_code\n12,Amara,,Okonkwo,1983-05-09,,12 Walnut St,Chico,CA,95926\n13,Luca,G,Bianchi,1959-12-01,,440 Oak Way,Paradise,CA,95969\n',
    );
    const events = (second: string) =>
      files.write([
        'pc_eid,pc_catid,pc_aid,pc_pid,pc_title,pc_eventDate,pc_endDate,pc_startTime,pc_endTime,pc_duration,pc_apptstatus,pc_facility,pc_hometext',
        '501,5,7,12,Office Visit,2027-03-02,0000-00-00,09:00:00,09:15:00,900,-,3,',
        `502,5,7,13,Therapy,2027-03-02,${second},10:00:00,10:50:00,3000,-,3,`,
      ]);
    const held = await collect(events('2027-06-29'), { timeZone: 'America/Los_Angeles' });
    expect(held.summary.doubts).toMatchObject([{ check: 'spans-days', column: 'pc_endDate' }]);
    // The same visit alone (pc_endDate its own day) goes, at 10:00 in Los Angeles (UTC-8).
    const sent = await collect(events('2027-03-02'), { timeZone: 'America/Los_Angeles' });
    expect(sent.summary.doubts).toEqual([]);
    expect(sent.appointments.map((a) => `${a.appointmentId} ${a.start.toISOString()}`)).toEqual([
      '501 2027-03-02T17:00:00.000Z',
      '502 2027-03-02T18:00:00.000Z',
    ]);
  });

  it('holds start and end date-times four weeks apart (the end mapped as the end time)', async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Start,End,Provider,Type,Status',
        '70011,400111,"Hall, Rose",03/03/1966,03/02/2027 9:00 AM,03/30/2027 10:00 AM,"Stone, Amy PT",PT Session,Scheduled',
        '70013,400333,"Lane, Sue",05/05/1988,03/04/2027 11:00 AM,03/04/2027 12:00 PM,"Stone, Amy PT",PT Eval,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'spans-days', column: 'End' }]);
  });

  it('holds a Recurrence End Date beside the start date and times', async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Start Date,Start Time,End Time,Recurrence End Date,Chair,Status',
        '50011,300111,"Hill, Grace",02/14/1955,03/02/2027,08:30,12:30,04/13/2027,Chair 4,Scheduled',
        '50012,300222,"Young, Paul",06/30/1962,03/02/2027,09:00,11:00,,Chair 2,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'spans-days', column: 'Recurrence End Date' }]);
  });

  it('sends an overnight sleep study that ends the next morning', async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Start,End,Provider,Type,Status',
        '80011,500111,"Ford, Ada",01/01/1970,03/02/2027 8:00 PM,03/03/2027 6:00 AM,"Moss, Ian MD",PSG,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.start.toISOString()}`)).toEqual([
      '80011 2027-03-03T01:00:00.000Z',
    ]);
  });

  it('a series row the status cancels holds nothing', async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Start Date,End Date,Time,Provider,Status',
        '70011,400111,"Hall, Rose",03/03/1966,03/02/2027,03/30/2027,9:00 AM,"Stone, Amy PT",Cancelled',
        '70013,400333,"Lane, Sue",05/05/1988,03/04/2027,03/04/2027,11:00 AM,"Stone, Amy PT",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual([
      '70011 CANCEL',
      '70013 NEW',
    ]);
  });
});

describe('a series listed once by its first day and its last, in other words than End', () => {
  it('holds From Date / Thru Date four weeks apart', async () => {
    // Sent, 03/02/2027 would have been the one visit on the portal, the rest of March never.
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Provider,From Date,Thru Date,Time,Type,Status',
        '70021,400111,"Hall, Rose",03/03/1966,"Stone, Amy PT",03/02/2027,03/30/2027,9:00 AM,PT Session,Scheduled',
        '70022,400333,"Lane, Sue",05/05/1988,"Stone, Amy PT",03/02/2027,03/02/2027,9:30 AM,PT Eval,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', check: 'spans-days', column: 'Thru Date', samples: ['03/30/2027'] },
    ]);
  });

  it("holds a standing order's Start Date / Stop Date; the same day goes", async () => {
    const rows = (stop: string) =>
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Provider,Start Date,Stop Date,Time,Type,Status',
        `71021,600222,"Park, Jin",07/07/1960,"Shah, Nina MD",03/02/2027,${stop},11:00 AM,Infusion,Scheduled`,
      ]);
    const held = await collect(rows('05/25/2027'), ny);
    expect(held.summary.doubts).toMatchObject([{ check: 'spans-days', column: 'Stop Date' }]);
    const sent = await collect(rows('03/02/2027'), ny);
    expect(sent.summary.doubts).toEqual([]);
    // 11:00 in New York (UTC-5 on 2 March 2027)
    expect(sent.appointments.map((a) => `${a.appointmentId} ${a.start.toISOString()}`)).toEqual([
      '71021 2027-03-02T16:00:00.000Z',
    ]);
  });
});

describe('which columns give a row its end date', () => {
  it.each([
    'End Date',
    'Date To',
    'Appt End',
    'Recurrence End Date',
    'Repeat Until',
    'Series End Date',
    // the end in other words: billing's From / Thru, a standing order's Start / Stop, Dutch van / tot
    'Thru Date',
    'Date Through',
    'Stop Date',
    'Datum tot',
  ])('%s is one', (header) => {
    expect(spanEndColumns([header], {})).toEqual([{ header, source: 'main', index: 0 }]);
  });

  it.each([
    'Authorization End Date',
    'Episode End Date',
    'Appt Date',
    'Referral Date',
    'Paid Thru Date',
    'Order Stop Date',
  ])('%s is not', (header) => {
    expect(spanEndColumns([header], {})).toEqual([]);
  });
});

describe('a booked row that states a repeat rule', () => {
  it('holds a dialysis standing schedule: a start date and Mon/Wed/Fri', async () => {
    const r = await collect(
      files.write([
        'MRN,Patient Name,DOB,Start Date,Schedule,Time,Chair,Provider,Status',
        '600111,"Ortiz, Luis",02/02/1952,03/01/2027,Mon/Wed/Fri,6:00 AM,Chair 3,"Shah, Nina MD",Scheduled',
        '600222,"Park, Jin",07/07/1960,03/02/2027,Tue/Thu/Sat,11:00 AM,Chair 5,"Shah, Nina MD",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', check: 'repeat-rule', column: 'Schedule' }]);
    expect(r.summary.doubts[0]!.message).toContain("line 2: 'Mon/Wed/Fri'");
  });

  it("holds an iCalendar RRULE and a standing order's Frequency", async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Date,Time,RRULE,Frequency,Provider,Type,Status',
        '70011,400111,"Hall, Rose",03/03/1966,03/02/2027,9:00 AM,FREQ=WEEKLY;BYDAY=TU;COUNT=5,,"Stone, Amy PT",PT,Scheduled',
        '71002,600222,"Park, Jin",07/07/1960,03/02/2027,11:00 AM,,Every 3 weeks,"Shah, Nina MD",Infusion,Scheduled',
        '70013,400333,"Lane, Sue",05/05/1988,03/04/2027,11:00 AM,,Once,"Stone, Amy PT",PT Eval,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { check: 'repeat-rule', column: 'RRULE' },
      { check: 'repeat-rule', column: 'Frequency', samples: ['Every 3 weeks'] },
    ]);
  });

  it('sends a list of the visits themselves: one patient under one rule on two days', async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Date,Time,Recurrence,Provider,Type,Status',
        '90001,400111,"Hall, Rose",03/03/1966,03/02/2027,9:00 AM,Weekly,"Stone, Amy PT",PT,Scheduled',
        '90002,400222,"King, Joe",04/04/1977,03/03/2027,10:00 AM,Weekly,"Stone, Amy PT",PT,Scheduled',
        '90003,400111,"Hall, Rose",03/03/1966,03/09/2027,9:00 AM,Weekly,"Stone, Amy PT",PT,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.start.toISOString()}`)).toEqual([
      '90001 2027-03-02T14:00:00.000Z',
      '90002 2027-03-03T15:00:00.000Z',
      '90003 2027-03-09T14:00:00.000Z',
    ]);
  });

  it("sends the visits when each names its place in the rule: 'Weekly (4 of 8)', then 'Weekly (5 of 8)'", async () => {
    // Schedulicity-style exports write the occurrence's place after the rule, so one series reads
    // differently on each visit. The wrong send this loosening could cause: two series of one
    // patient, each listed once, taken for one series listed visit by visit. The file rules it
    // out: a place `N of M` counts occurrences, and a row that stands for a whole series has no
    // place of its own; the patient must still be on two days under the rule. New York is UTC-5
    // until 14 March 2027, UTC-4 after: 9:00 AM on 9 March is 14:00Z, on 16 March 13:00Z.
    const r = await collect(
      files.write([
        'Date,Time,Client,Birthday,Provider,Service,Recurring,Status',
        'Tue 3/9/2027,9:00 AM,Hannah Voss,8/3/1977,"Kim Alvarez, DC",Adjustment,Weekly (4 of 8),Completed',
        'Tue 3/9/2027,10:00 AM,Marcus Lee,11/12/1990,"Kim Alvarez, DC",New Patient Exam,,Booked',
        'Tue 3/16/2027,9:00 AM,Hannah Voss,8/3/1977,"Kim Alvarez, DC",Adjustment,Weekly (5 of 8),Booked',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.lastName} ${a.start.toISOString()}`)).toEqual([
      'Voss 2027-03-09T14:00:00.000Z',
      'Lee 2027-03-09T15:00:00.000Z',
      'Voss 2027-03-16T13:00:00.000Z',
    ]);
  });

  it('still holds a rule with a place when no patient has two days under it', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Client,Birthday,Provider,Service,Recurring,Status',
        'Tue 3/9/2027,9:00 AM,Hannah Voss,8/3/1977,"Kim Alvarez, DC",Adjustment,Weekly (1 of 8),Booked',
        'Wed 3/10/2027,9:00 AM,Marcus Lee,11/12/1990,"Kim Alvarez, DC",Adjustment,Weekly (1 of 6),Booked',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'repeat-rule', column: 'Recurring' }]);
  });

  it("still holds two series of one patient each listed once: 'Weekly until 4/8', 'Weekly until 5/8'", async () => {
    // `4/8` is an end date here, never a place: the two rules stay two, each seen on one day.
    const r = await collect(
      files.write([
        'Date,Time,Client,Birthday,Provider,Service,Recurring,Status',
        'Tue 3/9/2027,9:00 AM,Hannah Voss,8/3/1977,"Kim Alvarez, DC",Adjustment,Weekly until 4/8,Booked',
        'Thu 4/15/2027,9:00 AM,Hannah Voss,8/3/1977,"Kim Alvarez, DC",Adjustment,Weekly until 5/8,Booked',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'repeat-rule', column: 'Recurring' }]);
  });

  it('compares a rule without its places, never without its end date', () => {
    expect(withoutOccurrencePlace('Weekly (4 of 8)')).toBe('Weekly');
    expect(withoutOccurrencePlace('Every Tue - visit 3 of 10')).toBe('Every Tue');
    expect(withoutOccurrencePlace('Alle 2 Wochen (3 von 6)')).toBe('Alle 2 Wochen');
    expect(withoutOccurrencePlace('Weekly until 4/8')).toBe('Weekly until 4/8');
    // A place alone is no rule at all (isRepeatRule says so): it is kept as it is.
    expect(withoutOccurrencePlace('3 of 10')).toBe('3 of 10');
  });

  it("holds a physio's standing order listed once: Frequency = 3x weekly", async () => {
    // A therapy plan booked as one row from its first day, the visits a week apart or more written
    // as `3x weekly`, `2x weekly` (no slash): sent, the portal would show the first visit only.
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Start Date,Start Time,Frequency,Provider,Type,Status',
        '80011,400111,"Hall, Rose",03/03/1966,03/02/2027,9:00 AM,3x weekly,"Stone, Amy PT",PT Treatment,Scheduled',
        '80012,400222,"King, Joe",04/04/1977,03/02/2027,9:30 AM,2x weekly,"Stone, Amy PT",PT Treatment,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', check: 'repeat-rule', column: 'Frequency', samples: ['3x weekly'] },
    ]);
  });

  it("sends a day's visits beside how often the reminders go (Reminder Frequency = Daily)", async () => {
    // The reminder texts' frequency is no series of visits: each row is one visit at its time.
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Date,Time,Reminder Frequency,Provider,Type,Status',
        '90011,400111,"Hall, Rose",03/03/1966,03/02/2027,9:00 AM,Daily,"Stone, Amy PT",Follow Up,Scheduled',
        '90012,400222,"King, Joe",04/04/1977,03/02/2027,9:30 AM,Weekly,"Stone, Amy PT",New Patient,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.start.toISOString()}`)).toEqual([
      '90011 2027-03-02T14:00:00.000Z',
      '90012 2027-03-02T14:30:00.000Z',
    ]);
  });

  it("sends an occurrence's place in its series (Series = 3 of 10)", async () => {
    const r = await collect(
      files.write([
        'Appt ID,MRN,Patient Name,DOB,Date,Time,Series,Provider,Type,Status',
        '70011,400111,"Hall, Rose",03/03/1966,03/02/2027,9:00 AM,3 of 10,"Stone, Amy PT",PT Session,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
  });

  it.each([
    'Weekly',
    'Weekly on Wed',
    'Every Tue until 03/30/2027',
    'Every 3 weeks',
    'Mon/Wed/Fri',
    'Tue, Thu',
    'MWF',
    'TTS',
    '3x/week',
    'twice weekly',
    'q21d',
    'FREQ=WEEKLY;BYDAY=TU',
    'RRULE:FREQ=DAILY;COUNT=10',
    // how many times a period, written without a slash, and clinicians' intervals
    '3x weekly',
    '2 x per wk',
    '3 times weekly',
    '1x/mo',
    '2 per week',
    'BIW',
    'QOW',
    'Q2W',
    'q3mo',
    // weekdays with dashes or as letters, a range of weekdays
    'Mon-Wed-Fri',
    'Mon-Fri',
    'M/W/F',
    'T/Th',
    'Tu-Th',
    // German, French, Spanish, Dutch
    'Wöchentlich',
    'alle 2 Wochen',
    '14-tägig',
    'Hebdomadaire',
    'toutes les 2 semaines',
    'Semanal',
    'cada 2 semanas',
    'Wekelijks',
    'om de week',
  ])('%s is a repeat rule', (v) => {
    expect(isRepeatRule(v)).toBe(true);
  });

  it.each([
    '',
    'Once',
    'No',
    'None',
    'Yes',
    '3 of 10',
    'Tue',
    'Chair 3',
    'Dr Lee AM',
    'Week 2',
    '2 Week Post-op',
    '6 weeks',
    'M',
    'F',
    'MRI',
  ])('%s is not', (v) => {
    expect(isRepeatRule(v)).toBe(false);
  });

  it('reads rule columns by their header, never a series id', () => {
    expect(
      recurrenceColumns(
        [
          'Recurrence',
          'Frequency',
          'Days',
          'Schedule',
          'RRULE',
          'Series ID',
          'Recurring Appointment ID',
          'Day',
          'Notes',
        ],
        {},
      ).map((c) => c.header),
    ).toEqual(['Recurrence', 'Frequency', 'Days', 'Schedule', 'RRULE']);
  });

  it("reads a rule header in German, French, Spanish and Dutch, never another thing's frequency", () => {
    expect(
      recurrenceColumns(
        [
          'Wiederholung',
          'Fréquence',
          'Frecuencia',
          'Herhaling',
          'Visit Frequency',
          'Reminder Frequency',
          'Recall Frequency',
          'Payment Schedule',
          'Medication Frequency',
          'Text Reminder Schedule',
        ],
        {},
      ).map((c) => c.header),
    ).toEqual(['Wiederholung', 'Fréquence', 'Frecuencia', 'Herhaling', 'Visit Frequency']);
  });
});
