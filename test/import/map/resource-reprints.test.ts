// A report by resource prints an appointment booked on two resources (the Mohs surgeon and the
// Mohs room) once under each resource's heading, every cell alike (Nextech's Appointments by
// Resource, corpus 389): one visit, sent once. Only the last appointment sent under an id counts:
// a grouped log that writes one id Confirmed, Cancelled, then Confirmed again sends the last
// Confirmed, so the visit ends as the file last says. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('resource-reprints');
const DENVER = { timeZone: 'America/Denver' };
const HEAD = 'Appt #,Date,Time,Patient ID,Patient Name,Birthdate,Purpose,Status';
const mohs = (status = 'Confirmed') =>
  `9101,03/12/2027,07:30 AM,30415,"Lindqvist, Erik",02/19/1946,Mohs Surgery,${status}`;
const exam = '9102,03/12/2027,09:45 AM,31102,"Delgado, Ana",10/03/1979,Skin Exam,Confirmed';

describe('one visit printed under each of its resources', () => {
  it('is sent once, the second printing a counted skip naming the first', async () => {
    const r = await collect(
      files.write([
        'Appointments by Resource',
        'Date Range: 03/12/2027 - 03/12/2027',
        'Resource: Hale, Jonathan MD',
        HEAD,
        mohs(), // line 5
        exam,
        'Total for Hale, Jonathan MD: 2',
        '',
        'Resource: Mohs OR 1',
        HEAD,
        mohs(), // line 11
        'Total for Mohs OR 1: 1',
      ]),
      DENVER,
    );
    // Denver on 12 March 2027 is MST (UTC-7): 7:30 AM is 14:30 UTC, 9:45 AM 16:45 UTC.
    expect(r.appointments.map((a) => [a.appointmentId, a.start.toISOString(), a.status])).toEqual([
      ['9101', '2027-03-12T14:30:00.000Z', 'NEW'],
      ['9102', '2027-03-12T16:45:00.000Z', 'NEW'],
    ]);
    expect(r.skipped).toEqual([
      {
        line: 11,
        reason:
          'the same appointment as line 5 (printed again, under another heading or resource), every detail sent alike: sent once',
      },
    ]);
  });

  it('a printing that differs from the last one sent under its id is no copy', async () => {
    const r = await collect(
      files.write([
        'Appointment changes',
        'Changed on 03/10/2027',
        HEAD,
        mohs('Confirmed'), // line 4
        'Changed on 03/11/2027',
        HEAD,
        mohs('Cancelled'), // line 7
        'Changed on 03/12/2027',
        HEAD,
        mohs('Confirmed'), // line 10: the same as line 4, but line 7 came between
      ]),
      DENVER,
    );
    expect(r.skipped.filter((s) => s.line === 10)).toEqual([]);
  });
});
