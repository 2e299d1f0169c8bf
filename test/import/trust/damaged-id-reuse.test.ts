// An appointment-id column a spreadsheet cut to its first digits (`1.23457E+11` on two
// appointments, layout 190): the doubt says what happened and asks for the export again, since
// mapping no id column would let a clean export's real ids send every appointment twice.
import { describe, expect, it } from 'vitest';
import { idReuseDoubt } from '../../../main/import/trust/id-column.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const { write } = exportFiles('damaged-id-reuse');

describe('an id reused because a spreadsheet damaged it', () => {
  it('holds the file and asks for the export again, not for another column', async () => {
    const r = await collect(
      write([
        'Appointment Date,Start Time,Patient,Patient ID,Birthdate,Provider,Appointment Status,Appointment ID',
        '3/8/2027,8:00 AM,"Harper, Lily",T-88120,5/2/1987,"Kim, S. (DDS)",Completed,1.23457E+11',
        '3/8/2027,9:00 AM,"Ibrahim, Yusuf",T-87455,10/20/1979,"Kim, S. (DDS)",Completed,1.23457E+11',
        '3/9/2027,1:00 PM,"Kowalski, Piotr",T-79204,8/15/1962,"Kim, S. (DDS)",Confirmed,1.23458E+11',
      ]),
      { timeZone: 'America/Detroit' },
    );
    const reuse = r.summary.doubts.find((d) => d.samples.includes('1.23457E+11'));
    expect(reuse?.message).toContain('scientific notation');
    expect(reuse?.question).toMatch(/^Export again from the scheduling software/);
    expect(r.appointments).toEqual([]);
  });

  it('an id reused as written keeps the question of which column', () => {
    expect(idReuseDoubt('A100', false).question).toBe(
      'Which column holds the appointment id (or is there none)?',
    );
    expect(idReuseDoubt('12-Mar', false).message).toContain('turned into a date by a spreadsheet');
  });
});
