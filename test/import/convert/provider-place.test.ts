// A provider column that names rooms, chairs or machines. A resource schedule (a radiology book, an
// eClinicalWorks or Kareo resource, a dental operatory) writes `Ultrasound 2`, `CT1`, `MRI 1`,
// `X-Ray Room`, `Chair 3`, `OP2` where a person would be. Before, each went to the portal as the
// appointment's provider (`<ProviderName>Ct1</ProviderName>`): the patient told they see `Ct1`.
// Now a column of such values only is left out (Unassigned provider, as Medfusion gets for an export
// with no provider; a provider column beside it is taken), and in a column that mixes people and
// rooms the people stay and the rooms' rows go as Unassigned. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect, expectValidXml } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('provider-place');
const opts = { timeZone: 'America/New_York', practiceName: 'Lakeside Imaging' };
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Status';

describe('a provider column of rooms, chairs or machines', () => {
  it('a radiology Resource of machines goes as Unassigned provider', async () => {
    const r = await collect(
      files.write([
        `${HEAD},Resource`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,Scheduled,Ultrasound 2',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,Scheduled,CT1',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,Scheduled,MRI 1',
        '1004,P4,Green,Tom,01/02/1965,12/08/2026,10:30 AM,Scheduled,X-Ray Room',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
    ]);
    expectValidXml(r.appointments);
  });

  it('a Provider column of chairs and operatories goes as Unassigned provider', async () => {
    const r = await collect(
      files.write([
        `${HEAD},Provider`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,Scheduled,Chair 3',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,Scheduled,OP2',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,Scheduled,Treatment Room 4',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
    ]);
  });

  it('beside a Doctor column of people, the doctor goes', async () => {
    const r = await collect(
      files.write([
        `${HEAD},Provider,Doctor`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,Scheduled,Chair 3,"Lee, Kim"',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,Scheduled,OP2,"Patel, Nina"',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Kim Lee', 'Nina Patel']);
  });

  it('in a column of people and rooms, the people keep their provider and the rooms go Unassigned', async () => {
    const r = await collect(
      files.write([
        `${HEAD},Resource`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,Scheduled,"Patel, Nina"',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,Scheduled,Ultrasound 2',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,Scheduled,"Patel, Nina"',
        '1004,P4,Green,Tom,01/02/1965,12/08/2026,10:30 AM,Scheduled,CT 2',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Nina Patel',
      'Unassigned provider',
      'Nina Patel',
      'Unassigned provider',
    ]);
  });

  it("people's initials and hygienist codes stay providers: CT, MR, HYG1, and `Bay, A`", async () => {
    const r = await collect(
      files.write([
        `${HEAD},Provider`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,Scheduled,CT',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,Scheduled,MR',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,Scheduled,HYG1',
        '1004,P4,Green,Tom,01/02/1965,12/08/2026,10:30 AM,Scheduled,"Bay, A"',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.participant.providerName)).not.toContain('Unassigned provider');
  });
});
