// A group's export of offices on two clocks, answered per location in the review: "Bowling Green -
// Scottsville Rd keeps America/Chicago time" (map/location-clock.ts). Expected instants are
// worked out with @js-temporal/polyfill from the wall clock and the zone, not by the product.
import os from 'node:os';
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { reviewPractice } from './review-practice.ts';

const LOUISVILLE = 'America/Kentucky/Louisville';
const CHICAGO = 'America/Chicago';
const BG = 'Bowling Green - Scottsville Rd';

/** `MM-DDTHH:MMZ` of a wall clock (`2027-03-11T09:00`) in `zone`. */
function utc(local: string, zone: string): string {
  const ms = Temporal.PlainDateTime.from(local).toZonedDateTime(zone).epochMilliseconds;
  return new Date(ms).toISOString().slice(5, 16) + 'Z';
}

/** Rows `[id, location, MM/DD/YYYY]` at 9:00 AM (no appointment id when `id` is empty). */
function schedule(rows: Array<[string, string, string]>, title: string[] = []): string[] {
  const people = ['Whitfield, Marcy', 'Osei, Kwame', 'Pruitt, Lacey', 'Beasley, Jordan'];
  const withIds = rows.some(([id]) => id !== '');
  return [
    ...title,
    `${withIds ? 'Appt ID,' : ''}Client,Client ID,DOB,Location,Date,Start Time,Status`,
    ...rows.map(
      ([id, loc, date], i) =>
        `${withIds ? `${id},` : ''}"${people[i % 4]}",CL-${2210 + (i % 4)},04/22/198${i % 4},${loc},${date},9:00 AM,Scheduled`,
    ),
  ];
}

const FIRST: Array<[string, string, string]> = [
  ['TN-1', 'Louisville - Bardstown Rd', '03/11/2027'],
  ['TN-2', BG, '03/11/2027'],
  ['TN-3', 'Louisville - Bardstown Rd', '03/16/2027'],
  ['TN-4', BG, '03/16/2027'],
];

/** A Louisville practice that answered the first file: Bowling Green keeps Chicago time. */
async function answered() {
  const p = reviewPractice(os.tmpdir(), '7c1d4e20-54dd-4a0b-8f3e-0000000000', LOUISVILLE);
  const first = p.file(schedule(FIRST));
  const held = await p.read(first);
  expect(held.doubts.filter((d) => d.check === 'location-zone').map((d) => d.subjects)).toEqual([[BG]]);
  // The zone the place list knows is offered first, then the US zones.
  expect(held.doubts.find((d) => d.check === 'location-zone')?.zoneChoices?.[0]).toBe(CHICAGO);
  await p.confirm(first, { locationZones: [{ location: BG, zone: CHICAGO }] });
  return { p, first };
}

