// Ukrainian and Russian exports: header words (header-words.ts), month names written out with the
// year's mark after the year (month-names.ts, parse-date.ts) and status words (status-words.ts).
// Worked by hand: Moscow keeps UTC+3 all year, Kyiv is UTC+2 until summer time on 28 March 2027.
import { headerConcepts } from '../../../main/import/map/header-meaning.ts';
import { monthFromName } from '../../../main/import/map/month-names.ts';
import { parseDate } from '../../../main/import/map/parse-date.ts';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect, idsDaysAndStatus, tempFiles } from './support.ts';

const write = tempFiles();
const concepts = (h: string): string[] => [...headerConcepts(h)].sort();

test('Ukrainian and Russian headers name their fields; national numbers are no patient id', () => {
  expect(concepts("Ім'я")).toEqual(['first', 'name']);
  expect(concepts('Ім’я')).toEqual(['first', 'name']);
  expect(concepts('По батькові')).toEqual(['middle', 'name']);
  expect(concepts('Отчество')).toEqual(['middle', 'name']);
  expect(concepts('№ картки')).toEqual(['id', 'patient']);
  expect(concepts('Номер медицинской карты')).toEqual(['id', 'patient']);
  expect(concepts('№ запису')).toEqual(['appt', 'id']);
  expect(concepts('Дата приёма')).toEqual(['appt', 'date']);
  expect(concepts('Лікар')).toEqual(['provider']);
  expect(concepts('Кабинет')).toEqual(['room']);
  expect(concepts('РНОКПП')).toEqual(['insurance']);
  expect(concepts('СНИЛС')).toEqual(['insurance']);
  expect(concepts('Полис ОМС')).toEqual(['insurance']);
  // A discount or bonus card is the scheme's number, never the patient's medical card.
  expect(concepts('Дисконтная карта')).toContain('insurance');
  expect(concepts('Бонусна картка')).toContain('insurance');
});

test('Chinese headers: the chart number is the patient id, the national id and queue number are not', () => {
  expect(concepts('病歷號碼')).toEqual(['id', 'patient']);
  expect(concepts('病历号码')).toEqual(['id', 'patient']);
  expect(concepts('身分證字號')).toEqual(['insurance']);
  expect(concepts('居民身份证号')).toEqual(['insurance']);
  expect(concepts('看診號')).toEqual(['seq']);
  expect(concepts('醫師')).toEqual(['provider']);
  expect(concepts('狀態')).toEqual(['status']);
});

test('month names in the genitive, and the year mark after the year', () => {
  expect(monthFromName('березня')).toBe(3);
  expect(monthFromName('лютого')).toBe(2);
  expect(monthFromName('листопада')).toBe(11);
  expect(monthFromName('мая')).toBe(5);
  expect(monthFromName('февр.')).toBe(2);
  expect(parseDate('1 березня 2027 р.', { order: 'MDY' })).toEqual({
    ok: true,
    date: { year: 2027, month: 3, day: 1 },
  });
  expect(parseDate('15 апреля 2027 г.', { order: 'MDY' })).toEqual({
    ok: true,
    date: { year: 2027, month: 4, day: 15 },
  });
  // The mark is taken only after a four-digit year.
  expect(parseDate('1 березня р. 2027', { order: 'DMY' }).ok).toBe(false);
});

test('status words: took place, did not come (missed) and cancelled', () => {
  const meaning = statusClassifier(undefined);
  expect(meaning('Відбувся')).toBe('NEW');
  expect(meaning("Пацієнт не з'явився")).toBe('NEW');
  expect(meaning('Скасовано')).toBe('CANCEL');
  expect(meaning('Відмінено')).toBe('CANCEL');
  expect(meaning('Состоялся')).toBe('NEW');
  expect(meaning('Не явился')).toBe('NEW');
  expect(meaning('Отменён')).toBe('CANCEL');
  expect(meaning('已報到')).toBe('NEW');
  expect(meaning('爽約')).toBe('NEW');
  expect(meaning('退掛')).toBe('CANCEL');
  // A moved booking is asked: the old slot, or the visit at its new time?
  expect(meaning('Перенесено')).toBe('unknown');
});

test('a Russian clinic list is sent: the card is the patient id, not the СНИЛС', async () => {
  const file = write('zapisi.csv', [
    'ID записи;Дата приёма;Время;Фамилия;Имя;Отчество;Дата рождения;№ карты;СНИЛС;Врач;Кабинет;Статус',
    '5501;1 марта 2027 г.;09:00;Иванова;Мария;Петровна;12.08.1985;004512;123-456-789 01;Петров Иван Сергеевич;12;Состоялся',
    '5502;2 марта 2027 г.;10:30;Смирнов;Алексей;Игоревич;03.01.1990;004513;234-567-890 12;Петров Иван Сергеевич;12;Не явился',
    '5503;15 апреля 2027 г.;16:00;Кузнецова;Ольга;Викторовна;25.11.1978;004514;345-678-901 23;Орлова Анна Павловна;7;Отменен',
  ]);
  const { appointments, errors, summary } = await collect(file, { timeZone: 'Europe/Moscow' });
  expect(errors).toEqual([]);
  expect(summary.doubts).toEqual([]);
  expect(idsDaysAndStatus(appointments)).toEqual([
    ['5501', '004512', '2027-03-01T06:00:00.000Z', '1985-08-12', 'NEW'],
    ['5502', '004513', '2027-03-02T07:30:00.000Z', '1990-01-03', 'NEW'],
    ['5503', '004514', '2027-04-15T13:00:00.000Z', '1978-11-25', 'CANCEL'],
  ]);
  // The patronymic is the middle name the portal does not get.
  expect(appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
    ['Мария', 'Иванова'],
    ['Алексей', 'Смирнов'],
    ['Ольга', 'Кузнецова'],
  ]);
});
