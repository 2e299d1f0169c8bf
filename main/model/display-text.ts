// Text that came from an export (a file name, a cell value, a header) is shown to people: in the
// console, the log, error reports, the history and notifications. An export can hold anything, so
// before it is shown, terminal escape sequences (which can clear a screen, rewrite a line, set the
// window title or hide text) and other control characters are taken out, and bidirectional
// overrides (which make text read differently from what it is) too. One function for all of it;
// the output boundaries call it, so no single caller can forget.

/** ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC/SOS (… BEL or ESC \), or ESC + one char. */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[\s\S]?)/g;
/** The 8-bit CSI and OSC forms. */
// eslint-disable-next-line no-control-regex
const C1_SEQUENCE = /\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x9c]*(?:\x07|\x9c)?/g;
/** Line breaks and tabs: become one space in a one-line text. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Every other control character (C0, DEL, C1) and the bidi embedding/override/isolate marks. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of text from an export, safe to print. `max` (optional) shortens it to that many
 * characters with "…" so a 10 MB cell never becomes a 10 MB message.
 */
export function displayText(value: string, max?: number): string {
  const clean = stripSequences(value).replace(BREAKS, ' ').replace(CONTROLS, '');
  return max !== undefined && clean.length > max ? `${clean.slice(0, Math.max(0, max - 1))}…` : clean;
}

/** Several lines (a report the connector composed, with export text inside): line breaks stay. */
export function displayLines(value: string): string {
  return stripSequences(value)
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROLS, '');
}

function stripSequences(value: string): string {
  // Fast path: nearly every text is plain.
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(value)) return value;
  return value.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '');
}
