// The time zone a report's title lines state: a label (`Time Zone:`, `Timezone:`, `TZ:`), a phrase
// about the times (`all times in UTC`), an IANA name, Windows' display name, or a line that is a
// zone alone (an XML root's attribute). Free text that only holds a zone's letters is no statement.
import { describe, expect, it } from 'vitest';
import { statedZones } from '../../../main/import/read/stated-zone.ts';

describe('a zone stated in a title line', () => {
  it.each([
    ['Time Zone: (GMT-06:00) Central Time (US & Canada)', { abbr: 'CT' }],
    ['Time Zone: (UTC-05:00) Eastern Time (US & Canada)', { abbr: 'ET' }],
    ['Time Zone: (UTC) Coordinated Universal Time', { abbr: 'UTC' }],
    ['Timezone: America/Chicago', { iana: 'America/Chicago' }],
    ['TZ: EST', { abbr: 'EST' }],
    ['Time zone: Pacific', { abbr: 'PT' }],
    ['Time Zone: Eastern Standard Time', { iana: 'America/New_York' }],
    ['Appointments export - all times in UTC', { abbr: 'UTC' }],
    ['All times are Eastern Time.', { abbr: 'ET' }],
    ['Times shown in CST', { abbr: 'CST' }],
    ['America/Denver', { iana: 'America/Denver' }],
    ['UTC', { abbr: 'UTC' }],
    ['Daily schedule (America/Chicago)', { iana: 'America/Chicago' }],
  ])('%s', (line, zone) => {
    expect(statedZones([line])).toEqual([expect.objectContaining({ line, zone })]);
  });

  it('a label whose zone the connector cannot read is still a statement (asked about)', () => {
    const line = 'Time Zone: (UTC+01:00) Amsterdam, Berlin, Bern, Rome';
    const [s] = statedZones([line]);
    expect(s).toMatchObject({ line });
    expect(s!.zone).toBeUndefined();
  });

  it.each([
    'Appointment List',
    'Date Range: 03/15/2027 - 03/16/2027',
    'WEST CLINIC SCHEDULE',
    'Printed 03/01/2027 10:15 GMT',
    'Time Slots Report',
    'Times are local',
    'Practice: Lakeside Family Medicine',
    'Report time 10:00',
  ])('%s states none', (line) => {
    expect(statedZones([line])).toEqual([]);
  });
});

// A print stamp's zone is the clock of the user who printed the report: web systems show every
// time on the signed-in user's clock (OfficeEMR's user time-zone zip), so the schedule under it is
// on that clock too. Servers stamp in UTC or GMT, which says nothing of the user's clock.
describe('a zone after a print stamp’s time', () => {
  it.each([
    ['Printed: 03/10/2027 04:12 PM CST   User: kwright (Medical Billing Partners, Nashville)', 'CST'],
    ['Run on 3/10/27 16:12 CDT', 'CDT'],
    ['Report generated 2027-03-10 4:12 PM MST by kwright', 'MST'],
    ['Print Date: 03/10/2027 at 9:05 AM PT', 'PT'],
  ])('%s', (line, abbr) => {
    expect(statedZones([line])).toEqual([
      { line: line.replace(/\s+/g, ' '), written: abbr, zone: { abbr }, stamp: true },
    ]);
  });

  it.each([
    'Printed 03/01/2027 10:15 GMT',
    'Printed: 03/10/2027 04:12 PM UTC',
    'Printed: 03/10/2027 04:12 PM',
    'Printed: 03/10/2027 04:12 PM by est',
    'Appointments created 03/10/2027 9:00 AM Dr Cole',
  ])('%s states none', (line) => {
    expect(statedZones([line])).toEqual([]);
  });
});
