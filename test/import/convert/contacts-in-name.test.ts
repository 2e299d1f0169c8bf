// A med spa's or booking tool's client list writes the client's email or phone in the name cell,
// beside the name (`Victoria Hale (v.hale@example.com, (813) 555-0142)`, `Hale, Victoria - (813)
// 555-0142`). The whole column had read as "not names" (the file held) and every row been refused
// as "more than a name". An address or a formatted phone number is no part of a name: it is left
// out and the name sent. Ten digits run together stay refused (a chart or account number glued to
// the name, number-in-name.test.ts). Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { withoutContacts } from '../../../main/import/map/name-contacts.ts';

const files = exportFiles('contacts-in-name');

describe('an email or phone number written in the patient name cell', () => {
  it('is left out, and the name beside it sent', async () => {
    const names = [
      'Victoria Hale (v.hale@example.com, (813) 555-0142)', // line 2
      'Danielle Pryor - (850) 555-0176', // line 3
      'Marcus Bell <marcus.bell@example.com>', // line 4
      'Grace Okafor  Cell: 727-555-0190', // line 5
      "Maureen O'Neill (952.555.0170)", // line 6
    ];
    const file = files.write([
      'Appt ID,Appt Date,Appt Time,Client,DOB,Provider,Status',
      ...names.map(
        (n, i) => `${204817 + i},03/12/2027,9:${i}0 AM,"${n}",04/05/${1980 + i},Kelsey Trent RN,Confirmed`,
      ),
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => d.message)).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.firstName, a.patient.lastName])).toEqual([
      ['204817', 'Victoria', 'Hale'],
      ['204818', 'Danielle', 'Pryor'],
      ['204819', 'Marcus', 'Bell'],
      ['204820', 'Grace', 'Okafor'],
      ['204821', 'Maureen', "O'Neill"],
    ]);
    // 9:00 AM EST on 12 March 2027 is 14:00 UTC; each row ten minutes later.
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-12T14:00:00.000Z');
  });

  it('in a Last, First list too', async () => {
    const file = files.write([
      'Appt ID,Appt Date,Appt Time,Client,DOB,Provider,Status',
      '204817,03/12/2027,9:00 AM,"Hale, Victoria - (813) 555-0142",04/05/1980,Kelsey Trent RN,Confirmed',
      '204818,03/12/2027,9:30 AM,"Pryor, Danielle  Mobile: 850.555.0176",04/05/1981,Kelsey Trent RN,Confirmed',
      '204819,03/12/2027,10:00 AM,"Bell, Marcus",04/05/1982,Kelsey Trent RN,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => d.message)).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Victoria Hale',
      'Danielle Pryor',
      'Marcus Bell',
    ]);
  });

  it('a number that is no phone number stays a row error', async () => {
    const file = files.write([
      'Appt ID,Appt Date,Appt Time,Client,DOB,Provider,Status',
      '204817,03/12/2027,9:00 AM,"Hale, Victoria",04/05/1980,Kelsey Trent RN,Confirmed',
      '204818,03/12/2027,10:00 AM,"Pryor, Danielle 8505550176",04/05/1981,Kelsey Trent RN,Confirmed',
      '204819,03/12/2027,11:00 AM,"Bell, Marcus",04/05/1982,Kelsey Trent RN,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([[3, 'Pryor, Danielle 8505550176']]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Hale', 'Bell']);
  });

  it.each([
    ['Victoria Hale (v.hale@example.com, (813) 555-0142)', 'Victoria Hale'],
    ['Hale, Victoria - (813) 555-0142', 'Hale, Victoria'],
    ['Jane Doe, email: jane@example.com', 'Jane Doe'],
    ['Doe, Jane +1 813 555 0142', 'Doe, Jane'],
    // Nothing but contacts, or no contact at all: the cell as it is.
    ['(813) 555-0142', '(813) 555-0142'],
    ['v.hale@example.com', 'v.hale@example.com'],
    ['Smith, Jane (Mrs)', 'Smith, Jane (Mrs)'],
    ['Jones, Bob 555-0142', 'Jones, Bob 555-0142'],
  ])('%s → %s', (cell, name) => {
    expect(withoutContacts(cell)).toBe(name);
  });
});
