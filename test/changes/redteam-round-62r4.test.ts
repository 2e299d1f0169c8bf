// Red-team probes (round 62r4) of the fingerprint that compares a visit's words for what they say
// (main/changes/fingerprint.ts), the ledger line's `fd` beside the previous release's `fp`
// (ledger-entry.ts) and the words kept as sent (engine/job/sent-wording.ts). Each outcome was
// decided by hand, by what the portal shows and whether a patient would be misled, before the
// first run:
// - the same for what it says (nothing to send): Pena/Peña, an e-mail's capitals (mail reaches
//   the same box), a type code CT/Ct, a room A1/a1, Dr. Ng/Dr. NG, İnce/INCE, José in NFC/NFD,
//   Arabic's optional vowel signs, and the letters an ASCII-only report spells otherwise (Groß →
//   GROSS, Işık → ISIK, Łukasz → LUKASZ, Øster → OSTER). The first run: the last four differed
//   (an UPDATE for nothing, the portal's Groß overwritten by GROSS); fixed in accent-marks.ts.
// - a real change (an UPDATE): an id, member id or zip in other capitals, a Hindi name losing a
//   vowel sign (कमला Kamala → कमल Kamal), a katakana name losing its voicing mark (サドウ Sado →
//   サトウ Sato), a Thai word losing a vowel (มี.ค. March → ม.ค. January), Anna → Anne. The first
//   run: the vowel-sign and voicing-mark changes compared the same (every mark but Thai's was
//   folded as an accent), and sent-wording.ts folded even Thai's, keeping the old location on the
//   portal; fixed (accent-marks.ts withoutAccents: only marks of no script of their own).
// - a ledger line whose `fd` was made by another rule (release 62d's, no `fr`) is compared by its
//   body, not by that `fd`: the first run sent nothing for Sado → Sato against such a line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprint } from '../../main/changes/fingerprint.ts';
import { LEDGER_FILE, SentLedger, type ChangeDecision } from '../../main/changes/index.ts';
import { FD_RULE, reviveAppointment } from '../../main/changes/ledger-entry.ts';
import { sameProviderReworded, withSentWording } from '../../main/engine/job/sent-wording.ts';
import type { Appointment } from '../../main/model/appointment.ts';
import { appt } from './appointment-factory.ts';
import { previousReleaseFingerprint, previousReleaseLine } from './previous-release-ledger.ts';

const base = appt(1, '2027-03-01T14:00:00Z', {
  patient: {
    patientId: 'ab12',
    firstName: 'Ann',
    lastName: 'Pena',
    dob: '1971-05-12',
    email: 'Ann.Lee@example.org',
    address: { address1: '12 Main St', address2: '', city: 'Springfield', state: 'IL', zipCode: '62701' },
    insurance: [{ status: 'Active', groupNumber: 'G-77', memberId: 'ab123' }],
  },
  participant: { type: 'PROVIDER', identifier: 'ang', providerName: 'Dr. Ng' },
  type: 'CT',
  location: 'A1',
});
const patient = (over: Partial<Appointment['patient']>, a: Appointment = base): Appointment => ({
  ...a,
  patient: { ...a.patient, ...over },
});
const provider = (providerName: string, identifier = 'ang'): Appointment => ({
  ...base,
  participant: { ...base.participant, providerName, identifier },
});

describe('the same for what it says: one fingerprint', () => {
  const same: Array<[string, Appointment, Appointment]> = [
    ['Pena and Peña (an ASCII-only report)', patient({ lastName: 'Peña' }), base],
    ['an e-mail in other capitals (Ann.Lee@ / ann.lee@)', patient({ email: 'ann.lee@example.org' }), base],
    ['a type code CT / Ct', { ...base, type: 'Ct' }, base],
    ['a room A1 / a1', { ...base, location: 'a1' }, base],
    ['Dr. Ng / Dr. NG', provider('Dr. NG'), base],
    ['İnce / INCE (Turkish dotted capital I)', patient({ lastName: 'İnce' }), patient({ lastName: 'INCE' })],
    ['José precomposed / decomposed', patient({ firstName: 'José' }), patient({ firstName: 'Jose\u0301' })],
    ['Arabic with and without its vowel signs', patient({ lastName: 'مُحَمَّد' }), patient({ lastName: 'محمد' })],
    ['Groß / GROSS (German sharp s)', patient({ lastName: 'Groß' }), patient({ lastName: 'GROSS' })],
    ['Işık / ISIK (Turkish dotless i)', patient({ lastName: 'Işık' }), patient({ lastName: 'ISIK' })],
    ['Łukasz / LUKASZ (Polish ł)', patient({ firstName: 'Łukasz' }), patient({ firstName: 'LUKASZ' })],
    ['Øster / OSTER (Danish ø)', patient({ lastName: 'Øster' }), patient({ lastName: 'OSTER' })],
    [
      'Straße / STRASSE in the address',
      patient({ address: { ...base.patient.address!, address1: '12 Hauptstraße' } }),
      patient({ address: { ...base.patient.address!, address1: '12 HAUPTSTRASSE' } }),
    ],
  ];
  it.each(same)('%s', (_, a, b) => expect(fingerprint(a)).toBe(fingerprint(b)));
});

