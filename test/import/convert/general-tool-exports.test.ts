// Exports of general-purpose tools practices schedule in (corpus 350-354): Notion's database CSV,
// a Salesforce report's CSV. Four rules they showed, each checked here with values worked out by
// hand from the cells:
// - Notion writes a date property's end after an arrow (`March 15, 2027 9:00 AM → 9:45 AM`): the
//   start is before it. Could it send a wrong start elsewhere? Only if an arrow meant something
//   other than "until" between two clock times; no calendar or report writes one so, and a cell
//   whose end is not a time (`→ March 16, 2027 10:00 AM`) is still refused, never guessed.
// - A column headed `Last edited time` (Notion) or `Date Changed` is when the record was changed,
//   never the start (as `Modified` and `Updated` already were): a start column is only taken
//   away, so nothing can be sent that was held before; the file's real start column stays.
// - Notion writes a relation as the related page's title and its link (`Rebecca Stahl
//   (https://www.notion.so/…)`): a link is nobody's name. Left out, the name beside it is read
//   as any other (the whole cell was "not a name", so the event title `Follow-up - Jamal Carter`
//   beside it rivalled it and held the file). A cell that is only a link keeps being refused.
// - Salesforce prints `Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.` under
//   every report export: a notice, no row (it was a row error "1 cells but the header has 9").
//   Only lines with few cells are furniture: a full row is data whatever it says.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { parseTime } from '../../../main/import/map/parse-time.ts';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';
import {
  datesOfOtherEvent,
  headerConcepts,
  namesAnotherMoment,
} from '../../../main/import/map/header-meaning.ts';
import { withoutContacts } from '../../../main/import/map/name-contacts.ts';
import { FurnitureFilter } from '../../../main/import/read/report-furniture.ts';
import { leadsWithCancel } from '../../../main/import/trust/off-book-columns.ts';

const files = exportFiles('general-tool-exports');

describe('a time range written with an arrow', () => {
  it.each([
    ['9:00 AM → 9:45 AM', 9, 0, 9, 45],
    ['1:30 PM → 2:00 PM', 13, 30, 14, 0],
    ['09:00->09:45', 9, 0, 9, 45],
    ['4:15 PM -> 4:45 PM', 16, 15, 16, 45],
  ])('%s starts at %i:%i and ends at %i:%i', (text, h, m, eh, em) => {
    const t = parseTime(text, {});
    expect(t.ok && [t.time.hour, t.time.minute, t.end?.hour, t.end?.minute]).toEqual([h, m, eh, em]);
  });

  it("Notion's date with its end: the start is the date and the time before the arrow", () => {
    const p = parseDateTime('March 15, 2027 1:30 PM → 2:00 PM', { order: 'MDY' });
    expect(
      p.ok && p.kind === 'local' && [p.date.year, p.date.month, p.date.day, p.time.hour, p.time.minute],
    ).toEqual([2027, 3, 15, 13, 30]);
  });

  it('an end on another day is no time: refused, never read as the start', () => {
    expect(parseTime('9:00 AM → March 16, 2027 10:00 AM', {}).ok).toBe(false);
  });
});

describe('a record-change stamp is never the start', () => {
  it.each(['Last edited time', 'Date Changed', 'Last Modified', 'Created time'])('%s', (h) => {
    expect(namesAnotherMoment(headerConcepts(h))).toBe(true);
    expect(datesOfOtherEvent(h)).toBe(true);
  });
  it.each(['Date', 'Start Time', 'Appt Date'])('%s still may be', (h) => {
    expect(namesAnotherMoment(headerConcepts(h))).toBe(false);
  });
});

describe('a link in the name cell', () => {
  it.each([
    [
      'Rebecca Stahl (https://www.notion.so/Rebecca-Stahl-8f3c2a9d41b74e0c9a1d6e2b5c7f0a13?pvs=21)',
      'Rebecca Stahl',
    ],
    ['Owen McBride (https://www.notion.so/Owen-McBride-9e8d7c6b5a4f43e2d1c0b9a8f7e6d5c4)', 'Owen McBride'],
    ['Hale, Victoria https://clinic.example.com/clients/4471', 'Hale, Victoria'],
    // nothing but a link: kept whole (and refused as no name later)
    ['https://www.notion.so/8f3c2a9d41b74e0c', 'https://www.notion.so/8f3c2a9d41b74e0c'],
  ])('%s -> %s', (cell, name) => {
    expect(withoutContacts(cell)).toBe(name);
  });
});