describe('a location answered with a zone', () => {
  it('its rows are read on that zone, each on its own date; the other location on the practice clock', async () => {
    const { p, first } = await answered();
    const r = await p.read(first);
    expect(r.held).toBe(false);
    expect(r.sent).toEqual([
      `${utc('2027-03-11T09:00', LOUISVILLE)} NEW Whitfield`,
      `${utc('2027-03-11T09:00', CHICAGO)} NEW Osei`,
      `${utc('2027-03-16T09:00', LOUISVILLE)} NEW Pruitt`,
      `${utc('2027-03-16T09:00', CHICAGO)} NEW Beasley`,
    ]);
    // By hand: 9:00 CST is 15:00Z before the change, 9:00 CDT 14:00Z after.
    expect(r.sent[1]).toBe('03-11T15:00Z NEW Osei');
    expect(r.sent[3]).toBe('03-16T14:00Z NEW Beasley');
    const profile = p.profile();
    expect(profile.locationZones).toEqual([{ location: BG, zone: CHICAGO }]);
    // Not also kept as "on the practice's clock".
    expect(profile.confirmed?.answered ?? []).not.toContain(`location-zone#${BG}`);
  });

  it('a new location on another clock in a later file is asked, never read on a guessed zone', async () => {
    const { p } = await answered();
    const later = await p.read(
      p.file(
        schedule([
          ['TN-5', BG, '03/18/2027'],
          ['TN-6', 'Owensboro', '03/18/2027'],
        ]),
      ),
    );
    expect(later.held).toBe(true);
    expect(later.doubts.filter((d) => d.check === 'location-zone').map((d) => d.subjects)).toEqual([
      ['Owensboro'],
    ]);
  });

  it('a location whose text changes is asked again; the same words in other capitals and punctuation are not', async () => {
    const { p } = await answered();
    const shorter = await p.read(p.file(schedule([['TN-7', 'Bowling Green', '03/18/2027']])));
    expect(shorter.doubts.filter((d) => d.check === 'location-zone').map((d) => d.subjects)).toEqual([
      ['Bowling Green'],
    ]);
    const same = await p.read(p.file(schedule([['TN-8', 'BOWLING GREEN – SCOTTSVILLE RD.', '03/18/2027']])));
    expect(same.held).toBe(false);
    expect(same.sent).toEqual([`${utc('2027-03-18T09:00', CHICAGO)} NEW Whitfield`]);
  });

  it('a start written with its own offset is read as written, never moved by the answer', async () => {
    const { p } = await answered();
    const lines = [
      'Appt ID,Client,Client ID,DOB,Location,Start,Status',
      `TN-9,"Osei, Kwame",CL-2231,11/02/1979,${BG},2027-03-18T09:00:00-05:00,Scheduled`,
      `TN-10,"Whitfield, Marcy",CL-2210,04/22/1986,Louisville - Bardstown Rd,2027-03-18T09:00:00-04:00,Scheduled`,
    ];
    const r = await p.read(p.file(lines));
    // 09:00-05:00 is 14:00Z whatever the location keeps (CDT is -05:00 on 18 March: it agrees).
    expect(r.sent).toEqual(['03-18T14:00Z NEW Osei', '03-18T13:00Z NEW Whitfield']);
    // An offset that is not the answered clock's at its date (-04:00, Eastern, at Bowling Green)
    // holds the file: read as written, never shifted, and asked.
    const east = await p.read(
      p.file([lines[0]!, `TN-11,"Osei, Kwame",CL-2231,11/02/1979,${BG},2027-03-18T09:00:00-04:00,Scheduled`]),
    );
    expect(east.sent).toEqual(['03-18T13:00Z NEW Osei']);
    expect(east.held).toBe(true);
  });

  it('the same visits exported again under the same answer keep their ids and starts (no second NEW)', async () => {
    const { p, first } = await answered();
    const once = await p.read(first);
    const again = await p.read(p.file(schedule(FIRST)));
    expect(again.ids).toEqual(once.ids);
    expect(again.sent).toEqual(once.sent);
    // Ids made from patient, provider and day (no id column) do not depend on the clock: the
    // answered file's ids are those the same rows get unanswered.
    const derived = schedule(FIRST.map(([, l, d]) => ['', l, d]));
    const q = reviewPractice(os.tmpdir(), '7c1d4e20-54dd-4a0b-8f3e-0000000000', LOUISVILLE);
    const f = q.file(derived);
    const before = await q.read(f);
    expect(before.held).toBe(true);
    await q.confirm(f, { locationZones: [{ location: BG, zone: CHICAGO }] });
    const after = await q.read(q.file(derived));
    expect(after.held).toBe(false);
    expect(after.ids).toEqual(before.ids);
    expect(after.sent).toEqual(once.sent);
    expect(after.ids.every((id) => id.startsWith('A-'))).toBe(true);
  });
});

describe('what the answer is refused for', () => {
  it('a report printed on another clock (Printed … CST) is not answered per location', async () => {
    const p = reviewPractice(os.tmpdir(), '7c1d4e20-54dd-4a0b-8f3e-0000000000', 'America/New_York');
    const f = p.file([
      'Appointment Report',
      '"Printed: 03/10/2027 04:12 PM CST   User: kwright (Medical Billing Partners, Nashville)"',
      'Appt Date,Appt Time,Location,Patient Name,Patient ID,DOB,Appt Status',
      '03/11/2027,07:00 AM,Knoxville - Kingston Pike,"Dunlap, Wanda",30118,03/05/1957,Confirmed',
      '03/11/2027,09:30 AM,Crossville,"Sewell, Amos",30254,10/21/1949,Confirmed',
    ]);
    const held = await p.read(f);
    expect(held.doubts.map((d) => d.check).sort()).toEqual(['location-zone', 'title-zone']);
    const preview = await p.preview(f);
    const r = await p.confirmShown(f, preview, {
      locationZones: [{ location: 'Crossville', zone: CHICAGO }],
    });
    expect(r).toMatchObject({ ok: false });
    expect((r as { message: string }).message).toMatch(/title states a time zone \('CST'\)/);
  });

  it('a location the file does not ask about, or a zone that is none', async () => {
    const p = reviewPractice(os.tmpdir(), '7c1d4e20-54dd-4a0b-8f3e-0000000000', LOUISVILLE);
    const f = p.file(schedule(FIRST));
    const preview = await p.preview(f);
    const other = await p.confirmShown(f, preview, {
      locationZones: [{ location: 'Louisville - Bardstown Rd', zone: CHICAGO }],
    });
    expect((other as { message: string }).message).toMatch(/does not ask which clock the location/);
    const none = await p.confirmShown(f, preview, { locationZones: [{ location: BG, zone: 'Central' }] });
    expect((none as { message: string }).message).toMatch(/'Central' .* is not a time zone/);
  });
});
