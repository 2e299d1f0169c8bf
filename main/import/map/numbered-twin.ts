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
