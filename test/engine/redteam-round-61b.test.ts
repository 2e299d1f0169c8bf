// Red-team probes (round 61b): a practice's export as the vendor writes it, then the same visits
// after a front desk's spreadsheet round-trip (corpus 445-447), or the other way round. Excel drops
// the zeros of a zero-padded record number and appointment number (000000001001 → 1001,
// 00481201 → 481201) and of a HHMM begin time (0800 → 800), writes a SQL date at midnight as
// 3/1/2027 0:00 and ISO births as 1/11/1961, adds nothing but a TRUE/FALSE column and the order
// the desk sorted by; a German Excel writes semicolons, DD.MM.YYYY and a 12-digit booking number as
// 2,02703E+11; Excel for Mac writes Mac Roman with a CR alone at each line end. The harm: a patient
// whose id changed is a new patient, a visit whose id changed a new visit, so the portal shows
// each visit twice (and, in snapshot mode, cancels the first). Outcomes worked out by hand BEFORE
// the first run: after the round-trip nothing is sent, each visit is on the portal once under the
// ids it was first sent with; a real change in the round-tripped file goes once, under the id the
// portal knows; a file whose ids Excel destroyed is held with nothing sent. (By hand the zero-lost
// files were to go with nothing new; the engine holds them instead, asking for a clean export
// (the ids lost their zeros against what was sent): nothing sent, no wrong send, so `heldOr`.)
//
// Chicago, Monday 2027-03-01 (CST, UTC-6): patient k at 07:00 + k h; portal lines read
// `patient MM-DDTHH:MM state` (day-visits.ts). Berlin, the same Monday (CET, UTC+1).
import { dropAll, engine, portal, type Outcome } from './support/portal-drops.ts';
import { acts } from './support/sending-probes.ts';
import { DAY, DAY_PORTAL, chart, crlf, q, type Visit } from './support/day-visits.ts';

/** What was POSTed, `ACTION id`. */
const sentActs = (o: Outcome) => acts(o.sent);
/** Held with nothing sent (the engine may ask for a clean export: a person can say whether the
 *  ids are the same), or gone with exactly `sends`: both are no wrong send. */
const heldOr = (o: Outcome, sends: string[]) =>
  expect(o.job.state === 'held' ? { held: sentActs(o) } : { went: sentActs(o) }).toEqual(
    o.job.state === 'held' ? { held: [] } : { went: sends },
  );

/** `0M/1D/19YY` (day-visits.ts) as ISO, as the vendor writes it, and as Excel writes it back. */
const isoDob = (d: string) => `${d.slice(6)}-${d.slice(0, 2)}-${d.slice(3, 5)}`;
const excelDob = (d: string) => `${Number(d.slice(0, 2))}/${Number(d.slice(3, 5))}/${d.slice(6)}`;
const hhmm = (v: Visit) => v.time.replace(':', '');
const apptNo = (v: Visit) => `004812${v.id.slice(1).padStart(2, '0')}`;

const HEADER = 'Appt Date,Begin Time,Patient,MRN,DOB,Provider,Appt Status,Appt ID';
/** NextGen as it writes the list: a SQL date at midnight, HHMM, zero-padded MRN and Appt ID. */
const vendor = (visits: Visit[]) =>
  crlf([
    HEADER,
    ...visits.map((v) =>
      [
        '2027-03-01 00:00:00',
        hhmm(v),
        q(v.patient),
        v.chart.padStart(12, '0'),
        isoDob(v.dob),
        q(v.provider),
        v.status,
        apptNo(v),
      ].join(','),
    ),
  ]);
/** The same list after Excel for Windows: zeros gone, dates re-written, a Confirmed column of
 *  TRUE/FALSE added and the rows sorted by patient. */
const excel = (visits: Visit[]) =>
  crlf([
    `${HEADER},Confirmed`,
    ...[...visits]
      .sort((a, b) => a.patient.localeCompare(b.patient))
      .map((v) =>
        [
          '3/1/2027 0:00',
          String(Number(hhmm(v))),
          q(v.patient),
          String(Number(v.chart)),
          excelDob(v.dob),
          q(v.provider),
          v.status,
          String(Number(apptNo(v))),
          Number(v.id.slice(1)) % 2 ? 'TRUE' : 'FALSE',
        ].join(','),
      ),
  ]);

const PADDED_PORTAL = DAY_PORTAL.map((l) => `00000000${l}`);
const MODES = [
  ['as sent', false],
  ['snapshot', true],
] as const;

