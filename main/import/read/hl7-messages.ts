// HL7 v2 messages as the standard frames them (v2.5.1 chapter 2, "Message construction rules"):
// segments end with a CR (files saved on Windows or by Mirth's file writer also use LF or CRLF),
// a message starts with its MSH segment, whose MSH-1 and MSH-2 name the separators, and a file may
// wrap its messages in batch envelopes (FHS/BHS … BTS/FTS) or keep the MLLP frame bytes (0x0B
// before, 0x1C after each message) of the connection it was captured from. Values are unescaped
// (\F\ \S\ \T\ \R\ \E\, \.br\, \Xhh\) only once split into components, as the standard requires.

export interface Hl7Separators {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

export interface Hl7Segment {
  name: string;
  /** Physical line of the segment (1-based; CR, LF and CRLF each end one line). */
  line: number;
  /** `fields[n]` is SEG-n as written (escaped); for MSH, `fields[1]` is the field separator. */
  fields: string[];
}

export interface Hl7Message {
  /** 1-based order of the message in the file. */
  number: number;
  /** The MSH segment's line. */
  line: number;
  sep: Hl7Separators;
  segments: Hl7Segment[];
  /** MSH-9 as written, components joined by `^` (`SIU^S12^SIU_S12`). */
  type: string;
  /** MSH-9.1 and MSH-9.2, upper case (`SIU`, `S12`). */
  kind: string;
  event: string;
  /** MSH-10, the sender's message control id. */
  controlId: string;
  /** Lines inside the message that are no segment (a line break inside a field). */
  strayLines: number[];
}

const SEGMENT = /^[A-Z][A-Z0-9]{2}$/;
const BATCH = new Set(['FHS', 'BHS', 'BTS', 'FTS']);
/** MLLP's start block (VT, white space to `\s`) and end block (FS), and white space around. */
const FS = String.fromCharCode(0x1c);
function unframed(line: string): string {
  return line.split(FS).join('').trim();
}

/** The messages of an HL7 v2 text, in file order. Lines outside any message (before the first
 *  MSH, batch envelopes, MLLP bytes) are not part of one. */
export function hl7Messages(text: string): Hl7Message[] {
  const messages: Hl7Message[] = [];
  let current: Hl7Message | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = unframed(lines[i]!);
    if (!raw) continue;
    const name = raw.slice(0, 3);
    if (name === 'MSH') {
      current = startMessage(raw, i + 1, messages.length + 1);
      messages.push(current);
      continue;
    }
    if (BATCH.has(name)) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    const sep = current.sep.field;
    if (SEGMENT.test(name) && (raw.length === 3 || raw[3] === sep))
      current.segments.push({ name, line: i + 1, fields: raw.split(sep) });
    else current.strayLines.push(i + 1);
  }
  return messages;
}

export function startMessage(raw: string, line: number, number: number): Hl7Message {
  const fieldSep = raw[3] ?? '|';
  const rest = raw.slice(4).split(fieldSep);
  const enc = rest[0] ?? '';
  const sep: Hl7Separators = {
    field: fieldSep,
    component: enc[0] ?? '^',
    repetition: enc[1] ?? '~',
    escape: enc[2] ?? '\\',
    subcomponent: enc[3] ?? '&',
  };
  const fields = ['MSH', fieldSep, ...rest];
  const typeParts = (fields[9] ?? '').split(sep.component).map((p) => p.trim());
  return {
    number,
    line,
    sep,
    segments: [{ name: 'MSH', line, fields }],
    type: typeParts.filter(Boolean).join('^'),
    kind: (typeParts[0] ?? '').toUpperCase(),
    event: (typeParts[1] ?? '').toUpperCase(),
    controlId: unescapeHl7(fields[10]?.split(sep.component)[0] ?? '', sep).trim(),
    strayLines: [],
  };
}

/** The first segment of a name in a message. */
export function segmentOf(m: Hl7Message, name: string): Hl7Segment | undefined {
  return m.segments.find((s) => s.name === name);
}

/** A field's repetitions, each split into components, each component into subcomponents, all
 *  unescaped and trimmed. `""` (the standard's "delete this value") reads as empty. */
export function fieldValues(m: Hl7Message, seg: Hl7Segment | undefined, n: number): string[][][] {
  const raw = seg?.fields[n] ?? '';
  if (!raw) return [];
  const { sep } = m;
  return raw.split(sep.repetition).map((rep) =>
    rep.split(sep.component).map((comp) =>
      comp.split(sep.subcomponent).map((sub) => {
        const v = unescapeHl7(sub, sep).trim();
        return v === '""' ? '' : v;
      }),
    ),
  );
}

/** One component (1-based) of a field's first repetition, its first subcomponent. */
export function componentOf(m: Hl7Message, seg: Hl7Segment | undefined, n: number, c = 1): string {
  return fieldValues(m, seg, n)[0]?.[c - 1]?.[0] ?? '';
}

/** HL7 escape sequences (v2.5.1 §2.7): separators, line breaks and hexadecimal bytes. Formatting
 *  and character-set switches (\H\ \N\ \.sp\ \Cxxyy\ …) carry no letters and are dropped. */
export function unescapeHl7(value: string, sep: Hl7Separators): string {
  const esc = sep.escape;
  if (!esc || !value.includes(esc)) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const ch = value[i]!;
    const end = ch === esc ? value.indexOf(esc, i + 1) : -1;
    if (end < 0) {
      out += ch;
      i++;
      continue;
    }
    const code = value.slice(i + 1, end);
    out += escaped(code, sep);
    i = end + 1;
  }
  return out;
}

function escaped(code: string, sep: Hl7Separators): string {
  switch (code) {
    case 'F':
      return sep.field;
    case 'S':
      return sep.component;
    case 'T':
      return sep.subcomponent;
    case 'R':
      return sep.repetition;
    case 'E':
      return sep.escape;
    case '.br':
      return ' ';
  }
  if (/^X(?:[0-9A-Fa-f]{2})+$/.test(code)) {
    const bytes = Buffer.from(code.slice(1), 'hex');
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    try {
      return utf8.decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  }
  return code.startsWith('.') ? ' ' : '';
}
