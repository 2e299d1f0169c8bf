// Turns one libxml2 XML-Schema error into an XmlProblem a front-desk manager can act on:
// which appointment (by AppointmentId), which element, what is wrong, what to do. libxml2's own
// text is kept in `raw`. The element order used for "missing, expected after …" comes from the
// XSD (appointment-data-schema.ts), never from a second hand-written list.

import { XmlElement } from 'libxml2-wasm';
import type { ErrorDetail } from 'libxml2-wasm';
import { APPOINTMENT_DATA_NS } from './appointment-data-xsd.ts';
import type { ChildSlot } from './appointment-data-schema.ts';
import { childElements, textOf } from './safe-xml.ts';
import type { XmlProblem } from './xml-problem.ts';

export interface ProblemContext {
  root: XmlElement;
  childOrder: Map<string, ChildSlot[]>;
}

const LAYOUT_HINT =
  "Compare the file with the AppointmentData v1 layout (README, 'AppointmentData and validation')";

function stripNs(name: string): string {
  return name.replace(/^\{[^}]*\}/, '');
}

/** Follows libxml2's node path (`/ns2:AppointmentData/Appointments[2]/Patient`) by local name. */
function resolvePath(root: XmlElement, xpath: string | undefined): XmlElement | undefined {
  if (!xpath) return undefined;
  const steps = xpath.split('/').filter(Boolean);
  let cur: XmlElement | undefined;
  for (const [i, step] of steps.entries()) {
    const m = /^(?:[\w.-]+:)?([\w.-]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) return undefined; // e.g. `*[name()=…]` for default-namespace documents: use the line
    const [, name, idx] = m;
    if (i === 0) {
      if (root.name !== name) return undefined;
      cur = root;
      continue;
    }
    cur = childElements(cur!).filter((c) => c.name === name)[Number(idx ?? 1) - 1];
    if (!cur) return undefined;
  }
  return cur;
}

interface AppointmentRef {
  id?: string;
  /** 1-based position among the document's <Appointments>. */
  index: number;
}

function enclosingAppointment(
  ctx: ProblemContext,
  node: XmlElement | undefined,
  line: number,
): AppointmentRef | undefined {
  const appts = childElements(ctx.root, 'Appointments');
  let hit: XmlElement | undefined;
  if (node) {
    for (let n: XmlElement | null = node; n; n = n.parent) if (n.name === 'Appointments') hit = n;
  } else {
    // No node path: the last <Appointments> that starts at or before the error line.
    for (const a of appts) if (a.line <= line) hit = a;
  }
  if (!hit) return undefined;
  const id = textOf(hit, 'AppointmentId');
  return { id: id || undefined, index: appts.findIndex((a) => a.isSameNode(hit)) + 1 };
}

function quoteList(names: string[]): string {
  return names.map((n) => `'${n}'`).join(' or ');
}

interface Described {
  element?: string;
  message: string;
  hint: string;
}

