// A web service's answer saved into the folder as it came: a SOAP envelope whose Body carries a
// Fault is the service saying the call failed (a session expired, a timeout, a query cut short).
// Records written before the Fault are what the service had read when it stopped, not the
// practice's list: read as a table they went to the portal as if whole (red team 57d). The Fault
// stands at the Body (SOAP 1.1 and 1.2), or inside the operation's response where a vendor's
// service writes its own; either way the file is refused with the service's own words.
import { XmlElement } from 'libxml2-wasm';
import { childElements, firstElement } from './xml-elements.ts';

const SOAP_ENVELOPES = new Set([
  'http://schemas.xmlsoap.org/soap/envelope/',
  'http://www.w3.org/2003/05/soap-envelope',
]);

/** The Fault of a SOAP envelope (at its Body or one level down), if `root` is one that has it. */
export function soapFault(root: XmlElement): { line: number; words: string } | undefined {
  if (root.name !== 'Envelope' || !SOAP_ENVELOPES.has(root.namespaceUri)) return undefined;
  for (const body of childElements(root, 'Body'))
    for (const el of [body, ...childElements(body)]) {
      const fault = firstElement(el, 'Fault');
      if (fault) return { line: fault.line, words: faultWords(fault) };
    }
  return undefined;
}

/** What the Fault says: SOAP 1.1's faultstring, SOAP 1.2's Reason/Text, else its text. */
function faultWords(fault: XmlElement): string {
  const reason = firstElement(fault, 'faultstring') ?? firstElement(firstElement(fault, 'Reason'), 'Text');
  return (reason ?? fault).content.replace(/\s+/g, ' ').trim().slice(0, 200);
}
