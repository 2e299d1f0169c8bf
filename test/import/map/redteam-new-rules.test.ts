// Red-team probes against the importer's newer rules (legend codes, phone-shaped ids, other date
// columns, Minguo dates, names): each input is modelled on a real export shape, and its right
// outcome was worked out by hand before the probe was run.
import { describe, expect, it } from 'vitest';
import { formatDate, orderEvidence, parseDate } from '../../../main/import/map/parse-date.ts';
import { statedRange } from '../../../main/import/read/stated-range.ts';
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
    // The question shows the legend as one found in the file, not as the status column's own.
    expect(status[0]!.message).toContain('a legend in the file reads C = Confirmed, N = No Answer');
  });
});

describe('Spanish headers where Spanish writes month-first', () => {
  // CLDR's Spanish of Puerto Rico and Panama writes short dates month-first (es-PR, es-PA:
  // 12/08/2026), as their regions do: a clinic's Spanish export there says nothing against the
  // region's order. In Los Angeles, Spanish headers still ask (es-US writes 8/12/2026).
  const lines = [
    'Fecha,Hora,Paciente,Nombre,Fecha de nacimiento,Estado',
    '03/04/2027,08:30,100234,"Rivera, Carmen",05/06/1971,Confirmada',
    '03/05/2027,09:00,100871,"Ortiz, Luis",11/10/1985,Confirmada',
  ];
  it.each([
    ['America/Puerto_Rico', 0],
    ['America/Panama', 0],
    ['America/Los_Angeles', 1],
  ])('in %s the day/month order is asked %i times', async (timeZone, asked) => {
    const out = await collect(file(`es-${asked}-${timeZone.replace('/', '-')}.csv`, lines), { timeZone });
    expect((out.summary.doubts ?? []).filter((d) => d.kind === 'date-order')).toHaveLength(asked);
    if (!asked)
      expect(out.appointments.map((a) => a.start.toISOString().slice(0, 10))).toEqual([
        '2027-03-04',
        '2027-03-05',
      ]);
  });
});

describe('a two-letter weekday that is another day in another language', () => {
  // moment.js weekdaysMin: Turkish `Pz Pt Sa Ça Pe Cu Ct` (Pe, Perşembe, Thursday), Croatian
  // `ne po ut sr če pe su` (su, subota, Saturday). By hand: 2027-03-01 is a Monday, so 30 March is a Tuesday; 2 December 2027 is a
  // Thursday (and 4 December a Saturday), 12 February 2027 a Friday.
  const read = (text: string): string => {
    const r = parseDate(text, { order: 'DMY' });
    return r.ok ? formatDate(r.date) : `refused: ${r.reason}`;
  };
  it('a Turkish Thursday is read, not refused as a Finnish Friday', () => {
    expect(read('Pe 02.12.2027')).toBe('2027-12-02');
    expect(read('Pe 02/12/2027')).toBe('2027-12-02');
    // and proves no order: Thursday 2 December and Friday 12 February both fit `pe`
    expect(orderEvidence('Pe 02/12/2027')).toBeUndefined();
  });
  it('a Croatian Saturday is read, not refused', () => {
    expect(read('su 04.12.2027')).toBe('2027-12-04');
  });
  it('a day none of the languages gives is still refused', () => {
    // `ke` is Wednesday only; 30 March 2027 is a Tuesday.
    expect(read('ke 30.03.2027')).toMatch(/^refused: 'ke' but 2027-03-30 is a Tuesday/);
  });
});

describe("an English title range's `to` before a Thursday", () => {
  // 18 March 2027 is a Thursday (1 March a Monday). Read as the Finnish weekday `to`, the range's
  // end had swallowed the word and the title stated no range at all.
  it('still states the range', () => {
    const r = statedRange(['Date Range: 03/12/2027 to 03/18/2027'], { order: 'MDY' });
    expect([r?.from, r?.to]).toEqual([
      { year: 2027, month: 3, day: 12 },
      { year: 2027, month: 3, day: 18 },
    ]);
  });
});
