// A report grouped under lines of their own (`*** Cancelled ***`, `Cancelled Appointments`,
// `Dr Lee`): the rows under such a line may not repeat what it says, so sending them would send
// cancelled appointments as booked, or without their provider. The file is held, naming the
// lines; text after the last row (a footer) does not count. Expected outcomes by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('grouped-rows');
const { write } = files;
const HEAD = 'Date,Time,Patient,DOB,Provider,Type';
const rows = [
  '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Dr Lee,Exam',
  '03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Dr Lee,Exam',
];
const more = [
  '03/02/2027,10:00 AM,"White, Dana",04/05/1960,Dr Lee,Exam',
  '03/02/2027,11:00 AM,"Green, Eve",04/05/1950,Dr Lee,Cleaning',
];

describe('rows grouped under lines of their own', () => {
  // A day sheet prints why a row is off the schedule on a line of its own under it, with the
  // cancellation's date: the date made it a row (its appointment date empty, a row error) and the
  // cancelled visit went as booked.
  it.each([
    ['under a row', [rows[0]!, ',,   Canceled 03/01/2027 by patient - sick,,,', rows[1]!, ...more]],
    ['under the last row', [...rows, ...more, ',,   Canceled 03/01/2027 by patient - sick,,,']],
    ['a move', [...rows, ',,Rescheduled 03/01/2027 to 03/09/2027 2:00 PM,,,', ...more]],
  ])('holds a note that cancels or moves the row above it, dates and all (%s)', async (_, lines) => {
    const r = await collect(write([HEAD, ...lines]), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'grouped-rows' }]);
    expect(r.summary.doubts[0]!.samples![0]).toMatch(
      /^(Canceled 03\/01\/2027 by patient - sick|Rescheduled 03\/01\/2027 to 03\/09\/2027 2:00 PM)$/,
    );
    expect(r.errors).toEqual([]);
  });

  // An e-mailed schedule saved as text, or a note typed under an export: the note's own comma cut it
  // into two cells, a row error, and the file went with the cancelled visit booked.
  it.each([
    [
      'an e-mail saved as text, its note after the table',
      [
        'From: Front Desk <frontdesk@example.org>',
        "Subject: Tomorrow's schedule",
        '',
        HEAD,
        ...rows,
        ...more,
        '',
        'Mr. Brown called at 3:45 and cancelled, please take him off.',
        'Thanks,',
        'Jen',
      ],
      'Mr. Brown called at 3:45 and cancelled please take him off.',
    ],
    [
      'under the row it is about',
      [HEAD, rows[0]!, rows[1]!, 'pt called 03/01/2027, cxl - sick', ...more],
      'pt called 03/01/2027 cxl - sick',
    ],
    [
      'a move',
      [HEAD, ...rows, 'Rescheduled 03/01/2027, now 03/09/2027 2:00 PM', ...more],
      'Rescheduled 03/01/2027 now 03/09/2027 2:00 PM',
    ],
  ])('holds a note split into cells at its own commas (%s)', async (_, lines, sample) => {
    const r = await collect(write(lines), { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => d.kind)).toContain('grouped-rows');
    expect(r.summary.doubts.find((d) => d.kind === 'grouped-rows')!.samples).toContain(sample);
  });

  it('holds a report grouped by status between asterisks, naming each heading', async () => {
    const r = await collect(
      write([HEAD, '*** Scheduled ***,,,,,', ...rows, '*** Cancelled ***,,,,,', ...more]),
      {
        timeZone: 'America/New_York',
      },
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'grouped-rows', samples: ['*** Scheduled ***', '*** Cancelled ***'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("line 2: '*** Scheduled ***'");
    // The headings are not rows: no row errors for them.
    expect(r.errors).toEqual([]);
  });

  it('holds a heading alone on its line after a blank line', async () => {
    const r = await collect(write([HEAD, ...rows, '', 'Cancelled Appointments', ...more]), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'grouped-rows', samples: ['Cancelled Appointments'] }]);
  });

  // The rows under each heading leave out what it says: held, not sent as booked (or with no
  // provider). DevExpress grids write group rows as `Status: Cancelled (Count=2)`; Crystal
  // Reports a label cell and a field cell; a count after a colon (`Cancelled: 2`).
  it.each([
    ['a count in brackets', 'Status: Scheduled (Count=2)', 'Status: Cancelled (Count=2)'],
    ['a count after a colon', 'Scheduled: 2', 'Cancelled: 2'],
    ['a label cell and a field cell', 'Status:,Scheduled,,,,', 'Status:,Cancelled,,,,'],
    [
      'a provider with a number',
      '"Provider: Lee, David MD (NPI 1234567893)"',
      'Provider: Ng, Helen MD (NPI 1467583920)',
    ],
  ])('holds headings with %s', async (_, first, second) => {
    const r = await collect(write([HEAD, first, ...rows, second, ...more]), { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => d.kind)).toEqual(['grouped-rows']);
    expect(r.summary.doubts[0]!.message).toContain('line 2:');
    expect(r.errors).toEqual([]);
  });

  it('totals between groups are no headings', async () => {
    const r = await collect(
      write([HEAD, ...rows, 'Total for Dr Lee: 2', ...more, 'Appointments: 4 (0 cancelled)']),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(4);
  });

  it('a line of text after the last row is a footer, not a heading', async () => {
    const r = await collect(write([HEAD, ...rows, ...more, '', 'Thank you']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(4);
  });

  it('is not asked again once a person confirmed the mapping', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        type: 'Type',
      },
      HEAD.split(','),
    );
    const file = write([HEAD, 'Morning,,,,,', ...rows]);
    await answerOn(profile, file, {
      timeZone: 'America/New_York',
      profile,
    });
    const r = await collect(file, {
      timeZone: 'America/New_York',
      profile,
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });
});

