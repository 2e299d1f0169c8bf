// Red team, round 63r3: the loosenings of 63a, 63b and 63e about ids, names, e-mails and
// providers, attacked. Each probe is the three-row file of person-probes.ts (Hollis, Obi,
// Lindqvist at the Los Angeles practice) with one column changed, or an Icelandic booking list at
// Reykjavik. What each row must go with was worked out by hand before the first run; the outcome
// is `right` (exactly that), `less` (a detail the file gives left out: a made-up id, no e-mail, an
// unassigned provider, a row error), `held` (asked or refused) or `wrong` (someone else's detail,
// or a detail the file does not say). A hold is never a wrong send.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7); Reykjavik keeps
// UTC all year.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSentDetails } from '../../../main/changes/kept-details.ts';
import { NO_EMAIL } from '../../../main/model/appointment.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { OWN } from './person-probes.ts';
import { held, lines, type Cols, type Run } from './three-row-probes.ts';

const files = exportFiles('redteam-round-63r3');
/** Runs `c` at `timeZone` (Los Angeles unless said): what went, or 'refused'. */
const runCols = async (c: Cols, timeZone = 'America/Los_Angeles'): Promise<Run> => {
  try {
    return await collect(files.write(lines(c)), { timeZone });
  } catch {
    return 'refused';
  }
};
const LOG = process.env.PROBE_LOG;

type Col = [string, string[]];
type Outcome = 'held' | 'right' | 'less' | 'wrong';
/** What each of the three rows must go with; left out: the patients' own (OWN). */
interface Want {
  pid?: string[] | 'made-up';
  first?: string[];
  last?: string[];
  email?: Array<string | null>;
  provider?: Array<string | null>;
  /** Names typed in capitals: the case the portal gets is a convention, only the words count. */
  anyCase?: boolean;
}
const OWN_WANT = {
  pid: ['100415', '100871', '100954'],
  first: ['Grace', 'Adaeze', 'Sven'],
  last: ['Hollis', 'Obi', 'Lindqvist'],
  email: ['grace.hollis@example.com', 'adaeze.obi@example.com', 'sven.l@example.com'],
  provider: ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel'],
};
const APPT_IDS = ['88101', '88102', '88103'];

/** OWN with `name`'s column replaced by `c` (left out when null), and `add` after them. */
function cols(name: string, c: Col | null, add: Cols = []): Cols {
  const out: Cols = [];
  for (const o of OWN) {
    if (o[0] !== name) out.push(o);
    else if (c) out.push(c);
  }
  return [...out, ...add];
}
/** A provider's words, for comparing `Lee, Anna` with `Anna Lee` (a title left out). */
const personWords = (s: string): string =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !['dr', 'md', 'pa', 'np'].includes(w))
    .sort()
    .join(' ');

function judge(r: Run, want: Want): { outcome: Outcome; why: string[] } {
  if (held(r) || r === 'refused') return { outcome: 'held', why: [] };
  const w = { ...OWN_WANT, ...want };
  const wrong: string[] = [];
  const less: string[] = [];
  for (const a of r.appointments) {
    const i = APPT_IDS.indexOf(a.appointmentId);
    if (i < 0) {
      wrong.push(`an appointment of no row: ${a.appointmentId}`);
      continue;
    }
    const p = a.patient;
    const who = w.last[i];
    if (w.pid === 'made-up') {
      if (!p.patientId.startsWith('P-')) wrong.push(`${who}: patient id ${p.patientId}`);
    } else if (p.patientId !== w.pid[i]) {
      if (p.patientId.startsWith('P-')) less.push(`${who}: made-up id`);
      else wrong.push(`${who}: patient id ${p.patientId}`);
    }
    const nm = (x: string): string => (w.anyCase ? x.toLowerCase() : x);
    if (nm(p.firstName) !== nm(w.first[i]!) || nm(p.lastName) !== nm(w.last[i]!))
      wrong.push(`${who}: name '${p.firstName}' '${p.lastName}'`);
    const e = w.email[i] ?? NO_EMAIL;
    if (p.email !== e) {
      if (p.email === NO_EMAIL) less.push(`${who}: no e-mail`);
      else wrong.push(`${who}: e-mail ${p.email}`);
    }
    const wantProv = w.provider[i] ?? null;
    const gotProv = a.participant.identifier === 'unassigned' ? null : a.participant.providerName;
    if ((gotProv && personWords(gotProv)) !== (wantProv && personWords(wantProv))) {
      if (gotProv === null) less.push(`${who}: provider unassigned (want ${wantProv})`);
      else wrong.push(`${who}: provider ${gotProv} (want ${wantProv ?? 'none'})`);
    }
  }
  if (wrong.length > 0) return { outcome: 'wrong', why: wrong };
  if (r.appointments.length < 3) less.push(`${3 - r.appointments.length} rows not sent`);
  return less.length > 0 ? { outcome: 'less', why: less } : { outcome: 'right', why: [] };
}

