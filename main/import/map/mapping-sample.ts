// The first rows of an export, read for the mapping sense check (mapping-sense.ts): what the
// desktop's *Save this mapping* / *Confirm* and the CLI's `mapping confirm` judge a person's
// chosen columns by. Only the values of the first rows are read; nothing is kept or logged.
import { openTable } from '../read/index.ts';
import type { MappingSample } from './mapping-sense.ts';
import { otherCalendarColumns } from './other-calendars.ts';
import { machineTimeZone } from '../../xml/local-time.ts';

/** Enough rows to see a column's shape, few enough to read in a moment. */
const SENSE_ROWS = 200;

/** `sheet`: an Excel workbook's sheet the mapping reads (MappingProfile.sheet); `timeZone`: the
 *  practice's, by which a date column of another calendar is read as the import reads it
 *  (other-calendars.ts: `1160301` is 2027-03-01 in a Taiwanese file, not a column of no dates). */
export async function readMappingSample(
  file: string,
  sheet?: string,
  timeZone = machineTimeZone(),
  limit = SENSE_ROWS,
): Promise<MappingSample> {
  const { info, rows } = await openTable(file, sheet !== undefined ? { sheet } : {});
  const sample: string[][] = [];
  try {
    for await (const row of rows) {
      sample.push(row.values);
      if (sample.length >= limit) break;
    }
  } catch (err) {
    // A file-level problem part-way (a quote never closed): the rows before it still tell.
    if (sample.length === 0) throw err;
  } finally {
    await rows.return();
  }
  for (const calendar of otherCalendarColumns(info.headers, sample, timeZone, info.titleLines))
    for (const values of sample) calendar.fill({ values });
  return { headers: info.headers, rows: sample };
}