describe('XML records grouped under elements of their own', () => {
  const appt = (id: number, h: number, last: string): string =>
    `<Appointment><ApptNo>${id}</ApptNo><Start>2027-03-02 ${h}:00</Start><ChartNo>C${id}</ChartNo><LastName>${last}</LastName><FirstName>Ann</FirstName><BirthDate>1980-04-15</BirthDate><Provider>Dr Lee</Provider></Appointment>`;
  const xml = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<Export practice="Main Street">\n${body}\n</Export>\n`;
  const opts = { timeZone: 'America/New_York' };

  it('holds records under <Scheduled> and <Cancelled> (one group was dropped, the other sent as booked)', async () => {
    const r = await collect(
      write(
        xml(
          `<Scheduled>${appt(1, 9, 'Smith')}${appt(2, 10, 'Brown')}</Scheduled>\n<Cancelled>${appt(3, 11, 'White')}${appt(4, 12, 'Green')}${appt(5, 13, 'Black')}</Cancelled>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'grouped-rows' }]);
  });

  it('holds groups whose attributes the records do not repeat (<Provider name="…">)', async () => {
    const r = await collect(
      write(
        xml(
          `<Provider name="Dr. Alan Lee">${appt(1, 9, 'Smith')}${appt(2, 10, 'Brown')}</Provider>\n<Provider name="Sarah Kim">${appt(3, 11, 'White')}</Provider>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'grouped-rows', samples: ['<Provider name="Sarah Kim">'] },
    ]);
  });

  // The group's value in an element of its own, not an attribute: a .NET nested DataRelation
  // (`<Provider><ProviderName>…</ProviderName><Appointment>…`) or a status group.
  it('holds groups whose own elements the records do not repeat', async () => {
    const byStatus = await collect(
      write(
        xml(
          `<StatusGroup><StatusName>Scheduled</StatusName><Appointments>${appt(1, 9, 'Smith')}${appt(2, 10, 'Brown')}</Appointments></StatusGroup>\n` +
            `<StatusGroup><StatusName>Cancelled</StatusName><Appointments>${appt(3, 11, 'White')}</Appointments></StatusGroup>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(byStatus.summary.doubts).toMatchObject([
      {
        kind: 'grouped-rows',
        samples: ['<StatusGroup> StatusName=Scheduled', '<StatusGroup> StatusName=Cancelled'],
      },
    ]);
    const byProvider = await collect(
      write(
        xml(
          `<Provider><ProviderID>12</ProviderID><ProviderName>Ng, Helen MD</ProviderName>${appt(1, 9, 'Smith')}${appt(3, 11, 'White')}</Provider>\n` +
            `<Provider><ProviderID>14</ProviderID><ProviderName>Lee, Alan DO</ProviderName>${appt(2, 10, 'Brown')}${appt(4, 12, 'Green')}</Provider>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(byProvider.summary.doubts).toMatchObject([{ kind: 'grouped-rows' }]);
  });

  // SQL Server Reporting Services writes a group's value as an attribute of the group's element,
  // once, and the report's text boxes on the root: `<ApptStatus ApptStatus="Cancelled">` around
  // the cancelled records, even when it is the only group in the file.
  const ssrs = (groups: string, rootName = 'DailyAppts', parameters = ''): string =>
    `<?xml version="1.0" encoding="utf-8"?>\n<Report xsi:schemaLocation="${rootName} http://rs01/ReportServer?%2FDaily" Name="${rootName}" Textbox1="Daily appointments" Textbox9="03/02/2027"${parameters} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="${rootName}">\n` +
    `<Tablix1 Textbox2="Appt Date" Textbox4="Patient">\n${groups}\n</Tablix1>\n</Report>\n`;
  const detail = (h: number, last: string, more = ''): string =>
    `<Details ApptDate="2027-03-02T00:00:00" ApptTime="${h}:00 AM" PatientName="${last}, Ann" DOB="1980-04-15" MRN="${h}00"${more} />`;

  it('gives records the status of the one group element around them (SSRS)', async () => {
    const r = await collect(
      write(
        ssrs(
          `<ApptStatus_Collection><ApptStatus ApptStatus="Cancelled"><Details_Collection>${detail(9, 'Smith', ' ProviderName="Lee, Alan MD"')}${detail(10, 'Brown', ' ProviderName="Lee, Alan MD"')}</Details_Collection></ApptStatus></ApptStatus_Collection>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['CANCEL', 'CANCEL']);
  });

  it('gives the records of each group their own status when there are several', async () => {
    const r = await collect(
      write(
        ssrs(
          `<ApptStatus_Collection><ApptStatus ApptStatus="Cancelled"><Details_Collection>${detail(9, 'Smith', ' ProviderName="Lee, Alan MD"')}</Details_Collection></ApptStatus>` +
            `<ApptStatus ApptStatus="Scheduled"><Details_Collection>${detail(10, 'Brown', ' ProviderName="Lee, Alan MD"')}${detail(11, 'White', ' ProviderName="Lee, Alan MD"')}</Details_Collection></ApptStatus></ApptStatus_Collection>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.status])).toEqual([
      ['Smith', 'CANCEL'],
      ['Brown', 'NEW'],
      ['White', 'NEW'],
    ]);
  });

  it('gives records the provider of the one group element around them (SSRS)', async () => {
    const r = await collect(
      write(
        ssrs(
          `<Provider_Collection><Provider ProviderName="Wilson, Sarah MD"><Details_Collection>${detail(9, 'Smith', ' ApptStatus="Confirmed"')}${detail(10, 'Brown', ' ApptStatus="Confirmed"')}</Details_Collection></Provider></Provider_Collection>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Sarah Wilson, MD',
      'Sarah Wilson, MD',
    ]);
  });

  // The report's parameters on the root are its title: read as a delimited title line is, a
  // value naming no one provider or office (`All`, a list) is not taken. It had gone to the portal
  // as every appointment's provider (`Anna MD Patel Raj Lee, DO`) and location.
  const confirmed = `<Details_Collection>${detail(9, 'Smith', ' ApptStatus="Confirmed"')}${detail(10, 'Brown', ' ApptStatus="Confirmed"')}</Details_Collection>`;
  it.each([
    ['All', 'All Locations', 'Unassigned provider', 'Main office'],
    ['Lee, Anna MD, Patel, Raj DO', 'North, South', 'Unassigned provider', 'Main office'],
    ['Ng, Helen MD', 'North Office', 'Helen Ng, MD', 'North Office'],
  ])(
    'the root\'s Provider="%s" Location="%s" is taken only when it names one (SSRS)',
    async (provider, location, sent, at) => {
      const r = await collect(
        write(ssrs(confirmed, 'DailyAppts', ` Provider="${provider}" Location="${location}"`), 'xml'),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => [a.participant.providerName, a.location])).toEqual([
        [sent, at],
        [sent, at],
      ]);
    },
  );

  it("a group's one instance is the group's value, not the title (SSRS)", async () => {
    const r = await collect(
      write(
        ssrs(
          `<Provider_Collection><Provider ProviderName="Wilson, Sarah">${confirmed}</Provider></Provider_Collection>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Sarah Wilson', 'Sarah Wilson']);
  });

  // A day schedule writes the day once, on the day's element, and the records only their times:
  // read without it, a file was refused for want of a date, or sent on another date the records
  // carry (a referral's). Starts by hand: 9:00, 9:30, 14:00, 08:15 in New York (UTC-5 in March
  // before the 14th).
  const visit = (id: number, time: string, last: string, more = ''): string =>
    `<Appointment ApptNo="A${id}" time="${time}" status="Confirmed"${more}><Patient chart="${id}" last="${last}" first="Ann" dob="1980-04-15"/></Appointment>`;

  it('gives records the date of the day element around them, under each provider', async () => {
    const r = await collect(
      write(
        `<?xml version="1.0" encoding="UTF-8"?>\n<ScheduleExport practice="Maple Family Medicine">\n` +
          `<Provider name="Lee, Anna MD"><Day date="2027-03-02">${visit(1, '09:00', 'Smith')}${visit(2, '09:30', 'Brown')}</Day>` +
          `<Day date="2027-03-03">${visit(3, '14:00', 'White')}</Day></Provider>\n` +
          `<Provider name="Patel, Raj DO"><Day date="2027-03-03">${visit(4, '08:15', 'Green')}</Day></Provider>\n</ScheduleExport>\n`,
        'xml',
      ),
      opts,
    );
    expect(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Smith', '2027-03-02T14:00:00.000Z'],
      ['Brown', '2027-03-02T14:30:00.000Z'],
      ['White', '2027-03-03T19:00:00.000Z'],
      ['Green', '2027-03-03T13:15:00.000Z'],
    ]);
  });

  it("a report's or an export's own date around the records gives them nothing", async () => {
    const r = await collect(
      write(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Report Date="03/06/2027">\n` +
          `${visit(1, '09:00', 'Smith', ' ReferralDate="11/10/2026"')}${visit(2, '09:30', 'Brown', ' ReferralDate="01/15/2027"')}\n</Report>\n`,
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'date', column: 'ReferralDate' }]);
  });

  // A date above records that carry dates of their own is the day the report was run or its
  // range's first day: given to them, it sent 03/02, 03/03 and 03/05 all on 03/01. A column of
  // dates under the records' own date header (`ApptDt`, `Dt`: the short form of date) is the
  // records' own date, and goes on it without a question.
  it.each(['ApptDt', 'Dt'])(
    'a date above records with a %s column of dates gives them nothing',
    async (col) => {
      const rec = (d: string, t: string, last: string): string =>
        `<Appt><${col}>${d}</${col}><Time>${t}</Time><PAT_LNAME>${last}</PAT_LNAME><PAT_FNAME>Ann</PAT_FNAME><PAT_DOB>1961-04-12</PAT_DOB><PROV_NAME>Lee, Anna MD</PROV_NAME></Appt>`;
      const r = await collect(
        write(
          `<?xml version="1.0" encoding="utf-8"?>\n<Schedule Date="03/01/2027" Clinic="Main Street Family Medicine">\n` +
            `${rec('2027-03-02', '09:00', 'Smith')}${rec('2027-03-03', '10:30', 'Garcia')}${rec('2027-03-05', '14:15', 'Nguyen')}\n</Schedule>\n`,
          'xml',
        ),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      // The records' own dates, never 03/01.
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2027-03-02T14:00:00.000Z',
        '2027-03-03T15:30:00.000Z',
        '2027-03-05T19:15:00.000Z',
      ]);
    },
  );

  it("the day element's date still goes to records whose dates are another event's or the patient's", async () => {
    const r = await collect(
      write(
        `<?xml version="1.0" encoding="UTF-8"?>\n<DaySchedule Date="03/02/2027" Office="Maple Family Medicine">\n` +
          `${visit(1, '09:00', 'Smith', ' ReferralDate="11/10/2026"')}${visit(2, '09:30', 'Brown', ' ReferralDate="01/15/2027"')}\n</DaySchedule>\n`,
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Smith', '2027-03-02T14:00:00.000Z'],
      ['Brown', '2027-03-02T14:30:00.000Z'],
    ]);
  });

  it('one wrapper around all records is no group', async () => {
    const r = await collect(
      write(
        xml(
          `<Appointments count="3">${appt(1, 9, 'Smith')}${appt(2, 10, 'Brown')}${appt(3, 11, 'White')}</Appointments>`,
        ),
        'xml',
      ),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(3);
  });
});
