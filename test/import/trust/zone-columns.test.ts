// A column that gives each appointment its time zone, whatever its header says (`time_zone`,
// `Appt TZ`, `UTC Offset`, or `Zone` over `America/Chicago`): the times are read in the
// practice's zone, so a row in another zone is held, never sent hours off. 9:00 in Chicago on
// 16 March 2027 is 14:00Z; read as New York's 9:00 it went as 13:00Z. A row's zone is the
// practice's when its clock is the practice's on that row's date: New York is UTC-5 until 14
// March 2027 and UTC-4 from then until 7 November (worked out by hand).
import { describe, expect, it } from 'vitest';
import { isZoneHeader } from '../../../main/import/trust/zone-column.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('zone-columns');
const ny = { timeZone: 'America/New_York' };

/** An export with a column `header` holding `zones[i]` on row i, on `dates[i]` (MM/DD/YYYY). */
function exportWith(
  header: string,
  zones: string[],
  dates: string[] = zones.map(() => '03/16/2027'),
): string {
  const patients = ['Moreno, Lucia', 'Tran, Kevin', 'Ward, Olivia', 'Chen, Amy'];
  return files.write([
    `Appt ID,Patient,DOB,Appt Date,Appt Time,${header},Provider,Status`,
    ...zones.map(
      (z, i) => `${7101 + i},"${patients[i]}",05/03/1979,${dates[i]},9:00 AM,${z},"Hale, Peter MD",Confirmed`,
    ),
  ]);
}

const zoneDoubts = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts?.filter((d) => d.kind === 'time-zone').map((d) => d.column) ?? [];

describe('a header that names a time zone, split as header recognition splits it', () => {
  it.each([
    'time_zone',
    'Time Zone',
    'TimeZoneId',
    'Timezone',
    'TZ',
    'appt_tz',
    'ApptTZ',
    'Appt TZ',
    'UTC Offset',
    'UTCOffset',
    'utc_offset',
    'GMT Offset',
    'tz_offset',
    'TimeZoneOffset',
    'Zeitzone',
    'Fuseau horaire',
    'Zona horaria',
  ])('%s', (h) => expect(isZoneHeader(h)).toBe(true));

  it.each(['Zone', 'Offset', 'Appt Time', 'Status', 'Patient', 'Time', 'Stz'])('not %s', (h) =>
    expect(isZoneHeader(h)).toBe(false),
  );
});

describe('zones that are not the practice’s are held', () => {
  it.each([
    ['time_zone', ['America/Chicago', 'America/New_York']],
    ['appt_tz', ['America/Chicago', 'America/New_York']],
    ['Appt TZ', ['America/Chicago', 'America/New_York']],
    // By the values, whatever the header: IANA names, offsets with a sign and minutes, UTC±h.
    ['Zone', ['America/Chicago', 'America/New_York']],
    ['Location Info', ['America/Chicago', 'America/New_York']],
    ['Offset', ['-05:00', '-04:00']],
    ['Shift', ['-0500', '-0400']],
    ['Zone', ['UTC-5', 'UTC-4']],
    // 16 March is summer time in New York: -05:00 is Chicago's clock then.
    ['UTC Offset', ['-05:00', '-04:00']],
    ['GMT Offset', ['GMT-5', 'GMT-4']],
    ['Time Zone', ['CT', 'ET']],
    ['Time Zone', ['EST', 'EDT']],
    // Windows ids (.NET's TimeZoneInfo.Id) name the whole zone, summer time included.
    ['TimeZoneId', ['Central Standard Time', 'Eastern Standard Time']],
    ['Zone', ['Pacific Standard Time', 'Pacific Standard Time']],
    // North American zones as a site's zone is named: generic, spelled, with Time after it.
    ['Zone', ['ET', 'CT']],
    ['Clinic Zone', ['Eastern', 'Central']],
    ['Zone', ['Eastern Time', 'Central Time']],
    ['Clinic Time', ['ET', 'CT']],
    ['Local Zone', ['ET', 'CT']],
    ['Zone Name', ['ET', 'PT']],
    ['Site', ['Eastern Time', 'Pacific Daylight Time']],
    // `CT` alone may be a scan, but not under a header that says zone.
    ['Zone', ['CT', 'CT']],
    // Left empty on the home site's rows, named on the other site's: held all the same.
    ['Site Zone', ['', '', 'CT']],
  ])("'%s' holding %j", async (header, zones) => {
    const r = await collect(exportWith(header, zones), ny);
    expect(zoneDoubts(r)).toEqual([header]);
  });

  it('a zone with the practice’s clock in winter only (Phoenix in a Denver practice) is held', async () => {
    const r = await collect(
      exportWith('TZ', ['America/Phoenix', 'America/Phoenix'], ['01/12/2027', '01/13/2027']),
      {
        timeZone: 'America/Denver',
      },
    );
    expect(zoneDoubts(r)).toEqual(['TZ']);
  });
});

describe('zones that are the practice’s go without a question', () => {
  it('offsets that follow the practice’s summer time: -05:00 in January, -04:00 in July', async () => {
    const r = await collect(exportWith('UTC Offset', ['-05:00', '-04:00'], ['01/12/2027', '07/13/2027']), ny);
    expect(r.summary.doubts ?? []).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-01-12T14:00:00.000Z',
      '2027-07-13T13:00:00.000Z',
    ]);
  });

  it.each([
    ['time_zone', ['America/New_York', 'america/new_york']],
    // Another name that keeps New York's clock all year.
    ['time_zone', ['America/Detroit', 'America/New_York']],
    ['Time Zone', ['ET', 'Eastern']],
    // `Eastern Standard Time` is Windows' id of New York's zone, its summer (16 March) included.
    ['TimeZoneId', ['Eastern Standard Time', 'eastern standard time']],
    ['Zone', ['Eastern Standard Time', 'US Eastern Standard Time']],
    ['Offset', ['-04:00', 'UTC-4']],
    // Not zones: a clinic's zone, visit types that look like zone names.
    ['Zone', ['North Wing', 'South Wing']],
    ['Type', ['PT', 'CT']],
    ['Modality', ['CT', 'CT']],
    ['Region', ['Central', 'Eastern']],
    ['Clinic', ['Central', 'Pacific']],
    // Other headers of a place in a multi-site file, where `Central` is the site's name.
    ['Area', ['Central', 'Eastern']],
    ['Site', ['Central', 'Eastern']],
    ['Territory', ['Central', 'Eastern']],
    ['Division', ['Central', 'Eastern']],
    ['District', ['Central', 'Eastern']],
    ['Sector', ['Central', 'Eastern']],
    ['County', ['Central', 'Pacific']],
    ['Practice', ['Central', 'Eastern']],
    ['Health Centre', ['Central', 'Eastern']],
    ['Hospital', ['Central', 'Pacific']],
    // The practice's own, named as sites name it; an empty cell names none.
    ['Clinic Time', ['ET', 'Eastern Time']],
    ['Site Zone', ['', 'ET', '']],
    ['Shift', ['-5', '+2']],
  ])("'%s' holding %j", async (header, zones) => {
    const r = await collect(exportWith(header, zones), ny);
    expect(zoneDoubts(r)).toEqual([]);
  });

  it('an invitee’s own zone (Calendly) is not the times’ zone', async () => {
    const r = await collect(exportWith('Invitee Time Zone', ['America/Chicago', 'America/Denver']), ny);
    expect(zoneDoubts(r)).toEqual([]);
  });
});
