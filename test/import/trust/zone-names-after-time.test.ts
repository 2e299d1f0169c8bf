// A zone written after the time in words or as a region, as databases and Windows programs write
// it: Oracle's TIMESTAMP WITH TIME ZONE in its default `DD-MON-RR HH.MI.SSXFF AM TZR` form
// (`15-MAR-27 09.30.00.000000 AM AMERICA/NEW_YORK`: TZR prints the region in capitals), Windows'
// zone display name (`(UTC-05:00) Eastern Time (US & Canada)`, whose offset is the standard one
// all year) and its ids (`Central Standard Time`). The practice's own zone goes, read on its
// clock; another's holds the file, never shifted and never dropped.
// Expected instants worked out by hand: New York is UTC-5 until 14 March 2027 and UTC-4 from
// then (15 March 09:30 EDT is 13:30Z; 15 January 09:30 EST is 14:30Z).
import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../main/import/map/parse-time.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('zone-names');
const ny = { timeZone: 'America/New_York' };

/** Rows of one `Start` column under Oracle-style headers, one per start. */
function starts(values: string[]): string {
  return files.write([
    'APPT_ID,PAT_ID,PAT_FNAME,PAT_LNAME,PAT_DOB,APPT_START',
    ...values.map((v, i) => `${9101 + i},${5501 + i},Ann${'abc'[i]},Lee,04/12/1970,${v}`),
  ]);
}

/** Rows with the date and a time that writes its zone in words. */
function datesAndTimes(date: string, times: string[]): string {
  return files.write([
    'Appointment ID,Patient ID,First Name,Last Name,DOB,Date,Time',
    ...times.map((t, i) => `${8101 + i},${4401 + i},Bo${'abc'[i]},Chan,11/03/1982,${date},"${t}"`),
  ]);
}

describe('a zone after the time, in words or as a region', () => {
  it.each([
    ['09.30.00.000000 AM AMERICA/NEW_YORK', 'AMERICA/NEW_YORK'],
    ['9:30 AM America/Chicago', 'America/Chicago'],
    ['09:30 (GMT-05:00) Eastern Time', '(GMT-05:00) Eastern Time'],
    ['09:30 (UTC-06:00) Central Time (US & Canada)', '(UTC-06:00) Central Time (US & Canada)'],
    ['09:30 (GMT-05:00) Eastern Time (US and Canada)', '(GMT-05:00) Eastern Time (US and Canada)'],
    ['9:30 AM US/Eastern', 'US/Eastern'],
    ['14:00 Central Standard Time', 'Central Standard Time'],
    ['9:30 AM EST', 'EST'],
  ])('%s is 9:30 or 14:00 written in %s', (text, zone) => {
    const t = parseTime(text);
    expect(t.ok && t.zone).toBe(zone);
  });

  it.each([['9:30 Jamaica'], ['9:30 Room 4'], ['9:30 AMERICA/NOWHERE']])(
    '%s names no zone (a place or a room): not a time',
    (text) => {
      expect(parseTime(text).ok).toBe(false);
    },
  );

  // A lone US zone word after the time is that zone's clock (61e): read as `Central Time`, then
  // checked against the practice's zone like any zone name (held elsewhere, never shifted; a room
  // called Central at a Central-time practice is the same clock either way).
  it("'9:30 Central' names the US Central clock", () => {
    expect(parseTime('9:30 Central')).toMatchObject({
      ok: true,
      time: { hour: 9, minute: 30 },
      zone: 'Central Time',
    });
  });

  it("Oracle's region in capitals, the practice's own: sent on its clock (EDT from 14 March)", async () => {
    const r = await collect(
      starts([
        '15-MAR-27 09.30.00.000000 AM AMERICA/NEW_YORK',
        '15-MAR-27 02.00.00.000000 PM AMERICA/NEW_YORK',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T13:30:00.000Z',
      '2027-03-15T18:00:00.000Z',
    ]);
  });

  it("the same file at a Chicago practice: held, naming New York's region", async () => {
    const r = await collect(starts(['15-MAR-27 09.30.00.000000 AM AMERICA/NEW_YORK']), {
      timeZone: 'America/Chicago',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone' }]);
    expect(r.summary.doubts[0]!.message).toContain("'AMERICA/NEW_YORK'");
  });

  it("Windows' display name of New York's zone goes in New York (winter: 14:30Z)", async () => {
    const r = await collect(
      datesAndTimes('01/15/2027', [
        '09:30 (GMT-05:00) Eastern Time',
        '14:00 (UTC-05:00) Eastern Time (US & Canada)',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-01-15T14:30:00.000Z',
      '2027-01-15T19:00:00.000Z',
    ]);
  });

  it('its standard offset does not hold a summer date: 09:30 on 15 July is EDT, 13:30Z', async () => {
    const r = await collect(
      datesAndTimes('07/15/2027', ['09:30 (UTC-05:00) Eastern Time (US & Canada)']),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-07-15T13:30:00.000Z');
  });

  it("another zone's name in New York is held, never read as local time", async () => {
    const r = await collect(
      datesAndTimes('01/15/2027', ['09:30 Central Standard Time', '10:30 Central Standard Time']),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone' }]);
    expect(r.summary.doubts[0]!.message).toContain("'Central Standard Time'");
  });

  // Oracle's `TZR TZD` (region, then the abbreviation of its clock at that instant): the pair must
  // agree. New York keeps EST (UTC-5) until 14 March 2027 02:00 and EDT (UTC-4) after, and falls
  // back on 7 November 2027 at 02:00 EDT, so 01:30 happens at 05:30Z (EDT) and at 06:30Z (EST).
  it("a region and its abbreviation that agree go, on the practice's clock", async () => {
    const r = await collect(
      starts(['2027-03-15 09:00:00 AMERICA/NEW_YORK EDT', '2027-01-15 09:00:00 US/Eastern EST']),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T13:00:00.000Z',
      '2027-01-15T14:00:00.000Z',
    ]);
  });

  it('a region whose abbreviation is not its clock at that instant (EST in mid-March): held', async () => {
    const r = await collect(starts(['2027-03-15 09:00:00 AMERICA/NEW_YORK EST']), ny);
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone' }]);
    expect(r.summary.doubts[0]!.message).toContain("'AMERICA/NEW_YORK EST'");
  });

  it("another region with its own abbreviation (Chicago's CDT) at a New York practice: held", async () => {
    const r = await collect(starts(['2027-03-16 10:00:00 AMERICA/CHICAGO CDT']), ny);
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone' }]);
  });

  it('the abbreviation tells which of the two 01:30s on the night the clocks go back', async () => {
    const r = await collect(
      starts(['2027-11-07 01:30:00 AMERICA/NEW_YORK EDT', '2027-11-07 01:30:00 AMERICA/NEW_YORK EST']),
      ny,
    );
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-11-07T05:30:00.000Z',
      '2027-11-07T06:30:00.000Z',
    ]);
  });
});
