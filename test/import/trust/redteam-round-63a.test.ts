// Red team, round 63a: three blind corpus layouts from regions new to the corpus (457 DabaDoc,
// Casablanca; 458 Saga, Reykjavik; 459 Med Access, St. John's), and the rules they called for:
//   A. an Icelandic booking list (`Dags.;Kl.;Kennitala;Nafn;Fæðingardagur;Læknir;Staða`) had been
//      refused, no name column found (header-words.ts, header-meaning.ts folds ð and þ);
//   B. its states (bókaður, mættur, lokið, mætti ekki, afbókaður) had all been asked
//      (status-words.ts);
//   C. `Jón Þór Ólafsson` in one column went as Jón Ólafsson: in Iceland the word between is as
//      often a second given name as a middle name, so it is asked, as in South Asia
//      (name-regions.ts);
//   D. guards that passed blind: Newfoundland's NST / NDT after the time (UTC-3:30 / -2:30) and
//      Morocco's Ramadan clock (UTC+00:00 until 14 March 2027, then +01:00); and one the probe
//      found: Newfoundland's `MCP #` (the health card number) in a file of one row per patient had
//      been asked about as the appointment id, a false hold (header-words.ts).
// Outcomes were worked out by hand before the first run (with the tz database's rules as the
// corpus README states them); a hold is never a wrong send.
// Calendar, by hand: Reykjavik keeps UTC all year, so 5 April 2027 10:20 is 10:20Z. St. John's is
// UTC-3:30 until 02:00 on Sunday 14 March 2027, then UTC-2:30: 12 March 9:00 AM NST = 12:30Z,
// 15 March 8:45 AM NDT = 11:15Z, 16 March 7:00 PM NDT = 21:30Z. Casablanca is UTC+00:00 on 12
// March (Ramadan time) and UTC+01:00 from 03:00 on 14 March: 12 March 09h00 = 09:00Z, 15 March
// 17h30 = 16:30Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-63a');
type Got = Awaited<ReturnType<typeof collect>> | 'refused';
const run = async (lines: string[], timeZone: string): Promise<Got> => {
  try {
    return await collect(files.write(lines), { timeZone });
  } catch {
    return 'refused';
  }
};
const checks = (r: Got): string[] =>
  r === 'refused' ? ['refused'] : (r.summary.doubts ?? []).map((d) => d.check ?? d.kind);
