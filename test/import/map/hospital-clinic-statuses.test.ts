// Statuses of US hospital scheduling systems: Medsphere RCM Cloud arrives a patient, then
// departs them after the visit (support.medsphere.com/rcm-cloud/docs, "Depart Patients").
// `Departed` held the file as an unknown word (corpus 290). Meanings decided by hand: a patient
// who came and left after the visit kept a booked appointment (NEW); the hospital's other words
// for leaving stay as they were (NextGen's `Discharge` is asked: elsewhere discharged from care).
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
const files = exportFiles('hospital-clinic-statuses');

describe("Medsphere's visit stages", () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Departed', 'NEW'],
    ['DEPARTED', 'NEW'],
    ['Arrived', 'NEW'],
    ['No-Show', 'NEW'],
    ['Cancelled', 'CANCEL'],
    ['Discharge', 'unknown'],
    // a denial before it is no visit done
    ['Not Departed', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it('a clinic list with Departed, Arrived and Cancelled rows is sent, Departed as booked', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Start,MRN,Patient,DOB,Resource,Status',
        '11/04/2027,8:00 AM,M100482,"MILLER, GARRETT",04/11/1956,"Hartley, Dana NP",Departed',
        '11/04/2027,9:00 AM,M100233,"SCHWARTZ, EVELYN",12/05/1941,"Hartley, Dana NP",Cancelled',
        '11/04/2027,10:00 AM,M100604,"ROSS, TYLER",01/07/2019,"Patel, Anil MD",Arrived',
        '11/22/2027,8:00 AM,M100711,"NGUYEN, LINH",03/03/1979,"Patel, Anil MD",Scheduled',
      ]),
      { timeZone: 'America/Indiana/Indianapolis' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Indiana on 4 November 2027 is EDT (UTC-4): 8:00 AM is 12:00 UTC; 22 November EST (UTC-5).
    expect(r.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
      ['2027-11-04T12:00:00.000Z', 'NEW'],
      ['2027-11-04T13:00:00.000Z', 'CANCEL'],
      ['2027-11-04T14:00:00.000Z', 'NEW'],
      ['2027-11-22T13:00:00.000Z', 'NEW'],
    ]);
  });
});