describe.concurrent('a NextGen list and its Excel round-trip: each visit once, on its patient', () => {
  for (const [mode, snapshotMode] of MODES) {
    it(`${mode}: the vendor's file, then Excel's: nothing sent again (held or gone)`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [one, two] = await dropAll(h, [
        { name: 'appts.csv', text: vendor(DAY()) },
        { name: 'appts-sorted.csv', text: excel(DAY()) },
      ]);
      expect(sentActs(one!)).toHaveLength(10);
      heldOr(two!, []);
      expect(portal(h)).toEqual(PADDED_PORTAL);
    }, 60_000);

    it(`${mode}: Excel's file first, then the vendor's: nothing sent again (held or gone)`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [one, two] = await dropAll(h, [
        { name: 'appts-sorted.csv', text: excel(DAY()) },
        { name: 'appts.csv', text: vendor(DAY()) },
      ]);
      expect(sentActs(one!)).toHaveLength(10);
      heldOr(two!, []);
      expect(portal(h)).toEqual(DAY_PORTAL);
    }, 60_000);

    it(`${mode}: Excel's file cancels visit 3: held, or one CANCEL under the id the portal knows`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: vendor(DAY()) },
        { name: 'appts-sorted.csv', text: excel(DAY((k) => (k === 3 ? { status: 'Cancelled' } : {}))) },
      ]);
      heldOr(two!, ['CANCEL 00481203']);
      expect(portal(h)).toEqual(
        two!.job.state === 'held'
          ? PADDED_PORTAL
          : PADDED_PORTAL.map((l) =>
              l.startsWith(`00000000${chart(3)} `) ? l.replace('active', 'cancelled') : l,
            ),
      );
    }, 60_000);
  }
});

// ---- a German Excel, a Mac's Excel ---------------------------------------------------------------

/** Berlin, Monday 1 March 2027: patient k at 07:00 + k h CET (UTC+1). */
const berlin = (k: number) =>
  `${chart(k).padStart(6, '0')} 03-01T${String(6 + k).padStart(2, '0')}:00 active`;
const dmy = (d: string) => `${d.slice(3, 5)}.${d.slice(0, 2)}.${d.slice(6)}`;
const DE_HEADER = 'Termin-Nr.;Beginn;Patient-Nr.;Nachname;Vorname;Geburtsdatum;Behandler;Status';
const family = (v: Visit) => v.patient.split(', ')[0]!;
const given = (v: Visit) => v.patient.split(', ')[1]!;
/** The calendar's own export (12-digit booking numbers, ISO starts, six-digit patient numbers). */
const doctolib = (visits: Visit[]) =>
  crlf([
    DE_HEADER,
    ...visits.map((v) =>
      [
        `2027030108${v.id.slice(1).padStart(2, '0')}`,
        `2027-03-01 ${v.time}`,
        v.chart.padStart(6, '0'),
        family(v),
        given(v),
        isoDob(v.dob),
        'Dr. med. Katrin Vogel',
        'bestätigt',
      ].join(';'),
    ),
  ]);
/** After a German Excel: every booking number 2,02703E+11, DD.MM.YYYY hh:mm, zeros gone, the
 *  ANSI page (ä is one byte). */
const germanExcel = (visits: Visit[]) =>
  Buffer.from(
    crlf([
      DE_HEADER,
      ...visits.map((v) =>
        [
          '2,02703E+11',
          `01.03.2027 ${v.time}`,
          String(Number(v.chart)),
          family(v),
          given(v),
          dmy(v.dob),
          'Dr. med. Katrin Vogel',
          'bestätigt',
        ].join(';'),
      ),
    ]),
    'latin1',
  );

describe.concurrent('round-trips that change the bytes, not the visits', () => {
  it("a German Excel's re-save after the clean export: held (the booking numbers are gone), nothing sent", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { timeZone: 'Europe/Berlin' });
    const [one, two] = await dropAll(h, [
      { name: 'termine.csv', text: doctolib(DAY()) },
      { name: 'termine-excel.csv', text: germanExcel(DAY()) },
    ]);
    expect(sentActs(one!)).toHaveLength(10);
    expect({ state: two!.job.state, sent: sentActs(two!) }).toEqual({ state: 'held', sent: [] });
    expect(portal(h)).toEqual(
      DAY()
        .map((_, i) => berlin(i + 1))
        .sort(),
    );
  }, 60_000);

  it("Excel for Mac's 'Comma Separated Values' (Mac Roman, CR line ends) of a list with accented names: nothing sent again", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const accented = (k: number): Partial<Visit> =>
      k === 2 ? { patient: 'Bélanger, Sébastien' } : k === 5 ? { patient: 'Côté, François' } : {};
    const rows = (sep: string) =>
      [
        'Appt ID,Chart #,Patient,DOB,Date,Time,Provider,Status',
        ...DAY(accented).map((v) =>
          [v.id, v.chart, q(v.patient), v.dob, v.date, v.time, q(v.provider), v.status].join(','),
        ),
      ].join(sep) + sep;
    // Mac Roman: é 0x8E, ç 0x8D, ô 0x99 (every other letter here is ASCII).
    const macRoman = (s: string) =>
      Buffer.from([...s].map((c) => ({ é: 0x8e, ç: 0x8d, ô: 0x99 })[c] ?? c.charCodeAt(0)));
    const [one, two] = await dropAll(h, [
      { name: 'appts.csv', text: rows('\r\n') },
      { name: 'appts-mac.csv', text: macRoman(rows('\r')) },
    ]);
    expect(sentActs(one!)).toHaveLength(10);
    expect({ state: two!.job.state, sent: sentActs(two!) }).toEqual({ state: 'processed', sent: [] });
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);
});
