// Red team, round 62r1: what this stop now sends about places, clocks and XML. 62c's same-name
// cities and state codes (state-clocks.ts, us-zone-places.ts, location-zones.ts), start headers
// naming a zone or a site's clock (header-region-zone.ts), 62b's XML fields named by an attribute
// (xml-named-fields.ts, clixml.ts) and 62b/62e's empty cancellation column beside a status
// (column-doubts.ts). Each probe is imported with only the practice's zone.
// Outcomes were worked out by hand before the first run. The three visits (three-row-probes.ts)
// are 9:00 and 10:00 on Monday 22 March 2027 and 13:30 on 23 March, after the US change to
// daylight time (14 March). As UTC on each clock:
//   E  Eastern EDT (UTC-4; New York, Indianapolis, Louisville, Detroit): 13:00, 14:00, 17:30.
//   C  Central CDT (UTC-5; Chicago):                                     14:00, 15:00, 18:30.
//   M  Mountain MDT (UTC-6; Denver, El Paso, Boise):                      15:00, 16:00, 19:30.
//   P  Phoenix MST = Pacific PDT that week (UTC-7):                       16:00, 17:00, 20:30.
// Places' clocks, by hand: Aurora IL Central, Aurora CO Mountain; Columbia SC/MD Eastern, Columbia
// MO Central, Columbia KY (Adair County) Central; Jackson MS/TN Central, Jackson WY Mountain,
// Jackson MI Eastern; Salem OR Pacific, Salem MA Eastern; Lancaster PA Eastern, Lancaster CA
// Pacific; Vancouver WA Pacific; Richmond VA Eastern, Richmond IN (Wayne Co.) Eastern, Richmond
// KY (Madison Co.) Eastern; Rochester NY Eastern, Rochester MN Central; Arlington VA Eastern,
// Arlington TX Central; Glendale AZ Phoenix, Glendale CA Pacific; Pasadena CA Pacific, Pasadena
// TX Central; Mesa AZ Phoenix; Grand Junction CO Mountain; Las Cruces / Alamogordo NM Mountain;
// Owensboro / Paducah / Bowling Green KY Central; Lexington KY Eastern; Jeffersonville IN
// (Clark Co.) Eastern; Jasper IN (Dubois Co.) Eastern since 2007; Gary IN Central.
// A state split between clocks and a town the place list does not know may be asked (HELD is
// then allowed beside the right clock); a hold is never wrong.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-62r1');
const ZONES = {
  CHI: 'America/Chicago',
  NYC: 'America/New_York',
  DEN: 'America/Denver',
  PHX: 'America/Phoenix',
  IND: 'America/Indiana/Indianapolis',
  LOU: 'America/Kentucky/Louisville',
  ELP: 'America/Denver',
} as const;
type Practice = keyof typeof ZONES;
type Clock = 'E' | 'C' | 'M' | 'P';
const AT: Record<Clock, string[]> = {
  E: ['2027-03-22T13:00', '2027-03-22T14:00', '2027-03-23T17:30'],
  C: ['2027-03-22T14:00', '2027-03-22T15:00', '2027-03-23T18:30'],
  M: ['2027-03-22T15:00', '2027-03-22T16:00', '2027-03-23T19:30'],
  P: ['2027-03-22T16:00', '2027-03-22T17:00', '2027-03-23T20:30'],
};
const LAST = ['Hollis', 'Obi', 'Lindqvist'];
/** An outcome allowed: sent on that clock, or HELD. `E|HELD` allows either. */
type Allowed = string;
const same = (v: string): string[] => [v, v, v];
const OTHERS: Cols = [PATIENT, DOB, PID, PROVIDER, APPT];

const run = async (p: Practice, cols: Cols): Promise<Run> =>
  collect(files.write(lines(cols)), { timeZone: ZONES[p] }).catch(() => 'refused' as const);

/** What the run did: HELD, the clock all three rows went on, or what went, written out. */
function outcome(r: Run): string {
  if (held(r) || r === 'refused') return 'HELD';
  const got = LAST.map((n) =>
    r.appointments
      .find((a) => a.patient.lastName === n)
      ?.start.toISOString()
      .slice(0, 16),
  );
  for (const c of Object.keys(AT) as Clock[]) if (AT[c].every((t, i) => got[i] === t)) return c;
  return `sent ${got.join(' ')} errors ${r.errors.map((e) => `${e.line}:${e.field}`).join(',')}`;
}
const expectAllowed = (r: Run, allowed: Allowed): void => {
  const o = outcome(r);
  expect(allowed.split('|'), `got ${o}`).toContain(o);
};

