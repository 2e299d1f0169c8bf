import { describe, expect, it } from 'vitest';
import { encounterColumn } from '../../../main/import/map/encounter-column.ts';

describe('encounterColumn: a free column naming an encounter number', () => {
  it.each([
    [['Date', 'Patient', 'CSN'], 2],
    [['Date', 'Patient', 'PAT_ENC_CSN_ID'], 2],
    [['Enc #', 'Date', 'Patient'], 0],
    [['Date', 'Encounter Number'], 1],
    [['Date', 'Contact Serial Number'], 1],
  ])('%j: column %i', (headers, index) => {
    expect(encounterColumn(headers, {})).toBe(index);
  });

  it.each([
    [['Date', 'Encounter Type']],
    [['Date', 'Encounter Date']],
    [['Enc Status']],
    [['FIN']],
    [['Visit #']],
  ])('%j: none (another value of the encounter, or no encounter word)', (headers) => {
    expect(encounterColumn(headers, {})).toBeUndefined();
  });

  it('a column a field is read from is not free', () => {
    expect(
      encounterColumn(['CSN', 'Date'], { appointmentId: { header: 'CSN', source: 'main', index: 0 } }),
    ).toBeUndefined();
  });

  it('a FIN (Cerner) only over numbers, never over times (the French Fin)', () => {
    const vals = (v: string[]) => () => v;
    expect(encounterColumn(['Date', 'FIN'], {}, vals(['7720193', 'FN7720240']))).toBe(1);
    expect(encounterColumn(['Date', 'FIN Nbr'], {}, vals(['7720193']))).toBe(1);
    expect(encounterColumn(['Date', 'FIN'], {}, vals(['10:30', '11:00']))).toBeUndefined();
    expect(encounterColumn(['Date', 'Fin'], {}, vals(['7720193']))).toBeUndefined();
  });
});
