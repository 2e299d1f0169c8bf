// Red-team probes against the last stop's rules (File No. and other cards as the patient id, phone
// headers and values, Chinese / Ukrainian / Russian / Romanian words, two-letter weekdays, the
// day-numbered row counter, the day-first header languages). Each input is modelled on a real
// export shape; its right outcome was worked out by hand before the probe was run. Every probe
// here failed before its fix (a wrong send, a phone or a card taken for an id, or a false hold or
// refusal), unless its comment says it guards a rule that held.
// Calendar facts used below, by hand: 1 January 2027 is a Friday, so 1 February and 1 March 2027
// are Mondays (31 and 28 days between); 15 March 2027 is a Monday.
import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../../main/import/map/parse-date.ts';
import { classifyBuiltInStatus } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { best } from '../map/best-field.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-last-rules');

describe('a file number named for another thing', () => {
  // A workers' comp or personal-injury practice keys its cases (`Case File No.`), a billing export
  // its claims; a visit's file number is the visit's. None is the patient's number for life.
  it('is not the patient id', () => {
    for (const h of [
      'Case File No.',
      'Claim File No.',
      'Visit File No.',
      'Appointment File No.',
      'Invoice File No.',
    ])
      expect([h, best(h)]).not.toEqual([h, 'patientId']);
  });
  it("the patient's own file number still is", () => {
    for (const h of [
      'File No.',
      'File Number',
      'File #',
      'Patient File No',
      'Medical File No.',
      'PATIENT_FILE_NO',
    ])
      expect([h, best(h)]).toEqual([h, 'patientId']);
  });
  it('a file whose case numbers differ per case never sends them as the patient', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Time,Case File No.,Patient Name,DOB,Doctor,Status',
        '03/10/2027,08:30 AM,WC-1181,"Reyes, Gabriel",01/19/1963,Dr Lisa Chang,Scheduled',
        '03/10/2027,09:00 AM,PI-0219,"Thornton, Ivy",08/02/1998,Dr Lisa Chang,Scheduled',
        '03/11/2027,09:30 AM,WC-1190,"Abad, Roy",04/04/1941,Dr Lisa Chang,Scheduled',
      ]),
    );
    const sent = r.appointments.flatMap((a) => [a.patient.patientId, a.appointmentId]);
    for (const n of ['WC-1181', 'PI-0219', 'WC-1190']) expect(sent).not.toContain(n);
  });
});

describe("another scheme's card beside the medical card", () => {
  it('is never the patient id (loyalty, club, gift, insurer, social card)', () => {
    for (const h of [
      'Карта лояльности',
      'Картка лояльності',
      'Клубная карта',
      'Подарочная карта',
      'Страховая карта',
      'Карта ДМС',
      'Соціальна картка',
      'Kela-kortin numero',
    ])
      expect([h, best(h)]).toEqual([h, undefined]);
    // a Finnish booking number is the appointment's
    expect(best('Varausnumero')).toBe('appointmentId');
    // the policy's number (genitive) is no appointment id either
    expect(best('Номер полиса')).toBeUndefined();
  });
  it('the medical card stays the patient id', () => {
    for (const h of ['Номер картки', '№ карты', 'Медицинская карта', 'Номер амбулаторной карты'])
      expect([h, best(h)]).toEqual([h, 'patientId']);
  });
  it('a Russian list with only a loyalty card is sent with derived patient ids', async () => {
    // Moscow is UTC+3 all year: 08:30 is 05:30 UTC.
    const r = await collect(
      files.write([
        'Дата;Время;Фамилия;Имя;Дата рождения;Карта лояльности;Врач;Статус',
        '10.03.2027;08:30;Иванов;Пётр;19.01.1963;LC-100234;Смирнова А.;Записан',
        '10.03.2027;09:00;Петрова;Анна;02.08.1998;LC-100871;Смирнова А.;Записан',
      ]),
      { timeZone: 'Europe/Moscow' },
    );
    expect(r.appointments.map((a) => [a.start.toISOString(), a.patient.lastName])).toEqual([
      ['2027-03-10T05:30:00.000Z', 'Иванов'],
      ['2027-03-10T06:00:00.000Z', 'Петрова'],
    ]);
    for (const a of r.appointments) expect(a.patient.patientId).not.toMatch(/^LC-/);
  });
});

