// Writes a Schedule as an export file in an ExportStyle: the text a scheduling system would
// produce and the bytes on disk. Written by hand (no product code), so the importer is tested
// against an independent idea of what these exports look like.
import {
  HEADERS,
  TITLES,
  type ColumnKind,
  type DateStyle,
  type Encoding,
  type ExportStyle,
} from './export-style.ts';
import type { Schedule, ScheduledAppointment, Ymd } from './schedule.ts';
import { encodeWindows1252 } from './windows-1252.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatDate(d: Ymd, style: DateStyle): string {
  switch (style) {
    case 'YYYY-MM-DD':
      return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
    case 'M/D/YYYY':
      return `${d.month}/${d.day}/${d.year}`;
    case 'MM/DD/YYYY':
      return `${pad2(d.month)}/${pad2(d.day)}/${d.year}`;
    case 'D/M/YYYY':
      return `${d.day}/${d.month}/${d.year}`;
    case 'DD/MM/YYYY':
      return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
    case 'DD.MM.YYYY':
      return `${pad2(d.day)}.${pad2(d.month)}.${d.year}`;
    case 'YYYYMMDD':
      return `${d.year}${pad2(d.month)}${pad2(d.day)}`;
    case 'D-Mon-YY':
      return `${d.day}-${MONTHS[d.month - 1]}-${pad2(d.year % 100)}`;
    case 'Mon D, YYYY':
      return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
  }
}

/** Dates of birth in the file's date style, but always with four-digit years: `8-Dec-26` as a
 *  birth date could be 1926 or 2026 and no rule can know (explore.ts reports that case apart). */
export function formatDob(d: Ymd, style: DateStyle, twoDigitYear = false): string {
  return style === 'D-Mon-YY' && !twoDigitYear
    ? `${d.day}-${MONTHS[d.month - 1]}-${d.year}`
    : formatDate(d, style);
}

export function formatTime(hour: number, minute: number, style: ExportStyle['timeStyle']): string {
  const h12 = hour % 12 || 12;
  const pm = hour >= 12;
  switch (style) {
    case 'HH:mm':
      return `${pad2(hour)}:${pad2(minute)}`;
    case 'HH:mm:ss':
      return `${pad2(hour)}:${pad2(minute)}:00`;
    case 'h:mm AM':
      return `${h12}:${pad2(minute)} ${pm ? 'PM' : 'AM'}`;
    case 'h:mmam':
      return `${h12}:${pad2(minute)}${pm ? 'pm' : 'am'}`;
    case 'h:mma':
      return `${h12}:${pad2(minute)}${pm ? 'p' : 'a'}`;
  }
}

/** The columns this schedule + style write, in the style's order. */
export function columnsOf(schedule: Schedule, style: ExportStyle): ColumnKind[] {
  const present = new Set<ColumnKind>(['dob', 'status']);
  if (style.dateTime === 'two-columns') {
    present.add('date');
    present.add('time');
  } else present.add('dateTime');
  if (style.names === 'split') {
    present.add('lastName');
    present.add('firstName');
  } else present.add('patient');
  if (style.provider) present.add('provider');
  if (schedule.hasAppointmentId) present.add('appointmentId');
  if (schedule.hasPatientId) present.add('patientId');
  return style.columnOrder.filter((k) => present.has(k));
}

function cellOf(a: ScheduledAppointment, kind: ColumnKind, style: ExportStyle): string {
  const p = a.patient;
  switch (kind) {
    case 'date':
      return formatDate(a.date, style.dateStyle);
    case 'time':
      return formatTime(a.hour, a.minute, style.timeStyle);
    case 'dateTime':
      return `${formatDate(a.date, style.dateStyle)} ${formatTime(a.hour, a.minute, style.timeStyle)}`;
    case 'patient':
      return style.names === 'last-comma-first'
        ? `${p.lastName}, ${p.firstName}`
        : `${p.firstName} ${p.lastName}`;
    case 'lastName':
      return p.lastName;
    case 'firstName':
      return p.firstName;
    case 'dob':
      return formatDob(p.dob, style.dateStyle, style.dobTwoDigitYear);
    case 'provider':
      return a.provider;
    case 'status':
      return a.status;
    case 'appointmentId':
      return a.appointmentId ?? '';
    case 'patientId':
      return p.patientId ?? '';
  }
}

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The export's text, before encoding. */
export function exportText(schedule: Schedule, style: ExportStyle): string {
  const cols = columnsOf(schedule, style);
  const d = style.delimiter;
  const line = (cells: string[]): string => cells.map((c) => quote(c, d)).join(d);
  const lines: string[] = [];
  for (const title of TITLES[style.language].slice(0, style.titleLines))
    lines.push(style.padTitles ? line([title, ...cols.slice(1).map(() => '')]) : quote(title, d));
  lines.push(line(cols.map((k) => HEADERS[style.language][k])));
  for (const a of schedule.appointments) lines.push(line(cols.map((k) => cellOf(a, k, style))));
  if (style.footer) lines.push('', `Total: ${schedule.appointments.length}`);
  return lines.map((l) => l + style.lineEnding).join('');
}

export interface WrittenExport {
  text: string;
  bytes: Buffer;
  /** What was really used: Windows-1252 falls back to UTF-8 when a character does not fit. */
  encoding: Encoding;
  /** A file name a system would give it. */
  fileName: string;
}

export function encodeText(text: string, encoding: Encoding): { bytes: Buffer; encoding: Encoding } {
  switch (encoding) {
    case 'utf8':
      return { bytes: Buffer.from(text, 'utf8'), encoding };
    case 'utf8-bom':
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), encoding };
    case 'utf16le-bom':
      return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), encoding };
    case 'windows-1252': {
      const bytes = encodeWindows1252(text);
      return bytes ? { bytes, encoding } : { bytes: Buffer.from(text, 'utf8'), encoding: 'utf8' };
    }
  }
}

export function writeExport(schedule: Schedule, style: ExportStyle): WrittenExport {
  const text = exportText(schedule, style);
  const { bytes, encoding } = encodeText(text, style.encoding);
  const ext = style.delimiter === ',' || style.delimiter === ';' ? 'csv' : 'txt';
  return { text, bytes, encoding, fileName: `appointments.${ext}` };
}