describe('a real change: another fingerprint', () => {
  const changed: Array<[string, Appointment, Appointment]> = [
    ['a patient id in other capitals (ab12 / AB12)', patient({ patientId: 'AB12' }), base],
    [
      'a member id in other capitals',
      patient({ insurance: [{ status: 'Active', groupNumber: 'G-77', memberId: 'AB123' }] }),
      base,
    ],
    ['a zip code corrected', patient({ address: { ...base.patient.address!, zipCode: '62702' } }), base],
    ['a provider id reused for another provider (same name)', provider('Dr. Ng', 'ang2'), base],
    [
      'Hindi: कमला (Kamala) / कमल (Kamal): a vowel sign is a letter',
      patient({ firstName: 'कमला' }),
      patient({ firstName: 'कमल' }),
    ],
    ['Bengali: সীমা (Seema) / সমা', patient({ firstName: 'সীমা' }), patient({ firstName: 'সমা' })],
    [
      'katakana: サドウ (Sado) / サトウ (Sato): a voicing mark is a letter',
      patient({ lastName: 'サドウ' }),
      patient({ lastName: 'サトウ' }),
    ],
    ['hiragana: ばば (Baba) / はは (Haha)', patient({ lastName: 'ばば' }), patient({ lastName: 'はは' })],
    [
      'Thai: มี.ค. (March) / ม.ค. (January) in the reason',
      { ...base, reason: 'นัด มี.ค.' },
      { ...base, reason: 'นัด ม.ค.' },
    ],
    ['Lee, Anna MD / Lee, Anne MD', provider('Lee, Anna MD'), provider('Lee, Anne MD')],
    ['Ann.Lee@ / Anne.Lee@: another mailbox', patient({ email: 'Anne.Lee@example.org' }), base],
  ];
  it.each(changed)('%s', (_, a, b) => expect(fingerprint(a)).not.toBe(fingerprint(b)));
});

describe('the words kept as sent (sent-wording.ts)', () => {
  const p = (providerName: string, identifier = 'alee') => ({
    type: 'PROVIDER' as const,
    identifier,
    providerName,
  });
  it('a provider whose name truly changes is not the same one reworded: Anna → Anne, MD → DO, another person on the id', () => {
    expect(sameProviderReworded(p('Lee, Anna MD'), p('Lee, Anne MD'))).toBe(false);
    expect(sameProviderReworded(p('Lee, Anna MD'), p('Lee, Anna DO'))).toBe(false);
    expect(sameProviderReworded(p('Anna Lee, MD'), p('Albert Lee, MD'))).toBe(false);
    expect(sameProviderReworded(p('Anna Lee, MD', 'alee'), p('Anna Lee, MD', 'alee2'))).toBe(false);
  });
  it('the same provider in capitals or an ASCII-only report is', () => {
    expect(sameProviderReworded(p('Dr. Ng'), p('Dr. NG'))).toBe(true);
    expect(sameProviderReworded(p('Lee, Anna MD'), p('LEE, ANNA MD'))).toBe(true);
    expect(sameProviderReworded(p('Groß, Jörg MD'), p('GROSS, JORG MD'))).toBe(true);
  });
  it('a provider in Hindi whose vowel sign changes is another name (कमला → कमल)', () => {
    expect(sameProviderReworded(p('डॉ. कमला शर्मा'), p('डॉ. कमल शर्मा'))).toBe(false);
  });
  const sent = { ...base, location: 'Main St. Clinic', description: 'นัด มี.ค.', type: 'サドウ 検査' };
  it('a location in other capitals and punctuation keeps the words sent', () => {
    expect(withSentWording({ ...sent, location: 'MAIN ST CLINIC' }, sent).location).toBe('Main St. Clinic');
  });
  it('a Thai description whose vowel changes (March → January) is the file’s, not the one sent', () => {
    expect(withSentWording({ ...sent, description: 'นัด ม.ค.' }, sent).description).toBe('นัด ม.ค.');
  });
  it('a katakana type whose voicing mark changes is the file’s', () => {
    expect(withSentWording({ ...sent, type: 'サトウ 検査' }, sent).type).toBe('サトウ 検査');
  });
});

