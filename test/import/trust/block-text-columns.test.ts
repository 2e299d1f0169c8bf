// Blocked time in a second type column: a file with both `Service` and `Type` reads one of them as
// the type (column order decides), and a provider's `In Office` or `Lunch` block in the other one
// had gone as a booked appointment while the same file with its columns swapped was held. Both
// orders must hold. Expected outcomes worked out by hand: line 3 is the block row in every file.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { blockTextColumns } from '../../../main/import/trust/block-text-columns.ts';

const files = exportFiles('block-text-columns');
const ny = { timeZone: 'America/New_York' };

/** A list with a status, a `Service` and a `Type`; the second row is a block under a dummy patient. */
function list(order: 'service-first' | 'type-first', block: { service: string; type: string }): string {
  const head = order === 'service-first' ? 'Service,Type' : 'Type,Service';
  const cells = (service: string, type: string): string =>
    order === 'service-first' ? `${service},${type}` : `${type},${service}`;
  return files.write([
    `Appt ID,Patient ID,Patient Name,DOB,Date,Time,Provider,Status,${head}`,
    `1001,P100,"Ortiz, Maria",04/02/1961,03/01/2027,9:00 AM,Dr Lee,Confirmed,${cells('Office Visit', 'Follow-up')}`,
    `1002,P900,"OFFICE, MAIN",01/01/1980,03/01/2027,12:00 PM,Dr Lee,Confirmed,${cells(block.service, block.type)}`,
  ]);
}

describe('blocked time in a type column not read as the type', () => {
  it.each(['service-first', 'type-first'] as const)(
    'holds `In Office` in Service whatever the column order (%s)',
    async (order) => {
      const r = await collect(list(order, { service: 'In Office', type: 'Follow-up' }), ny);
      const held = r.summary.doubts.filter((d) => d.check === 'off-book-text');
      expect(held).toHaveLength(1);
      expect(held[0]).toMatchObject({ column: 'Service', samples: ['In Office'] });
      expect(held[0]!.message).toContain('line 3');
    },
  );

  it.each(['service-first', 'type-first'] as const)(
    'holds `Lunch` in Type whatever the column order (%s)',
    async (order) => {
      const r = await collect(list(order, { service: 'Office Visit', type: 'Lunch' }), ny);
      const held = r.summary.doubts.filter((d) => d.check === 'off-book-text');
      expect(held).toHaveLength(1);
      expect(held[0]).toMatchObject({ column: 'Type', samples: ['Lunch'] });
    },
  );

  it('does not hold a word inside a longer value (`CPAP Training`, `Hold-over`)', async () => {
    for (const order of ['service-first', 'type-first'] as const) {
      const r = await collect(list(order, { service: 'CPAP Training', type: 'Hold-over' }), ny);
      expect(r.summary.doubts.filter((d) => d.check === 'off-book-text')).toEqual([]);
    }
  });

  it('watches only free columns headed as a type, reason or description', () => {
    const headers = ['Date', 'Service', 'Type', 'Room', 'Category', 'Notes'];
    // `Type` (index 2) is read as the type; `Service` and `Category` are free type columns;
    // `Room` and `Notes` are not headed as one (a `Room` of `Break Room` is no block).
    const refs = { type: { header: 'Type', index: 2, source: 'main' } } as never;
    expect(blockTextColumns(headers, refs, []).map((c) => c.header)).toEqual(['Service', 'Category']);
  });
});