/** What went, `start status first|last dob` per appointment, or the checks that held it. */
const went = (r: Got): string[] =>
  r === 'refused' || (r.summary.doubts ?? []).length > 0
    ? checks(r)
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.firstName}|${a.patient.lastName} ${a.patient.dob}`,
      );

const SAGA_HEADER = 'Dags.;Kl.;Lengd;Kennitala;Nafn;Fæðingardagur;Læknir;Tegund tíma;Staða;Sími';
const saga = (rows: string[]): string[] => ['Tímabók - Heilsugæslan', SAGA_HEADER, ...rows];

describe('A/B. an Icelandic booking list (Saga), UTF-8, names of two words', () => {
  const rows = [
    '5.4.2027;10:20;20;1203852389;Guðrún Jónsdóttir;12.3.1985;Ólafur Einarsson;Almennur tími;Lokið;862 1234',
    '5.4.2027;10:40;20;0511622749;Einar Ólafsson;5.11.1962;Ólafur Einarsson;Almennur tími;Mætti ekki;899 4411',
    '6.4.2027;13:00;40;0907013320;Sigríður Hallgrímsdóttir;9.7.2001;Helga Friðriksdóttir;Mæðravernd;Afbókaður;770 2020',
    '8.4.2027;09:00;20;0301902870;Piotr Kowalczyk;3.1.1990;Helga Friðriksdóttir;Almennur tími;Bókaður;695 1357',
  ];
  it('is read with no question: every day at 12 or below is day first in Iceland, UTC all year', async () => {
    expect(went(await run(saga(rows), 'Atlantic/Reykjavik'))).toEqual([
      '2027-04-05T10:20 NEW Guðrún|Jónsdóttir 1985-03-12',
      '2027-04-05T10:40 NEW Einar|Ólafsson 1962-11-05',
      '2027-04-06T13:00 CANCEL Sigríður|Hallgrímsdóttir 2001-07-09',
      '2027-04-08T09:00 NEW Piotr|Kowalczyk 1990-01-03',
    ]);
  });
  it('the kennitala is never taken for the patient id (a national number)', async () => {
    const r = await run(saga(rows), 'Atlantic/Reykjavik');
    expect(r).not.toBe('refused');
    if (r === 'refused') return;
    expect(r.appointments.map((a) => a.patient.patientId)).not.toContain('1203852389');
  });
  it('a word of an Icelandic state the list does not hold (á biðlista: on a waiting list) is still asked', async () => {
    const asked = saga([rows[0]!, rows[1]!.replace('Mætti ekki', 'Á biðlista')]);
    expect(checks(await run(asked, 'Atlantic/Reykjavik'))).toContain('status');
  });
});

describe('C. one-column Icelandic names of three words', () => {
  const rows = [
    '5.4.2027;10:20;20;0511622749;Jón Þór Ólafsson;5.11.1962;Ólafur Einarsson;Almennur tími;Bókaður;899 4411',
    '6.4.2027;13:00;20;1203852389;Guðrún Jónsdóttir;12.3.1985;Ólafur Einarsson;Almennur tími;Bókaður;862 1234',
  ];
  it('are asked in Iceland (Jón Þór is the name he goes by; read word by word he went as Jón)', async () => {
    const r = await run(saga(rows), 'Atlantic/Reykjavik');
    expect(checks(r)).toContain('two-surnames');
    if (r === 'refused') return;
    const doubt = (r.summary.doubts ?? []).find((d) => d.check === 'two-surnames');
    expect(doubt?.message).toContain('Jón Þór Ólafsson');
    expect(doubt?.message).not.toContain('Mohammed');
  });
  it('the question in South Asia keeps its own example', async () => {
    const india = [
      'Date,Time,Patient Name,DOB,Status',
      '05/04/2027,10:20,Mohammed Irfan Shaikh,05/11/1962,Booked',
      '06/04/2027,13:00,Priya Nair,12/03/1985,Booked',
    ];
    const r = await run(india, 'Asia/Kolkata');
    expect(checks(r)).toContain('two-surnames');
    if (r === 'refused') return;
    expect((r.summary.doubts ?? []).find((d) => d.check === 'two-surnames')?.message).toContain(
      'Mohammed Irfan',
    );
  });
});

describe('D. guards that passed blind', () => {
  const header = '"Appt Date","Start Time","Patient Name","Chart #","MCP #","DOB","Provider","Status"';
  const nl = (a: string, b: string): string[] => [
    header,
    `"12-Mar-2027","${a}","O'Keefe, Siobhan","20417","284610397215","07-Feb-1981","Dr. Colleen Murphy","Completed"`,
    `"15-Mar-2027","${b}","Hynes, Devon","22391","507726194418","11-Apr-1988","Dr. Adam Kielly","Booked"`,
  ];
  it("St. John's: NST and NDT after the time are the practice's own clock, half an hour off the hour; MCP # is no id", async () => {
    expect(went(await run(nl('9:00 AM NST', '8:45 AM NDT'), 'America/St_Johns'))).toEqual([
      "2027-03-12T12:30 NEW Siobhan|O'Keefe 1981-02-07",
      '2027-03-15T11:15 NEW Devon|Hynes 1988-04-11',
    ]);
  });
  it("St. John's: a time marked EST (Toronto's clock) is not the practice's: never sent as written", async () => {
    const r = await run(nl('9:00 AM EST', '8:45 AM EDT'), 'America/St_Johns');
    // Held, or sent at the instant EST / EDT name (14:00Z, 12:45Z); never at St. John's 9:00.
    const sent = r === 'refused' || (r.summary.doubts ?? []).length > 0 ? [] : went(r);
    expect(sent.filter((s) => s.startsWith('2027-03-12T12:30') || s.startsWith('2027-03-15T11:15'))).toEqual(
      [],
    );
  });
  it('Casablanca: 09h00 times across the end of Ramadan time (UTC+00:00, then +01:00)', async () => {
    const lines = [
      'Date;Heure;Patient;N° dossier;Date de naissance;Statut',
      '12/03/2027;09h00;EL AMRANI Fatima Zahra;D-10452;04/02/1978;Confirmé',
      '15/03/2027;17h30;AÏT BENHADDOU Khadija;D-11633;06/06/1959;Annulé par le patient',
    ];
    expect(went(await run(lines, 'Africa/Casablanca'))).toEqual([
      '2027-03-12T09:00 NEW Fatima Zahra|El Amrani 1978-02-04',
      '2027-03-15T16:30 CANCEL Khadija|Aït Benhaddou 1959-06-06',
    ]);
  });
});