/** `right`: exactly as wanted; `held`: asked; `notWrong`: anything but a wrong send. */
type Expect = 'right' | 'held' | 'notWrong';
async function probe(name: string, c: Cols, want: Want, expected: Expect): Promise<void> {
  const j = judge(await runCols(c), want);
  if (LOG) fs.appendFileSync(LOG, `${j.outcome}\t${expected}\t${name}\t${j.why.join('; ')}\n`);
  if (expected === 'notWrong') expect(j.outcome, j.why.join('; ')).not.toBe('wrong');
  else expect(j.outcome, j.why.join('; ')).toBe(expected);
}

/** A column with `obi` on Obi's row and the patients' own values (of `of`) on the two others. */
const onObi = (of: string, obi: string, header = of): Col => {
  const own = OWN.find((o) => o[0] === of)![1];
  return [header, [own[0]!, obi, own[2]!]];
};
const three = (header: string, values: string[]): Col => [header, values];
const own = (name: string): string[] => OWN.find((o) => o[0] === name)![1];

// ---------------------------------------------------------------------------------------------
// A. Patient ids: Puerto Rico's récord read as the chart; health plans' and provinces' numbers never
// ---------------------------------------------------------------------------------------------
describe('A. ids', () => {
  const REC = ['R-100415', 'R-100871', 'R-100954'];
  // The Spanish chart in capitals, without accents, in other orders: the record numbers (a hold
  // is a false hold, a made-up id a detail left out; another column's number would be wrong).
  it.each([
    'Núm. Récord',
    'NÚM. RÉCORD',
    'num. record',
    'Núm Récord',
    'No. Récord',
    'Número de Récord',
    'Núm. de Récord',
    'Récord Núm.',
    'RECORD MEDICO',
    'Récord Médico #',
    'Núm. Récord Médico',
    'Núm. Expediente',
  ])("'%s' alone: the record numbers, never another's", async (h) => {
    await probe(`A1 ${h}`, cols('Patient ID', three(h, REC)), { pid: REC }, 'notWrong');
  });
  // An English record number is a database's or a visit's as often as the chart's: alone, never
  // sent silently as the patient id (a made-up id, or asked).
  it.each([
    'Record #',
    'Record No.',
    'RECORD NUMBER',
    'Rec #',
    'Visit Record #',
    'Encounter Record',
    'Record ID',
  ])("'%s' alone: never sent as the patient id", async (h) => {
    await probe(`A2 ${h}`, cols('Patient ID', three(h, own('Patient ID'))), { pid: 'made-up' }, 'notWrong');
  });
  // Beside the Patient ID: another number of the visit or of a plan; the Patient ID goes (or asked).
  it.each([
    ['Record #', ['E-55001', 'E-55002', 'E-55003']],
    ['Encounter #', ['E-55001', 'E-55002', 'E-55003']],
    ['Núm. Récord', REC],
    ['Récord', REC],
    ['Récord Médico', REC],
    ['Núm. Afiliado', ['0105770311', '0105770312', '0074506618']],
    ['Contrato', ['0105770311', '0105770312', '0074506618']],
    ['Afiliación', ['0105770311', '0105770312', '0074506618']],
    ['MCP #', ['100234567890', '100234567891', '100234567892']],
    ['PHIN', ['123456789', '223456789', '323456789']],
    ['HSN', ['123456789', '223456789', '323456789']],
    ['Kennitala', ['0206702389', '0504992749', '2908633320']],
  ])("'%s' beside the Patient ID: the Patient ID's numbers", async (h, values) => {
    await probe(
      `A3 ${h}`,
      cols('Patient ID', null, [three('Patient ID', own('Patient ID')), three(h, values)]),
      {},
      'notWrong',
    );
  });
  // A plan's or a province's number as the only id: never the patient id (made-up ids, or asked).
  it.each([
    'Contrato',
    'NÚM. CONTRATO',
    'Num Contrato',
    'No. Contrato',
    'Afiliado',
    'Núm. Afiliado',
    'NUM AFILIADO',
    'Afiliación',
    'AFILIACION',
    'No. de Afiliación',
    'ID Afiliado',
    'MCP #',
    'MCP No',
    'PHIN',
    'HSN',
    'hsn',
    'Kennitala',
    'KENNITALA',
  ])("'%s' alone: never the patient id", async (h) => {
    await probe(
      `A4 ${h}`,
      cols('Patient ID', three(h, ['0105770311', '0105770312', '0074506618'])),
      { pid: 'made-up' },
      'notWrong',
    );
  });
  // One record number on two patients (Hollis and Obi): sent as it is, two people would share a
  // chart on the portal. Held, or made-up ids; never R-1 for both.
  it.each(['Núm. Récord', 'Récord Médico', 'Numero de Record'])(
    "'%s' repeated across two patients",
    async (h) => {
      await probe(
        `A5 ${h}`,
        cols('Patient ID', three(h, ['R-1', 'R-1', 'R-2'])),
        { pid: 'made-up' },
        'notWrong',
      );
    },
  );
});
