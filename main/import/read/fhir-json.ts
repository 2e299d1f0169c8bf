// FHIR resources saved as JSON: an API's answer written to a file (a Bundle of Appointments, as an
// EHR's FHIR search returns it, or one Appointment). FHIR gives one resource two spellings
// (https://hl7.org/fhir/R4/json.html and https://hl7.org/fhir/R4/xml.html): a JSON property is an
// element of the same name, an array repeats the element, a primitive is the element's `value`
// attribute, and a resource inside another (Bundle.entry.resource, contained) is an element named
// by its resourceType. The JSON is written out as that XML and read by fhir-appointments.ts, so
// both spellings go by one set of rules: a patient named only by a reference refuses the file,
// proposed and pending are no booking yet, a start without its offset is a row error.
//
// Each Appointment's start tag is put on the line of its `"resourceType": "Appointment"` in the
// JSON, so a row error names the line the practice sees in the file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseXmlSafely, XmlSecurityError, XmlSyntaxError } from '../../xml/safe-xml.ts';
import type { EncodingGuess } from './decode.ts';
import { decodeText } from './sniff.ts';
import { fileError } from './export-file-error.ts';
import { openFhirAppointments } from './fhir-appointments.ts';
import { MESSAGE_FORMAT_HINT } from './message-formats.ts';
import type { TableRows } from './table-rows.ts';
import type { TableInfo } from './table-types.ts';

const FHIR_NS = 'http://hl7.org/fhir';
/** The size cap of the XML reader (xml-table-reader.ts): the file is parsed whole. */
const MAX_JSON_BYTES = 100 * 1024 * 1024;
/** A JSON key that can be an XML element name. FHIR's are (`valueString`, `minutesDuration`);
 *  `_start` (a primitive's extensions) and `fhir_comments` carry nothing an appointment needs. */
const ELEMENT_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** XML attribute text; a line break as a character reference, so the XML keeps the JSON's lines. */
const escaped = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');

/** The 1-based line of each `"resourceType": "Appointment"` in the JSON text, in order. A quote
 *  inside a string is written `\"`, so narrative text cannot match. */
function appointmentLines(text: string): number[] {
  const lines: number[] = [];
  const re = /"resourceType"\s*:\s*"Appointment"/g;
  let line = 1;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (; at < m.index; at++) if (text.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return lines;
}

/** The JSON as FHIR XML, or undefined when it is no FHIR resource. */
export function fhirJsonAsXml(text: string): string | undefined {
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
  if (!isObject(json) || typeof json['resourceType'] !== 'string') return undefined;
  const starts = appointmentLines(text);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let line = 1;
  let appointment = 0;

  const resource = (r: JsonObject): void => {
    const name = String(r['resourceType']);
    if (!ELEMENT_NAME.test(name)) return;
    if (name === 'Appointment') {
      const target = starts[appointment++] ?? line;
      for (; line < target; line++) out.push('\n');
    }
    out.push(`<${name} xmlns="${FHIR_NS}">`);
    for (const [key, value] of Object.entries(r)) if (key !== 'resourceType') element(key, value);
    out.push(`</${name}>`);
  };

  const element = (name: string, value: Json): void => {
    if (!ELEMENT_NAME.test(name) || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) element(name, item);
    } else if (isObject(value)) {
      out.push(`<${name}>`);
      if (typeof value['resourceType'] === 'string') resource(value);
      else for (const [key, v] of Object.entries(value)) element(key, v);
      out.push(`</${name}>`);
    } else {
      out.push(`<${name} value="${escaped(String(value))}"/>`);
    }
  };

  resource(json);
  return out.join('');
}

/** A FHIR JSON file's Appointments as rows; undefined when it holds none (or is no FHIR resource),
 *  for the caller's refusal naming what the file is. A file whose appointments name their
 *  patient only by a reference is refused here, saying so. */
export async function openFhirJson(
  file: string,
  guess: EncodingGuess,
  what: string,
): Promise<{ info: TableInfo; rows: TableRows } | undefined> {
  const base = path.basename(file);
  const { size } = await fs.stat(file);
  if (size > MAX_JSON_BYTES) return undefined;
  const bytes = (await fs.readFile(file)).subarray(guess.bomLength);
  const xml = fhirJsonAsXml(decodeText(bytes, guess.encoding));
  if (xml === undefined) return undefined;
  let doc;
  try {
    doc = parseXmlSafely(xml, base);
  } catch (e) {
    // Written here from parsed JSON, so this is not expected; the file is refused as before.
    if (e instanceof XmlSecurityError || e instanceof XmlSyntaxError) return undefined;
    throw e;
  }
  const fhir = openFhirAppointments(doc.root, base, guess.encoding);
  if (!fhir) return undefined;
  if ('refused' in fhir)
    throw fileError(
      base,
      0,
      `this is ${what}, not a table of appointments: ${fhir.refused}`,
      MESSAGE_FORMAT_HINT,
    );
  return fhir;
}
