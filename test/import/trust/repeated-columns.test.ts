// Where each column of a repeated name is, said in the doubts that name one. Worked out by hand.
import { describe, expect, it } from 'vitest';
import { placeRepeatedColumns, repeatedColumns } from '../../../main/import/trust/repeated-columns.ts';
import type { Doubt } from '../../../main/model/doubt.ts';

const doubt = (column: string, message: string): Doubt => ({
  kind: 'column',
  column,
  message,
  samples: [],
  question: `Is '${column}' the status?`,
});

describe('repeatedColumns', () => {
  it('groups a name with the numbered names cleanHeaders gave its repeats, by place', () => {
    expect(repeatedColumns(['Status', 'Date', 'Status (2)', 'Status (3)', 'Notes (2)'])).toEqual([
      [
        { name: 'Status', place: 1 },
        { name: 'Status (2)', place: 3 },
        { name: 'Status (3)', place: 4 },
      ],
    ]);
  });
});

describe('placeRepeatedColumns', () => {
  it('adds each place (number and spreadsheet letter) to a doubt that names one of them', () => {
    const headers = [...Array.from({ length: 25 }, (_, i) => `C${i + 1}`), 'Status', 'Status (2)'];
    const [named, other] = placeRepeatedColumns(
      [doubt('Status (2)', 'not sure'), doubt('C1', 'not sure')],
      headers,
    );
    expect(named!.message).toBe("not sure ('Status' is column 26 (Z), 'Status (2)' is column 27 (AA))");
    expect(other!.message).toBe('not sure');
  });

  it('leaves doubts as they are in a file with no repeated name', () => {
    const ds = [doubt('Status', 'not sure')];
    expect(placeRepeatedColumns(ds, ['Status', 'Date'])).toBe(ds);
  });
});