/** "This element is not expected" — missing, out of order, repeated or unknown. */
function describeUnexpected(
  ctx: ProblemContext,
  el: string,
  expected: string[],
  node?: XmlElement,
): Described {
  const parent = node?.parent ?? undefined;
  const seq = parent ? ctx.childOrder.get(parent.name) : undefined;
  const order = seq ? ` The order inside <${parent!.name}> is: ${seq.map((s) => s.name).join(', ')}.` : '';
  let prevEl: XmlElement | undefined;
  for (let p = node?.prev; p; p = p.prev) {
    if (p instanceof XmlElement) {
      prevEl = p;
      break;
    }
  }
  const after = prevEl ? `after '${prevEl.name}'` : `at the start of '${parent?.name ?? 'the document'}'`;
  if (expected.length === 1 && expected[0] === el) {
    return {
      element: el,
      message: `element '${el}' is in a namespace, but only the root element may be`,
      hint: `Write the root as <ns2:AppointmentData xmlns:ns2="${APPOINTMENT_DATA_NS}"> and every other element without a prefix or namespace.`,
    };
  }
  if (!seq || !seq.some((s) => s.name === el)) {
    return {
      element: el,
      message: `element '${el}' is not allowed here${expected.length ? ` (expected ${quoteList(expected)} ${after})` : ''}`,
      hint: `Remove <${el}> or rename it to the expected element.${order || ` ${LAYOUT_HINT}.`}`,
    };
  }
  const missing = expected.find((n) => seq.find((s) => s.name === n)?.required) ?? expected[0];
  if (!missing) {
    return {
      element: el,
      message: `element '${el}' is not allowed ${after} (repeated or out of order)`,
      hint: `Each element may appear once, in order.${order}`,
    };
  }
  const posOf = (n: string): number => seq.findIndex((s) => s.name === n);
  const later = node
    ? childElements(parent!).slice(childElements(parent!).findIndex((c) => c.isSameNode(node)))
    : [];
  if (later.some((c) => c.name === missing)) {
    return {
      element: missing,
      message: `elements out of order: '${missing}' must come before '${el}'`,
      hint: `Move <${missing}> before <${el}>.${order}`,
    };
  }
  if (posOf(el) < posOf(missing)) {
    return {
      element: el,
      message: `element '${el}' is repeated or out of order ${after} (expected ${quoteList(expected)})`,
      hint: `Each element may appear once, in order.${order}`,
    };
  }
  return {
    element: missing,
    message: `element '${missing}' is missing (expected ${after}, before '${el}')`,
    hint: `Add <${missing}> with a value.${order}`,
  };
}

function describeFacet(el: string, what: string, body: string): Described | undefined {
  let m: RegExpExecArray | null;
  // Required text collapses whitespace first, so blank and empty both fail minLength 1.
  if (/\[facet 'minLength'\] The value has a length of '0'/.test(body)) {
    return {
      element: el,
      message: `${what} is empty`,
      hint: `Fill in '${el}' in the scheduling system; Medfusion requires it.`,
    };
  }
  if (
    (m =
      /\[facet 'maxLength'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'/.exec(
        body,
      ))
  ) {
    return {
      element: el,
      message: `${what} is too long (${m[1]} characters, at most ${m[2]} allowed)`,
      hint: `Shorten '${el}' to ${m[2]} characters or fewer in the scheduling system.`,
    };
  }
  if (
    (m = /\[facet 'enumeration'\] The value '([^']*)' is not an element of the set \{([^}]*)\}/.exec(body))
  ) {
    const allowed = m[2]!.replace(/'/g, '');
    return {
      element: el,
      message: `${what} has the value '${m[1]}', which is not allowed`,
      hint: `Use one of: ${allowed}.`,
    };
  }
  if ((m = /\[facet 'minInclusive'\] The value '([^']*)' is less than/.exec(body))) {
    return { element: el, message: `${what} is negative ('${m[1]}')`, hint: 'Amounts must be 0 or more.' };
  }
  if ((m = /\[facet 'pattern'\] The value '([^']*)' is not accepted by the pattern '(.*)'/.exec(body))) {
    if (m[2]!.includes('[0-9a-fA-F]{8}')) {
      return {
        element: el,
        message: `${what} value '${m[1]}' is not a practice integration id (a UUID)`,
        hint: 'Use the practice integration id Medfusion issued, e.g. 1c7ecf9f-9700-4e70-b976-9356db658274 (check the practice settings).',
      };
    }
    if (m[2]!.includes('(Z|')) {
      return {
        element: el,
        message: `${what} value '${m[1]}' has no UTC offset`,
        hint: 'Write the local time with its offset, e.g. 2026-12-01T07:45:00-08:00.',
      };
    }
  }
  if ((m = /^'([^']*)' is not a valid value of the atomic type '([^']*)'/.exec(body))) {
    const type = m[2]!;
    if (m[1]!.trim() === '')
      return { element: el, message: `${what} is empty`, hint: `Fill in '${el}'; Medfusion requires it.` };
    if (type.endsWith('dateTime') || type.endsWith('DateTimeWithOffset')) {
      return {
        element: el,
        message: `${what} value '${m[1]}' is not a valid date and time`,
        hint: 'Write it as YYYY-MM-DDThh:mm:ss with an optional zone, e.g. 2026-12-21T17:30:00Z.',
      };
    }
    if (type.endsWith('decimal') || type.endsWith('Amount')) {
      return {
        element: el,
        message: `${what} value '${m[1]}' is not an amount`,
        hint: 'Write a plain number like 23 or 23.50 (no currency sign).',
      };
    }
  }
  return undefined;
}

