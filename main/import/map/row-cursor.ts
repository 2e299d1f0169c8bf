// The row being mapped, as every step of the row mapper (map-row.ts) reads it: one cell per field,
// trimmed, from the export or from the joined patient table (OpenEMR EHI patient_data), and
// `fail`, which ends the row with a problem naming the file, line, column, value and what to do.
// One cursor per file, moved to each row in turn (no closure or object per row).
import { displayText } from '../../model/display-text.ts';
import type { TableRow } from '../read/table-types.ts';
import { FIELD_NAMES, type FieldName, type MappingProfile } from './profile.ts';
import type { ColumnRef, ColumnRefs } from './resolve-columns.ts';
import { RowProblem } from './row-problem.ts';
import { readsAsEmpty } from './no-value.ts';
import { withSecondFamilyName } from './second-family-name.ts';
import { hourMinuteTime } from './hour-minute-columns.ts';

/** Fields whose cell is read as empty when it holds a stand-in for no value (`NULL`, `N/A`, `-`:
 *  no-value.ts): all but the status and cancellation fields, where `-` and `None` are OpenEMR's
 *  booked status and `?` its no-show, and whose own readers know what `NULL` means, and the staff
 *  note, never sent. */
const KEEPS_STAND_INS: ReadonlySet<FieldName> = new Set<FieldName>([
  'status',
  'cancelledAt',
  'cancelledFlag',
  'note',
]);
const STAND_IN_EMPTY: ReadonlySet<FieldName> = new Set(FIELD_NAMES.filter((f) => !KEEPS_STAND_INS.has(f)));

/** One field's cell in the current row (see RowCursor.reader). */
export type CellReader = () => string;

export class RowCursor {
  row!: TableRow;
  /** The joined table's row for this row's patient, when the profile joins one. */
  private joined: string[] | undefined;

  constructor(
    private readonly file: string,
    private readonly refs: ColumnRefs,
    private readonly profile: MappingProfile,
    private readonly joinLookup?: (key: string) => string[] | undefined,
    /** The export's column holding the joined table's key, found once per file as every header
     *  is (any case, spaces around): a header written PC_PID is still OpenEMR's pc_pid. */
    private readonly joinKeyIndex = -1,
  ) {}

  /** Move to `row`; true when its patient key is not in the joined table. */
  at(row: TableRow): boolean {
    this.row = row;
    this.joined = undefined;
    if (!this.joinLookup || !this.profile.join) return false;
    const key = row.values[this.joinKeyIndex]?.trim() ?? '';
    this.joined = key ? this.joinLookup(key) : undefined;
    return !!key && !this.joined;
  }

  /**
   * The field's cell as a reader bound once per file (trimmed; '' when the field has no column).
   * The row mapper's steps take their readers when they are made: `cell(f)` finds the column by
   * the field's name on every call, a megamorphic keyed load (~11 ns a cell against ~2 ns bound).
   */
  reader(f: FieldName): CellReader {
    const r = this.refs[f];
    const prefix = f === 'lastName' ? this.refs.lastNamePrefix : undefined;
    const second = f === 'lastName' ? this.refs.lastNameSecond : undefined;
    if (r && (prefix || second)) {
      // A Dutch family name's particle in a column of its own (`Tussenvoegsel` = `van` beside
      // `Achternaam` = `Dijk`) is part of the family name: van Dijk. So is a second family name
      // (`Apellido Paterno` = `González` beside `Apellido Materno` = `Muñoz`): González Muñoz, the
      // name the patient is known by and the practice keeps (without it the portal got González).
      const last = this.valueReader(f, r);
      const particle = prefix ? this.valueReader('lastNamePrefix', prefix) : () => '';
      const other = second ? this.valueReader('lastNameSecond', second) : () => '';
      return () => withSecondFamilyName(withParticle(particle(), last()), other());
    }
    // A start's hour and minute in columns of their own (`Hour` = 13, `Minute` = 30) are one time,
    // `13:30` (hour-minute-columns.ts).
    const minute = f === 'time' ? this.refs.timeMinute : undefined;
    if (r && minute) {
      const hour = this.valueReader(f, r);
      const min = this.valueReader('timeMinute', minute);
      return () => hourMinuteTime(hour(), min());
    }
    return r ? this.valueReader(f, r) : () => '';
  }

  /** The field's cell as written, a stand-in for no value kept (`NULL` says the cell was filled
   *  in: a record's own empty value, not one a report printed once for the rows above). */
  written(f: FieldName): CellReader {
    const r = this.refs[f];
    return r ? this.readerAt(r) : () => '';
  }

