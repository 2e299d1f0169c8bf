// Crystal Reports' XML export (default schema urn:crystal-reports:schemas:report-detail): each
// <Details> is a row, each <Field> a cell named by its database field, holding what the report
// shows (<FormattedValue>) and the value (<Value>). Read as generic XML, the <Field> was the record
// and every such export was refused. Files written here after the layout of real exports (a
// group header's `GroupName ({Table.Field})`, footers of counts); expected values by hand.
import { collect } from '../convert/support.ts';
import { crystalCellText } from '../../../main/import/read/crystal-reports-xml.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const field = (name: string, ref: string, shown: string, value: string) =>
  `<Field Name="${name}" FieldName="${ref}"><FormattedValue>${shown}</FormattedValue><Value>${value}</Value></Field>`;

interface Visit {
  chart: [string, string];
  patient: string;
  dob: [string, string];
  date: [string, string];
  time: [string, string];
  status: string;
  provider?: string;
}

function report(
  groups: Array<{ provider: string; visits: Visit[] }>,
  opts: { providerOnRows: boolean },
): string {
  const details = (v: Visit, provider: string) =>
    `<Details Level="2"><Section SectionNumber="0">` +
    field('PatientID1', '{Appointments.PatientID}', ...v.chart) +
    field('PatientName1', '{Patients.PatientName}', v.patient, v.patient) +
    field('BirthDate1', '{Patients.BirthDate}', ...v.dob) +
    field('ApptDate1', '{Appointments.ApptDate}', ...v.date) +
    field('ApptTime1', '{Appointments.ApptTime}', ...v.time) +
    field('Status1', '{Appointments.Status}', v.status, v.status) +
    (opts.providerOnRows ? field('ProviderName1', '{Appointments.ProviderName}', provider, provider) : '') +
    `</Section></Details>`;
  const group = (g: { provider: string; visits: Visit[] }) =>
    `<Group Level="1">\n<GroupHeader><Section SectionNumber="0">${field('GroupNameProviderName1', 'GroupName ({Appointments.ProviderName})', g.provider, g.provider)}</Section></GroupHeader>\n` +
    g.visits.map((v) => details(v, g.provider)).join('\n') +
    `\n<GroupFooter><Section SectionNumber="0">${field('CountofPatientID1', 'Count ({Appointments.PatientID}, {Appointments.ProviderName})', String(g.visits.length), `${g.visits.length}.00`)}</Section></GroupFooter>\n</Group>`;
  return `<?xml version="1.0" encoding="UTF-8" ?>
<CrystalReport xmlns="urn:crystal-reports:schemas:report-detail" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:crystal-reports:schemas:report-detail http://www.businessobjects.com/products/xml/CR2008Schema.xsd">
<ReportHeader><Section SectionNumber="0"><Text Name="Text1"><TextValue>Daily Appointment Schedule</TextValue></Text></Section></ReportHeader>
<PageHeader><Section SectionNumber="0"><Text Name="Text2"><TextValue>Chart #</TextValue></Text><Text Name="Text3"><TextValue>Patient</TextValue></Text></Section></PageHeader>
${groups.map(group).join('\n')}
<ReportFooter><Section SectionNumber="0">${field('CountofPatientID2', 'Count ({Appointments.PatientID})', '3', '3.00')}</Section></ReportFooter>
</CrystalReport>
`;
}

// A US report: dates shown month-first, the chart number shown with a thousands separator.
const US: Array<{ provider: string; visits: Visit[] }> = [
  {
    provider: 'Lee, Anna MD',
    visits: [
      {
        chart: ['10,231', '10231.00'],
        patient: 'Garcia, Maria',
        dob: ['5/12/1980', '1980-05-12'],
        date: ['3/4/2027', '2027-03-04'],
        time: ['9:00AM', '09:00:00'],
        status: 'Scheduled',
      },
      {
        chart: ['10,452', '10452.00'],
        patient: 'Nguyen, Thanh',
        dob: ['11/2/1975', '1975-11-02'],
        date: ['3/4/2027', '2027-03-04'],
        time: ['9:30AM', '09:30:00'],
        status: 'Cancelled',
      },
    ],
  },
  {
    provider: 'Patel, Raj DO',
    visits: [
      {
        chart: ['10,877', '10877.00'],
        patient: 'Brown, James',
        dob: ['1/30/1962', '1962-01-30'],
        date: ['3/4/2027', '2027-03-04'],
        time: ['10:15AM', '10:15:00'],
        status: 'Scheduled',
      },
    ],
  },
];

