// Owns where our AppointmentData v1 XSD sits at run time and its text, without libxml2: the
// namespace and the file are needed by the writer and by the cache of certified shapes
// (certified-shapes-cache.ts), which must not load libxml2 just to find out whether they need it.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const APPOINTMENT_DATA_NS = 'http://schema.medfusion.com/appointmentsdata/v1';
export const XSD_FILE_NAME = 'appointment-data-v1.xsd';

/**
 * Places the XSD may sit relative to this module: next to the source (CLI, tests) in
 * `schema/`, or copied flat / into `schema/` beside a bundled main file. A bundle must ship the
 * .xsd file alongside (e.g. copy `main/xml/schema/*.xsd` into the bundle's folder).
 */
function candidateUrls(): URL[] {
  return [
    new URL(`./schema/${XSD_FILE_NAME}`, import.meta.url),
    new URL(`./${XSD_FILE_NAME}`, import.meta.url),
    new URL(`./xml/schema/${XSD_FILE_NAME}`, import.meta.url),
  ];
}

let xsdText: string | undefined;

/** The text of our AppointmentData v1 XSD (read once). */
export function getAppointmentDataXsd(): string {
  if (xsdText !== undefined) return xsdText;
  const tried: string[] = [];
  for (const url of candidateUrls()) {
    const p = url.protocol === 'file:' ? fileURLToPath(url) : url.href;
    tried.push(p);
    if (url.protocol === 'file:' && fs.existsSync(p)) {
      xsdText = fs.readFileSync(p, 'utf8');
      return xsdText;
    }
  }
  throw new Error(
    `The AppointmentData schema file ${XSD_FILE_NAME} was not found (looked in: ${tried.join(', ')}). ` +
      'The installation is incomplete: reinstall the app, or copy main/xml/schema/ next to the bundle.',
  );
}
