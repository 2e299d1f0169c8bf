// Status codes explained by the file's own legend (read/status-legend.ts, map/legend-statuses.ts),
// found by the blind layout 224 (Meditab IMS): one-letter codes, `C` Confirmed there where other
// systems write C for Cancelled, and the legend printed under the table. Meanings worked out by
// hand from each file's legend.
import { describe, expect, it } from 'vitest';
import { detectProfile } from '../../../main/import/import-export.ts';
import { withLegend } from '../../../main/import/map/legend-statuses.ts';
import { isLegendLabel, legendEntry, legendPairs } from '../../../main/import/read/status-legend.ts';
import type { Doubt } from '../../../main/model/doubt.ts';
import { collect, PRACTICE, tempFiles } from '../convert/support.ts';

const file = tempFiles();
const HEADER = 'Appt Date,Time,Patient ID,Patient Name,DOB,Provider,Status';
const ROWS = [
  '03/10/2027,08:30 AM,100234,"Reyes, Gabriel",01/19/1963,"Lisa Chang, M.D.",A',
  '03/10/2027,09:00 AM,100871,"Thornton, Ivy",08/02/1998,"Lisa Chang, M.D.",C',
  '03/10/2027,10:00 AM,100052,"Abernathy, Roy",04/04/1941,"Lisa Chang, M.D.",X',
  '03/16/2027,01:45 PM,100234,"Reyes, Gabriel",01/19/1963,"Lisa Chang, M.D.",R',
];
const LEGEND = ['', 'Status Legend:', 'A = Arrived', 'C = Confirmed', 'R = Rescheduled', 'X = Cancelled'];

describe('a legend line', () => {
  it.each([
    [['A = Arrived'], [['A', 'Arrived']]],
    [['N=No Show'], [['N', 'No Show']]],
    [['1 = Checked Out'], [['1', 'Checked Out']]],
    [
      ['Status Legend: S=Scheduled  C=Confirmed  X=Cancelled'],
      [
        ['S', 'Scheduled'],
        ['C', 'Confirmed'],
        ['X', 'Cancelled'],
      ],
    ],
    [
      ['A=Arrived', 'C=Confirmed'],
      [
        ['A', 'Arrived'],
        ['C', 'Confirmed'],
      ],
    ],
  ])('%j reads as codes and meanings', (parts, pairs) => {
    expect(legendPairs(parts)?.map((p) => [p.code, p.meaning])).toEqual(pairs);
  });

  it.each([
    [['Status Legend:']],
    [['Loc: Main']],
    [['Dr - Lee']],
    [['BP=120/80']],
    [['Total = 42']],
    [['N = No Show 2x']],
    [['Provider = Dr Lee']],
    [['Smith, John', 'A = Arrived']],
  ])('%j is no legend', (parts) => {
    expect(legendPairs(parts)).toBeUndefined();
  });

  // Under a legend's own label a dash or a colon joins a code to its meaning too; elsewhere they
  // are a heading's (`Dr - Lee`, `Loc: Main`, `Provider: S - Smith` above).
  it.each([
    [
      ['Legend: S - Scheduled, X - Cancelled'],
      [
        ['S', 'Scheduled'],
        ['X', 'Cancelled'],
      ],
    ],
    [
      ['Status Codes: SCH: Scheduled  CO: Cancelled by Office'],
      [
        ['SCH', 'Scheduled'],
        ['CO', 'Cancelled by Office'],
      ],
    ],
    [
      ['Key: CO - Cancelled - Office; NS - No Show'],
      [
        ['CO', 'Cancelled - Office'],
        ['NS', 'No Show'],
      ],
    ],
  ])('%j reads under its legend label', (parts, pairs) => {
    expect(legendPairs(parts)?.map((p) => [p.code, p.meaning])).toEqual(pairs);
  });

  it.each([
    [['Provider: S - Smith']],
    [['Location: N - North Clinic']],
    [['Legend: S - Seen 2x']],
    [['Dr - Lee']],
  ])('%j is no legend', (parts) => {
    expect(legendPairs(parts)).toBeUndefined();
  });

  it('reads one entry a line under a label line of its own', () => {
    expect(isLegendLabel(['Status Legend'])).toBe(true);
    expect(isLegendLabel(['Key:', ''])).toBe(true);
    expect(isLegendLabel(['Provider: Lee'])).toBe(false);
    expect(isLegendLabel(['Appointment List'])).toBe(false);
    const entry = (parts: string[]) => legendEntry(parts, 'Status Legend');
    expect(entry(['CO - Cancelled - Office'])).toEqual({
      code: 'CO',
      meaning: 'Cancelled - Office',
      label: 'Status Legend',
    });
    expect(entry(['NS  No Show'])?.meaning).toBe('No Show');
    expect(entry(['X', 'Cancelled'])?.code).toBe('X');
    expect(entry(['N: No Show'])?.code).toBe('N');
    expect(entry(['N No Show'])).toBeUndefined();
    expect(entry(['N - No Show 2x'])).toBeUndefined();
    expect(entry(['Hollis, Grace', '06/02/1970', 'Scheduled'])).toBeUndefined();
  });
});