// The legacy schema (Crystal 9 and 10; "Crystal Reports XML (legacy)" in later versions): nested
// <FormattedAreaPair Type="Report|Group|Details">, each with <FormattedArea Type="Header|Details|
// Footer"> holding <FormattedReportObject>s (a field's FieldName attribute, <ObjectName>,
// <FormattedValue>, <Value>; a text object's <TextValue>). Shape after real exports read by public
// parsers (an area pair per detail line inside the group pairs, `GroupName ({…})` in the header).
const legacyObject = (ref: string, name: string, shown: string, value: string) =>
  `<FormattedReportObject xsi:type="CTFormattedField" Type="xsd:string" FieldName="${ref}"><ObjectName>${name}</ObjectName>\n<FormattedValue>${shown}</FormattedValue>\n<Value>${value}</Value>\n</FormattedReportObject>`;
const legacyArea = (type: string, objects: string[]) =>
  `<FormattedArea Type="${type}">\n<FormattedSections>\n<FormattedSection SectionNumber="0">\n<FormattedReportObjects>\n${objects.join('\n')}\n</FormattedReportObjects>\n</FormattedSection>\n</FormattedSections>\n</FormattedArea>`;

function legacyReport(
  groups: Array<{ provider: string; visits: Visit[] }>,
  opts: { providerOnRows: boolean },
) {
  const details = (v: Visit, provider: string) =>
    `<FormattedAreaPair Level="2" Type="Details">\n` +
    legacyArea('Details', [
      legacyObject('{Appointments.PatientID}', 'PatientID1', ...v.chart),
      legacyObject('{Patients.PatientName}', 'PatientName1', v.patient, v.patient),
      legacyObject('{Patients.BirthDate}', 'BirthDate1', ...v.dob),
      legacyObject('{Appointments.ApptDate}', 'ApptDate1', ...v.date),
      legacyObject('{Appointments.ApptTime}', 'ApptTime1', ...v.time),
      legacyObject('{Appointments.Status}', 'Status1', v.status, v.status),
      ...(opts.providerOnRows
        ? [legacyObject('{Appointments.ProviderName}', 'ProviderName1', provider, provider)]
        : []),
    ]) +
    `\n</FormattedAreaPair>`;
  const group = (g: { provider: string; visits: Visit[] }) =>
    `<FormattedAreaPair Level="1" Type="Group">\n` +
    legacyArea('Header', [
      legacyObject(
        'GroupName ({Appointments.ProviderName})',
        'GroupNameProviderName1',
        g.provider,
        g.provider,
      ),
    ]) +
    '\n' +
    g.visits.map((v) => details(v, g.provider)).join('\n') +
    '\n' +
    legacyArea('Footer', [
      legacyObject(
        'Count ({Appointments.PatientID}, {Appointments.ProviderName})',
        'CountofPatientID1',
        String(g.visits.length),
        `${g.visits.length}.00`,
      ),
    ]) +
    `\n</FormattedAreaPair>`;
  return `<?xml version="1.0" encoding="UTF-8" ?>
<FormattedReport xmlns = 'urn:crystal-reports:schemas' xmlns:xsi = 'http://www.w3.org/2000/10/XMLSchema-instance'>
<FormattedAreaPair Level="0" Type="Report">
${legacyArea('Header', [`<FormattedReportObject xsi:type="CTFormattedText" Type="xsd:string"><ObjectName>Text1</ObjectName>\n<TextValue>Daily Appointment Schedule</TextValue>\n</FormattedReportObject>`])}
${groups.map(group).join('\n')}
${legacyArea('Footer', [legacyObject('Count ({Appointments.PatientID})', 'CountofPatientID2', '3', '3.00')])}
</FormattedAreaPair>
</FormattedReport>
`;
}

// Both schemas write the same report; each is read alike.
const SCHEMAS = [
  { schema: 'report-detail', write: report, titles: ['Daily Appointment Schedule', 'Chart #', 'Patient'] },
  { schema: 'legacy', write: legacyReport, titles: ['Daily Appointment Schedule'] },
];

