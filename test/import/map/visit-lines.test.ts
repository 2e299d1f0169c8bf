// One visit printed on two lines (repeated-rows.ts): a report joining an appointment to its
// reasons or procedures repeats the appointment's columns on a line per reason (eMedicalPractice's
// pain consult then the injection in one slot, corpus layout 338). Under the export's own id, with
// patient, start, status, provider and place the same, the lower line is the same appointment:
// skipped, the visit sent once as the first line gives it. Anything else apart, a row between,
// or an id made up from patient, provider and day, and the rule does not apply. Expected values
// worked out by hand from the rows: 8:00 AM on 12 March 2027 in Anchorage is AKST (UTC-9), 17:00Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('visit-lines');
const HEAD = 'Appointment ID,Date,Time,Patient Name,Patient ID,DOB,Provider,Facility,Reason,CPT,Status';
const ak = { timeZone: 'America/Anchorage' };
const ANOTHER_LINE = /another line of appointment/;

describe('one visit printed on a line per reason', () => {
  it('sends the appointment once, as its first line gives it, and counts the second line skipped', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Consult - Lumbar Radiculopathy,99204,Seen',
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Lumbar ESI L4-5,62323,Seen',
        '77131,03/12/2027,10:15 AM,"Blackwood, Terrance",EMP-21044,12/02/1984,"Ahn, Julie PA-C",Anchorage Clinic,Med Management,99214,Seen',
      ]),
      ak,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.start.toISOString()])).toEqual([
      ['77120', '2027-03-12T17:00:00.000Z'],
      ['77131', '2027-03-12T19:15:00.000Z'],
    ]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.line).toBe(3);
    expect(r.skipped[0]!.reason).toContain('another line of appointment 77120 on line 2');
  });

  it('keeps both lines when the status differs (a consult seen, the procedure cancelled)', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Consult,99204,Seen',
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Lumbar ESI L4-5,62323,Cancelled',
      ]),
      ak,
    );
    expect(r.skipped.filter((s) => ANOTHER_LINE.test(s.reason))).toEqual([]);
  });

  it('keeps both lines when the provider or the place differs', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Consult,99204,Seen',
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Ahn, Julie PA-C",Procedure Suite,Lumbar ESI L4-5,62323,Seen',
        '77130,03/12/2027,09:00 AM,"Blackwood, Terrance",EMP-21044,12/02/1984,"Ahn, Julie PA-C",Anchorage Clinic,Consult,99204,Seen',
        '77130,03/12/2027,09:00 AM,"Blackwood, Terrance",EMP-21044,12/02/1984,"Ahn, Julie PA-C",Wasilla Clinic,Trigger Point Inj,20553,Seen',
      ]),
      ak,
    );
    expect(r.skipped.filter((s) => ANOTHER_LINE.test(s.reason))).toEqual([]);
  });

  it('does not join lines with another row between them', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Consult,99204,Seen',
        '77131,03/12/2027,10:15 AM,"Blackwood, Terrance",EMP-21044,12/02/1984,"Ahn, Julie PA-C",Anchorage Clinic,Med Management,99214,Seen',
        '77120,03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Lumbar ESI L4-5,62323,Seen',
      ]),
      ak,
    );
    expect(r.skipped.filter((s) => ANOTHER_LINE.test(s.reason))).toEqual([]);
  });

  it('never joins lines whose ids are made from patient, provider and day (no id column)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient Name,Patient ID,DOB,Provider,Facility,Reason,CPT,Status',
        '03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Consult,99204,Seen',
        '03/12/2027,08:00 AM,"Oyelaran, Tunde",EMP-20331,01/06/1970,"Sorensen, Erik MD",Procedure Suite,Lumbar ESI L4-5,62323,Seen',
      ]),
      ak,
    );
    expect(r.skipped.filter((s) => ANOTHER_LINE.test(s.reason))).toEqual([]);
  });
});
