// The birth date written inside another cell among other answers (Microsoft Bookings' `Custom
// Fields`: `Date of birth: 04/12/1975; Reason for visit: knee pain`) is never read as a birth-date
// column; the refusal says where it is and what to ask the tool for, without quoting the date.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir, writeLines } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refusal(name: string, lines: string[]): Promise<string> {
  try {
    await collect(writeLines(dir, name, lines));
  } catch (e) {
    return String((e as Error).message);
  }
  throw new Error(`${name} was converted`);
}

describe('a birth date only inside a cell of answers', () => {
  it('is named in the refusal (column and label, never the date)', async () => {
    const m = await refusal('BookingsReportingData.tsv', [
      'Date & Time\tCustomer Name\tCustomer Email\tCustom Fields\tBooking ID',
      '3/8/2027 9:00 AM\tEmily Carter\te@example.com\tDate of birth: 04/12/1975; Reason for visit: knee pain\tAAMk1',
      '3/8/2027 10:00 AM\tMarcus Webb\tm@example.com\tDate of birth: 09/23/1966; Reason for visit: labs\tAAMk2',
    ]);
    expect(m).toContain('cannot find date of birth');
    expect(m).toContain(
      "the date of birth is only written inside column 'Custom Fields' among other text ('Date of birth: …')",
    );
    expect(m).toContain("export the patient's date of birth as a column of its own");
    expect(m).not.toContain('04/12/1975');
  });

  it('says nothing of a column whose text mentions no labelled birth date', async () => {
    const m = await refusal('no-dob.csv', [
      'Date,Time,Patient,Notes',
      '03/08/2027,9:00 AM,Emily Carter,knee pain since 04/12/2026',
      '03/08/2027,10:00 AM,Marcus Webb,labs',
    ]);
    expect(m).toContain('cannot find date of birth');
    expect(m).not.toContain('only written inside');
  });
});
