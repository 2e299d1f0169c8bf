// The start in one cell or in two: a date column and a time column joined (Epic, ModMed and
// Curve write one cell), one cell split in two (most list reports), and ISO's `T` or SQL Server's
// milliseconds in the one cell (drchrono's API, a `SELECT` saved by SSMS). All must send.
import { fieldOf, headerValues, isQuoted, valueOf, type DelimitedExport } from './export-records.ts';
import type { ExportText } from './export-text.ts';
import type { ValueColumns } from './value-columns.ts';
import { dateTimeIn, dateTimeParts, writeTime, type Hm } from './value-codec.ts';
import { rewriteCells, type ValueDraft } from './value-rewrite.ts';
import { mapFields } from './variations.ts';

export function startCellDrafts(t: ExportText, table: DelimitedExport, cols: ValueColumns): ValueDraft[] {
  const drafts: ValueDraft[] = [];
  const starts = cols.dates.filter((c) => c.of === 'start');
  // A database table's columns (`pc_eventDate`, `APPT_DATE`) are not joined: a table holding the
  // one moment names that column itself, and a name made of two would be invented here.
  const database = headerValues(t, table).some((h) => /_|[a-z][A-Z]/.test(h));
  if (starts.length === 1 && cols.times.length === 1 && !database) {
    const [d, tm] = [starts[0]!.col, cols.times[0]!];
    // Headed as the two were, joined as such reports head it (ModMed's `Appointment Date/Time`):
    // a bare `Date` over date-times is asked by design (it may be a record's stamp).
    const text = mapFields(t, table, (fields, kind) => {
      if (kind === 'other') return undefined;
      const out = [...fields];
      if (kind === 'header')
        out[d] = fieldOf(
          `${valueOf(fields[d]!).trim()}/${valueOf(fields[tm]!).trim()}`,
          table.delimiter,
          isQuoted(fields[d]!),
        );
      if (kind === 'row') {
        const [dv, tv] = [valueOf(fields[d]!).trim(), valueOf(fields[tm]!).trim()];
        out[d] = fieldOf(dv && tv ? `${dv} ${tv}` : dv || tv, table.delimiter, isQuoted(fields[d]!));
      }
      out.splice(tm, 1);
      return out;
    });
    drafts.push({ name: 'start date and time in one cell', text });
  }
  for (const { col, form } of cols.dateTimes) {
    const text = mapFields(t, table, (fields, kind) => {
      if (kind === 'other') return undefined;
      const v = valueOf(fields[col]!).trim();
      const p = kind === 'row' && dateTimeIn(v, form) ? dateTimeParts(v) : undefined;
      const cells =
        kind === 'header' ? ['Appointment Date', 'Appointment Time'] : p ? [p.date, p.time] : [v, ''];
      const out = [...fields];
      out.splice(col, 1, ...cells.map((c) => fieldOf(c, table.delimiter, isQuoted(fields[col]!))));
      return out;
    });
    drafts.push({ name: 'start date and time in two columns', text });
    if (form !== 'iso') continue;
    for (const [name, write] of [
      ['start as ISO with T', (date: string, hm: Hm) => `${date}T${writeTime(hm, '24h with seconds')}`],
      [
        'start as SQL Server datetime',
        (date: string, hm: Hm) => `${date} ${writeTime(hm, '24h with milliseconds')}`,
      ],
    ] as const) {
      const text = rewriteCells(t, table, (v, c) => {
        const x = c === col ? dateTimeIn(v, form) : undefined;
        return x && write(dateTimeParts(v)!.date, x.hm);
      });
      if (text) drafts.push({ name, text });
    }
  }
  return drafts;
}
