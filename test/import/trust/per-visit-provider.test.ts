// A provider header that may name the patient's usual provider (`Care Provider`, `Primary
// Provider`) is each visit's when one patient, known by id and name (and birth date), is seen with
// two different people in it. Expected values worked out by hand from the tables below.
import { describe, expect, it } from 'vitest';
import type { FieldGuess } from '../../../main/import/map/recognize.ts';
import { providerPerVisit } from '../../../main/import/trust/per-visit-provider.ts';

/** A table's columns by header, and the fields recognition took from them. */
function table(columns: Record<string, string[]>, fields: Array<[FieldGuess['field'], string]>) {
  return {
    recognition: { fields: fields.map(([field, column]) => ({ field, column, confidence: 0.9, why: '' })) },
    sampleValues: (c: string): string[] => columns[c] ?? [],
  };
}
const taken: Array<[FieldGuess['field'], string]> = [
  ['patientId', 'Client ID'],
  ['patientName', 'Client Name'],
  ['dob', 'DOB'],
  ['providerName', 'Care Provider'],
];

describe('providerPerVisit', () => {
  const ids = ['4812370', '5520981', '5520981'];
  const names = ['Fernandez, Jose', 'Whitaker, Janelle', 'Whitaker, Janelle'];
  const dobs = ['8/9/1963', '12/1/1990', '12/1/1990'];

  it('Janelle Whitaker (5520981) with Patel then Okafor: each visit’s', () => {
    const t = table(
      {
        'Client ID': ids,
        'Client Name': names,
        DOB: dobs,
        'Care Provider': ['Patel, Ravi MD', 'Patel, Ravi MD', 'Okafor, Ada DO'],
      },
      taken,
    );
    expect(providerPerVisit(t.recognition, 'Care Provider', ['care'], t.sampleValues)).toBe(true);
  });

  it('the same provider twice, or written two ways (Patel, Ravi MD / Ravi Patel MD / Dr. Patel): not proven', () => {
    for (const second of ['Patel, Ravi MD', 'Ravi Patel MD', 'Dr. Patel']) {
      const t = table(
        {
          'Client ID': ids,
          'Client Name': names,
          DOB: dobs,
          'Care Provider': ['Lee, Ann', 'Patel, Ravi MD', second],
        },
        taken,
      );
      expect(providerPerVisit(t.recognition, 'Care Provider', ['care'], t.sampleValues)).toBe(false);
    }
  });

  it('one id under two names (a family account): not the same patient, not proven', () => {
    const t = table(
      {
        'Client ID': ids,
        'Client Name': ['Fernandez, Jose', 'Whitaker, Janelle', 'Whitaker, Noah'],
        DOB: ['8/9/1963', '12/1/1990', '6/2/2016'],
        'Care Provider': ['Patel, Ravi MD', 'Patel, Ravi MD', 'Okafor, Ada DO'],
      },
      taken,
    );
    expect(providerPerVisit(t.recognition, 'Care Provider', ['care'], t.sampleValues)).toBe(false);
  });

  it('role words other than care / primary (pcp, referring, care team) are never proven so', () => {
    const t = table(
      {
        'Client ID': ids,
        'Client Name': names,
        DOB: dobs,
        PCP: ['Patel, Ravi MD', 'Patel, Ravi MD', 'Okafor, Ada DO'],
      },
      taken.map(([f, c]) => [f, c === 'Care Provider' ? 'PCP' : c]),
    );
    for (const words of [['pcp'], ['referring'], ['care', 'team']])
      expect(providerPerVisit(t.recognition, 'PCP', words, t.sampleValues)).toBe(false);
  });

  it('with neither a patient id nor a birth date, a name alone proves nothing', () => {
    const t = table(
      { 'Client Name': names, 'Care Provider': ['Patel, Ravi MD', 'Patel, Ravi MD', 'Okafor, Ada DO'] },
      [
        ['patientName', 'Client Name'],
        ['providerName', 'Care Provider'],
      ],
    );
    expect(providerPerVisit(t.recognition, 'Care Provider', ['care'], t.sampleValues)).toBe(false);
  });
});
