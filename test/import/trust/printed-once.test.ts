// A grouped report prints the status, or the patient, once per group ("suppress if duplicated"):
// read as a table, the rows under a `Cancelled` would go as booked, and a patient's later
// appointments would be skipped as open slots. Such files are held; a column where an empty
// status means booked, and real open slots, are not. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('printed-once');
const opts = { timeZone: 'America/New_York' };

describe('a status printed once per group', () => {
  const HEAD = 'Status,Appt Date,Time,Patient,Birth Date,Provider';
  const grouped = [
    HEAD,
    'Cancelled,03/01/2027,11:00 AM,"Lindgren, Astrid",10/10/1940,"Ng, Helen MD"',
    ',03/02/2027,2:00 PM,"Baker, Tom",07/08/1966,"Ng, Helen MD"',
    ',03/02/2027,3:00 PM,"Young, Ada",04/04/1984,"Ng, Helen MD"',
    'Confirmed,03/01/2027,9:00 AM,"Porter, Wade",05/05/1955,"Ng, Helen MD"',
    ',03/01/2027,9:30 AM,"Okoro, Chidi",01/06/1999,"Ng, Helen MD"',
  ];

  it('holds the file: Baker and Young were sent as booked', async () => {
    const r = await collect(files.write(grouped), opts);
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', column: 'Status', samples: ['Cancelled'] }]);
    expect(r.summary.doubts[0]!.message).toContain(
      "empty on 2 appointments below a 'Cancelled' (the first on line 3)",
    );
  });

  it('an empty status that means booked, in a column whose statuses repeat, is not held', async () => {
    const r = await collect(
      files.write([
        HEAD,
        'Confirmed,03/01/2027,9:00 AM,"Porter, Wade",05/05/1955,"Ng, Helen MD"',
        'Confirmed,03/01/2027,9:30 AM,"Okoro, Chidi",01/06/1999,"Ng, Helen MD"',
        'Cancelled,03/01/2027,11:00 AM,"Lindgren, Astrid",10/10/1940,"Ng, Helen MD"',
        ',03/02/2027,2:00 PM,"Baker, Tom",07/08/1966,"Ng, Helen MD"',
        'Confirmed,03/02/2027,3:00 PM,"Young, Ada",04/04/1984,"Ng, Helen MD"',
        'Confirmed,03/02/2027,3:30 PM,"Reed, Ava",04/04/1985,"Ng, Helen MD"',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL', 'NEW', 'NEW', 'NEW']);
  });

  // DrChrono leaves the status empty when none was set. Its list runs in start order, and a
  // status repeats on one day: a report grouped by status (one group per word a day) or one that
  // blanks a repeated value cannot write that.
  const row = (status: string, date: string, time: string, patient: string, provider = 'Ng, Helen MD') =>
    `${status},${date},${time},"${patient}",05/05/1955,"${provider}"`;

  it('a list in start order whose status repeats within a day is not held', async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('Complete', '03/01/2027', '8:00 AM', 'Porter, Wade'),
        row('Arrived', '03/01/2027', '8:30 AM', 'Okoro, Chidi'),
        row('Cancelled', '03/01/2027', '9:00 AM', 'Lindgren, Astrid'),
        row('', '03/01/2027', '9:30 AM', 'Baker, Tom'),
        row('No Show', '03/01/2027', '10:00 AM', 'Young, Ada'),
        row('Confirmed', '03/02/2027', '8:00 AM', 'Reed, Ava'),
        row('Confirmed', '03/02/2027', '8:30 AM', 'Hill, Dan'),
        row('', '03/02/2027', '9:00 AM', 'Cole, Eve'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual([
      'NEW',
      'NEW',
      'CANCEL',
      'NEW',
      'NEW',
      'NEW',
      'NEW',
      'NEW',
    ]);
  });

  it('the same list newest first (a report sorted by start, descending) is not held either', async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('', '03/02/2027', '9:00 AM', 'Cole, Eve'),
        row('Confirmed', '03/02/2027', '8:30 AM', 'Hill, Dan'),
        row('Confirmed', '03/02/2027', '8:00 AM', 'Reed, Ava'),
        row('No Show', '03/01/2027', '10:00 AM', 'Young, Ada'),
        row('', '03/01/2027', '9:30 AM', 'Baker, Tom'),
        row('Cancelled', '03/01/2027', '9:00 AM', 'Lindgren, Astrid'),
        row('', '03/01/2027', '8:45 AM', 'Ford, Ian'),
        row('Arrived', '03/01/2027', '8:30 AM', 'Okoro, Chidi'),
        row('Complete', '03/01/2027', '8:00 AM', 'Porter, Wade'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual([
      'NEW',
      'NEW',
      'NEW',
      'NEW',
      'NEW',
      'CANCEL',
      'NEW',
      'NEW',
      'NEW',
    ]);
  });

  it('a list in start order that never repeats a status on a day (a repeat blanked) is held', async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('Confirmed', '03/01/2027', '8:00 AM', 'Porter, Wade'),
        row('', '03/01/2027', '8:30 AM', 'Okoro, Chidi'),
        row('Cancelled', '03/01/2027', '9:00 AM', 'Lindgren, Astrid'),
        row('', '03/01/2027', '9:30 AM', 'Baker, Tom'),
        row('Confirmed', '03/01/2027', '10:00 AM', 'Young, Ada'),
        row('Arrived', '03/01/2027', '10:30 AM', 'Reed, Ava'),
        row('Confirmed', '03/02/2027', '8:00 AM', 'Hill, Dan'),
        row('', '03/02/2027', '8:30 AM', 'Cole, Eve'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', column: 'Status', samples: ['Cancelled'] }]);
  });

  // A reminder service's reply column (Solutionreach's `Response`): empty until the patient
  // answers. Its first row is empty, and no report leaves a group's word off the group's first row.
  it('a list in start order over two days whose first status is empty, a word repeated, is not held', async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('', '03/01/2027', '8:00 AM', 'Porter, Wade'),
        row('Confirmed via text', '03/01/2027', '9:00 AM', 'Okoro, Chidi'),
        row('Cancelled via text', '03/01/2027', '10:30 AM', 'Lindgren, Astrid'),
        row('', '03/02/2027', '1:15 PM', 'Baker, Tom'),
        row('Confirmed via text', '03/02/2027', '2:00 PM', 'Novak, Eva'),
        row('', '03/02/2027', '3:00 PM', 'Young, Ada'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL', 'NEW', 'NEW', 'NEW']);
  });

  it('the same list with each word once (a blank, a Confirmed and a Cancelled group in start order) is held', async () => {
    // Grouped by status, Baker and Young under `Cancelled via text` would be blanked cancellations;
    // nothing in the file tells it from a reply column, so it is asked, never sent booked.
    const r = await collect(
      files.write([
        HEAD,
        row('', '03/01/2027', '8:00 AM', 'Porter, Wade'),
        row('Confirmed via text', '03/01/2027', '9:00 AM', 'Okoro, Chidi'),
        row('Cancelled via text', '03/01/2027', '10:30 AM', 'Lindgren, Astrid'),
        row('', '03/02/2027', '1:15 PM', 'Baker, Tom'),
        row('', '03/02/2027', '3:00 PM', 'Young, Ada'),
      ]),
      opts,
    );
    expect(r.summary.doubts.map((d) => d.check)).toContain('status-printed-once');
  });

  it('an empty first status in a list grouped by status (the clock starts again) is still held', async () => {
    // Sorted by status, the empty group comes first; Baker under Cancelled is a blanked Cancelled.
    const r = await collect(
      files.write([
        HEAD,
        row('', '03/01/2027', '9:00 AM', 'Porter, Wade'),
        row('', '03/02/2027', '8:00 AM', 'Okoro, Chidi'),
        row('Cancelled', '03/01/2027', '8:30 AM', 'Lindgren, Astrid'),
        row('', '03/02/2027', '10:00 AM', 'Baker, Tom'),
        row('Confirmed', '03/01/2027', '10:00 AM', 'Young, Ada'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', column: 'Status', samples: ['Cancelled'] }]);
  });

  it('an empty first status on a one-day list is still held (one day can be in order by chance)', async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('', '03/01/2027', '8:00 AM', 'Porter, Wade'),
        row('Cancelled', '03/01/2027', '9:00 AM', 'Lindgren, Astrid'),
        row('', '03/01/2027', '9:30 AM', 'Baker, Tom'),
        row('Confirmed', '03/01/2027', '10:00 AM', 'Young, Ada'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', column: 'Status', samples: ['Cancelled'] }]);
  });

  it('a repeat within a day where the clock starts again (groups by provider) is still held', async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('Arrived', '03/01/2027', '10:00 AM', 'Porter, Wade'),
        row('Cancelled', '03/01/2027', '9:00 AM', 'Lindgren, Astrid'),
        row('', '03/01/2027', '9:30 AM', 'Baker, Tom'),
        row('Confirmed', '03/01/2027', '11:00 AM', 'Young, Ada'),
        row('No Show', '03/01/2027', '11:30 AM', 'Okoro, Chidi'),
        row('Confirmed', '03/01/2027', '8:00 AM', 'Reed, Ava', 'Lee, Alan DO'),
        row('', '03/01/2027', '8:30 AM', 'Hill, Dan', 'Lee, Alan DO'),
        row('No Show', '03/01/2027', '9:00 AM', 'Cole, Eve', 'Lee, Alan DO'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', column: 'Status', samples: ['Cancelled'] }]);
  });

  it('is not asked again once a person confirmed the mapping', async () => {
    const profile = confirmedProfile(
      files,
      {
        status: 'Status',
        date: 'Appt Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'Birth Date',
        providerName: 'Provider',
      },
      HEAD.split(','),
    );
    const file = files.write(grouped);
    await answerOn(profile, file, { ...opts, profile });
    const r = await collect(file, { ...opts, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(5);
  });
});

describe('a patient printed once per group', () => {
  const HEAD = 'Patient,Birth Date,Appt Date,Time,Provider,Status';

  it('holds the file: Porter’s and Okoro’s second appointments were skipped as open slots', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '"Porter, Wade",05/05/1955,03/01/2027,9:00 AM,"Ng, Helen MD",Confirmed',
        ',,03/03/2027,9:00 AM,"Ng, Helen MD",Confirmed',
        '"Okoro, Chidi",01/06/1999,03/01/2027,9:30 AM,"Ng, Helen MD",Confirmed',
        ',,03/04/2027,11:00 AM,"Lee, Alan DO",Cancelled',
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', field: 'patientName', samples: ['Confirmed'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain(
      "2 rows have no patient but the status of an appointment ('Confirmed', line 3)",
    );
  });

  it('open slots (no patient, no status) and blocked time with a no-patient id are not held', async () => {
    const r = await collect(
      files.write([
        'Patient,Patient ID,Birth Date,Appt Date,Time,Provider,Status',
        '"Porter, Wade",1041,05/05/1955,03/01/2027,9:00 AM,"Ng, Helen MD",Confirmed',
        ',,,03/01/2027,9:30 AM,"Ng, Helen MD",',
        ',0,,03/01/2027,12:00 PM,"Ng, Helen MD",Confirmed',
        // OpenEMR's "none" status on lunch: every calendar entry has one
        ',,,03/01/2027,12:30 PM,"Ng, Helen MD",- None',
        ',,,03/01/2027,12:45 PM,"Ng, Helen MD",-',
        '"Okoro, Chidi",1187,01/06/1999,03/01/2027,1:30 PM,"Ng, Helen MD",Confirmed',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
    expect(r.skipped.map((s) => s.line)).toEqual([3, 4, 5, 6]);
  });

  it('blocked time named by its type or reason is not held, whatever status it carries', async () => {
    // A Dentrix-style list: lunch and a meeting booked with no patient and the schedule's FIRM.
    const head = 'Patient,Birth Date,Appt Date,Time,Provider,Status,Reason';
    const r = await collect(
      files.write([
        head,
        '"Porter, Wade",05/05/1955,03/01/2027,9:00 AM,DDS1,FIRM,PROPHY',
        ',,03/01/2027,12:00 PM,DDS1,FIRM,LUNCH',
        ',,03/01/2027,1:00 PM,DDS1,FIRM,Staff Meeting',
        '"Okoro, Chidi",01/06/1999,03/01/2027,2:00 PM,DDS1,FIRM,CROWN PREP',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Porter', 'Okoro']);
    expect(r.skipped.map((s) => s.line)).toEqual([3, 4]);
    // A visit's own reason under the empty patient is still a row the report printed once for.
    const held = await collect(
      files.write([
        head,
        '"Porter, Wade",05/05/1955,03/01/2027,9:00 AM,DDS1,FIRM,PROPHY',
        ',,03/02/2027,12:00 PM,DDS1,FIRM,CROWN SEAT',
        '"Okoro, Chidi",01/06/1999,03/01/2027,2:00 PM,DDS1,FIRM,CROWN PREP',
      ]),
      opts,
    );
    expect(held.summary.doubts).toMatchObject([{ kind: 'column', field: 'patientName', samples: ['FIRM'] }]);
  });

  it("a treatment machine's QA block with the schedule's status is skipped, not held", async () => {
    // ARIA books `Machine QA` on the linac between treatments, Open like every appointment not
    // done yet (corpus 390); with `Open` answered as booked, the block had held the file as a
    // patient printed once. The visits around it go; the block has no patient and is skipped.
    const head = 'Resource,Scheduled Start,Patient ID,Patient Name,Date of Birth,Activity,Status';
    const r = await collect(
      files.write([
        head,
        'TrueBeam 1,03/15/2027 7:00 AM,AZ-100482,"Begay, Loren",04/11/1958,IMRT Treatment,Confirmed',
        'TrueBeam 1,03/15/2027 12:00 PM,,,,Machine QA,Confirmed',
        'TrueBeam 1,03/15/2027 1:15 PM,AZ-100561,"Whitehorse, Daniel",02/10/1966,IMRT Treatment,Cancelled',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.status])).toEqual([
      ['Begay', 'NEW'],
      ['Whitehorse', 'CANCEL'],
    ]);
    expect(r.skipped.map((s) => s.line)).toEqual([3]);
  });
});
