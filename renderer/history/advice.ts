// Plain words for everything that can go wrong with a job, each with WHAT TO DO. Our own row
// errors already carry a hint; Medfusion's (and the sandbox's) answers are terse codes and
// HTTP statuses, so they are matched here to advice a front-desk manager can act on.
import type { BatchRecord, JobDetails, RowError } from '../shared/types.ts';

export interface AdviceItem {
  /** Where: "Line 14, column 'Date'" or "Appointment 501" or "Batch 1". */
  where: string;
  /** What happened, in plain words. */
  what: string;
  /** What to do. */
  todo: string;
  /** The server's own words, shown small for support calls. */
  detail?: string;
}

interface Rule {
  test: RegExp;
  what: string;
  todo: string;
}

// Medfusion publishes few of its texts (see docs/medfusion-api.md); these cover the ones seen in
// its own tests and the sandbox's, plus the generic shapes.
const SERVER_TEXT_RULES: Rule[] = [
  {
    test: /deactivat|inactive/i,
    what: 'The patient is deactivated in the patient portal.',
    todo: 'Reactivate the patient in the portal, or check that the export uses the right patient id; then press Retry.',
  },
  {
    test: /never received with\s+Status NEW|NOT_FOUND|not found|unknown appointment/i,
    what: 'Medfusion has no earlier copy of this appointment, so it cannot change or cancel it.',
    todo: 'Export the appointment again while it is still booked (so it is sent as new), or ignore this if it was created and cancelled before the connector was installed.',
  },
  {
    test: /patient/i,
    what: 'Medfusion could not match the patient.',
    todo: 'Check that the patient id in the export is the same one the portal uses for this patient.',
  },
  {
    test: /APPNT_CORE_SRV|Bad Request|invalid|schema/i,
    what: 'Medfusion found something wrong in this appointment’s data.',
    todo: 'Check the appointment in your scheduling software (date, time, provider, location), save it, and export again. If it keeps failing, give the DataJobId to Medfusion support.',
  },
];

const GENERIC_SERVER: Omit<Rule, 'test'> = {
  what: 'Medfusion could not process this appointment.',
  todo: 'Check the appointment in your scheduling software and export again. If it keeps failing, give the DataJobId below to Medfusion support.',
};

export function adviceForServerText(text: string): { what: string; todo: string } {
  const rule = SERVER_TEXT_RULES.find((r) => r.test.test(text));
  return rule ? { what: rule.what, todo: rule.todo } : GENERIC_SERVER;
}

export function adviceForStatus(status: number): { what: string; todo: string } {
  if (status === 401 || status === 403) {
    return {
      what: `Medfusion refused the sign-in (HTTP ${status}).`,
      todo: 'Open Settings, enter the practice’s app token, username and password again and press Test connection. Then press Retry.',
    };
  }
  if (status === 404) {
    return {
      what: 'Medfusion does not know this practice id or address (HTTP 404).',
      todo: 'Open Settings and check the practice id (from Medfusion) and the environment (demo or production). Then press Retry.',
    };
  }
  if (status === 408 || status === 429 || status >= 500) {
    return {
      what: `Medfusion was busy or unreachable (HTTP ${status}).`,
      todo: 'Nothing: the connector tries again by itself. If this stays for hours, check the internet connection.',
    };
  }
  return {
    what: `Medfusion refused the file (HTTP ${status}).`,
    todo: 'Export the file again from your scheduling software. If it is refused again, send the file name and time to your integration engineer.',
  };
}

function rowWhere(e: RowError): string {
  const parts = [e.line > 0 ? `Line ${e.line}` : 'Whole file'];
  if (e.column) parts.push(`column ‘${e.column}’`);
  return parts.join(', ');
}

export function adviceForRowError(e: RowError): AdviceItem {
  const value = e.value !== undefined ? ` (value ‘${e.value}’)` : '';
  return { where: rowWhere(e), what: `${e.message}${value}`, todo: e.hint };
}

function batchAdvice(b: BatchRecord): AdviceItem[] {
  const items: AdviceItem[] = [];
  const label = `Batch ${b.index + 1}`;
  if (b.httpStatus !== undefined && (b.httpStatus < 200 || b.httpStatus >= 300)) {
    items.push({ where: label, ...adviceForStatus(b.httpStatus), detail: b.serverText });
  }
  for (const [appointmentId, o] of Object.entries(b.outcomes ?? {})) {
    if (o.state !== 'ERROR') continue;
    const text = o.error ?? '';
    items.push({
      where: `Appointment ${appointmentId}`,
      ...adviceForServerText(text),
      detail: text || undefined,
    });
  }
  return items;
}

/** Everything a person must know about a job, our row errors first (they are fixable at home). */
export function adviceForJob(job: JobDetails): AdviceItem[] {
  return [...job.rowErrors.map(adviceForRowError), ...job.batches.flatMap(batchAdvice)];
}
