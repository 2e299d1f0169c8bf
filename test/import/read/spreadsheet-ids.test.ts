// Exports written so that Excel keeps an id's leading zeros: `="0048121"` (the formula form,
// quoted or not), or a zero-width space / \x1F next to the id (react-csv, tableExport). The cell's
// text is the id: the same appointment exported plainly the next day must carry the same id, or
// the portal gets it twice. Expected values written by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { readAll } from './read-helpers.ts';

const { write } = exportFiles('spreadsheet-ids');

const HEAD = 'Appointment ID,Patient Account #,Patient Name,DOB,Appt Date,Appt Time,Provider,Status,Reason';
const REST = ['"Garcia, Maria",07/19/1984,03/02/2027,09:00 AM,"Patel, Anil MD",Confirmed,Follow-up'];
const REST2 = '"Nguyen, Thanh",11/03/1991,03/02/2027,09:30 AM,"Patel, Anil MD",Confirmed,New patient';
const file = (a: string, b: string) => write([HEAD, `${a},${REST[0]}`, `${b},${REST2}`]);

describe('ids a spreadsheet convention protects', () => {
  it.each([
    ['="…" unquoted', file('="0048121",="000457"', '="0048122",="001203"')],
    ['="…" inside a quoted cell', file('"=""0048121""","=""000457"""', '"=""0048122""","=""001203"""')],
    ['zero-width space after', file('0048121\u200b,000457\u200b', '0048122\u200b,001203\u200b')],
    ['\\x1F before', file('\x1f0048121,\x1f000457', '\x1f0048122,\x1f001203')],
    ['word joiner and BOM mid-file', file('\u20600048121,\ufeff000457', '0048122\u2060,001203\ufeff')],
  ])('%s: the cells read as the ids', async (_, f) => {
    const { rows } = await readAll(f);
    expect(rows.map((r) => [r.values[0], r.values[1], r.values[2]])).toEqual([
      ['0048121', '000457', 'Garcia, Maria'],
      ['0048122', '001203', 'Nguyen, Thanh'],
    ]);
  });

  it('a file of ="…" ids goes without a question, with the ids of the plain export', async () => {
    const plain = await collect(file('0048121,000457', '0048122,001203'), { timeZone: 'America/New_York' });
    const formula = await collect(file('="0048121",="000457"', '="0048122",="001203"'), {
      timeZone: 'America/New_York',
    });
    expect(plain.summary.doubts).toEqual([]);
    expect(formula.summary.doubts).toEqual([]);
    expect(formula.appointments.map((a) => [a.appointmentId, a.patient.patientId])).toEqual([
      ['0048121', '000457'],
      ['0048122', '001203'],
    ]);
  });

  it('a vertical tab inside a cell (FileMaker line break) separates the words', async () => {
    const { rows } = await readAll(
      write([
        HEAD,
        `0048121,000457,"Garcia, Maria",07/19/1984,03/02/2027,09:00 AM,Dr Lee,Confirmed,Follow\x0bup`,
      ]),
    );
    expect(rows[0]!.values[8]).toBe('Follow up');
  });
});
