// The readers' front door: open any export as a table of rows, whatever its encoding, delimiter
// or format, or refuse it with a plain ExportFileError naming the file and what to do.
import path from 'node:path';
import { delimitedInfo, delimitedRows, noRowsError } from './delimited-reader.ts';
import { detectLayout } from './detect-layout.ts';
import { fileError, SAVE_AS_UTF8 } from './export-file-error.ts';
import { ENCRYPTED_REASON, NUL_TAIL, OLE_REASON, UTF32_REASON } from './decode.ts';
import { FOREIGN_TEXT } from './script-pages.ts';
import { MESSAGE_FORMAT_HINT, messageFormatOf } from './message-formats.ts';
import { openSiuTable } from './siu-table.ts';
import { asciiDigitsInPlace } from './other-digits.ts';
import { printedGrid } from './printed-grid.ts';
import { openPrintedTable } from './printed-report.ts';
import { isHtmlPage } from './html-page.ts';
import { kindOfSample, readSample, xmlRootName } from './sniff.ts';
import { TableRows } from './table-rows.ts';
import type { TableInfo } from './table-types.ts';

export interface OpenTableOptions {
  /** Bytes read up front to find encoding, delimiter and header (default 64 KB). */
  sampleBytes?: number;
  /** XML only: path of the record element (e.g. `Appointments/Appointment`); found automatically otherwise. */
  recordPath?: string;
  /** Excel workbooks only (.xlsx, XML Spreadsheet 2003): the sheet the appointments are on, as a person answered once. */
  sheet?: string;
}

/**
 * Open an export. Throws ExportFileError for a file that cannot be read at all; its `rows`
 * may also throw ExportFileError part-way (a quote never closed, a line over 1 MB),
 * after the rows before it were yielded.
 */
export async function openTable(
  file: string,
  opts: OpenTableOptions = {},
): Promise<{ info: TableInfo; rows: TableRows }> {
  const base = path.basename(file);
  const sample = await readSample(file, opts.sampleBytes);
  const kind = kindOfSample(sample);
  if (kind === 'empty') {
    throw fileError(
      base,
      0,
      'the file is empty',
      'The export may still have been writing, or the report found nothing: run the export again.',
    );
  }
  if (kind === 'workbook') {
    // Loaded on demand: the unzip and the XML parser no CSV needs.
    const { openXlsxTable } = await import('./xlsx-reader.ts');
    return openXlsxTable(file, base, opts.sheet);
  }
  if (typeof sample.guess === 'string') {
    throw fileError(
      base,
      0,
      `cannot read this file: ${sample.guess}`,
      sample.guess === UTF32_REASON || sample.guess.startsWith(FOREIGN_TEXT)
        ? SAVE_AS_UTF8
        : sample.guess.startsWith(NUL_TAIL)
          ? 'Copy the export into this folder again once the copy has finished (or export it again from the practice software).'
          : sample.guess === OLE_REASON
            ? 'Open it in Excel and save it as "CSV UTF-8" or "Excel Workbook (.xlsx)" (File › Save As) into this folder.'
            : sample.guess === ENCRYPTED_REASON
              ? 'Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save it again, or save it as "CSV UTF-8".'
              : 'Export the schedule from the practice software as CSV, text or an Excel workbook (not PDF) into this folder.',
    );
  }
  const guess = sample.guess;
  if (kind === 'other-xml' && isHtmlPage(xmlRootName(sample.text), sample.text)) {
    // Loaded on demand, like libxml2 below: an HTML parser no CSV needs.
    const { openHtmlTable } = await import('./html-table-reader.ts');
    return openHtmlTable(file, base, guess);
  }
  if (kind === 'other-xml' || kind === 'appointment-data-xml') {
    // Loaded on demand: libxml2-wasm adds ~160 MB of resident memory the moment it is imported,
    // which a CSV-only run should not pay.
    const { openXmlTable } = await import('./xml-table-reader.ts');
    return openXmlTable(file, guess, opts.recordPath, opts.sheet);
  }

  const message = messageFormatOf(sample.text);
  // An HL7 v2 feed is read when it holds scheduling (SIU) messages, refused otherwise.
  if (message?.hl7) return openSiuTable(file, base, guess);
  if (message?.fhirJson) {
    // Loaded on demand, like the XML reader it hands the resources to (libxml2-wasm).
    const { openFhirJson } = await import('./fhir-json.ts');
    const fhir = await openFhirJson(file, guess, message.what);
    if (fhir) return fhir;
  }
  if (message)
    throw fileError(base, 0, `this is ${message.what}, not a table of appointments`, MESSAGE_FORMAT_HINT);
  // A printed report lined up with spaces, when its columns can be read off it for sure (its
  // digits read first, other scripts' too: other-digits.ts).
  const printed = asciiDigitsInPlace(sample.text);
  const grid = printedGrid(printed);
  if (grid) return openPrintedTable(file, base, guess, { ...sample, text: printed }, grid);
  const layout = detectLayout(sample.text, sample.complete, base);
  if (sample.complete && layout.sampleRows === 0) throw noRowsError(base);
  const info = delimitedInfo(base, layout, guess, sample.lineEnding);
  return { info, rows: new TableRows(delimitedRows(file, info, guess, layout)) };
}