describe("status codes read with the file's own legend", () => {
  it('sends each code as its legend says, C as Confirmed, with nothing asked', async () => {
    const legend = file('legend.csv', [HEADER, ...ROWS, ...LEGEND]);
    const out = await collect(legend);
    expect(out.summary.doubts ?? []).toEqual([]);
    expect(out.errors).toEqual([]);
    expect(out.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL', 'CANCEL']);
    // R is read as its meaning, Rescheduled, a move: checked against what was sent as any move is.
    const moved = out.items.find((i) => i.kind === 'appointment' && i.line === 5);
    expect(moved?.kind === 'appointment' && moved.movedWord).toBe('R');
    // X is read as cancelled without the legend: only the codes it explains are noted.
    const detected = await detectProfile(legend, { practiceId: PRACTICE, timeZone: 'America/Los_Angeles' });
    expect(detected.notes).toContain(
      "the status codes in 'Status' are read with the file's own legend (A = Arrived, C = Confirmed, R = Rescheduled)",
    );
  });

  it('reads a legend of number codes under the table as no row', async () => {
    const rows = ROWS.map((r, i) => r.replace(/,[ACXR]$/, `,${[1, 2, 3, 3][i]}`));
    const legend = ['', '1 = Checked Out', '2 = Confirmed', '3 = Cancelled'];
    const out = await collect(file('numbers.csv', [HEADER, ...rows, ...legend]));
    expect(out.summary.doubts ?? []).toEqual([]);
    expect(out.errors).toEqual([]);
    expect(out.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL', 'CANCEL']);
  });

  it('is not used when a status the file writes is not in the legend: every code is asked', async () => {
    const rows = [...ROWS, '03/17/2027,03:00 PM,100415,"Kaur, Simran",11/27/1984,"Lisa Chang, M.D.",P'];
    const out = await collect(file('uncovered.csv', [HEADER, ...rows, ...LEGEND]));
    const status = (out.summary.doubts ?? []).find((d) => d.kind === 'status');
    expect(status?.samples).toEqual(['A', 'C', 'R', 'P']);
    // What the legend says is shown beside the question.
    expect(status?.message).toContain(
      'a legend in the file reads A = Arrived, C = Confirmed, R = Rescheduled',
    );
  });

  it("asks when the legend says otherwise than the connector's reading of a code", async () => {
    const legend = ['', 'A = Arrived', 'C = Confirmed', 'R = Rescheduled', 'X = Checked Out'];
    const out = await collect(file('disagrees.csv', [HEADER, ...ROWS, ...legend]));
    const status = (out.summary.doubts ?? []).filter((d) => d.kind === 'status');
    expect(status.map((d) => d.samples)).toEqual([['X']]);
    expect(status[0]!.message).toBe(
      "the file's legend says 'X = Checked Out', but the connector reads 'X' as cancelled",
    );
    expect(status[0]!.column).toBe('Status');
  });

  it('a file longer than its first rows met the legend after them: its question shows the legend', () => {
    const asked: Doubt = {
      kind: 'status',
      field: 'status',
      column: 'Status',
      message: "2 statuses the connector does not know: 'C' (260 rows), 'A' (260 rows)",
      samples: ['C', 'A'],
      question: "What does 'C', 'A' mean: booked, cancelled, or not an appointment?",
    };
    const legend = [
      { code: 'A', meaning: 'Arrived', line: 523 },
      { code: 'C', meaning: 'Confirmed', line: 524 },
      { code: 'X', meaning: 'Cancelled', line: 525 },
    ];
    expect(withLegend(asked, legend).message).toBe(
      "2 statuses the connector does not know: 'C' (260 rows), 'A' (260 rows); a legend in the file reads C = Confirmed, A = Arrived",
    );
    // A legend of other codes changes nothing.
    expect(withLegend(asked, [{ code: 'N', meaning: 'No Show', line: 9 }])).toBe(asked);
  });
});
