// Public surface of the export readers (the mapping step imports from here).
export { openTable, type OpenTableOptions } from './open-table.ts';
export { TableRows } from './table-rows.ts';
export { sniffFileKind, type FileKind } from './sniff.ts';
export { ExportFileError } from './export-file-error.ts';
export type {
  TableInfo,
  TableRow,
  TextEncoding,
  Delimiter,
  EncodingDoubt,
  SheetChoice,
} from './table-types.ts';
