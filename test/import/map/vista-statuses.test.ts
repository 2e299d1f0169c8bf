// VistA's own appointment statuses (file #409.63) read only where the file proves it is VistA's.
// Expected values by hand: Chicago is UTC-5 from 14 March 2027 (08:00 CDT = 13:00Z).
import { describe, expect, it } from 'vitest';
import { vistaStatusAnswers } from '../../../main/import/map/vista-statuses.ts';
import { importedItems, tempDir } from '../read/read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';

async function read(lines: string[]) {
  const file = t.write('SDAPPTS.TXT', lines.join('\n') + '\n');
  return importedItems(file, PRACTICE, 'America/Chicago');
}

const statusesOf = (items: Awaited<ReturnType<typeof read>>['items']) =>
  items.flatMap((i) => (i.kind === 'appointment' ? [[i.line, i.appointment.status]] : []));

describe("VistA's statuses in a FileMan print", () => {
  it('NO ACTION TAKEN, NON-COUNT and INPATIENT go booked, CANCELLED BY PATIENT & AUTO RE-BOOK cancelled, nothing asked', async () => {
    const { items, summary } = await read([
      'PATIENT^BID^DATE OF BIRTH^APPOINTMENT DATE/TIME^CLINIC^STATUS',
      'HALVORSEN,ERIK J^H4821^JUN 3,1948^MAR 15,2027@08:00^PACT BLUE^NO ACTION TAKEN',
      'WASHINGTON,GLORIA^W3305^APR 17,1950^MAR 15,2027@13:00^MH GROUP^NON-COUNT',
      'KOWALSKI,DANIEL F^K1184^JAN 25,1944^MAR 15,2027@14:30^PACT BLUE^INPATIENT',
      'DAVIS,LORETTA A^D5518^MAR 2,1939^MAR 16,2027@16:00^PACT BLUE^CANCELLED BY PATIENT & AUTO RE-BOOK',
      'NGUYEN,THANH V^N6043^SEP 12,1968^MAR 16,2027@10:30^PACT BLUE^FUTURE',
    ]);
    expect(summary.doubts).toEqual([]);
    expect(statusesOf(items)).toEqual([
      [2, 'NEW'],
      [3, 'NEW'],
      [4, 'NEW'],
      [5, 'CANCEL'],
      [6, 'NEW'],
    ]);
  });

  it('the same words in a file that is not VistA are asked (held), never sent booked', async () => {
    const { summary } = await read([
      'Patient,DOB,Appt Date,Appt Time,Status',
      '"Halvorsen, Erik",06/03/1948,03/15/2027,8:00 AM,NO ACTION TAKEN',
      '"Washington, Gloria",04/17/1950,03/15/2027,1:00 PM,FUTURE',
    ]);
    expect(summary.doubts.some((d) => d.kind === 'status')).toBe(true);
  });
});

describe('vistaStatusAnswers: the proof', () => {
  const rows = [['HALVORSEN,ERIK J', 'MAR 15,2027@08:00', 'NON-COUNT']];
  const headers = ['PATIENT', 'APPOINTMENT DATE/TIME', 'STATUS'];

  it('reads NON-COUNT in a FileMan print', () => {
    expect(vistaStatusAnswers(['NON-COUNT', 'FUTURE'], headers, [], rows, undefined)).toEqual([
      { word: 'NON-COUNT', meaning: 'new' },
    ]);
  });

  it('not where another status in the column is no name of #409.63', () => {
    expect(vistaStatusAnswers(['NON-COUNT', 'PENDING'], headers, [], rows, undefined)).toEqual([]);
  });

  it('not where the file writes no FileMan date and names no FileMan system', () => {
    const usRows = [['Halvorsen, Erik', '03/15/2027 08:00', 'NON-COUNT']];
    expect(vistaStatusAnswers(['NON-COUNT'], headers, [], usRows, undefined)).toEqual([]);
    expect(vistaStatusAnswers(['NON-COUNT'], headers, ['RPMS SCHEDULING'], usRows, undefined)).toEqual([
      { word: 'NON-COUNT', meaning: 'new' },
    ]);
  });

  it("not in lower case (VistA writes its names in capitals), and never over the practice's own answer", () => {
    expect(vistaStatusAnswers(['Non-Count'], headers, [], rows, undefined)).toEqual([]);
    expect(vistaStatusAnswers(['NON-COUNT'], headers, [], rows, { cancel: ['non-count'] })).toEqual([]);
  });
});
