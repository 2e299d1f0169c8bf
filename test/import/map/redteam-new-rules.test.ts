// Red-team probes against the importer's newer rules (legend codes, phone-shaped ids, other date
// columns, Minguo dates, names): each input is modelled on a real export shape, and its right
// outcome was worked out by hand before the probe was run.
import { describe, expect, it } from 'vitest';
import { collect, tempFiles } from '../convert/support.ts';

const file = tempFiles();

describe("a legend that may be another column's", () => {
  // A US schedule with a confirmation-call column (C Confirmed, L Left Message, N No Answer)
  // beside a status column of its own one-letter codes; only the call column's legend is printed.
  // The status column's C and N are unexplained: C would have gone as Confirmed (booked).
  const HEADER = 'Appt Date,Time,Patient ID,Patient Name,DOB,Provider,Conf,Status';
  const ROWS = [
    '03/10/2027,08:30 AM,100234,"Reyes, Gabriel",01/19/1963,"Lisa Chang, M.D.",C,C',
    '03/10/2027,09:00 AM,100871,"Thornton, Ivy",08/02/1998,"Lisa Chang, M.D.",L,C',
    '03/10/2027,10:00 AM,100052,"Abernathy, Roy",04/04/1941,"Lisa Chang, M.D.",C,N',
  ];
  it('is not read as the status legend when it explains every code of another column', async () => {
    const legend = ['', 'Confirmation: C = Confirmed  L = Left Message  N = No Answer'];
    const out = await collect(file('conf-legend.csv', [HEADER, ...ROWS, ...legend]));
    const status = (out.summary.doubts ?? []).filter((d) => d.kind === 'status');
    expect(status.map((d) => d.samples)).toEqual([['C', 'N']]);
  });
});