describe('a phone header with a number word', () => {
  it('is never an id', () => {
    for (const h of [
      'Номер телефона',
      'Номер телефону',
      'Номер мобильного',
      'Номер мобільного',
      'GSM No',
      'WhatsApp No.',
      'Puhelinnumero',
    ])
      expect([h, best(h)]).toEqual([h, undefined]);
  });
  it('a Turkish list with its GSM No asks nothing about it', async () => {
    // Istanbul is UTC+3 all year; dotted dates are day-first.
    const r = await collect(
      files.write([
        'Tarih;Saat;GSM No;Hasta Adı;Hasta Soyadı;Doğum Tarihi;Doktor;Durum',
        '10.03.2027;08:30;05321234567;Mehmet;Yılmaz;19.01.1963;Dr. Kaya;Onaylandı',
        '10.03.2027;09:00;05331234567;Ayşe;Demir;02.08.1998;Dr. Kaya;Onaylandı',
      ]),
      { timeZone: 'Europe/Istanbul' },
    );
    expect((r.summary.doubts ?? []).filter((d) => d.kind === 'column')).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('05321234567');
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-10T05:30:00.000Z',
      '2027-03-10T06:00:00.000Z',
    ]);
  });
});

describe("Ukrainian's apostrophe written as the modifier letter ʼ", () => {
  it('still names the given name and the no-show', () => {
    expect(best('Імʼя')).toBe('firstName');
    expect(classifyBuiltInStatus('Не зʼявився')).toBe('NEW');
  });
});

describe('Russian, Ukrainian, Romanian and Chinese status words', () => {
  it('who cancelled, after the word, keeps it a cancellation', () => {
    for (const w of ['Anulat de pacient', 'Anulată de medic', 'Отменен врачом', 'Скасовано лікарем'])
      expect([w, classifyBuiltInStatus(w)]).toEqual([w, 'CANCEL']);
  });
  it('did not come, in its other forms, is booked and missed', () => {
    for (const w of ['Не пришла', 'Не прийшов', 'Не прийшла', '已爽约', '未签到'])
      expect([w, classifyBuiltInStatus(w)]).toEqual([w, 'NEW']);
  });
  it('a moved or postponed visit is still asked (guards: held before and after)', () => {
    for (const w of [
      'Перенесено',
      'Перенесен',
      'Amânat',
      'Reprogramat',
      '改期',
      '改約',
      '停诊',
      'Не состоялся',
    ])
      expect([w, classifyBuiltInStatus(w)]).toEqual([w, 'unknown']);
  });
});

describe('two-letter weekdays before a date', () => {
  const read = (text: string, order: 'DMY' | 'MDY'): string => {
    const r = parseDate(text, { order });
    return r.ok ? formatDate(r.date) : `refused: ${r.reason}`;
  };
  it('Turkish, Croatian and Polish days are read (1 March 2027 a Monday)', () => {
    expect(read('Pt 01.03.2027', 'DMY')).toBe('2027-03-01'); // Turkish Pazartesi
    expect(read('Pt 05.03.2027', 'DMY')).toBe('2027-03-05'); // Polish piątek
    expect(read('Ça 03.03.2027', 'DMY')).toBe('2027-03-03');
    expect(read('Cu 05.03.2027', 'DMY')).toBe('2027-03-05');
    expect(read('ut 02.03.2027', 'DMY')).toBe('2027-03-02');
    expect(read('če 04.03.2027', 'DMY')).toBe('2027-03-04');
    expect(read('ne 07.03.2027', 'DMY')).toBe('2027-03-07');
    expect(read('Śr 03.03.2027', 'DMY')).toBe('2027-03-03');
  });
  it('English Tu, We, Th are read in a US list', () => {
    expect(read('Tu 03/02/2027', 'MDY')).toBe('2027-03-02');
    expect(read('We 03/03/2027', 'MDY')).toBe('2027-03-03');
    expect(read('Th 03/04/2027', 'MDY')).toBe('2027-03-04');
  });
  it('a day that does not fit is still refused', () => {
    expect(read('ut 03.03.2027', 'DMY')).toMatch(/^refused: 'ut' but 2027-03-03 is a Wednesday/);
    expect(read('Th 03/05/2027', 'MDY')).toMatch(/^refused: 'Th' but 2027-03-05 is a Friday/);
  });
});

