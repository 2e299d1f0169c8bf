// A column of dates is never a free text of the visit: `Last DOS` (the last date of service)
// read by its `service` as the appointment type had gone as type '10/02/2026'. Expected values
// worked out by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('date-columns-not-text');
const NOW = new Date('2027-01-15T00:00:00Z');

const rows = [
  ['Lopez, Maria', '03/14/1985', '10/02/2026', '03/15/2027', '9:00 AM', 'Patel, Nina'],
  ['Nguyen, Tam', '11/23/1990', '09/15/2026', '03/16/2027', '10:00 AM', 'Patel, Nina'],
];

describe('a column of dates is never a text of the visit', () => {
  it.each(['Last DOS', 'Prev DOS', 'Last Svc', 'Last Service'])(
    "'%s' of dates is left unmapped",
    (header) => {
      const headers = ['Pt Name', 'Pt DOB', header, 'Appt Dt', 'Appt Tm', 'Prov'];
      const r = recognizeColumns(headers, rows, { now: NOW });
      expect(r.profile.columns.type).toBeUndefined();
      expect(r.profile.columns.description).toBeUndefined();
      expect(r.profile.columns.reason).toBeUndefined();
      expect(r.profile.columns.location).toBeUndefined();
      expect(r.unmapped).toEqual([header]);
    },
  );

  it("the appointments go with the default type, not '10/02/2026'", async () => {
    const file = files.write([
      'Pt Name,Pt DOB,Last DOS,Appt Dt,Appt Tm,Prov',
      ...rows.map((r) => r.map((v) => (v.includes(',') ? `"${v}"` : v)).join(',')),
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => a.type)).toEqual(['APPOINTMENT', 'APPOINTMENT']);
  });

  it("a 'Visit Type' of words is still the type", () => {
    const headers = ['Pt Name', 'Pt DOB', 'Visit Type', 'Appt Dt', 'Appt Tm', 'Prov'];
    const words = rows.map((r) => [r[0]!, r[1]!, 'Follow Up', r[3]!, r[4]!, r[5]!]);
    expect(recognizeColumns(headers, words, { now: NOW }).profile.columns.type).toBe('Visit Type');
  });
});
