// An appointment-id column left empty on some appointments (a visit number given at check-in):
// those rows would go under an id derived from patient, provider and day, and again under the
// export's id once it is filled in: the appointment twice on the portal. The file is held until a
// person picks the id column or none. Expected outcomes written by hand from the rows.
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const { dir, write } = exportFiles('id-gaps');
const HEAD = 'Appt Date,Appt Time,Visit ID,Patient,Birthdate,Provider,Status';

describe('an id column filled on some appointments only', () => {
  it('holds the file, counting the rows without an id and naming the first', async () => {
    const r = await collect(
      write([
        HEAD,
        '03/02/2027,9:00 AM,V88121,"Smith, John",04/05/1980,Dr Lee,Checked In',
        '03/02/2027,10:00 AM,,"Ng, Liam",08/09/2015,Dr Lee,Scheduled', // line 3
        '03/02/2027,10:30 AM,,"Roe, Rick",08/09/2011,Dr Lee,Scheduled',
        '03/02/2027,11:00 AM,V88122,"Brown, Carl",08/09/2001,Dr Lee,Checked In',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'appointment-id', field: 'appointmentId', column: 'Visit ID' },
    ]);
    expect(r.summary.doubts[0]!.message).toContain('empty on 2 of 4 appointments (the first on line 3)');
  });

  it('a column filled on every appointment is not held for it', async () => {
    const r = await collect(
      write([
        HEAD,
        '03/02/2027,9:00 AM,V88121,"Smith, John",04/05/1980,Dr Lee,Checked In',
        '03/02/2027,10:00 AM,V88125,"Ng, Liam",08/09/2015,Dr Lee,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['V88121', 'V88125']);
  });

  it('is not asked again once a person confirmed the column', async () => {
    const profile = path.join(dir, 'confirmed.json');
    fs.writeFileSync(
      profile,
      JSON.stringify({
        name: 'visit-ids',
        columns: {
          date: 'Appt Date',
          time: 'Appt Time',
          appointmentId: 'Visit ID',
          patientName: 'Patient',
          dob: 'Birthdate',
          providerName: 'Provider',
          status: 'Status',
        },
        confirmed: { headers: HEAD.split(','), at: '2027-01-01T00:00:00Z' },
      }),
    );
    const r = await collect(
      write([
        HEAD,
        '03/02/2027,9:00 AM,V88121,"Smith, John",04/05/1980,Dr Lee,Checked In',
        '03/02/2027,10:00 AM,,"Ng, Liam",08/09/2015,Dr Lee,Scheduled',
      ]),
      { timeZone: 'America/New_York', profile },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]!.appointmentId).toBe('V88121');
    expect(r.appointments[1]!.appointmentId).toMatch(/^A-[0-9a-f]{16}$/);
  });
});