describe('a copyright line under the rows', () => {
  const filter = new FurnitureFilter(
    ['Appointment Number', 'Account Name', 'Birthdate', 'Scheduled Start'],
    [],
  );
  it.each([
    'Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.',
    '© 2027 Northern Lights Home Health',
    'All rights reserved.',
  ])('%s is a notice', (line) => {
    expect(filter.classify([line])).toBe('notice');
  });
  it('a full row is data whatever it says', () => {
    expect(filter.classify(['SA-0412', 'Copyright, Ann', '6/21/1969', '3/15/2027 8:30 AM'])).toBeUndefined();
  });
});

describe('a Notion database export, read whole', () => {
  it('sends the relation as the patient, the start before the arrow, nothing from the stamps', async () => {
    const file = files.write([
      'Name,Date,Patient,Date of birth,Provider,Status,Created time,Last edited time',
      'New patient consult - Rebecca Stahl,"March 15, 2027 9:00 AM → 9:45 AM",Rebecca Stahl (https://www.notion.so/Rebecca-Stahl-8f3c2a9d41b74e0c9a1d6e2b5c7f0a13),"April 3, 1986",Dr. Alan Whitaker,Scheduled,"March 2, 2027 4:11 PM","March 2, 2027 4:11 PM"',
      'Follow-up - Jamal Carter,"March 15, 2027 1:30 PM → 2:00 PM",Jamal Carter (https://www.notion.so/Jamal-Carter-2b7e91c0d3f84a5b8e6c1d0f9a2b3c47),"October 19, 1971",Dr. Alan Whitaker,Done,"February 24, 2027 10:02 AM","March 15, 2027 2:05 PM"',
      'Annual exam - Sofia Lindqvist,"March 16, 2027 10:00 AM → 10:30 AM",Sofia Lindqvist (https://www.notion.so/Sofia-Lindqvist-c4d5e6f7a8b94c0d1e2f3a4b5c6d7e81),"June 8, 1990",Dr. Alan Whitaker,Canceled,"March 1, 2027 9:37 AM","March 12, 2027 5:48 PM"',
    ]);
    const r = await collect(file, { timeZone: 'America/Indiana/Indianapolis' });
    expect(r.summary.doubts.map((d) => d.message)).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [a.patient.firstName, a.patient.lastName, a.patient.dob, a.status]),
    ).toEqual([
      ['Rebecca', 'Stahl', '1986-04-03', 'NEW'],
      ['Jamal', 'Carter', '1971-10-19', 'NEW'],
      ['Sofia', 'Lindqvist', '1990-06-08', 'CANCEL'],
    ]);
    // Indianapolis is on EDT (UTC-4) from 14 March 2027: 9:00 -> 13:00Z, 1:30 PM -> 17:30Z, 10:00 -> 14:00Z.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T13:00:00.000Z',
      '2027-03-15T17:30:00.000Z',
      '2027-03-16T14:00:00.000Z',
    ]);
  });
});

// With no status column, a title led by a cancel word (`Canceled: ` as Outlook writes a cancelled
// meeting's subject, `CANCELLED - …` typed in an Airtable primary field) was the only sign the
// visit was off, and it went as booked. Now the file is held and asked. It can send nothing it
// did not before (it only holds); its cost is a question where such a title leads a booked row.
describe('a title led by a cancel word, with no status column', () => {
  it.each([
    ['Canceled: Consult - Elena Garcia', true],
    ['CANCELLED - Elena Garcia consult', true],
    ['[Cancelled] Consult', true],
    ['Cxl - Jones', true],
    // a note that mentions a cancellation later, a live word, a plain title: not led by a cancel
    ['Consult - cancelled last week, rebooked', false],
    ['No Show - Jane Doe', false],
    ['Follow-up - Jamal Carter', false],
    ['Dr. Whitaker out - CME conference', false],
  ])('%s -> %s', (value, cancels) => {
    expect(leadsWithCancel(value)).toBe(cancels);
  });

  it('holds the file instead of sending the cancelled visit as booked', async () => {
    const file = files.write([
      'Subject,Start Date,Start Time,Patient,DOB',
      'Canceled: Consult - Elena Garcia,3/15/2027,9:30 AM,Elena Garcia,4/2/1984',
      'Follow-up - Marcus Whitfield,3/15/2027,1:00 PM,Marcus Whitfield,11/23/1990',
    ]);
    const r = await collect(file, { timeZone: 'America/Phoenix' });
    const held = r.summary.doubts.find((d) => d.column === 'Subject');
    expect(held?.message).toContain("'Canceled: Consult - Elena Garcia', line 2");
  });
});