  /** The field's cell, a stand-in for no value read as the empty cell it is (no-value.ts). */
  private valueReader(f: FieldName, r: ColumnRef): CellReader {
    const read = this.readerAt(r);
    if (!STAND_IN_EMPTY.has(f)) return read;
    return () => {
      const v = read();
      return readsAsEmpty(v) ? '' : v;
    };
  }

  /** The cell of a column as a reader bound once per file, for columns no field is mapped to
   *  (a patient's date of death: deceased-columns.ts). */
  readerAt(r: ColumnRef): CellReader {
    const i = r.index;
    if (r.source === 'main') return () => (this.row.values[i] ?? '').trim();
    return () => (this.joined?.[i] ?? '').trim();
  }

  /** Whether the mapping gives the field a column. */
  maps(f: FieldName): boolean {
    return this.refs[f] !== undefined;
  }

  /** The field's cell, trimmed; '' when the field has no column. */
  cell(f: FieldName): string {
    const r = this.refs[f];
    if (!r) return '';
    const cell = ((r.source === 'main' ? this.row.values[r.index] : this.joined?.[r.index]) ?? '').trim();
    const value = STAND_IN_EMPTY.has(f) && readsAsEmpty(cell) ? '' : cell;
    if (f !== 'lastName') return value;
    const last = this.refs.lastNamePrefix ? withParticle(this.cell('lastNamePrefix'), value) : value;
    return this.refs.lastNameSecond ? withSecondFamilyName(last, this.cell('lastNameSecond')) : last;
  }

  /** The cell `read` gives (the field `f`'s reader); an empty one ends the row with
   *  `emptyMessage` and what to do: `blankHint` for a cell with nothing in it at all. */
  required(read: CellReader, f: FieldName, emptyMessage: string, hint: string, blankHint = hint): string {
    const v = read();
    if (!v) {
      // `NULL` or `N/A` where the cell is read as empty: the message names what it holds.
      const r = this.refs[f];
      const held = r ? this.readerAt(r)() : '';
      if (held) this.fail(f, `${emptyMessage} (it holds ${held}, a stand-in for no value)`, hint, held);
      this.fail(f, emptyMessage, blankHint);
    }
    return v;
  }

  /** End this row with a problem (an 'error' item; the file goes on). */
  fail(f: FieldName | undefined, message: string, hint: string, value?: string): never {
    const r = f ? this.refs[f] : undefined;
    this.failIn({ ...(r ? { column: r.header } : {}), ...(f ? { field: f } : {}) }, message, hint, value);
  }

  /** End this row with a problem in a column no field is mapped to, named by its header; `field`
   *  names the appointment field the column checks, when it checks one (a weekday column, the
   *  date). */
  failAt(column: string, message: string, hint: string, value?: string, field?: FieldName): never {
    this.failIn({ column, ...(field ? { field } : {}) }, message, hint, value);
  }

  private failIn(
    where: { column?: string; field?: FieldName },
    message: string,
    hint: string,
    value?: string,
  ): never {
    const id = this.row.problem ? '' : this.cell('appointmentId');
    // A cell rewritten before mapping (a year-less date given its year) is shown as typed.
    if (this.row.typed)
      for (const [i, typed] of this.row.typed) [value, message] = asTyped(this.row, i, typed, value, message);
    throw new RowProblem({
      file: this.file,
      line: this.row.line,
      ...where,
      ...(value !== undefined ? { value: displayText(value, 80) } : {}),
      message,
      hint,
      ...(id && id.length <= 64 ? { appointmentId: id } : {}),
    });
  }
}

/** A family name with its particle before it (`van` + `Dijk` = `van Dijk`); the name alone when
 *  either is empty (a particle with no name is no name). */
function withParticle(particle: string, last: string): string {
  return particle && last ? `${particle} ${last}` : last;
}

/** `value` and `message` with the rewritten text of the row's cell `i` put back as typed: the
 *  value `Mon 2027-03-02` (a Monday named beside a year-less `3/2`) is shown as `3/2`. */
function asTyped(
  row: TableRow,
  i: number,
  typed: string,
  value: string | undefined,
  message: string,
): [string | undefined, string] {
  const shown = (row.values[i] ?? '').trim();
  const was = typed.trim();
  if (shown === '' || shown === was) return [value, message];
  return [value?.split(shown).join(was), message.split(`'${shown}'`).join(`'${was}'`)];
}
