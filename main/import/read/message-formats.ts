// Files that are text but no table: an interface message or a calendar saved into the folder
// (an HL7 v2 feed written to .txt, read when it holds SIU messages; an X12 or EDIFACT interchange, an iCalendar or vCard export,
// a JSON API response such as a FHIR Bundle). Read as delimited text, the HL7 segments split at
// `|` and JSON at its commas: the file was refused as having no header row or no appointment rows,
// which sent the practice looking for a missing header. Each is recognised by how its standard
// says it must begin, and refused naming what it is.

export interface MessageFormat {
  /** What the file is, in plain words (`an HL7 v2 message (SIU^S12)`). */
  what: string;
  /** HL7 v2, as text or in XML: its scheduling (SIU) messages are read (read/siu-table.ts), the
   *  others not. */
  hl7?: true;
  /** FHIR resources in JSON: their Appointments are read as FHIR XML's are (read/fhir-json.ts). */
  fhirJson?: true;
}

/** HL7 v2: a message starts with its MSH segment (a batch with FHS or BHS), the field separator
 *  fourth; the vertical tab MLLP framing puts before it is white space, trimmed first. */
const HL7_V2 = /^(MSH|FHS|BHS)([|^~\\&!#])/;
/** X12: the interchange header ISA, its element separator fourth, then the two-digit qualifier. */
const X12 = /^ISA([*|^~:!])\d\d\1/;
/** UN/EDIFACT: the service string advice UNA or the interchange header UNB. */
const EDIFACT = /^UN(?:A[:+.? ']|B\+)/;
const ICALENDAR = /^BEGIN:(VCALENDAR|VEVENT)\b/i;
const VCARD = /^BEGIN:VCARD\b/i;
/** JSON: an object whose first key or end follows, or an array of objects, arrays or strings. A
 *  CSV header never begins so (`[Appt ID],[Patient]` is a bracketed column name). */
const JSON_START = /^(?:\{\s*(?:"|\})|\[\s*(?:\{|\[|"|\]))/;
const RTF = /^\{\\rtf/;

/** What message or document format the text of a file is, or undefined when it may be a table. */
export function messageFormatOf(text: string): MessageFormat | undefined {
  const start = text.replace(/^\s+/, '');
  const hl7 = HL7_V2.exec(start);
  if (hl7) {
    const fields = start.split(/[\r\n]/, 1)[0]!.split(hl7[2]!);
    const type = hl7[1] === 'MSH' ? fields[8]?.trim() : undefined;
    return { what: `an HL7 v2 message${type ? ` (${type})` : ''}`, hl7: true };
  }
  if (X12.test(start)) return { what: 'an X12 EDI interchange' };
  if (EDIFACT.test(start)) return { what: 'an EDIFACT interchange' };
  if (ICALENDAR.test(start)) return { what: 'an iCalendar (.ics) calendar' };
  if (VCARD.test(start)) return { what: 'a vCard (contact card)' };
  if (RTF.test(start)) return { what: 'a Word or RTF document' };
  if (JSON_START.test(start)) {
    const fhir = /"resourceType"\s*:\s*"([A-Za-z]+)"/.exec(start);
    // 'an Appointment', 'an Encounter'; 'a Bundle', 'a Patient'.
    const article = fhir && /^[AEIOU]/.test(fhir[1]!) ? 'an' : 'a';
    return fhir
      ? { what: `FHIR JSON (${article} ${fhir[1]} resource)`, fhirJson: true }
      : { what: 'JSON data' };
  }
  return undefined;
}

/** XML of the health-data standards, by the root's namespace: records of their own shape (FHIR's
 *  `<participant>`s, CDA's sections), not a table of appointments. */
const XML_STANDARDS: ReadonlyMap<string, string> = new Map([
  ['http://hl7.org/fhir', 'FHIR XML'],
  ['urn:hl7-org:v3', 'an HL7 v3 or CDA document'],
  ['urn:hl7-org:v2xml', 'an HL7 v2 message in XML'],
]);

/** What standard an XML file's root says it is written in, or undefined. */
export function xmlStandardOf(rootName: string, namespaceUri: string): MessageFormat | undefined {
  const what = XML_STANDARDS.get(namespaceUri);
  return what
    ? {
        what:
          namespaceUri === 'http://hl7.org/fhir'
            ? `${what} (${/^[AEIOU]/.test(rootName) ? 'an' : 'a'} ${rootName} resource)`
            : what,
      }
    : undefined;
}

/** What to do instead, for every such file. */
export const MESSAGE_FORMAT_HINT =
  'The connector reads a scheduling report with one row per appointment: CSV, tab-delimited text or XML with column names. Export the appointment list or report from the practice software into this folder instead (interface messages, API responses and calendars are not read).';