describe.each(SCHEMAS)('a Crystal Reports XML export ($schema schema)', ({ write, titles }) => {
  it('is read one row per <Details>, each field a column; footers of counts are no rows', async () => {
    const f = t.write('schedule.xml', write(US, { providerOnRows: true }));
    const { info, rows } = await readAll(f);
    expect(info.headers).toEqual([
      'PatientID',
      'PatientName',
      'BirthDate',
      'ApptDate',
      'ApptTime',
      'Status',
      'ProviderName',
    ]);
    expect(info.titleLines).toEqual(titles);
    expect(rows.map((r) => r.values)).toEqual([
      ['10231', 'Garcia, Maria', '1980-05-12', '2027-03-04', '09:00:00', 'Scheduled', 'Lee, Anna MD'],
      ['10452', 'Nguyen, Thanh', '1975-11-02', '2027-03-04', '09:30:00', 'Cancelled', 'Lee, Anna MD'],
      ['10877', 'Brown, James', '1962-01-30', '2027-03-04', '10:15:00', 'Scheduled', 'Patel, Raj DO'],
    ]);
  });

  it('goes without questions when the group header names a field each row prints', async () => {
    const r = await collect(t.write('schedule.xml', write(US, { providerOnRows: true })), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts ?? []).toEqual([]);
    expect(
      r.appointments.map((a) => [
        a.patient.patientId,
        a.patient.lastName,
        a.patient.dob,
        a.status,
        a.start.toISOString(),
      ]),
    ).toEqual([
      ['10231', 'Garcia', '1980-05-12', 'NEW', '2027-03-04T14:00:00.000Z'],
      ['10452', 'Nguyen', '1975-11-02', 'CANCEL', '2027-03-04T14:30:00.000Z'],
      ['10877', 'Brown', '1962-01-30', 'NEW', '2027-03-04T15:15:00.000Z'],
    ]);
  });

  it('is held when a group header says what the rows leave out (the provider)', async () => {
    const r = await collect(t.write('schedule.xml', write(US, { providerOnRows: false })), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'grouped-rows' }]);
  });
});

describe('a Crystal Reports XML export (report-detail schema)', () => {
  it("reads a UK report's dates from their values, never its day-first text", async () => {
    const uk = US.map((g) => ({
      ...g,
      visits: g.visits.map((v) => ({
        ...v,
        dob: [v.dob[1].split('-').reverse().join('/'), v.dob[1]] as [string, string],
        date: ['04/03/2027', '2027-03-04'] as [string, string],
      })),
    }));
    const r = await collect(t.write('schedule.xml', report(uk, { providerOnRows: true })), {
      timeZone: 'Europe/London',
    });
    expect(r.summary.doubts ?? []).toEqual([]);
    // 4 March 2027 is GMT (UTC+0) in London.
    expect(r.appointments.map((a) => [a.patient.dob, a.start.toISOString()])).toEqual([
      ['1980-05-12', '2027-03-04T09:00:00.000Z'],
      ['1975-11-02', '2027-03-04T09:30:00.000Z'],
      ['1962-01-30', '2027-03-04T10:15:00.000Z'],
    ]);
  });
});

describe('the cell of a Crystal field', () => {
  it('is the ISO value of a date or time, else what the report shows', () => {
    expect(crystalCellText('04/03/2027', '2027-03-04')).toBe('2027-03-04');
    expect(crystalCellText('3/4/2027', '2027-03-04T09:00:00')).toBe('2027-03-04T09:00:00');
    expect(crystalCellText('9:00AM', '09:00:00')).toBe('09:00:00');
    expect(crystalCellText('10,231', '10231.00')).toBe('10231');
    expect(crystalCellText('10231.00', '10231.00')).toBe('10231');
    // Shown otherwise than the number (a formula's text, a padded chart number): as shown.
    expect(crystalCellText('A-10231', '10231.00')).toBe('A-10231');
    expect(crystalCellText('$40.50', '40.50')).toBe('$40.50');
    expect(crystalCellText('Garcia, Maria', 'Garcia, Maria')).toBe('Garcia, Maria');
    expect(crystalCellText(undefined, 'Lee')).toBe('Lee');
  });
});
