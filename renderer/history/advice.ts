// Plain words for everything that can go wrong with a job, each with WHAT TO DO, grouped by kind:
// 120 rows with the same unreadable date are ONE problem ("‘Date’ not readable — 120 rows, lines
// 4, 9, 12 …") with its first few lines, not 120 copies of the same advice. Our own row errors
// already carry a hint; Medfusion's (and the sandbox's) answers are terse codes and HTTP statuses,
// matched here to advice a front-desk manager can act on. Codes and the server's own words go to
// `technical`, which the window keeps under *Technical details*.
import type { BatchRecord, JobDetails, RowError } from '../shared/types.ts';

/** One kind of problem in a file, with how many rows or appointments have it. */
export interface ProblemGroup {
  key: string;
  /** What is wrong, in plain words: "‘Date’ not readable". */
  title: string;
  count: number;
  unit: 'row' | 'appointment' | 'batch';
  /** Where, shortened: "lines 4, 9, 12 …" or "appointments 501, 502 …". */
  where: string;
  /** The first few cases with their own words (value, exact reason). */
  examples: string[];
  /** What to do, once for the whole group. */
  todo: string;
  /** HTTP codes and the server's own words, for a support call (not for the front desk). */
  technical: string[];
}

const SHOWN_PLACES = 8;
const SHOWN_EXAMPLES = 3;

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
      what: 'Medfusion refused the sign-in.',
      todo: 'Open Settings, enter the practice’s app token, username and password again and press Test connection. Then press Retry.',
    };
  }
  if (status === 404) {
    return {
      what: 'Medfusion does not know this practice.',
      todo: 'Open Settings and check the practice id (from Medfusion) and the environment (demo or production). Then press Retry.',
    };
  }
  if (status === 408 || status === 429 || status >= 500) {
    return {
      what: 'Medfusion was busy or could not be reached.',
      todo: 'Nothing: the connector tries again by itself. If this stays for hours, check the internet connection.',
    };
  }
  return {
    what: 'Medfusion refused the file.',
    todo: 'Export the file again from your scheduling software. If it is refused again, call your integration engineer with the file name and time.',
  };
}

/** "lines 4, 9, 12 …": the first places, and an ellipsis when there are more. */
function places(label: [string, string], items: (string | number)[]): string {
  const shown = items.slice(0, SHOWN_PLACES).join(', ');
  return `${items.length === 1 ? label[0] : label[1]} ${shown}${items.length > SHOWN_PLACES ? ' …' : ''}`;
}

const DATE_FIELDS = new Set(['date', 'time', 'dateTime', 'dob', 'start']);

function rowGroupTitle(e: RowError): string {
  if (e.line === 0) return 'The file could not be read';
  if (!e.column) return 'A line could not be read';
  return DATE_FIELDS.has(e.field ?? '') || /date|time/i.test(e.message)
    ? `‘${e.column}’ not readable`
    : `‘${e.column}’ not usable`;
}

function groupRowErrors(errors: readonly RowError[]): ProblemGroup[] {
  const groups = new Map<string, { first: RowError; all: RowError[] }>();
  for (const e of errors) {
    // Same column (or, without one, the same words): one kind of problem.
    const key = e.line === 0 ? `file:${e.message}` : e.column ? `col:${e.column}` : `line:${e.message}`;
    const g = groups.get(key) ?? { first: e, all: [] };
    g.all.push(e);
    groups.set(key, g);
  }
  return [...groups.entries()].map(([key, { first, all }]) => {
    const lines = all.filter((e) => e.line > 0).map((e) => e.line);
    const hints = [...new Set(all.map((e) => e.hint))];
    return {
      key,
      title: rowGroupTitle(first),
      count: all.length,
      unit: 'row' as const,
      // A workbook's rows are named as Excel shows them (row 7 of sheet 'Appointments').
      where: !lines.length
        ? 'whole file'
        : first.sheet !== undefined
          ? `${places(['row', 'rows'], lines)} of sheet ‘${first.sheet}’`
          : places(['line', 'lines'], lines),
      examples: all.slice(0, SHOWN_EXAMPLES).map((e) => {
        const value = e.value !== undefined ? `‘${e.value}’: ` : '';
        return `${e.line > 0 ? `${e.sheet !== undefined ? 'Row' : 'Line'} ${e.line}` : 'File'}: ${value}${e.message}`;
      }),
      todo: hints.slice(0, 2).join(' '),
      technical: [],
    };
  });
}

function groupMedfusion(batches: readonly BatchRecord[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup & { ids: string[]; texts: Set<string> }>();
  const add = (key: string, advice: { what: string; todo: string }, unit: ProblemGroup['unit']) => {
    const g = groups.get(key) ?? {
      key,
      title: advice.what,
      count: 0,
      unit,
      where: '',
      examples: [],
      todo: advice.todo,
      technical: [],
      ids: [],
      texts: new Set<string>(),
    };
    groups.set(key, g);
    return g;
  };
  for (const b of batches) {
    if (b.httpStatus !== undefined && (b.httpStatus < 200 || b.httpStatus >= 300)) {
      const advice = adviceForStatus(b.httpStatus);
      const g = add(`http:${advice.what}`, advice, 'batch');
      g.count++;
      g.ids.push(String(b.index + 1));
      g.texts.add(`Batch ${b.index + 1}: HTTP ${b.httpStatus}${b.serverText ? ` — ${b.serverText}` : ''}`);
    }
    for (const [appointmentId, o] of Object.entries(b.outcomes ?? {})) {
      if (o.state !== 'ERROR') continue;
      const text = o.error ?? '';
      const advice = adviceForServerText(text);
      const g = add(`server:${advice.what}`, advice, 'appointment');
      g.count++;
      g.ids.push(appointmentId);
      if (text) g.texts.add(`Appointment ${appointmentId}: ${text}`);
    }
  }
  return [...groups.values()].map(({ ids, texts, ...g }) => ({
    ...g,
    where:
      g.unit === 'batch' ? places(['batch', 'batches'], ids) : places(['appointment', 'appointments'], ids),
    technical: [...texts].slice(0, 20),
  }));
}

/** Every kind of problem a file had, our row errors first (they are fixable at home). */
export function problemGroups(job: JobDetails): ProblemGroup[] {
  return [...groupRowErrors(job.rowErrors), ...groupMedfusion(job.batches)];
}
