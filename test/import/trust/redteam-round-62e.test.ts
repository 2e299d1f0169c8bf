// Red team, round 62e: status words, never silently NEW. A status word the importer does not know
// holds the file; a cancel in any wording goes as CANCEL; a live visit (booked, confirmed, arrived,
// seen, no-show, DNA) as NEW. Attacked with single-letter and number codes (with and without a
// legend), wordings that look live but are not (and the reverse), eleven languages, cancel evidence
// in other columns, and status columns that are not the appointment's (claim, eligibility,
// confirmation, payment, insurance).
// Each probe is the three-row file (Hollis, Obi, Lindqvist, three-row-probes.ts) at the Los Angeles
// practice, with the status under test in its rows. What each row must do was worked out by hand
// before the first run, one letter per row:
//   N   sent booked (NEW), nothing held;            C   sent cancelled, nothing held;
//   H   the file held (or that row a row error): only a person can say;
//   n   never CANCEL (NEW, or held: a hold is no wrong send, but the word is a live visit's);
//   c   never NEW (cancelled, skipped, a row error, or held).
// A wrong send is a row sent with the other meaning (a cancel as NEW, a live visit as CANCEL); a
// false hold is N or C held.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  type Cols,
  lines,
  linesRunner,
  PATIENT,
  type Run,
  statusJudge,
  withPatients,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-62e');
const runLines = linesRunner(files);

const statusCol = (values: string[], header = 'Status'): [string, string[]] => [header, values];
const probe = (cols: Cols, footer: string[] = [], title: string[] = []): Promise<Run> =>
  runLines([...lines(withPatients(cols), title), ...footer]);
/** A file whose Status column holds these three values. */
const statuses = (values: string[], footer: string[] = []): Promise<Run> =>
  probe([statusCol(values)], footer);
/** Obi's status under test, the two others `Scheduled`. */
const obi = (word: string): Promise<Run> => statuses(['Scheduled', word, 'Scheduled']);

