// A `Location` column whose values are people (`Dr Smith`, `Jones, Mary MD`): sent before as the
// place to go; left out now, as a column of rooms is, and the practice name sent instead. A place
// named for a person (`Dr. Phillips Health Center`) stays a place. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { peopleOnly } from '../../../main/import/map/location-people.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('location-people');

describe('a location column of people', () => {
  it.each([
    [['Dr Smith', 'Jones, Mary MD'], true],
    [['Dr. Amato', 'Dr. Amato'], true],
    [['Dr Smith', 'North Clinic'], false],
    [['Dr. Phillips Health Center'], false],
    [['Main Street Clinic', 'Downtown'], false],
    [['', ''], false],
    // A site named by its street: `Rd` in mixed case is the road, not a dietitian's RD.
    [['Louisville - Bardstown Rd', 'Bowling Green - Scottsville Rd'], false],
    [['Meridian - Eagle Road', 'Camelback Ave'], false],
    [['Moreno, Leah RD', 'Park, Nadia RD'], true],
  ])('%j → %s', (values, expected) => {
    expect(peopleOnly(values)).toBe(expected);
  });

  it('through the importer: the practice name goes as the location, not the doctor', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Start Time,Provider,Location,Status',
        'A1,P1,Ann,Lee,01/02/1970,03/15/2027,09:00,Dr Smith,Dr Smith,Scheduled',
        'A2,P2,Bob,Ray,01/02/1971,03/15/2027,13:00,Dr Jones,"Jones, Mary MD",Scheduled',
      ]),
      { timeZone: 'America/New_York', practiceName: 'Harbor Family Practice' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.location])).toEqual([
      ['A1', 'Harbor Family Practice'],
      ['A2', 'Harbor Family Practice'],
    ]);
  });
});
