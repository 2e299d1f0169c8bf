// Location columns that do not say where the patient goes. Before:
// - a room inside a site in a column that also names sites (`Room 4`, `OP3` among `Main Office`,
//   `Suite 200`) went on its row as the location, the patient told to go to `Room 4`;
// - another party's place alone (`Billing Facility` = `Central Billing Office`, `Referring
//   Location` = the referring practice) went as the appointment's location;
// - a claim's place-of-service code with its words (`Place of Service` = `11 - Office`, `02 -
//   Telehealth`) went as the location.
// Now those rows go with the practice name, as a row with no location does; sites stay. Expected
// values written by hand.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('location-other-place');
const opts = { timeZone: 'America/New_York', practiceName: 'Lakeside Family Medicine' };
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status';
const rows = (header: string, ...places: string[]): string[] => [
  `${HEAD},${header}`,
  ...places.map(
    (p, i) =>
      `${1001 + i},P${i + 1},Smith${String.fromCharCode(65 + i)},Anna,03/04/1980,12/08/2026,${9 + i}:00,"Lee, Kim",Scheduled,${p}`,
  ),
];

describe('a location that is not the place the patient goes to', () => {
  it('a room among sites goes with the practice name on its row; the sites stay', async () => {
    const r = await collect(
      files.write(rows('Location', 'Suite 200', 'Room 4', 'Main Office', 'North Clinic Room 2', 'OP3')),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.location)).toEqual([
      'Suite 200',
      'Lakeside Family Medicine',
      'Main Office',
      'North Clinic Room 2',
      'Lakeside Family Medicine',
    ]);
  });

  it.each([
    ['Billing Facility', 'Central Billing Office'],
    ['Billing Location', 'Central Billing Office'],
    ['Referring Location', 'Riverside Pediatrics'],
    ['Referral Facility', 'Riverside Pediatrics'],
    ['Place of Service', '11 - Office'],
  ])("'%s' alone is not the appointment's location: the practice name goes", async (header, place) => {
    const r = await collect(files.write(rows(header, place, place)), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.location)).toEqual([
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
    ]);
  });

  it("'Place of Service' codes beside 'Location': the Location goes", async () => {
    const r = await collect(
      files.write([
        `${HEAD},Place of Service,Location`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00,"Lee, Kim",Scheduled,11 - Office,North Clinic',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,10:30,"Lee, Kim",Scheduled,02 - Telehealth,South Clinic',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.location)).toEqual(['North Clinic', 'South Clinic']);
  });
});
