// Diagnostic, not a test: which export styles the importer reads right today, which it holds,
// which come back wrong, and which it cannot read, one style dimension at a time (everything
// else at the plain baseline), with the smallest counterexample of each.
//   node bin/run-ts.mjs test/import/property/explore.ts [cases-per-style] [seed]
// The pass/fail property is exact-or-held.test.ts; this script says where to look when it fails.
import fc from 'fast-check';
import {
  BASELINE_STYLE,
  DATE_STYLES,
  DATE_TIME_LAYOUTS,
  DELIMITERS,
  ENCODINGS,
  exportStyleArb,
  LANGUAGES,
  NAME_LAYOUTS,
  TIME_STYLES,
  ZONES,
  COLUMN_KINDS,
  type ExportStyle,
} from './export-style.ts';
import { cleanUp, explain, roundTrip, type RoundTrip, type Verdict } from './round-trip.ts';
import { scheduleArb, STATUS_WORDS, type Schedule, type ScheduledAppointment } from './schedule.ts';

const CASES = Number(process.argv[2] ?? 30);
const SEED = Number(process.argv[3] ?? 20261201);

const schedules: Schedule[] = fc.sample(scheduleArb({ minAppointments: 1, maxAppointments: 6 }), {
  numRuns: CASES,
  seed: SEED,
});

interface Variant {
  label: string;
  style: ExportStyle;
  /** Other schedules than the common sample (e.g. only days 1-12). */
  cases?: Schedule[];
  /** A change to every schedule (e.g. every status the same word). */
  transform?: (s: Schedule) => Schedule;
}

interface Dimension {
  name: string;
  variants: Variant[];
}

/** Schedules whose numeric dates could be read either way: nothing in the data settles it. */
const ambiguous: Schedule[] = fc.sample(
  scheduleArb({ minAppointments: 1, maxAppointments: 6, ambiguousDays: true }),
  { numRuns: CASES, seed: SEED },
);

const base = BASELINE_STYLE;
const everyAppointment =
  (change: (a: ScheduledAppointment) => ScheduledAppointment) =>
  (s: Schedule): Schedule => ({ ...s, appointments: s.appointments.map(change) });
const v = (label: string, change: Partial<ExportStyle>): Variant => ({
  label,
  style: { ...base, ...change },
});
const shuffles = fc.sample(
  fc.shuffledSubarray([...COLUMN_KINDS], { minLength: COLUMN_KINDS.length, maxLength: COLUMN_KINDS.length }),
  { numRuns: 3, seed: SEED },
);

const dimensions: Dimension[] = [
  { name: 'baseline (must be right, or every row below is suspect)', variants: [v('baseline', {})] },
  { name: 'delimiter', variants: DELIMITERS.map((d) => v(d === '\t' ? 'TAB' : d, { delimiter: d })) },
  { name: 'encoding', variants: ENCODINGS.map((e) => v(e, { encoding: e })) },
  { name: 'line ending', variants: [v('CRLF', { lineEnding: '\r\n' }), v('LF', { lineEnding: '\n' })] },
  {
    name: 'header language (zone of the language)',
    variants: LANGUAGES.map((l) =>
      v(l, {
        language: l,
        timeZone: {
          en: 'America/New_York',
          de: 'Europe/Berlin',
          fr: 'Europe/Paris',
          es: 'America/Mexico_City',
        }[l],
      }),
    ),
  },
  {
    name: 'date style, US zone (America/New_York)',
    variants: DATE_STYLES.map((d) => v(d, { dateStyle: d })),
  },
  {
    name: 'date style, day-first zone (Europe/Berlin)',
    variants: DATE_STYLES.map((d) => v(d, { dateStyle: d, timeZone: 'Europe/Berlin' })),
  },
  {
    name: 'numeric dates where no day is above 12 (nothing in the file settles the order: right or held, never wrong)',
    variants: (
      [
        ['M/D/YYYY', 'America/New_York'],
        ['D/M/YYYY', 'America/New_York'],
        ['M/D/YYYY', 'Europe/Berlin'],
        ['D/M/YYYY', 'Europe/Berlin'],
        ['D/M/YYYY', 'Australia/Sydney'],
        ['DD.MM.YYYY', 'America/New_York'],
      ] as const
    ).map(([d, z]) => ({ ...v(`${d} in ${z}`, { dateStyle: d, timeZone: z }), cases: ambiguous })),
  },
  { name: 'time style', variants: TIME_STYLES.map((t) => v(t, { timeStyle: t })) },
  {
    name: 'date and time in one column (ISO date)',
    variants: [
      ...DATE_TIME_LAYOUTS.map((l) => v(l, { dateTime: l })),
      ...TIME_STYLES.map((t) => v(`one-column ${t}`, { dateTime: 'one-column', timeStyle: t })),
    ],
  },
  {
    name: 'date and time in one column, M/D/YYYY and Mon D, YYYY',
    variants: [
      v('M/D/YYYY h:mm AM', { dateTime: 'one-column', dateStyle: 'M/D/YYYY', timeStyle: 'h:mm AM' }),
      v('Mon D, YYYY h:mm AM', { dateTime: 'one-column', dateStyle: 'Mon D, YYYY', timeStyle: 'h:mm AM' }),
      v('DD.MM.YYYY HH:mm (Berlin)', {
        dateTime: 'one-column',
        dateStyle: 'DD.MM.YYYY',
        timeZone: 'Europe/Berlin',
      }),
    ],
  },
  { name: 'name layout', variants: NAME_LAYOUTS.map((n) => v(n, { names: n })) },
  {
    name: 'report furniture',
    variants: [
      v('1 title line', { titleLines: 1 }),
      v('2 title lines', { titleLines: 2 }),
      v('2 padded title lines', { titleLines: 2, padTitles: true }),
      v('footer', { footer: true }),
      v('footer, semicolon', { footer: true, delimiter: ';' }),
    ],
  },
  {
    name: 'status words (every appointment the same word)',
    variants: STATUS_WORDS.map((w) => ({
      ...v(w, {}),
      transform: everyAppointment((a) => ({ ...a, status: w })),
    })),
  },
  {
    name: 'birth dates',
    variants: [
      {
        ...v('every patient born 2024-2025 (a paediatric day)', {}),
        transform: everyAppointment((a) => ({
          ...a,
          patient: { ...a.patient, dob: { ...a.patient.dob, year: 2024 + (a.patient.dob.year % 2) } },
        })),
      },
      v('D-Mon-YY birth dates (8-Dec-26: 1926 or 2026?)', { dateStyle: 'D-Mon-YY', dobTwoDigitYear: true }),
    ],
  },
  {
    name: 'hard names',
    variants: (['split', 'first-last', 'last-comma-first'] as const).map((n) => ({
      ...v(`surname Do (also a credential), ${n}`, { names: n }),
      transform: everyAppointment((a) => ({ ...a, patient: { ...a.patient, lastName: 'Do' } })),
    })),
  },
  { name: 'provider column', variants: [v('with provider', {}), v('no provider', { provider: false })] },
  {
    name: 'column order',
    variants: shuffles.map((order, i) => v(`shuffle ${i + 1}: ${order.join(' ')}`, { columnOrder: order })),
  },
  { name: 'time zone (ISO dates)', variants: ZONES.map((z) => v(z, { timeZone: z })) },
];

