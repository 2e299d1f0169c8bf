// A row whose own end falls days after its start is a series or standing order listed once (its
// first and last day: `Start Date` / `End Date`, a calendar's `Recurrence End Date`, PlanCare's
// RecurrenceStart / RecurrenceEnd), or a stay: sent, the portal would show the first visit only.
// Such a file is held; an overnight visit (end the next morning) and an end time alone go.
// Expected outcomes worked out by hand (New York is UTC-5 in early March 2027).
import { describe, expect, it } from 'vitest';
import { spanEndColumns } from '../../../main/import/map/row-span.ts';
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
      { kind: 'column', check: 'spans-days', column: 'End Date', samples: ['03/30/2027'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("line 2: starts 2027-03-02, ends '03/30/2027'");
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
        'Appt ID,MRN,Patient Name,DOB,Start Date,Start Time,End Time,Recurrence,Recurrence End Date,Chair,Status',
        '50011,300111,"Hill, Grace",02/14/1955,03/02/2027,08:30,12:30,Weekly,04/13/2027,Chair 4,Scheduled',
        '50012,300222,"Young, Paul",06/30/1962,03/02/2027,09:00,11:00,,,Chair 2,Scheduled',
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

describe('which columns give a row its end date', () => {
  it.each(['End Date', 'Date To', 'Appt End', 'Recurrence End Date', 'Repeat Until', 'Series End Date'])(
    '%s is one',
    (header) => {
      expect(spanEndColumns([header], {})).toEqual([{ header, source: 'main', index: 0 }]);
    },
  );

  it.each(['Authorization End Date', 'Episode End Date', 'Appt Date', 'Referral Date'])(
    '%s is not',
    (header) => {
      expect(spanEndColumns([header], {})).toEqual([]);
    },
  );
});
