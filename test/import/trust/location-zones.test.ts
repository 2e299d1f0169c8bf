// One export of a group's offices on both sides of a zone line, each row on its own office's
// clock and no zone written (corpus 370, 372, 374): a location that names a place on another
// clock holds the file, naming it; a title saying each location's times are its own does too
// over more than one location. Instants worked out by hand: Louisville (Eastern) is UTC-5 until
// 14 March 2027 and UTC-4 after; Bowling Green, Kentucky (Central) an hour behind; Gallup, New
// Mexico keeps daylight time, Phoenix does not (both UTC-7 until 14 March, Gallup UTC-6 after).
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { placesNamed } from '../../../main/import/map/us-zone-places.ts';
import { ownClocksLine } from '../../../main/import/trust/location-zones.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { reviewPractice } from './review-practice.ts';

const files = exportFiles('location-zones');

/** Rows `[location, MM/DD/YYYY]` at 9:00 AM, under `title` lines if any. */
function schedule(rows: Array<[string, string]>, title: string[] = []): string[] {
  const people = ['Whitfield, Marcy', 'Osei, Kwame', 'Pruitt, Lacey', 'Beasley, Jordan'];
  return [
    ...title,
    'Appt ID,Client,DOB,Location,Date,Start Time,Status',
    ...rows.map(
      ([loc, date], i) => `${7041 + i},"${people[i % 4]}",04/22/1986,${loc},${date},9:00 AM,Scheduled`,
    ),
  ];
}

const zoneHolds = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts?.filter((d) => d.check === 'location-zone') ?? [];

describe('the places a location names', () => {
  it.each([
    ['Bowling Green - Scottsville Rd', 'bowling green KY America/Chicago'],
    ['DCO Gallup NM', 'gallup NM America/Denver'],
    ['Coeur d’Alene - Ironwood', "coeur d'alene ID America/Los_Angeles"],
    ['El Paso, Texas', 'el paso TX America/Denver'],
    ['Panama City Beach', 'panama city beach FL America/Chicago'],
    ['Window Rock Health Center', 'window rock AZ America/Denver'],
  ])('%s', (location, place) => {
    expect(
      placesNamed(location).map((c) => c.map((p) => `${p.name} ${p.state} ${p.zone}`).join(' | ')),
    ).toEqual([place]);
  });

  it.each([
    // A street named after a city is no place (`Chicago Ave` in Evanston).
    'Chicago Ave Clinic',
    'Nashville Pike Office',
    // Another state's town of the same name.
    'Bowling Green OH',
    'Gallup, New York',
    // Names left out: as often a person or a business as a place.
    'Phoenix Medical Group',
    'Meridian Health',
    'Main Campus',
  ])('%s names none', (location) => expect(placesNamed(location)).toEqual([]));

  it('a name in two states without a state after it is both', () => {
    expect(
      placesNamed('Las Vegas Clinic')[0]!
        .map((p) => p.state)
        .sort(),
    ).toEqual(['NM', 'NV']);
  });
});