describe('ledger lines across releases', () => {
  let dir: string;
  const open: SentLedger[] = [];
  async function openLedger(): Promise<SentLedger> {
    const l = await SentLedger.open(dir, { now: () => new Date('2027-02-26T12:00:00Z') });
    open.push(l);
    return l;
  }
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-62r4-'))));
  afterEach(async () => {
    for (const l of open.splice(0)) await l.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const file = () => path.join(dir, LEDGER_FILE);
  const what = (d: ChangeDecision) => (d.send ? d.send : d.reason);
  const AT = '2027-02-25T09:00:00.000Z';
  const sado = { ...patient({ lastName: 'サドウ' }), status: 'NEW' as const };
  const sato = patient({ lastName: 'サトウ' });
  /** A line as release 62d wrote it: `fd` without `fr`; `fd` given. */
  const line62d = (a: Appointment, fd: string) => {
    const body = JSON.stringify(a);
    const meta = {
      v: 1,
      id: a.appointmentId,
      fp: previousReleaseFingerprint(a),
      fd,
      c: false,
      t: a.start.getTime(),
      at: AT,
      n: body.length,
      j: 'j1',
    };
    return `${JSON.stringify(meta)}\t${body}\n`;
  };
  const metas = () =>
    fs
      .readFileSync(file(), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l.slice(0, l.indexOf('\t'))) as Record<string, unknown>);

  it('a line whose fd another rule made (62d’s, no fr) and that agrees with the file, not the body: the body decides (Sado → Sato: UPDATE)', async () => {
    fs.writeFileSync(file(), line62d(sado, fingerprint(sato)));
    const ledger = await openLedger();
    expect(what(ledger.decide(sato))).toBe('UPDATE');
    expect(what(ledger.decide(patient({ lastName: 'サドウ' })))).toBe('unchanged');
  });

  it('a previous-release line (no fd): Sado then Sato is an UPDATE; Sado in the same writing is nothing', async () => {
    fs.writeFileSync(file(), previousReleaseLine(sado, AT, { job: 'j1' }));
    const ledger = await openLedger();
    expect(what(ledger.decide(patient({ lastName: 'サドウ' })))).toBe('unchanged');
    expect(what(ledger.decide(sato))).toBe('UPDATE');
  });

  it('this release, back to the previous one (fd dropped at its compaction), then this one again: nothing sent again; a real change goes', async () => {
    const ledger = await openLedger();
    await ledger.record([{ ...patient({ lastName: 'Groß' }), status: 'NEW' }]);
    await ledger.close();
    const written = metas();
    expect(written[0]!.fr).toBe(FD_RULE);
    // the previous release: reads fp only, writes lines without fd (as previousReleaseLine does)
    const body = fs.readFileSync(file(), 'utf8').split('\t')[1]!.replace(/\n$/, '');
    expect(written[0]!.fp).toBe(previousReleaseFingerprint(reviveAppointment(body)));
    fs.writeFileSync(file(), previousReleaseLine(reviveAppointment(body), AT, { job: 'j1' }));
    const again = await openLedger();
    expect(what(again.decide(patient({ lastName: 'GROSS' })))).toBe('unchanged');
    expect(what(again.decide(patient({ lastName: 'Grosz' })))).toBe('UPDATE');
  });

  it('a line cut off at the end (a crash mid-write): the lines before it decide; the cut id goes again', async () => {
    const two = { ...appt(2, '2027-03-01T15:00:00Z'), status: 'NEW' as const };
    const cut = previousReleaseLine(two, AT, { job: 'j1' });
    fs.writeFileSync(file(), previousReleaseLine(sado, AT, { job: 'j1' }) + cut.slice(0, cut.length - 20));
    const ledger = await openLedger();
    expect(what(ledger.decide(patient({ lastName: 'サドウ' })))).toBe('unchanged');
    expect(what(ledger.decide(appt(2, '2027-03-01T15:00:00Z')))).toBe('NEW');
  });

  it('3000 previous-release lines read and compared: the file is not rewritten by the fd worked out; a compaction then keeps every line with fd', async () => {
    const all = Array.from({ length: 3000 }, (_, i) => ({
      ...appt(i + 1, new Date(Date.UTC(2027, 2, 1, 14) + i * 60_000).toISOString()),
      status: 'NEW' as const,
    }));
    const text = all.map((a) => previousReleaseLine(a, AT, { job: 'j1' })).join('');
    fs.writeFileSync(file(), text);
    const ledger = await openLedger();
    for (const a of all)
      expect(what(ledger.decide({ ...a, status: 'NEW', location: 'MAIN STREET CLINIC' }))).toBe('unchanged');
    expect(fs.readFileSync(file(), 'utf8')).toBe(text);
    await ledger.compact();
    const after = metas();
    expect(after).toHaveLength(3000);
    expect(after.every((m) => typeof m.fd === 'string' && m.fr === FD_RULE)).toBe(true);
  });
});