describe("a day's rows numbered after the day", () => {
  // The day and the row's number in it: the first of 15 March is another patient as soon as a
  // booking is added before it. Each form must be read as a counter (ids derived), not sent.
  const rows = (ids: string[]): string[] => [
    'Visit ID,Appt Date,Time,Patient ID,Patient Name,DOB,Provider,Status',
    `${ids[0]},03/15/2027,08:30 AM,100234,"Reyes, Gabriel",01/19/1963,Dr Lisa Chang,Scheduled`,
    `${ids[1]},03/15/2027,09:00 AM,100871,"Thornton, Ivy",08/02/1998,Dr Lisa Chang,Scheduled`,
    `${ids[2]},03/16/2027,09:30 AM,100052,"Abad, Roy",04/04/1941,Dr Lisa Chang,Scheduled`,
    `${ids[3]},03/16/2027,10:00 AM,100053,"Bell, Amy",04/05/1951,Dr Lisa Chang,Scheduled`,
  ];
  it.each([
    [['270315-01', '270315-02', '270316-01', '270316-02']],
    [['2027/03/15-1', '2027/03/15-2', '2027/03/16-1', '2027/03/16-2']],
    [['V20270315-01', 'V20270315-02', 'V20270316-01', 'V20270316-02']],
    [['2027031501', '2027031502', '2027031601', '2027031602']],
  ])('%j is a counter', async (ids) => {
    const r = await collect(files.write(rows(ids)));
    expect(r.appointments).toHaveLength(4);
    for (const a of r.appointments) expect(ids).not.toContain(a.appointmentId);
  });
  it.each([
    // numbered when booked (the day of booking, not of the visit): real ids
    [['20270301-0007', '20270302-0003', '20270310-0001', '20270310-0002']],
    // ten digits counting without the day ever changing: a real id's sequence
    [['2027031501', '2027031502', '2027031503', '2027031504']],
  ])('%j stays the appointment id', async (ids) => {
    const r = await collect(files.write(rows(ids)));
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(ids);
  });
});

describe('a US practice with headers in a day-first language', () => {
  // Dates that read both ways (03/04/2027, 05/04/2027) and birth dates that do too: nothing in the
  // file says the order, and the program's language writes day-first.
  const asked = async (lines: string[], timeZone = 'America/New_York'): Promise<number> => {
    const r = await collect(files.write(lines), { timeZone });
    return (r.summary.doubts ?? []).filter((d) => d.kind === 'date-order').length;
  };
  it('Spanish with one of the old words only (Fecha) is asked', async () => {
    const lines = [
      'Fecha,Inicio,Expediente,Paciente,Fec. Nac.,Médico,Estatus',
      '03/04/2027,08:30,100234,"Rivera, Carmen",05/06/1971,Dra. López,Confirmada',
      '03/04/2027,09:00,100871,"Ortiz, Luis",11/10/1985,Dra. López,Confirmada',
      '05/04/2027,09:30,100052,"Soto, Ana",01/02/1990,Dra. López,Confirmada',
    ];
    expect(await asked(lines)).toBe(1);
    // in Puerto Rico Spanish writes month-first: not asked (guard)
    expect(await asked(lines, 'America/Puerto_Rico')).toBe(0);
  });
  it('Russian and Romanian with slashes are asked', async () => {
    expect(
      await asked([
        'Дата;Время;№ карты;Пациент;Дата рождения;Врач;Статус',
        '03/04/2027;08:30;100234;Иванов Пётр;05/06/1971;Смирнова А.;Записан',
        '03/04/2027;09:00;100871;Петрова Анна;11/10/1985;Смирнова А.;Записан',
        '05/04/2027;09:30;100052;Сидоров Олег;01/02/1990;Смирнова А.;Записан',
      ]),
    ).toBe(1);
    expect(
      await asked([
        'Data;Ora;Cod;Nume;Prenume;Data nașterii;Medic;Status',
        '03/04/2027;08:30;100234;Popescu;Ion;05/06/1971;Dr. Ionescu;Confirmat',
        '03/04/2027;09:00;100871;Ionescu;Maria;11/10/1985;Dr. Ionescu;Confirmat',
        '05/04/2027;09:30;100052;Dumitru;Ana;01/02/1990;Dr. Ionescu;Confirmat',
      ]),
    ).toBe(1);
  });
  it('Chinese with the year last is asked in New York, read day-first in Hong Kong', async () => {
    const lines = [
      '预约日期,预约时间,病历号,患者姓名,出生日期,医生,状态',
      '03/04/2027,08:30,100234,王 伟,05/06/1971,李医生,已预约',
      '05/04/2027,09:30,100052,刘 洋,01/02/1990,李医生,已预约',
    ];
    expect(await asked(lines)).toBe(1);
    // Hong Kong writes day-first itself: 3 April 08:30 at UTC+8 is 00:30 UTC.
    const r = await collect(files.write(lines), { timeZone: 'Asia/Hong_Kong' });
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-04-03T00:30:00.000Z',
      '2027-04-05T01:30:00.000Z',
    ]);
  });
  it('English headers are not asked (guard)', async () => {
    expect(
      await asked([
        'Date,Time,Patient ID,Patient,DOB,Provider,Status',
        '03/04/2027,08:30 AM,100234,"Rivera, Carmen",05/06/1971,Dr Lopez,Confirmed',
        '05/04/2027,09:30 AM,100052,"Soto, Ana",01/02/1990,Dr Lopez,Confirmed',
      ]),
    ).toBe(0);
  });
});
