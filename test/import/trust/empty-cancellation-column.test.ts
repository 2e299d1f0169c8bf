// A cancellation column empty on every row beside a status column (column-doubts.ts,
// emptyCancellationBesideStatus). A SQL or PowerShell export of a scheduling table carries its
// CancelReason even when no reason was typed; read from the header alone it was a 'cancelled flag'
// the importer was not sure of, and the file was held though the Status column said every row's
// state. Without a status column the empty column is still asked about. Expected outcomes by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collect } from '../convert/support.ts';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-cancel-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const CHICAGO = { timeZone: 'America/Chicago' };

function file(name: string, head: string, rows: string[]): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, [head, ...rows].join('\n') + '\n');
  return f;
}

describe('an empty cancellation column', () => {
  for (const column of ['CancelReason', 'Cancelled']) {
    it(`'${column}' empty beside Status: the status decides, nothing asked`, async () => {
      const f = file('appts.csv', `ApptID,Date,Time,PatientID,LastName,FirstName,DOB,Status,${column}`, [
        '101,03/10/2027,9:00 AM,P1,Reyes,Ana,01/02/1980,Scheduled,',
        '102,03/10/2027,10:00 AM,P2,Lund,Erik,05/06/1975,Cancelled,',
        '103,03/11/2027,11:00 AM,P3,Okafor,Chidi,07/08/1990,Confirmed,',
      ]);
      const r = await collect(f, CHICAGO);
      expect(r.summary.doubts).toEqual([]);
      // Chicago is CST (UTC-6) until 14 March 2027: 9:00 is 15:00 UTC.
      expect(r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString()])).toEqual([
        ['101', 'NEW', '2027-03-10T15:00:00.000Z'],
        ['102', 'CANCEL', '2027-03-10T16:00:00.000Z'],
        ['103', 'NEW', '2027-03-11T17:00:00.000Z'],
      ]);
    });
  }

  it('with no status column an empty Cancelled column is still asked about', async () => {
    const f = file('appts.csv', 'ApptID,Date,Time,PatientID,LastName,FirstName,DOB,Cancelled', [
      '101,03/10/2027,9:00 AM,P1,Reyes,Ana,01/02/1980,',
      '102,03/10/2027,10:00 AM,P2,Lund,Erik,05/06/1975,',
    ]);
    const r = await collect(f, CHICAGO);
    expect(r.summary.doubts.map((d) => [d.field, d.column])).toContainEqual(['cancelledFlag', 'Cancelled']);
  });
});