describe('a location on another clock than the practice’s', () => {
  const louisville = { timeZone: 'America/Kentucky/Louisville' };

  it('Bowling Green (Central) in a Louisville practice is held, naming it', async () => {
    const r = await collect(
      files.write(
        schedule([
          ['Louisville - Bardstown Rd', '03/11/2027'],
          ['Bowling Green - Scottsville Rd', '03/11/2027'],
        ]),
      ),
      louisville,
    );
    const [d] = zoneHolds(r);
    expect(d?.subjects).toEqual(['Bowling Green - Scottsville Rd']);
    expect(d?.message).toContain('Bowling Green, KY');
    expect(d?.message).toContain('an hour off');
  });

  it('the location goes as the site, not dropped as a dietitian (Rd is the road, RD a credential)', async () => {
    const r = await collect(files.write(schedule([['Louisville - Bardstown Rd', '03/11/2027']])), louisville);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.location, a.start.toISOString()])).toEqual([
      ['Louisville - Bardstown Rd', '2027-03-11T14:00:00.000Z'],
    ]);
  });

  it('Gallup (New Mexico) in a Phoenix practice: winter visits go (one clock), a spring visit is held', async () => {
    const phoenix = { timeZone: 'America/Phoenix' };
    const winter = await collect(
      files.write(
        schedule([
          ['DCO Phoenix - Camelback', '03/11/2027'],
          ['DCO Gallup NM', '03/12/2027'],
        ]),
      ),
      phoenix,
    );
    expect(winter.summary.doubts).toEqual([]);
    // 9:00 AM MST is 16:00Z in both places.
    expect(winter.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-11T16:00:00.000Z',
      '2027-03-12T16:00:00.000Z',
    ]);
    const spring = await collect(
      files.write(
        schedule([
          ['DCO Phoenix - Camelback', '03/11/2027'],
          ['DCO Gallup NM', '03/15/2027'],
        ]),
      ),
      phoenix,
    );
    expect(zoneHolds(spring).map((d) => d.subjects)).toEqual([['DCO Gallup NM']]);
  });

  it('a name in two states holds only where neither is the practice’s clock', async () => {
    // Las Vegas, New Mexico keeps Denver's clock: a Denver practice's `Las Vegas` may be it.
    const denver = await collect(files.write(schedule([['Las Vegas Clinic', '03/11/2027']])), {
      timeZone: 'America/Denver',
    });
    expect(zoneHolds(denver)).toEqual([]);
    const chicago = await collect(files.write(schedule([['Las Vegas Clinic', '03/11/2027']])), {
      timeZone: 'America/Chicago',
    });
    expect(zoneHolds(chicago)).toHaveLength(1);
  });

  it('a place on the practice’s own clock goes (Crossville in a Chicago practice)', async () => {
    const r = await collect(
      files.write(
        schedule([
          ['Crossville', '03/11/2027'],
          ['Nashville - Midtown', '03/12/2027'],
        ]),
      ),
      {
        timeZone: 'America/Chicago',
      },
    );
    expect(r.summary.doubts).toEqual([]);
  });
});

describe('a title saying each location’s times are its own clock', () => {
  it.each([
    "Times are shown in each location's local time",
    'All times are local to each clinic',
    'Times displayed in the location time zone',
    'Appointment times are in each office’s own time zone',
  ])('%s', (line) => expect(ownClocksLine(['Appointment List', line])).toBe(line));

  it.each(['Times are local', 'Appointment List by Location', 'Local Time: 10:00 AM'])(
    '%s says nothing',
    (line) => expect(ownClocksLine([line])).toBeUndefined(),
  );

  it('over two locations no place list knows is held, naming both', async () => {
    const r = await collect(
      files.write(
        schedule(
          [
            ['Northside Clinic', '03/11/2027'],
            ['Lakeview Office', '03/11/2027'],
          ],
          ["Times are shown in each location's local time"],
        ),
      ),
      { timeZone: 'America/Chicago' },
    );
    expect(zoneHolds(r).map((d) => d.subjects)).toEqual([['Northside Clinic', 'Lakeview Office']]);
  });

  it('over one location it goes', async () => {
    const r = await collect(
      files.write(
        schedule([['Northside Clinic', '03/11/2027']], ["Times are shown in each location's local time"]),
      ),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toEqual([]);
  });
});

describe('confirming answers for the locations asked about, and no other', () => {
  it('a later file’s other location on another clock is asked again', async () => {
    const p = reviewPractice(
      os.tmpdir(),
      '5e2a0c11-53aa-4c0b-9d3e-0000000000',
      'America/Kentucky/Louisville',
    );
    const first = p.file(
      schedule([
        ['Louisville - Bardstown Rd', '03/11/2027'],
        ['Bowling Green - Scottsville Rd', '03/11/2027'],
      ]),
    );
    expect((await p.read(first)).held).toBe(true);
    await p.confirm(first);
    const again = await p.read(p.file(schedule([['Bowling Green - Scottsville Rd', '03/16/2027']])));
    expect(again.doubts.filter((d) => d.check === 'location-zone')).toEqual([]);
    const other = await p.read(
      p.file(
        schedule([
          ['Bowling Green - Scottsville Rd', '03/16/2027'],
          ['Owensboro', '03/16/2027'],
        ]),
      ),
    );
    expect(other.doubts.filter((d) => d.check === 'location-zone').map((d) => d.subjects)).toEqual([
      ['Owensboro'],
    ]);
  });
});
