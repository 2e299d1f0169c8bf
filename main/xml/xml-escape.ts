// Escaping for the AppointmentData writer. Text: & < > (and CR, which XML parsers would
// otherwise turn into LF). Attributes: also " and TAB/LF/CR, which attribute-value
// normalization would turn into spaces. Characters XML 1.0 forbids (most C0 controls, lone
// surrogates, U+FFFE/U+FFFF) are dropped: they cannot be written at all, and they never carry
// meaning in scheduling data. The common case (nothing to do) costs one regex test.

// Anything that needs work, in text or attributes; the surrogate range is checked precisely below.
// Control characters are the point of these two patterns.
/* eslint-disable no-control-regex */
const SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const TEXT_ESC = /[&<>\r]/g;
const ATTR_ESC = /[&<>"\t\n\r]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};
const toEntity = (c: string): string => ENTITY[c]!;

/** True when `value` needs cleaning or escaping (the common answer is false). */
export function needsXmlWork(value: string): boolean {
  return SPECIAL.test(value);
}

/**
 * `!needsXmlWork(value)`, by a loop over the characters instead of the SPECIAL regex: the same
 * set (every C0 control, & < > ", any surrogate, U+FFFE, U+FFFF). Used where many short values
 * are asked in a row (the writer's cleanAppointment); a test compares the two on every
 * character.
 */
export function plainXmlText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x26 || c === 0x3c || c === 0x3e) return false;
    if (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) return false;
  }
  return true;
}

/** `value` without the characters XML 1.0 cannot carry. */
export function cleanXmlChars(value: string): string {
  return SPECIAL.test(value) ? value.replace(INVALID, '') : value;
}

/** Escapes already-cleaned text for element content. */
export function escapeText(clean: string): string {
  return SPECIAL.test(clean) ? clean.replace(TEXT_ESC, toEntity) : clean;
}

/** Escapes already-cleaned text for a double-quoted attribute value. */
export function escapeAttr(clean: string): string {
  return SPECIAL.test(clean) ? clean.replace(ATTR_ESC, toEntity) : clean;
}