// ---------------------------------------------------------------------------------------------
// A. Town, ST of same-name cities at practices on several clocks
// ---------------------------------------------------------------------------------------------
describe('A. a site written Town, ST', () => {
  it.each<[Practice, string, Allowed]>([
    ['DEN', 'Aurora, CO', 'M'],
    ['DEN', 'Aurora, IL', 'HELD'],
    ['CHI', 'Aurora, IL', 'C'],
    ['CHI', 'Aurora, CO', 'HELD'],
    ['NYC', 'Aurora, IL', 'HELD'],
    ['NYC', 'Columbia, SC', 'E'],
    ['NYC', 'Columbia, MD', 'E'],
    ['NYC', 'Columbia, MO', 'HELD'],
    ['LOU', 'Columbia, KY', 'HELD'],
    ['CHI', 'Columbia, MO', 'C'],
    ['CHI', 'Columbia, SC', 'HELD'],
    ['NYC', 'Jackson, MS', 'HELD'],
    ['DEN', 'Jackson, WY', 'M'],
    ['DEN', 'Jackson, MS', 'HELD'],
    ['NYC', 'Jackson, MI', 'E|HELD'],
    ['CHI', 'Jackson, MI', 'HELD'],
    ['NYC', 'Jackson, TN', 'HELD'],
    ['PHX', 'Salem, OR', 'P|HELD'],
    ['DEN', 'Salem, OR', 'HELD'],
    ['NYC', 'Salem, MA', 'E'],
    ['NYC', 'Salem, OR', 'HELD'],
    ['NYC', 'Lancaster, PA', 'E'],
    ['NYC', 'Lancaster, CA', 'HELD'],
    ['DEN', 'Lancaster, CA', 'HELD'],
    ['DEN', 'Vancouver, WA', 'HELD'],
    ['NYC', 'Vancouver, WA', 'HELD'],
    ['PHX', 'Vancouver, WA', 'P|HELD'],
    ['NYC', 'Richmond, VA', 'E'],
    ['IND', 'Richmond, IN', 'E|HELD'],
    ['LOU', 'Richmond, KY', 'E|HELD'],
    ['CHI', 'Richmond, VA', 'HELD'],
    ['NYC', 'Rochester, NY', 'E'],
    ['NYC', 'Rochester, MN', 'HELD'],
    ['CHI', 'Rochester, MN', 'C'],
    ['NYC', 'Arlington, VA', 'E'],
    ['NYC', 'Arlington, TX', 'HELD'],
    ['DEN', 'Arlington, TX', 'HELD'],
    ['CHI', 'Arlington, TX', 'C'],
    ['PHX', 'Glendale, AZ', 'P'],
    ['PHX', 'Glendale, CA', 'P|HELD'],
    ['DEN', 'Glendale, AZ', 'HELD'],
    ['DEN', 'Pasadena, CA', 'HELD'],
    ['CHI', 'Pasadena, TX', 'C'],
    ['NYC', 'Pasadena, TX', 'HELD'],
    ['PHX', 'Mesa, AZ', 'P'],
    ['DEN', 'Grand Junction, CO', 'M'],
    ['ELP', 'Las Cruces, NM', 'M'],
    ['ELP', 'Alamogordo, NM', 'M'],
    ['ELP', 'El Paso, TX', 'M'],
    ['ELP', 'Dallas, TX', 'HELD'],
    ['ELP', 'Arlington, TX', 'HELD'],
    ['LOU', 'Owensboro, KY', 'HELD'],
    ['LOU', 'Paducah, KY', 'HELD'],
    ['LOU', 'Bowling Green, KY', 'HELD'],
    ['LOU', 'Lexington, KY', 'E|HELD'],
    ['LOU', 'Jeffersonville, IN', 'E|HELD'],
    ['IND', 'Gary, IN', 'HELD'],
    ['IND', 'Jasper, IN', 'E|HELD'],
    ['IND', 'Evansville, IN', 'HELD'],
    ['IND', 'Columbus, IN', 'E'],
    ['IND', 'Richmond, VA', 'E'],
  ])('%s practice, Location %s', async (p, site, want) => {
    expectAllowed(await run(p, [DATE, TIME, ...OTHERS, ['Location', same(site)]]), want);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Bare names of several towns
// ---------------------------------------------------------------------------------------------
describe('B. a bare town name', () => {
  // Listed bare names: Springfield (OR, OH, IL, MO, MA), Portland (OR, ME), Columbus (OH, GA, IN),
  // Kansas City (KS, MO). A practice with none of them on its clock must ask. At Phoenix in
  // March the Pacific's Springfield and Portland agree with Phoenix (UTC-7), so the file may go.
  it.each<[Practice, string, Allowed]>([
    ['DEN', 'Kansas City', 'HELD'],
    ['NYC', 'Kansas City', 'HELD'],
    ['PHX', 'Kansas City', 'HELD'],
    ['IND', 'Springfield', 'E|HELD'],
    ['LOU', 'Columbus', 'E'],
    ['ELP', 'Springfield', 'HELD'],
    ['ELP', 'Kansas City', 'HELD'],
    ['DEN', 'Columbus', 'HELD'],
    ['CHI', 'Portland', 'HELD'],
    ['CHI', 'Kansas City Northland', 'C'],
    ['DEN', 'Springfield Clinic', 'HELD'],
    ['DEN', 'Kansas City - North', 'HELD'],
    ['NYC', 'KANSAS CITY', 'HELD'],
    ['CHI', 'Columbus Clinic', 'HELD'],
    ['NYC', 'Springfield, Illinois', 'HELD'],
    ['NYC', 'Springfield IL', 'HELD'],
    ['CHI', 'Springfield Ohio', 'HELD'],
    ['CHI', 'Springfield, Mass.', 'HELD'],
    ['CHI', 'Springfield, Ore.', 'HELD'],
    ['CHI', 'Kansas City, Kan.', 'C'],
  ])('%s practice, Location %s', async (p, site, want) => {
    expectAllowed(await run(p, [DATE, TIME, ...OTHERS, ['Location', same(site)]]), want);
  });

  // Sites that differ row by row: the one on another clock holds the file.
  it.each<[Practice, string[], Allowed]>([
    ['CHI', ['Springfield', 'Columbus, OH', 'Springfield'], 'HELD'],
    ['CHI', ['Springfield', 'Springfield, MA', 'Springfield'], 'HELD'],
    ['CHI', ['Kansas City', 'Denver', 'Kansas City'], 'HELD'],
    ['NYC', ['Columbus', 'Kansas City', 'Columbus'], 'HELD'],
    ['CHI', ['Aurora, IL', 'Aurora, CO', 'Aurora, IL'], 'HELD'],
    ['DEN', ['Aurora, CO', 'Aurora, IL', 'Aurora, CO'], 'HELD'],
    ['CHI', ['Springfield', 'Springfield', 'Portland'], 'HELD'],
  ])('%s practice, Locations %j', async (p, sites, want) => {
    expectAllowed(await run(p, [DATE, TIME, ...OTHERS, ['Location', sites]]), want);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Credentials that read as states, and states that read as credentials
// ---------------------------------------------------------------------------------------------
describe('C. a location column with people and places', () => {
  it.each<[Practice, string, string[], Allowed]>([
    // A real Maryland or Pennsylvania town beside providers: the town is no person.
    ['CHI', 'Location', ['Jones, MD', 'Baltimore, MD', 'Kim, NP'], 'HELD'],
    ['CHI', 'Location', ['Dr. Patel', 'Columbia, MD', 'Dr. Lee'], 'HELD'],
    ['CHI', 'Location', ['Dr. Patel', 'Pittsburgh, PA', 'Dr. Lee'], 'HELD'],
    ['CHI', 'Location', ['Kim, NP', 'Philadelphia, PA', 'Kim, NP'], 'HELD'],
    ['DEN', 'Location', ['Dr. Patel', 'Jackson, MS', 'Dr. Lee'], 'HELD'],
    ['DEN', 'Location', ['Kim, NP', 'Columbus, MS', 'Kim, NP'], 'HELD'],
    ['NYC', 'Location', ['Kim, NP', 'Billings, MT', 'Kim, NP'], 'HELD'],
    ['NYC', 'Location', ['Kim, NP', 'Fargo, ND', 'Kim, NP'], 'HELD'],
    ['NYC', 'Location', ['Dr. Patel', 'Springfield, MA', 'Dr. Lee'], 'E'],
    ['NYC', 'Location', ['Dr. Patel', 'Worcester, MA', 'Dr. Lee'], 'E'],
    ['PHX', 'Location', ['Dr. Patel', 'Springfield, MA', 'Dr. Lee'], 'HELD'],
    ['PHX', 'Location', ['Kim, NP', 'Boston, MA', 'Lee, PA'], 'HELD'],
    // Only people: no site.
    ['NYC', 'Location', ['Jones, MD', 'Kim, NP', 'Ray, DO'], 'E'],
    ['DEN', 'Location', ['Ray, MS', 'Kim, NP', 'Lee, PA'], 'M'],
    ['PHX', 'Resource', ['Hart, MT', 'Kim, NP', 'Olson, ND'], 'P'],
    // Sites only, written with codes that are also credentials: places, asked where not own clock.
    ['CHI', 'Location', same('Baltimore, MD'), 'HELD'],
    ['CHI', 'Location', same('Billings, MT'), 'HELD'],
    ['DEN', 'Location', same('Billings, MT'), 'M'],
    ['NYC', 'Location', same('Pittsburgh, PA'), 'E'],
    ['CHI', 'Location', same('Pittsburgh, PA'), 'HELD'],
    ['CHI', 'Location', ['Pittsburgh, PA', 'Erie, PA', 'Pittsburgh, PA'], 'HELD'],
  ])('%s practice, %s %j', async (p, header, values, want) => {
    expectAllowed(await run(p, [DATE, TIME, ...OTHERS, [header, values]]), want);
  });
});

// ---------------------------------------------------------------------------------------------
// D. Start headers naming a zone or whose clock
// ---------------------------------------------------------------------------------------------
describe('D. a start header naming a clock', () => {
  const T = ['9:00 AM', '10:00 AM', '1:30 PM'];
  it.each<[Practice, string, Cols, Allowed]>([
    ['PHX', 'Start Time (America/Denver)', [], 'HELD|M'],
    ['PHX', 'Start Time (US/Mountain)', [], 'HELD|M'],
    ['PHX', 'Start Time (US/Arizona)', [], 'P'],
    ['PHX', 'Start Time (MST)', [], 'P|HELD'],
    ['PHX', 'Start Time (MDT)', [], 'M|HELD'],
    ['PHX', 'Start Time (Pacific)', [], 'P|HELD'],
    ['DEN', 'Start Time (America/Phoenix)', [], 'P|HELD'],
    ['DEN', 'Start Time (MST)', [], 'M|HELD'],
    ['DEN', 'Start Time (US/Central)', [], 'C|HELD'],
    ['CHI', 'Start Time (US/Central)', [], 'C'],
    ['CHI', 'Start Time (CT)', [], 'C'],
    ['CHI', 'Start Time (CST)', [], 'C|HELD'],
    ['CHI', 'Start Time (Central)', [], 'C'],
    ['CHI', 'Start Time (US/Eastern)', [], 'E|HELD'],
    ['CHI', 'Start Time (ET)', [], 'E|HELD'],
    ['NYC', 'Start Time (CT)', [], 'C|HELD'],
    ['NYC', 'Start Time (CST)', [], 'C|HELD'],
    ['NYC', 'Start Time (America/Chicago)', [], 'C|HELD'],
    ['NYC', 'Start Time (America/Indiana/Indianapolis)', [], 'E'],
    ['NYC', 'Start Time (America/Kentucky/Louisville)', [], 'E'],
    ['NYC', 'Start Time (America/Detroit)', [], 'E'],
    ['IND', 'Start Time (America/New_York)', [], 'E'],
    ['IND', 'Start Time (America/Indiana/Knox)', [], 'C|HELD'],
    ['IND', 'Start Time (America/Indiana/Vincennes)', [], 'E|HELD'],
    ['LOU', 'Start Time (America/Kentucky/Monticello)', [], 'E|HELD'],
    ['ELP', 'Start Time (America/Chicago)', [], 'C|HELD'],
    ['ELP', 'Start Time (America/Ojinaga)', [], 'C|HELD'],
    ['DEN', 'Start Time (America/Boise)', [], 'M'],
    ['CHI', 'Start Time (Local)', [], 'C'],
    ['CHI', 'Start Time (Local Time)', [], 'C'],
    ['CHI', 'Start Time (Provider Time)', [], 'C|HELD'],
    ['CHI', 'Start Time (Patient Time)', [], 'HELD'],
    ['CHI', "Start Time (Patient's Local Time)", [], 'HELD'],
    ['CHI', 'Start Time (UTC)', [], 'HELD'],
    ['CHI', 'Start Time (GMT)', [], 'HELD'],
    ['CHI', 'Start Time (Server Time)', [], 'HELD'],
    ['CHI', 'Start Time (Europe/London)', [], 'HELD'],
    ['CHI', 'Start Time (America/Mexico_City)', [], 'HELD|C'],
    ['CHI', 'Start Time (America/Regina)', [], 'HELD|M'],
    // A site's clock in the header over sites on another clock.
    ['CHI', 'Appt Time (Site Time)', [['Clinic', ['Chicago, IL', 'Denver, CO', 'Chicago, IL']]], 'HELD'],
    ['CHI', 'Appt Time (Facility Time)', [['Facility', same('Denver, CO')]], 'HELD'],
    ['CHI', 'Appt Time (Facility Time)', [['Location', same('Denver')]], 'HELD'],
    ['CHI', 'Appt Time (Department Time)', [['Department', same('Cardiology')]], 'C'],
    ['LOU', 'Appt Time (Site Time)', [['Site', same('Bowling Green')]], 'HELD'],
    ['IND', 'Appt Time (Facility Time)', [['Facility', same('Evansville')]], 'HELD'],
    ['IND', 'Appt Time (Facility Time)', [['Office', same('Evansville, IN')]], 'HELD'],
    ['ELP', 'Appt Time (Site Time)', [['Site', same('Van Horn, TX')]], 'HELD'],
    ['NYC', 'Appt Time (Clinic Time)', [['Clinic', same('Nashville')]], 'HELD'],
    ['PHX', 'Appt Time (Site Time)', [['Site', same('Window Rock')]], 'HELD'],
    // Found in 62r1 and fixed (zone-abbreviation.ts): `(EST)` at Chicago in March is -5 h,
    // Chicago's CDT, and went on Chicago's clock; an Eastern scheduler writes EST all year.
    ['CHI', 'Start Time (EST)', [], 'HELD'],
    ['DEN', 'Start Time (CST)', [], 'HELD'],
    ['CHI', 'Start Time (MDT)', [], 'HELD'],
  ])('%s practice, %s %j', async (p, header, cols, want) => {
    expectAllowed(await run(p, [DATE, [header, T], ...OTHERS, ...cols]), want);
  });

  // The same with the zone after each time (`9:00 AM EST`): the cell's mark is read the same way.
  it.each<[Practice, string, Allowed]>([
    ['CHI', 'EST', 'HELD'],
    ['DEN', 'CST', 'HELD'],
    ['CHI', 'CDT', 'C'],
    ['PHX', 'MST', 'P'],
    ['PHX', 'PDT', 'HELD'],
  ])('%s practice, times written with %s', async (p, abbr, want) => {
    expectAllowed(await run(p, [DATE, ['Appt Time', T.map((t) => `${t} ${abbr}`)], ...OTHERS]), want);
  });

  // A false hold found here, fixed in 63d: the header names the practice's own zone, so the times
  // are Chicago's wherever the site is, and the site check (location-zones.ts) no longer asks
  // about a Denver site (its neighbours: redteam-round-63d.test.ts).
  it('Start Time (America/Chicago) over Denver, CO sites at Chicago: sent on Chicago', async () => {
    expectAllowed(
      await run('CHI', [
        DATE,
        ['Start Time (America/Chicago)', T],
        ...OTHERS,
        ['Location', same('Denver, CO')],
      ]),
      'C',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// E. XML fields named by an attribute
// ---------------------------------------------------------------------------------------------
describe('E. XML named by a name attribute', () => {
  const D = ['2027-03-22', '2027-03-22', '2027-03-23'];
  const T24 = ['09:00', '10:00', '13:30'];
  const PAT = [
    ['Hollis', 'Grace', '1970-06-02', '100415', '88101'],
    ['Obi', 'Adaeze', '1999-04-05', '100871', '88102'],
    ['Lindqvist', 'Sven', '1963-08-29', '100954', '88103'],
  ];
  const xml = (records: string[], root = 'Appointments') =>
    `<?xml version="1.0" encoding="utf-8"?>\n<${root}>\n${records.join('\n')}\n</${root}>\n`;
  const runXml = async (text: string, p: Practice = 'CHI'): Promise<Run> =>
    collect(files.write(text, 'xml'), { timeZone: ZONES[p] }).catch(() => 'refused' as const);

  it.each<[string, (i: number) => string, Allowed]>([
    [
      'mysql --xml rows',
      (i) =>
        `<row><field name="AptNum">${PAT[i]![4]}</field><field name="AptDate">${D[i]}</field><field name="AptTime">${T24[i]}</field><field name="LName">${PAT[i]![0]}</field><field name="FName">${PAT[i]![1]}</field><field name="Birthdate">${PAT[i]![2]}</field><field name="PatNum">${PAT[i]![3]}</field></row>`,
      'C',
    ],
    [
      'mysql rows with a repeated Time field (start then end)',
      (i) =>
        `<row><field name="AptNum">${PAT[i]![4]}</field><field name="AptDate">${D[i]}</field><field name="Time">${T24[i]}</field><field name="Time">${['09:30', '10:30', '14:00'][i]}</field><field name="LName">${PAT[i]![0]}</field><field name="FName">${PAT[i]![1]}</field><field name="Birthdate">${PAT[i]![2]}</field><field name="PatNum">${PAT[i]![3]}</field></row>`,
      'C|HELD',
    ],
    [
      'mysql rows with a repeated Time field (end then start)',
      (i) =>
        `<row><field name="AptNum">${PAT[i]![4]}</field><field name="AptDate">${D[i]}</field><field name="Time">${['08:30', '09:30', '13:00'][i]}</field><field name="Time">${T24[i]}</field><field name="LName">${PAT[i]![0]}</field><field name="FName">${PAT[i]![1]}</field><field name="Birthdate">${PAT[i]![2]}</field><field name="PatNum">${PAT[i]![3]}</field></row>`,
      'HELD',
    ],
    [
      'a Patient element whose name attribute is the patient',
      (i) =>
        `<Appointment><ApptID>${PAT[i]![4]}</ApptID><Date>${D[i]}</Date><Time>${T24[i]}</Time><Patient name="${PAT[i]![0]}, ${PAT[i]![1]}" dob="${PAT[i]![2]}" id="${PAT[i]![3]}"/></Appointment>`,
      'C|HELD',
    ],
    [
      'patient and provider both Person elements named by name',
      (i) =>
        `<Appointment><ApptID>${PAT[i]![4]}</ApptID><Person name="${PAT[i]![0]}, ${PAT[i]![1]}" role="patient"/><Person name="Patel, Nina" role="provider"/><Start>${D[i]}T${T24[i]}:00</Start></Appointment>`,
      'C|HELD',
    ],
    [
      'a property bag with a nested reminder whose Time is not the start',
      (i) =>
        `<Object><Property Name="ApptID">${PAT[i]![4]}</Property><Property Name="Reminder"><Property Name="Date">2027-03-20</Property><Property Name="Time">08:00</Property></Property><Property Name="Date">${D[i]}</Property><Property Name="Time">${T24[i]}</Property><Property Name="LastName">${PAT[i]![0]}</Property><Property Name="FirstName">${PAT[i]![1]}</Property><Property Name="DOB">${PAT[i]![2]}</Property><Property Name="PatientID">${PAT[i]![3]}</Property></Object>`,
      'C|HELD',
    ],
    [
      'a nested reminder written before, with a Start of its own',
      (i) =>
        `<Object><Property Name="Reminder"><Property Name="Start">2027-03-20 08:00</Property></Property><Property Name="ApptID">${PAT[i]![4]}</Property><Property Name="Start">${D[i]} ${T24[i]}</Property><Property Name="LastName">${PAT[i]![0]}</Property><Property Name="FirstName">${PAT[i]![1]}</Property><Property Name="DOB">${PAT[i]![2]}</Property><Property Name="PatientID">${PAT[i]![3]}</Property></Object>`,
      'C|HELD',
    ],
    [
      'ConvertTo-Xml objects with Type attributes',
      (i) =>
        `<Object Type="System.Management.Automation.PSCustomObject"><Property Name="ApptID" Type="System.Int32">${PAT[i]![4]}</Property><Property Name="StartTime" Type="System.DateTime">${D[i]} ${T24[i]}</Property><Property Name="LastName" Type="System.String">${PAT[i]![0]}</Property><Property Name="FirstName" Type="System.String">${PAT[i]![1]}</Property><Property Name="DOB" Type="System.String">${PAT[i]![2]}</Property><Property Name="PatientID" Type="System.String">${PAT[i]![3]}</Property></Object>`,
      'C',
    ],
    [
      'ConvertTo-Xml with the end before the start',
      (i) =>
        `<Object><Property Name="ApptID">${PAT[i]![4]}</Property><Property Name="EndTime">${D[i]} ${['09:30', '10:30', '14:00'][i]}</Property><Property Name="StartTime">${D[i]} ${T24[i]}</Property><Property Name="LastName">${PAT[i]![0]}</Property><Property Name="FirstName">${PAT[i]![1]}</Property><Property Name="DOB">${PAT[i]![2]}</Property><Property Name="PatientID">${PAT[i]![3]}</Property></Object>`,
      'C',
    ],
    [
      'a bag whose names are values (the patient named in name)',
      (i) =>
        `<Visit><Item name="${PAT[i]![0]}, ${PAT[i]![1]}">patient</Item><Item name="${D[i]} ${T24[i]}">start</Item><Item name="${PAT[i]![4]}">id</Item></Visit>`,
      'HELD',
    ],
    [
      'Field elements named by name, the start by its time zone name',
      (i) =>
        `<Record><Field name="ApptID">${PAT[i]![4]}</Field><Field name="Start (America/Denver)">${D[i]} ${T24[i]}</Field><Field name="LastName">${PAT[i]![0]}</Field><Field name="FirstName">${PAT[i]![1]}</Field><Field name="DOB">${PAT[i]![2]}</Field><Field name="PatientID">${PAT[i]![3]}</Field></Record>`,
      'M|HELD',
    ],
    [
      'CLI XML S N fields with a DT start',
      (i) =>
        `<Obj RefId="${i}"><MS><I32 N="ApptID">${PAT[i]![4]}</I32><DT N="StartTime">${D[i]}T${T24[i]}:00</DT><S N="LastName">${PAT[i]![0]}</S><S N="FirstName">${PAT[i]![1]}</S><DT N="DOB">${PAT[i]![2]}T00:00:00</DT><S N="PatientID">${PAT[i]![3]}</S></MS></Obj>`,
      'C',
    ],
    [
      'CLI XML with a UTC start (Z)',
      (i) =>
        `<Obj RefId="${i}"><MS><I32 N="ApptID">${PAT[i]![4]}</I32><DT N="StartTime">${D[i]}T${['14:00', '15:00', '18:30'][i]}:00Z</DT><S N="LastName">${PAT[i]![0]}</S><S N="FirstName">${PAT[i]![1]}</S><DT N="DOB">${PAT[i]![2]}T00:00:00</DT><S N="PatientID">${PAT[i]![3]}</S></MS></Obj>`,
      'C|HELD',
    ],
    [
      'CLI XML with an offset start (-05:00)',
      (i) =>
        `<Obj RefId="${i}"><MS><I32 N="ApptID">${PAT[i]![4]}</I32><DT N="StartTime">${D[i]}T${T24[i]}:00-05:00</DT><S N="LastName">${PAT[i]![0]}</S><S N="FirstName">${PAT[i]![1]}</S><DT N="DOB">${PAT[i]![2]}T00:00:00</DT><S N="PatientID">${PAT[i]![3]}</S></MS></Obj>`,
      'C|HELD',
    ],
  ])('%s', async (_, record, want) => {
    const clixml = record(0).startsWith('<Obj ');
    const text = clixml
      ? `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\n${[0, 1, 2].map(record).join('\n')}\n</Objs>\n`
      : xml([0, 1, 2].map(record), record(0).startsWith('<Object') ? 'Objects' : 'Appointments');
    expectAllowed(await runXml(text), want);
  });
});

// ---------------------------------------------------------------------------------------------
// F. A cancellation column empty in the sample and filled further down
// ---------------------------------------------------------------------------------------------
describe('F. a cancellation column filled past the first 500 rows', () => {
  // 520 rows of one provider's Mondays and Tuesdays, every one Scheduled; the cancellation column
  // is empty on rows 1–500 and holds `late` on rows 511–520 (lines 512–521). A row the column
  // cancels must not go booked: held, a row error on that row, or sent cancelled.
  const N = 520;
  /** A surname of letters for row i (Quaab, Quaac, …): digits are no name. */
  const surname = (i: number): string =>
    `Qu${String.fromCharCode(97 + Math.floor(i / 676))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}`;
  const dob = (i: number): string =>
    `${String(1 + (i % 12)).padStart(2, '0')}/${String(1 + (i % 28)).padStart(2, '0')}/${1940 + (i % 60)}`;
  const row = (i: number, cancel: string, status: string): string => {
    const day = 1 + (i % 20);
    const date = `04/${String(day).padStart(2, '0')}/2027`;
    const hour = 8 + Math.floor(i / 20) / 4;
    const h = Math.floor(hour);
    const m = Math.round((hour - h) * 60);
    const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    return [
      date,
      time,
      `"${surname(i)}, Ann"`,
      dob(i),
      `P${10000 + i}`,
      `A${50000 + i}`,
      status,
      cancel,
    ].join(',');
  };
  const build = (header: string, late: string, status = 'Scheduled'): string[] => [
    `Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID,Status,${header}`,
    ...Array.from({ length: N }, (_, i) => row(i, i >= 510 ? late : '', status)),
  ];
  const LATE = new Set(Array.from({ length: N - 510 }, (_, k) => surname(510 + k)));
  const bookedLate = (r: Run): string[] =>
    r === 'refused' || held(r)
      ? []
      : r.appointments
          .filter((a) => LATE.has(a.patient.lastName) && a.status !== 'CANCEL')
          .map((a) => a.patient.lastName);

  it.each<[string, string]>([
    ['Cancel Date', '04/01/2027'],
    ['Cancel Date', '2027-03-30'],
    ['Cancel Date', 'Patient sick'],
    ['Cancel Date', 'Y'],
    ['Cancel Date', 'X'],
    ['Cancelled', 'Y'],
    ['Cancelled', 'X'],
    ['Cancelled', 'Yes'],
    ['Cancelled', 'TRUE'],
    ['Cancelled', '1'],
    ['Cancelled', '03/30/2027'],
    ['Cancelled', 'Patient called'],
    ['Canceled', 'Y'],
    ['Cancellation Date', '03/30/2027 4:15 PM'],
    ['Date Cancelled', '3/30/27'],
    ['Cxl Date', '03/30/2027'],
    ['Cancel Flag', 'Y'],
    ['Cancel Flag', 'X'],
    ['Is Cancelled', 'Y'],
    ['Cancelled?', 'X'],
    ['Cancelled On', '03/30/2027'],
    ['Cancelled At', '2027-03-30T16:15:00'],
    ['Cancel Reason', 'Patient sick'],
    ['Cancellation Reason', 'Schedule conflict'],
    ['Canceled By', 'jsmith'],
    ['Cancel', 'C'],
  ])("'%s' empty in the sample, '%s' on rows 511–520", async (header, late) => {
    const r = await collect(files.write(build(header, late)), { timeZone: 'America/Chicago' }).catch(
      () => 'refused' as const,
    );
    // The file itself is readable: a refusal would prove nothing of the column.
    expect(r).not.toBe('refused');
    expect(bookedLate(r)).toEqual([]);
  });

  // The status itself books the rows, and says nothing of a cancellation: the column's later
  // `N` and `No` cancel nothing, and the file goes.
  it.each<[string, string]>([
    ['Cancelled', 'N'],
    ['Cancelled', 'No'],
    ['Cancel Date', ''],
  ])("'%s' empty, then '%s': the rows go booked", async (header, late) => {
    const r = await collect(files.write(build(header, late)), { timeZone: 'America/Chicago' }).catch(
      () => 'refused' as const,
    );
    expect(held(r)).toBe(false);
    expect(r !== 'refused' && r.appointments.length).toBe(N);
  });
});