/** Describes one libxml2 schema error; `key` lets the caller drop libxml2's duplicate reports. */
export function describeSchemaError(detail: ErrorDetail, ctx: ProblemContext): XmlProblem & { key: string } {
  const raw = detail.message.trim();
  const node = resolvePath(ctx.root, detail.xpath);
  const appt = enclosingAppointment(ctx, node, detail.line);
  const who = appt
    ? appt.id
      ? `Appointment ${appt.id}: `
      : `Appointment #${appt.index} (no AppointmentId): `
    : '';
  const base = { line: detail.line, ...(appt?.id ? { appointmentId: appt.id } : {}), raw };
  const key = `${detail.xpath ?? detail.line}`;

  const m = /^Element '([^']+)'(?:, attribute '([^']+)')?: ([\s\S]*)$/.exec(raw);
  if (!m) return { ...base, key: key + raw, message: `${who}${raw}`, hint: `${LAYOUT_HINT}.` };
  const el = stripNs(m[1]!);
  const attr = m[2];
  const body = m[3]!;
  let d: Described | undefined;
  let e: RegExpExecArray | null;
  if (/No matching global declaration available for the validation root/.test(body)) {
    const ns = /^\{([^}]*)\}/.exec(m[1]!)?.[1];
    d = {
      element: el,
      message: `the root element is '${el}'${ns ? ` in namespace '${ns}'` : ' without a namespace'}, not AppointmentData v1`,
      hint: `The root must be <AppointmentData> in namespace ${APPOINTMENT_DATA_NS}, e.g. <ns2:AppointmentData xmlns:ns2="${APPOINTMENT_DATA_NS}">.`,
    };
  } else if ((e = /This element is not expected\.(?: Expected is (?:one of )?\( ([^)]*) \))?/.exec(body))) {
    const expected = (e[1] ?? '')
      .split(',')
      .map((s) => stripNs(s.trim()))
      .filter(Boolean);
    d = describeUnexpected(ctx, el, expected, node);
  } else if ((e = /Missing child element\(s\)\. Expected is (?:one of )?\( ([^)]*) \)/.exec(body))) {
    const expected = e[1]!.split(',').map((s) => stripNs(s.trim()));
    const last = node ? childElements(node).at(-1) : undefined;
    const seq = ctx.childOrder.get(el);
    d = {
      element: expected[0],
      message: `element '${expected[0]}' is missing in '${el}'${last ? ` (expected after '${last.name}')` : ''}`,
      hint: `Add <${expected[0]}> with a value.${seq ? ` The order inside <${el}> is: ${seq.map((s) => s.name).join(', ')}.` : ''}`,
    };
  } else if ((e = /The attribute '([^']+)' is required but missing/.exec(body))) {
    d = {
      element: el,
      message: `attribute '${e[1]}' of '${el}' is missing`,
      hint: `Add ${e[1]}="…" to <${el}>.`,
    };
  } else {
    d = describeFacet(el, attr ? `attribute '${attr}' of '${el}'` : `element '${el}'`, body);
  }
  d ??= { element: el, message: `element '${el}': ${body.replace(/\.$/, '')}`, hint: `${LAYOUT_HINT}.` };
  return {
    ...base,
    key: `${key}|${attr ?? ''}`,
    element: d.element,
    message: `${who}${d.message}`,
    hint: d.hint,
  };
}