// ---------------------------------------------------------------------------------------------
// A. Codes: single letters and numbers, with and without a legend
// ---------------------------------------------------------------------------------------------
describe('A. status codes of one letter or number', () => {
  // No legend: C is Confirmed in one system and Cancelled in another, N New or No Show, S Seen or
  // Scheduled, 0/1 and -1 an Access Yes/No of which question. Only a person can say.
  it.each<[string[], string]>([
    [['S', 'C', 'S'], 'HHH'],
    [['N', 'C', 'N'], 'HHH'],
    [['S', 'X', 'S'], 'HHH'],
    [['A', 'N', 'S'], 'HHH'],
    [['0', '1', '0'], 'HHH'],
    [['1', '0', '1'], 'HHH'],
    [['-1', '0', '-1'], 'HHH'],
    [['1', '2', '3'], 'HHH'],
    [['Scheduled', 'C', 'Scheduled'], 'nHn'],
    [['Scheduled', 'N', 'Scheduled'], 'nHn'],
    [['Scheduled', '0', 'Scheduled'], 'nHn'],
    [['Scheduled', '-1', 'Scheduled'], 'nHn'],
    [['Scheduled', 'D', 'Scheduled'], 'nHn'],
    [['Scheduled', 'R', 'Scheduled'], 'nHn'],
  ])('codes %j with no legend: asked', async (values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });

  // Found by 62e, fixed by 63c (trust/lone-status-mark.ts): a lone `X` among status words went as
  // cancelled (status-words.ts: OpenEMR's and athenaOne's symbol, which they write beside other
  // symbols and codes). Typed in a front desk's list among words it may be a tick (arrived, done)
  // as well as a strike: the column's other values are all written out, so it is asked about.
  it("a lone 'X' among status words: asked", async () => {
    expect(statusJudge(await statuses(['Scheduled', 'X', 'Scheduled']), 'nHn')).toBe('');
  });

  // A legend printed under the table explains every code: read as it says, nothing asked.
  it.each<[string[], string[], string]>([
    [['S', 'X', 'N'], ['', 'Status Legend: S=Scheduled  X=Cancelled  N=No Show'], 'NCN'],
    [['S', 'C', 'A'], ['', 'Legend:', 'S = Scheduled', 'C = Confirmed', 'A = Arrived'], 'NNN'],
    [['S', 'C', 'A'], ['', 'Legend:', 'S = Scheduled', 'C = Cancelled', 'A = Arrived'], 'NCN'],
    [['1', '2', '3'], ['', 'Status Codes:', '1 = Booked', '2 = Cancelled', '3 = Arrived'], 'NCN'],
    [['B', 'D', 'B'], ['', 'Key:', 'B - Booked', 'D - Deleted'], 'NCN'],
    [['SCH', 'CXL', 'NS'], ['', 'Legend: SCH - Scheduled, CXL - Cancelled, NS - No Show'], 'NCN'],
  ])('codes %j with the legend %j: read by it', async (values, footer, want) => {
    expect(statusJudge(await statuses(values, footer), want)).toBe('');
  });

  // A legend that leaves the code used unexplained, or explains it in a word nobody knows.
  it.each<[string[], string[], string]>([
    [['S', 'X', 'S'], ['', 'Legend: S=Scheduled  C=Cancelled'], 'nHn'],
    [['S', 'Z', 'S'], ['', 'Legend: S=Scheduled  Z=Zurückgestellt'], 'nHn'],
    [['S', 'P', 'S'], ['', 'Legend: S=Scheduled  P=Pending cancellation'], 'nHn'],
  ])('codes %j, legend %j missing a meaning: asked', async (values, footer, want) => {
    expect(statusJudge(await statuses(values, footer), want)).toBe('');
  });

  // A code column beside a word column: they disagree on Obi's row.
  it.each<[Cols, string[], string]>([
    // a code that reads as cancelled beside a booked word: one of them is wrong
    [
      [statusCol(['S', 'CX', 'S'], 'Status Code'), statusCol(['Scheduled', 'Scheduled', 'Scheduled'])],
      [],
      'nHn',
    ],
    [
      [statusCol(['SCH', 'CXL', 'SCH'], 'Status Code'), statusCol(['Scheduled', 'Scheduled', 'Scheduled'])],
      [],
      'nHn',
    ],
    [
      [statusCol(['S', 'X', 'S'], 'Status Code'), statusCol(['Scheduled', 'Scheduled', 'Scheduled'])],
      ['', 'Legend: S=Scheduled  X=Cancelled'],
      'nHn',
    ],
    // the word cancels, the code says booked: never sent as booked
    [
      [statusCol(['SCH', 'SCH', 'SCH'], 'Status Code'), statusCol(['Scheduled', 'Cancelled', 'Scheduled'])],
      [],
      'ncn',
    ],
    // both agree: sent
    [
      [statusCol(['SCH', 'CXL', 'SCH'], 'Status Code'), statusCol(['Scheduled', 'Cancelled', 'Scheduled'])],
      [],
      'NCN',
    ],
  ])('a code column and a word column %#', async (cols, footer, want) => {
    expect(statusJudge(await probe(cols, footer), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Wordings that look live but are not, or look cancelled but are not
// ---------------------------------------------------------------------------------------------
describe('B. wordings between live and cancelled', () => {
  // A cancel or a move asked for, not done; a place on a list: only a person can say.
  it.each([
    'Cancel requested',
    'Cancellation requested',
    'Reschedule requested',
    'Pending cancellation',
    'Cancellation pending',
    'Rebooked',
    'Hold',
    'On hold',
    'Removed',
    'To be cancelled',
    'Cancel?',
    'Cancellation unconfirmed',
    'Reschedule',
    'Resched requested',
    'Cxl req',
    // a move to this row's own day: the row may be the new booking or the old one
    'Moved to 3/22',
  ])("'%s': asked", async (word) => {
    expect(statusJudge(await obi(word), 'nHn')).toBe('');
  });

  // Revised after the first run: `Cancellation list` was expected asked (a wait list's wish), but
  // the vocabulary reads it as Zedmed's and Best Practice's booked row whose patient also wants an
  // earlier slot (status-words.ts): the row has its booked time. Never CANCEL either way.
  it.each(['Cancellation list', 'On cancellation list'])("'%s': never CANCEL", async (word) => {
    expect(statusJudge(await obi(word), 'nnn')).toBe('');
  });
  // Revised too: bare `Cancellation` was expected asked (a visit filled from the cancellation list
  // is a `Cancellation appt`, asked), but a status column's bare noun is the visit's state.
  it("'Cancellation': never NEW", async () => {
    expect(statusJudge(await obi('Cancellation'), 'ncn')).toBe('');
  });

  // A cancellation undone: the visit is live.
  it.each([
    'Not cancelled',
    'Not Canceled',
    'Uncancelled',
    'Uncanceled',
    'Reinstated',
    'Cancellation reversed',
  ])("'%s': live, never CANCEL", async (word) => {
    expect(statusJudge(await obi(word), 'nnn')).toBe('');
  });

  // Off the book in any wording: never NEW.
  it.each([
    'Bumped',
    'Deleted',
    'Void',
    'Voided',
    'Replaced',
    'Waitlist',
    'Wait list',
    'Declined',
    'Rejected',
    'Refused',
    'Expired',
    'Abandoned',
    'Withdrawn',
    'Superseded',
    'Error',
    'Entered in error',
    'Entered-in-error',
    'Erroneous',
    'Moved to 3/29',
    'Rescheduled to 3/29',
    'Deleted by user',
    'Obsolete',
    'Duplicate',
    'Invalid',
    'Inactive',
    'Bumped by provider',
    'Purged',
    'Archived',
    'Struck',
    'Scratched',
    'Annulled',
    'Revoked',
    'Retracted',
    'Terminated',
    'Discontinued',
    'Called off',
    'Postponed',
    'Not needed',
    'No longer needed',
  ])("'%s': never NEW", async (word) => {
    expect(statusJudge(await obi(word), 'ncn')).toBe('');
  });

  // Cancels in every common wording and capitals: sent as CANCEL.
  it.each([
    'Cancelled',
    'CANCELLED',
    'cancelled',
    'Canceled',
    'CANCELED',
    'Cancelled by patient',
    'Canceled by Provider',
    'Pt cancelled',
    'Patient cancelled',
    'Cxl',
    'CXL',
    'Cancelled - Weather',
    'Late cancel',
    'Late Cancellation',
    'Cancelled (late)',
    'x Canceled',
    'Cancelled by office',
  ])("'%s': cancelled", async (word) => {
    expect(statusJudge(await obi(word), 'NCN')).toBe('');
  });

  // Live visits in every common wording: sent as NEW.
  it.each([
    'Booked',
    'Confirmed',
    'CONFIRMED',
    'Arrived',
    'Checked In',
    'Checked-in',
    'Seen',
    'No Show',
    'No-show',
    'NO SHOW',
    'NoShow',
    'DNA',
    'Did not attend',
    'Did Not Arrive',
    'Failed to attend',
    'FTA',
    'In Room',
    'Completed',
    'Checked Out',
    'Left message',
    'Unconfirmed',
  ])("'%s': live", async (word) => {
    expect(statusJudge(await obi(word), 'NNN')).toBe('');
  });

  // The new booking of a move says where it came from: a false hold found here, fixed in 63d
  // (move-words.ts movedFromOtherSlot: booked where the origin is another day or time than the
  // row's own; `from 3/22` on a 22 March row is a row error). Neighbours: redteam-round-63d.
  it("'Rescheduled from 3/15' on a 22 March row: sent booked", async () => {
    expect(statusJudge(await obi('Rescheduled from 3/15'), 'NNN')).toBe('');
  });

  // Live-ish words a system may use for a request or a pencil: never CANCEL.
  it.each(['Tentative', 'Pending', 'Waiting', 'Late', 'Walked out', 'Left without being seen'])(
    "'%s': never CANCEL",
    async (word) => {
      expect(statusJudge(await obi(word), 'nnn')).toBe('');
    },
  );
});

// ---------------------------------------------------------------------------------------------
// C. Other languages: booked, cancelled, no-show (with capitals and accents stripped)
// ---------------------------------------------------------------------------------------------
describe('C. booked, cancelled, no-show in other languages', () => {
  // [language, booked, cancelled, no-show]: the three rows NCN. Each is also probed in capitals
  // and with its accents stripped (as a system on an old code page writes them).
  const LANGS: Array<[string, string, string, string]> = [
    ['French', 'Confirmé', 'Annulé', 'Absent'],
    ['French 2', 'Réservé', 'Annulé par le patient', 'Non venu'],
    ['Spanish', 'Confirmada', 'Cancelada', 'No asistió'],
    ['Spanish 2', 'Programada', 'Anulada', 'No se presentó'],
    ['Portuguese', 'Agendado', 'Cancelado', 'Faltou'],
    ['Portuguese 2', 'Confirmado', 'Desmarcado', 'Não compareceu'],
    ['German', 'Bestätigt', 'Abgesagt', 'Nicht erschienen'],
    ['German 2', 'Gebucht', 'Storniert', 'Nicht erschienen'],
    ['Dutch', 'Bevestigd', 'Geannuleerd', 'Niet verschenen'],
    ['Dutch 2', 'Geboekt', 'Afgezegd', 'Niet gekomen'],
    ['Italian', 'Confermato', 'Annullato', 'Assente'],
    ['Italian 2', 'Prenotato', 'Disdetto', 'Non presentato'],
    ['Polish', 'Potwierdzona', 'Anulowana', 'Nieobecny'],
    ['Polish 2', 'Zarezerwowana', 'Odwołana', 'Nie przyszedł'],
    ['Turkish', 'Onaylandı', 'İptal edildi', 'Gelmedi'],
    ['Turkish 2', 'Planlandı', 'İptal', 'Gelmedi'],
  ];
  const upper = (s: string): string => s.toUpperCase();
  const bare = (s: string): string =>
    s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l');

  it.each(LANGS)('%s as written: %s, %s, %s', async (_l, b, c, ns) => {
    expect(statusJudge(await statuses([b, c, ns]), 'NCN')).toBe('');
  });
  it.each(LANGS)('%s in capitals', async (_l, b, c, ns) => {
    expect(statusJudge(await statuses([b, c, ns].map(upper)), 'NCN')).toBe('');
  });
  it.each(LANGS)('%s without accents', async (_l, b, c, ns) => {
    expect(statusJudge(await statuses([b, c, ns].map(bare)), 'NCN')).toBe('');
  });

  // Languages the vocabulary does not claim (Tagalog, Vietnamese, Arabic in Latin letters): a word
  // it does not know is held, never guessed; one it knows is read right.
  it.each<[string, string[], string]>([
    ['Tagalog', ['Kumpirmado', 'Kinansela', 'Hindi dumating'], 'ncn'],
    ['Tagalog 2', ['Naka-iskedyul', 'Nakansela', 'Dumating'], 'ncn'],
    ['Vietnamese', ['Đã xác nhận', 'Đã hủy', 'Không đến'], 'ncn'],
    ['Vietnamese bare', ['Da xac nhan', 'Da huy', 'Khong den'], 'ncn'],
    ['Vietnamese 2', ['Đã đặt', 'Hủy', 'Đã đến'], 'ncn'],
    ['Arabic in Latin letters', ['Mahjooz', 'Mulgha', 'Lam yahdur'], 'ncn'],
    ['Arabizi', ['Mo2akad', 'Malghi', 'Ghayeb'], 'ncn'],
  ])('%s %j: never a wrong send', async (_l, values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });

  // Words of one language that mean the opposite in another, or a cancellation undone.
  it.each<[string[], string]>([
    [['Confirmado', 'No cancelado', 'Confirmado'], 'nnn'],
    [['Bestätigt', 'Nicht abgesagt', 'Bestätigt'], 'nnn'],
    [['Confirmé', 'Non annulé', 'Confirmé'], 'nnn'],
    [['Confirmado', 'Cancelación pendiente', 'Confirmado'], 'nHn'],
    [['Bestätigt', 'Storno angefragt', 'Bestätigt'], 'nHn'],
    [['Confirmé', 'Annulation demandée', 'Confirmé'], 'nHn'],
    [['Confirmado', 'Lista de espera', 'Confirmado'], 'ncn'],
    [['Bestätigt', 'Warteliste', 'Bestätigt'], 'ncn'],
    [['Confirmé', "Liste d'attente", 'Confirmé'], 'ncn'],
    [['Bevestigd', 'Wachtlijst', 'Bevestigd'], 'ncn'],
    [['Confermato', "Lista d'attesa", 'Confermato'], 'ncn'],
    [['Bestätigt', 'Verschoben', 'Bestätigt'], 'ncn'],
    [['Confirmé', 'Reporté', 'Confirmé'], 'ncn'],
    [['Confirmado', 'Reprogramado', 'Confirmado'], 'ncn'],
    [['Confirmado', 'Remarcado', 'Confirmado'], 'ncn'],
    [['Bevestigd', 'Verzet', 'Bevestigd'], 'ncn'],
    [['Confermato', 'Spostato', 'Confermato'], 'ncn'],
    [['Confirmado', 'Suspendida', 'Confirmado'], 'ncn'],
    [['Confirmado', 'Eliminada', 'Confirmado'], 'ncn'],
    [['Bestätigt', 'Gelöscht', 'Bestätigt'], 'ncn'],
    [['Confirmé', 'Supprimé', 'Confirmé'], 'ncn'],
    [['Bevestigd', 'Verwijderd', 'Bevestigd'], 'ncn'],
    [['Confermato', 'Eliminato', 'Confermato'], 'ncn'],
    [['Potwierdzona', 'Usunięta', 'Potwierdzona'], 'ncn'],
    [['Onaylandı', 'Silindi', 'Onaylandı'], 'ncn'],
  ])('%j', async (values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// D. Cancel evidence in other columns
// ---------------------------------------------------------------------------------------------
describe('D. cancel evidence outside the status column', () => {
  const obiCol = (header: string, value: string, others = ''): [string, string[]] => [
    header,
    [others, value, others],
  ];
  const booked = statusCol(['Scheduled', 'Scheduled', 'Scheduled']);

  // Obi's row says cancelled somewhere beside a booked status: never sent booked.
  it.each<[string, Cols]>([
    ['a Cancel Reason filled', [booked, obiCol('Cancel Reason', 'Patient sick')]],
    ['a Cancellation Reason filled', [booked, obiCol('Cancellation Reason', 'Weather')]],
    ['a Cancelled Date', [booked, obiCol('Cancelled Date', '03/20/2027')]],
    ['a Cancel Date and time', [booked, obiCol('Cancel Date', '03/20/2027 10:15 AM')]],
    ['a Cancelled By', [booked, obiCol('Cancelled By', 'Patient')]],
    ['a Cancelled By user', [booked, obiCol('Cancelled By', 'jsmith')]],
    ['a Canceled flag', [booked, obiCol('Canceled', 'Y', 'N')]],
    ['a Deleted flag', [booked, obiCol('Deleted', 'Yes', 'No')]],
    ['a Date Cancelled', [booked, obiCol('Date Cancelled', '2027-03-20')]],
    ['*CXL* before the type', [booked, ['Type', ['Follow-up', '*CXL* Follow-up', 'New Patient']]]],
    ['(cancelled) after the type', [booked, ['Type', ['Follow-up', 'Follow-up (cancelled)', 'New Patient']]]],
    [
      'CANCELLED - before the type',
      [booked, ['Type', ['Follow-up', 'CANCELLED - Follow-up', 'New Patient']]],
    ],
    [
      '(cancelled) after the name',
      [booked, ['Patient', ['Hollis, Grace', 'Obi, Adaeze (cancelled)', 'Lindqvist, Sven']]],
    ],
    [
      '*CXL* after the name',
      [booked, ['Patient', ['Hollis, Grace', 'Obi, Adaeze *CXL*', 'Lindqvist, Sven']]],
    ],
    ['CXL- before the name', [booked, ['Patient', ['Hollis, Grace', 'CXL-Obi, Adaeze', 'Lindqvist, Sven']]]],
  ])('%s: Obi never booked', async (_what, cols) => {
    // a Patient column given again replaces the base one
    const own = cols.some(([h]) => h === 'Patient');
    const all = own ? withPatients(cols).filter((c) => c !== PATIENT) : withPatients(cols);
    const r = await runLines(lines(all));
    expect(statusJudge(r, 'ncn')).toBe('');
  });

  // No status column at all: the cancel is only in another column.
  it.each<[string, Cols]>([
    ['a Cancel Reason only', [obiCol('Cancel Reason', 'Patient request')]],
    ['a Cancelled Date only', [obiCol('Cancelled Date', '03/20/2027')]],
    ['a Type of Cancelled', [['Type', ['Follow-up', 'Cancelled', 'New Patient']]]],
    ['a Type of Follow-up (cancelled)', [['Type', ['Follow-up', 'Follow-up (cancelled)', 'New Patient']]]],
    ['a Notes of CANCELLED - pt called', [obiCol('Notes', 'CANCELLED - pt called')]],
  ])('%s: Obi never booked', async (_what, cols) => {
    expect(statusJudge(await probe(cols), 'ncn')).toBe('');
  });

  // The same columns empty, or agreeing with the status: no question, sent as written.
  it.each<[string, Cols, string]>([
    ['an empty Cancel Reason', [booked, obiCol('Cancel Reason', '')], 'NNN'],
    ['an empty Cancelled Date', [booked, obiCol('Cancelled Date', '')], 'NNN'],
    ['an empty Cancelled By', [booked, obiCol('Cancelled By', '')], 'NNN'],
    [
      'a Cancel Reason on the cancelled row',
      [statusCol(['Scheduled', 'Cancelled', 'Scheduled']), obiCol('Cancel Reason', 'Patient sick')],
      'NCN',
    ],
    [
      'a Cancelled Date on the cancelled row',
      [statusCol(['Scheduled', 'Cancelled', 'Scheduled']), obiCol('Cancelled Date', '03/20/2027')],
      'NCN',
    ],
    [
      'a Cancelled By on the cancelled row',
      [statusCol(['Scheduled', 'Cancelled', 'Scheduled']), obiCol('Cancelled By', 'Patient')],
      'NCN',
    ],
    [
      'a Type of Cancellation list follow-up',
      [booked, ['Type', ['Follow-up', 'Cancellation list follow-up', 'New Patient']]],
      'NNN',
    ],
  ])('%s', async (_what, cols, want) => {
    expect(statusJudge(await probe(cols), want)).toBe('');
  });

  // A note that mentions a cancel inside a sentence beside a booked status: the status decides
  // only when the note cannot be a cancellation of this visit.
  it.each<[string, Cols, string]>([
    [
      'Notes: rebooked after last cancel',
      [booked, obiCol('Notes', 'rebooked after last week cancel')],
      'nnn',
    ],
    ['Notes: cancellation policy signed', [booked, obiCol('Notes', 'Cancellation policy signed')], 'nnn'],
    ['Notes: pt cancelled', [booked, obiCol('Notes', 'pt cancelled')], 'ncn'],
    ['Notes: CANCELLED', [booked, obiCol('Notes', 'CANCELLED')], 'ncn'],
  ])('%s', async (_what, cols, want) => {
    expect(statusJudge(await probe(cols), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// E. A status column that is not the appointment's
// ---------------------------------------------------------------------------------------------
describe("E. status columns that are not the appointment's", () => {
  // Beside the appointment's own status: the other column never cancels a booked visit, and never
  // books a cancelled one.
  const appt = statusCol(['Scheduled', 'Scheduled', 'Cancelled'], 'Appt Status');
  it.each<[string, string[], string]>([
    ['Claim Status', ['Paid', 'Denied', 'Pending'], 'nnC'],
    ['Eligibility Status', ['Active', 'Inactive', 'Active'], 'nnC'],
    ['Confirmation Status', ['Confirmed', 'Unconfirmed', 'Confirmed'], 'NNC'],
    ['Payment Status', ['Paid', 'Unpaid', 'Paid'], 'nnC'],
    ['Insurance Status', ['Active', 'Inactive', 'Active'], 'nnC'],
    ['Ins Status', ['Active', 'Terminated', 'Active'], 'nnC'],
    ['Reminder Status', ['Delivered', 'Failed', 'Delivered'], 'nnC'],
    ['Auth Status', ['Approved', 'Denied', 'Expired'], 'nnC'],
    // Revised after the first run: a claim voided beside a visit still `Scheduled` may be the
    // visit's cancellation reaching billing first: the hold (a cancel word beside a booked status)
    // is a question worth asking.
    ['Claim Status', ['Submitted', 'Void', 'Paid'], 'nnc'],
    ['Referral Status', ['Open', 'Closed', 'Open'], 'nnC'],
    ['Account Status', ['Active', 'Collections', 'Active'], 'nnC'],
    ['Intake Status', ['Complete', 'Incomplete', 'Complete'], 'nnC'],
    ['Recall Status', ['Due', 'Overdue', 'Due'], 'nnC'],
    ['Patient Status', ['Active', 'Inactive', 'Active'], 'nnC'],
    ['Eligibility', ['Eligible', 'Not Eligible', 'Eligible'], 'nnC'],
    ['Form Status', ['Signed', 'Not Signed', 'Signed'], 'nnC'],
  ])('%s %j beside Appt Status', async (header, values, want) => {
    expect(statusJudge(await probe([appt, statusCol(values, header)]), want)).toBe('');
  });

  // The only status-like column is someone else's: not the appointment's status. Obi's visit is
  // booked; a hold is no wrong send, a CANCEL is.
  it.each<[string, string[], string]>([
    ['Claim Status', ['Paid', 'Denied', 'Pending'], 'nnn'],
    ['Claim Status', ['Paid', 'Void', 'Paid'], 'nnn'],
    ['Eligibility Status', ['Active', 'Inactive', 'Active'], 'nnn'],
    ['Confirmation Status', ['Confirmed', 'Unconfirmed', 'Confirmed'], 'nnn'],
    ['Payment Status', ['Paid', 'Unpaid', 'Paid'], 'nnn'],
    ['Insurance Status', ['Active', 'Inactive', 'Active'], 'nnn'],
    ['Ins Sts', ['A', 'I', 'A'], 'nnn'],
    ['Elig Stat', ['A', 'T', 'A'], 'nnn'],
    ['Reminder Status', ['Delivered', 'Failed', 'Delivered'], 'nnn'],
    ['Auth Status', ['Approved', 'Denied', 'Approved'], 'nnn'],
    ['Patient Status', ['Active', 'Inactive', 'Active'], 'nnn'],
    ['Account Status', ['Open', 'Closed', 'Open'], 'nnn'],
    ['Balance Status', ['Paid in full', 'Written off', 'Paid in full'], 'nnn'],
  ])("only a %s %j: Obi's visit never cancelled by it", async (header, values, want) => {
    expect(statusJudge(await probe([statusCol(values, header)]), want)).toBe('');
  });

  // A bare `Status` of a patient account's words: Active / Inactive may be the account's, or the
  // appointment's (inactive = taken off): asked.
  it.each<[string[], string]>([
    [['Active', 'Inactive', 'Active'], 'nHn'],
    // paid or not, eligible or not, the visit is on the book: never cancelled by it
    [['Paid', 'Unpaid', 'Paid'], 'nnn'],
    [['Eligible', 'Not eligible', 'Eligible'], 'nnn'],
  ])('a bare Status of %j', async (values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });

  // The appointment's own status under other headers: read.
  it.each(['Appt Status', 'Appointment Status', 'Visit Status', 'Estado', 'Statut', 'Appt Stat'])(
    "the appointment's status under '%s'",
    async (header) => {
      expect(
        statusJudge(await probe([statusCol(['Scheduled', 'Cancelled', 'No Show'], header)]), 'NCN'),
      ).toBe('');
    },
  );
});

// ---------------------------------------------------------------------------------------------
// F. Second wave: statuses that join two states, name another thing's cancellation, carry a date,
//    a symbol or a flag beside them
// ---------------------------------------------------------------------------------------------
describe('F. two states, other things cancelled, dates, symbols and flags', () => {
  // Two states that disagree in one value: only a person can say.
  it.each([
    'Confirmed - Cancelled',
    'Cancelled; Confirmed',
    'Booked (Cancelled)',
    'No Show/Cancelled',
    'Arrived - Cancelled',
    'Cancelled or No Show',
    'Checked In / Cancelled',
  ])("'%s': asked", async (word) => {
    expect(statusJudge(await obi(word), 'nHn')).toBe('');
  });

  // Something else was cancelled, not the visit (the reminder, the transport, the interpreter, an
  // order): the value says nothing sure of the visit, and it never goes as CANCEL.
  it.each([
    'Reminder cancelled',
    'Confirmation cancelled',
    'Transport cancelled',
    'Interpreter cancelled',
    'Lab order cancelled',
    'Referral cancelled',
    'Insurance cancelled',
    'Recall cancelled',
    'Text reminder canceled',
  ])("'%s': never CANCEL unasked", async (word) => {
    expect(statusJudge(await obi(word), 'nHn')).toBe('');
  });

  // The visit cancelled, said with who or how or when or why: cancelled.
  it.each([
    'Provider cancelled',
    'Clinic cancelled',
    'Cancelled by clinic',
    'Cancelled 3/14',
    'Canceled 03/14/2027 10:02 AM',
    'Cxl 3/14 per pt',
    'Cancelled - No Show',
    '  cancelled  ',
    'CaNcElLeD',
    'Canx',
    'CNCL',
    'Appt cancelled',
    'Appointment Canceled',
    'Visit cancelled',
  ])("'%s': cancelled", async (word) => {
    expect(statusJudge(await obi(word), 'NCN')).toBe('');
  });

  // A cancellation and a rebooking in one value: this row's slot is the one left.
  it.each(['Cancelled - Rebooked', 'Cancelled & Rescheduled', 'Canceled/Rescheduled', 'Cxl - resched'])(
    "'%s': never NEW",
    async (word) => {
      expect(statusJudge(await obi(word), 'ncn')).toBe('');
    },
  );

  // The row is the new booking after a cancellation, or a cancellation undone: never CANCEL.
  it.each([
    'Rebooked after cancellation',
    'Previously cancelled, rebooked',
    'Was cancelled, now confirmed',
    'Confirmed (was cancelled)',
  ])("'%s': never CANCEL", async (word) => {
    expect(statusJudge(await obi(word), 'nnn')).toBe('');
  });

  // Live visits with a date or a note beside them.
  it.each(['Confirmed 3/12', 'Conf 3/12 LM', 'No Show 3/22', 'Arrived 9:55 AM', 'Seen - Dr. Lee'])(
    "'%s': live, never CANCEL",
    async (word) => {
      expect(statusJudge(await obi(word), 'nnn')).toBe('');
    },
  );

  // Symbols: a tick or a cross alone says nothing sure; beside a word, the word decides.
  it.each<[string, string]>([
    ['✔', 'nHn'],
    ['✓', 'nHn'],
    ['❌', 'nHn'],
    ['✗', 'nHn'],
    ['❌ Cancelled', 'ncn'],
    ['✓ Confirmed', 'nnn'],
    ['🗓 Booked', 'nnn'],
  ])("'%s'", async (word, want) => {
    expect(statusJudge(await obi(word), want)).toBe('');
  });

  // A cancelled flag beside the status.
  const flag = (header: string, obiValue: string, others: string): [string, string[]] => [
    header,
    [others, obiValue, others],
  ];
  it.each<[string, Cols, string]>([
    [
      'Cancelled = Yes beside Scheduled',
      [statusCol(['Scheduled', 'Scheduled', 'Scheduled']), flag('Cancelled', 'Yes', 'No')],
      'ncn',
    ],
    [
      'Is Cancelled = TRUE beside Scheduled',
      [statusCol(['Scheduled', 'Scheduled', 'Scheduled']), flag('Is Cancelled', 'TRUE', 'FALSE')],
      'ncn',
    ],
    [
      'Cancelled = 1 beside Confirmed',
      [statusCol(['Confirmed', 'Confirmed', 'Confirmed']), flag('Cancelled', '1', '0')],
      'ncn',
    ],
    [
      'Cancelled = No beside Cancelled',
      [statusCol(['Scheduled', 'Cancelled', 'Scheduled']), flag('Cancelled', 'No', 'No')],
      'ncn',
    ],
    [
      'Cancelled = Yes beside Cancelled',
      [statusCol(['Scheduled', 'Cancelled', 'Scheduled']), flag('Cancelled', 'Yes', 'No')],
      'NCN',
    ],
    [
      'Cancelled = No everywhere, all booked',
      [statusCol(['Scheduled', 'Confirmed', 'Scheduled']), flag('Cancelled', 'No', 'No')],
      'NNN',
    ],
    [
      'Deleted = Y beside Scheduled',
      [statusCol(['Scheduled', 'Scheduled', 'Scheduled']), flag('Deleted', 'Y', 'N')],
      'ncn',
    ],
    [
      'Active = N beside Scheduled',
      [statusCol(['Scheduled', 'Scheduled', 'Scheduled']), flag('Active', 'N', 'Y')],
      'ncn',
    ],
    [
      'Void = Y beside Scheduled',
      [statusCol(['Scheduled', 'Scheduled', 'Scheduled']), flag('Void', 'Y', 'N')],
      'ncn',
    ],
  ])('%s', async (_what, cols, want) => {
    expect(statusJudge(await probe(cols), want)).toBe('');
  });

  // A status column of numbers explained by a legend, Access's -1 among them.
  it.each<[string[], string[], string]>([
    [['0', '1', '0'], ['', 'Legend: 0 = Booked  1 = Cancelled'], 'NCN'],
    [['0', '-1', '0'], ['', 'Status Codes:', '0 = Scheduled', '-1 = Cancelled'], 'NCN'],
    [
      ['1', '4', '2'],
      ['', 'Status Legend:', '1 = Scheduled', '2 = Arrived', '3 = Cancelled', '4 = No Show'],
      'NNN',
    ],
    [
      ['1', '3', '2'],
      ['', 'Status Legend:', '1 = Scheduled', '2 = Arrived', '3 = Cancelled', '4 = No Show'],
      'NCN',
    ],
    // a legend that maps a code to a word it reads otherwise: asked
    [['S', 'X', 'S'], ['', 'Legend: S=Scheduled  X=Checked Out'], 'nHn'],
  ])('numbers %j with %j', async (values, footer, want) => {
    expect(statusJudge(await statuses(values, footer), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// G. Second wave: more wordings in the languages read
// ---------------------------------------------------------------------------------------------
describe('G. more wordings in other languages', () => {
  it.each<[string, string[], string]>([
    ['Spanish cita cancelada', ['Confirmada', 'Cita cancelada', 'Confirmada'], 'NCN'],
    ['Spanish no llegó', ['Confirmada', 'Paciente no llegó', 'Confirmada'], 'NNN'],
    ['Spanish reagendada', ['Confirmada', 'Reagendada', 'Confirmada'], 'ncn'],
    ['Spanish en espera', ['Confirmada', 'En espera', 'Confirmada'], 'nHn'],
    ['French rendez-vous annulé', ['Confirmé', 'Rendez-vous annulé', 'Confirmé'], 'NCN'],
    ['French absent excusé', ['Confirmé', 'Absent excusé', 'Confirmé'], 'ncn'],
    ['French absent non excusé', ['Confirmé', 'Absent non excusé', 'Confirmé'], 'NNN'],
    ['French annulé (patient)', ['Confirmé', 'Annulé (patient)', 'Confirmé'], 'NCN'],
    ['German Termin abgesagt', ['Bestätigt', 'Termin abgesagt', 'Bestätigt'], 'NCN'],
    ['German nicht gekommen', ['Bestätigt', 'Nicht gekommen', 'Bestätigt'], 'NNN'],
    ['German ausgefallen', ['Bestätigt', 'Ausgefallen', 'Bestätigt'], 'nHn'],
    ['German umgebucht', ['Bestätigt', 'Umgebucht', 'Bestätigt'], 'nHn'],
    ['German abgesagt durch Patient', ['Bestätigt', 'Abgesagt durch Patient', 'Bestätigt'], 'NCN'],
    ['Dutch afspraak geannuleerd', ['Bevestigd', 'Afspraak geannuleerd', 'Bevestigd'], 'NCN'],
    ['Dutch afgemeld', ['Bevestigd', 'Afgemeld', 'Bevestigd'], 'ncn'],
    ['Italian appuntamento annullato', ['Confermato', 'Appuntamento annullato', 'Confermato'], 'NCN'],
    ['Portuguese faltou justificado', ['Confirmado', 'Faltou justificado', 'Confirmado'], 'nnn'],
    ['Portuguese cancelado pelo paciente', ['Confirmado', 'Cancelado pelo paciente', 'Confirmado'], 'NCN'],
    ['Polish odwołana przez pacjenta', ['Potwierdzona', 'Odwołana przez pacjenta', 'Potwierdzona'], 'NCN'],
    ['Polish ODWOŁANA', ['POTWIERDZONA', 'ODWOŁANA', 'POTWIERDZONA'], 'NCN'],
    ['Turkish hasta gelmedi', ['Onaylandı', 'Hasta gelmedi', 'Onaylandı'], 'nnn'],
    ['Turkish IPTAL EDILDI', ['ONAYLANDI', 'IPTAL EDILDI', 'ONAYLANDI'], 'NCN'],
    ['Turkish iptal edildi lower', ['onaylandı', 'iptal edildi', 'onaylandı'], 'NCN'],
    ['Danish aflyst', ['Bekræftet', 'Aflyst', 'Fremmødt'], 'NCN'],
    ['Norwegian avlyst', ['Bekreftet', 'Avlyst', 'Møtt'], 'ncn'],
  ])('%s', async (_what, values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// The fixes' focused tests: a delimited file's status code column beside its words (status-code-
// split.ts, as an XML status element's code attribute is watched)
// ---------------------------------------------------------------------------------------------
describe("fix: a status code column beside the status's words", () => {
  const pair = (codes: string[], words: string[], code = 'Status Code', word = 'Status'): Cols => [
    statusCol(codes, code),
    statusCol(words, word),
  ];
  it.each<[string, Cols, string]>([
    // one code per word on every row: the words are read, nothing asked
    [
      'S / X beside Scheduled / Cancelled',
      pair(['S', 'X', 'S'], ['Scheduled', 'Cancelled', 'Scheduled']),
      'NCN',
    ],
    [
      'SC / CF beside Scheduled / Confirmed',
      pair(['SC', 'SC', 'CF'], ['Scheduled', 'Scheduled', 'Confirmed']),
      'NNN',
    ],
    // one word under two codes: asked
    ['Scheduled under S and X', pair(['S', 'X', 'S'], ['Scheduled', 'Scheduled', 'Scheduled']), 'nHn'],
    [
      'Booked under 1 and 3 (Appt Status Cd / Desc)',
      pair(['1', '3', '1'], ['Booked', 'Booked', 'Booked'], 'Appt Status Cd', 'Appt Status Desc'),
      'nHn',
    ],
    [
      'Scheduled under S and D (StatusCode)',
      pair(['S', 'D', 'S'], ['Scheduled', 'Scheduled', 'Scheduled'], 'StatusCode'),
      'nHn',
    ],
  ])('%s', async (_what, cols, want) => {
    expect(statusJudge(await probe(cols), want)).toBe('');
  });
  // A false hold found here, fixed in 63d: with the code column to the left, `Appt Status Cd` of
  // numbers was taken as the status (`Appt Status Desc` was never a status: a description word),
  // and its numbers were asked. Now the words beside their code are read (recognize.ts
  // statusDescribed), the codes watched as any status code column is.
  it("'Appt Status Cd' (1, 3) left of 'Appt Status Desc' (Booked, Cancelled): read by the words", async () => {
    const cols = pair(
      ['1', '3', '1'],
      ['Booked', 'Cancelled', 'Booked'],
      'Appt Status Cd',
      'Appt Status Desc',
    );
    expect(statusJudge(await probe(cols), 'NCN')).toBe('');
  });
  it('the question names the code column and both codes', async () => {
    const r = await probe(pair(['S', 'X', 'S'], ['Scheduled', 'Scheduled', 'Scheduled']));
    expect(r).not.toBe('refused');
    const messages = r === 'refused' ? [] : (r.summary.doubts ?? []).map((d) => d.message);
    expect(messages.some((m) => /'Status Code'/.test(m) && /'S'/.test(m) && /'X'/.test(m))).toBe(true);
  });
});
