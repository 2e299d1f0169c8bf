// The review shows each doubt once: the engine's from when it held the file, and the same one
// found again when the file is read for the review. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { mergeDoubts, previewExport } from '../../main/app-service/preview-export.ts';
import type { Doubt } from '../../main/model/doubt.ts';

const twins = (subjects?: string[]): Doubt => ({
  kind: 'column',
  check: 'names-apart',
  field: 'patientName',
  column: 'Patient Name',
  message: 'the patient on line 3 has the family name, first name and birth date of the one on line 2',
  samples: [],
  question: 'Can the export give each patient their own id?',
  ...(subjects ? { subjects } : {}),
});

describe('mergeDoubts', () => {
  it('pools the people a doubt is about, so confirming answers it for all of them', () => {
    // A job held before doubts named their people, and the file read again now.
    expect(mergeDoubts([twins()], [twins(['P-aaa'])])).toMatchObject([{ subjects: ['P-aaa'] }]);
    expect(mergeDoubts([twins(['P-aaa'])], [twins(['P-bbb', 'P-aaa'])])).toMatchObject([
      { subjects: ['P-aaa', 'P-bbb'] },
    ]);
  });

  it("never gives one check's people to another check on the same column", () => {
    const order: Doubt = { ...twins(), check: 'name-order' };
    const merged = mergeDoubts([order], [twins(['P-aaa'])]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.subjects).toBeUndefined();
  });
});

describe('previewExport of an Excel workbook', () => {
  it("names a row's problem by its sheet and row, as Excel numbers it", async () => {
    // Layout 149's workbook: row 6 of sheet 'Bookings' is hidden in Excel (its expected.json).
    const preview = await previewExport(
      'test/fixtures/exports/149-xlsx-front-desk-list/bookings.xlsx',
      undefined,
    );
    expect(preview.errors).toEqual([
      expect.objectContaining({
        line: 6,
        sheet: 'Bookings',
        message: expect.stringMatching(/hidden in Excel/),
      }),
    ]);
  });
});
