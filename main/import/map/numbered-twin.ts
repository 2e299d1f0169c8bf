// A column named after another of the file with a number after it (`AppointmentDate1` beside
// `AppointmentDate`): a report designer names a text box after the field it shows and numbers the
// next box showing the same field (SSRS's CSV export names each column after its text box:
// https://github.com/MicrosoftDocs/sql-docs/blob/live/docs/reporting-services/report-builder/exporting-to-a-csv-file-report-builder-and-ssrs.md).
// Both hold one value formatted twice; a report shows a start so, its date in one column and its
// clock time in the other.

const NUMBERED = /^(.*\D)\d{1,2}$/;

/** The column whose name this one repeats with a number added (case aside), if any. Per file. */
export function numberedTwin(headers: readonly string[], col: number): number | undefined {
  const m = NUMBERED.exec(headers[col]!.trim());
  if (!m) return undefined;
  const base = m[1]!.trim().toLowerCase();
  const at = headers.findIndex((h, j) => j !== col && h.trim().toLowerCase() === base);
  return at === -1 ? undefined : at;
}

/**
 * Whether a twin's values are clock times: written with a colon (`8:00 AM`: `time`, the share of
 * such values), or as four digits (`0800`: `compactTime`) when they are not the namesake's date
 * shown as `MMdd` or `yyyy` too: some value is no month and day (`0800`, `1330`) and they differ.
 */
export function twinHoldsTimes(s: { time: number; compactTime: number }, values: readonly string[]): boolean {
  if (s.time >= 0.9) return true;
  if (s.compactTime < 0.9) return false;
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  const noMonthDay = (v: string): boolean => {
    const m = /^(\d\d)(\d\d)$/.exec(v);
    return !m || Number(m[1]) < 1 || Number(m[1]) > 12 || Number(m[2]) < 1 || Number(m[2]) > 31;
  };
  return filled.some(noMonthDay) && new Set(filled).size > 1;
}