interface Tally {
  counts: Record<Verdict, number>;
  /** Smallest example per verdict that is not right. */
  examples: Partial<Record<Verdict, { size: number; trip: RoundTrip }>>;
  skipped: number;
}

async function runVariant(style: ExportStyle, cases: Schedule[]): Promise<Tally> {
  const t: Tally = { counts: { right: 0, held: 0, wrong: 0, unreadable: 0 }, examples: {}, skipped: 0 };
  for (const s of cases) {
    const trip = await roundTrip(s, style);
    // Windows-1252 cannot write every name: those cases say nothing about that encoding.
    if (trip.written.encoding !== style.encoding) {
      t.skipped++;
      continue;
    }
    t.counts[trip.verdict]++;
    const size = s.appointments.length;
    const had = t.examples[trip.verdict];
    if (trip.verdict !== 'right' && (!had || size < had.size)) t.examples[trip.verdict] = { size, trip };
  }
  return t;
}

function line(label: string, t: Tally): string {
  const c = t.counts;
  const parts = (['right', 'held', 'wrong', 'unreadable'] as const)
    .filter((k) => c[k])
    .map((k) => `${k} ${c[k]}`);
  const mark = c.wrong ? 'WRONG' : c.unreadable ? 'UNREAD' : c.held ? 'held' : 'ok';
  return `  ${mark.padEnd(6)} ${label.padEnd(34)} ${parts.join(', ')}${t.skipped ? ` (${t.skipped} n/a)` : ''}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `         ${l}`)
    .join('\n');
}

async function main(): Promise<void> {
  console.log(`explore: ${CASES} schedules of 1-6 appointments per style, seed ${SEED}\n`);
  const overall: Record<string, string> = {};
  for (const dim of dimensions) {
    console.log(`== ${dim.name}`);
    for (const variant of dim.variants) {
      const cases = variant.cases ?? schedules;
      const t = await runVariant(variant.style, variant.transform ? cases.map(variant.transform) : cases);
      console.log(line(variant.label, t));
      for (const verdict of ['wrong', 'unreadable', 'held'] as const) {
        const ex = t.examples[verdict];
        if (ex) console.log(indent(explain(ex.trip)));
      }
      overall[`${dim.name}: ${variant.label}`] = t.counts.wrong
        ? 'wrong'
        : t.counts.unreadable
          ? 'unreadable'
          : '';
    }
    console.log('');
  }

  // Everything at once, as the property test draws it.
  const RANDOM = CASES * 5;
  const pairs = fc.sample(fc.tuple(scheduleArb({ maxAppointments: 8 }), exportStyleArb), {
    numRuns: RANDOM,
    seed: SEED,
  });
  const t: Tally = { counts: { right: 0, held: 0, wrong: 0, unreadable: 0 }, examples: {}, skipped: 0 };
  for (const [s, style] of pairs) {
    const trip = await roundTrip(s, style);
    t.counts[trip.verdict]++;
    const had = t.examples[trip.verdict];
    if (trip.verdict !== 'right' && (!had || s.appointments.length < had.size))
      t.examples[trip.verdict] = { size: s.appointments.length, trip };
  }
  console.log(`== fully random styles (${RANDOM} cases, as exact-or-held.test.ts draws them)`);
  console.log(line('all dimensions at once', t));
  for (const verdict of ['wrong', 'unreadable', 'held'] as const) {
    const ex = t.examples[verdict];
    if (ex) console.log(indent(explain(ex.trip)));
  }
  const bad = Object.entries(overall).filter(([, w]) => w);
  console.log(`\nstyles not right today: ${bad.length}`);
  for (const [k, w] of bad) console.log(`  ${w.padEnd(10)} ${k}`);
  cleanUp();
}

await main();
