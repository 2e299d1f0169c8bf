// An appointment-id column whose every value is the patient's id with a number below 100 (62g): a
// count of the patient's visits, asked about (small-id-numbers.ts patientCountIdsDoubt). Expected
// outcomes decided by hand.
import { describe, expect, it } from 'vitest';
import { patientCountIdsDoubt } from '../../../main/import/trust/small-id-numbers.ts';

const PIDS = ['100415', '100871', '100415', '101122'];

describe('the patient’s id and a count: asked', () => {
  it.each<[string, string[]]>([
    ['after a dash', ['100415-1', '100871-1', '100415-2', '101122-1']],
    ['padded', ['100415-01', '100871-01', '100415-02', '101122-01']],
    ['after a slash', ['100415/1', '100871/1', '100415/2', '101122/1']],
    ['before it', ['1-100415', '1-100871', '2-100415', '1-101122']],
    ['joined', ['10041501', '10087101', '10041502', '10112201']],
  ])('%s', (_, ids) => {
    const doubt = patientCountIdsDoubt('Appt ID', ids, PIDS);
    expect(doubt?.field).toBe('appointmentId');
    expect(doubt?.message).toContain("the patient's id with a number below 100");
  });
});

describe('not a count: nothing asked', () => {
  it.each<[string, string[], string[]]>([
    ['real ids', ['88101', '88102', '88109', '88117'], PIDS],
    [
      'a number of 100 or more after the patient',
      ['100415-100', '100871-101', '100415-102', '101122-103'],
      PIDS,
    ],
    ['one row of the patient and a count', ['100415-1', '88102', '88109', '88117'], PIDS],
    // A patient number of a few signs may begin an id by chance.
    ['patient numbers of three signs', ['7451', '8122', '7453', '5114'], ['745', '812', '745', '511']],
    [
      'only one row has a patient id',
      ['100415-1', '100871-1', '100415-2', '101122-1'],
      ['100415', '', '', ''],
    ],
  ])('%s', (_, ids, pids) => {
    expect(patientCountIdsDoubt('Appt ID', ids, pids)).toBeUndefined();
  });
});
