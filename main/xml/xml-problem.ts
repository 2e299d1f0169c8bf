// One problem found in an XML document (security refusal, syntax error or schema violation),
// phrased for the person who must fix it, with libxml2's own words kept for the engineer.

export interface XmlProblem {
  /** 1-based line in the document; 0 when it concerns the whole document. */
  line: number;
  /** AppointmentId of the enclosing <Appointments>, when known and non-empty. */
  appointmentId?: string;
  /** Local name of the element the problem is about (e.g. the missing one). */
  element?: string;
  /** What is wrong, in plain words ("Appointment 123452: element 'Description' is missing …"). */
  message: string;
  /** What to do about it. */
  hint: string;
  /** libxml2's original text, unchanged (for support and the history window). */
  raw?: string;
}

/** `file, line N: message. hint` — one line for logs, CLI output and the history window. */
export function formatXmlProblem(p: XmlProblem, fileName?: string): string {
  const where = [fileName, p.line ? `line ${p.line}` : ''].filter(Boolean).join(', ');
  return `${where ? `${where}: ` : ''}${p.message}. ${p.hint}`;
}
