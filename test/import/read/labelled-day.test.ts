// A one-day report's title line that is only a date label and its date. `Schedule Date:` and
// `Appointment Date:` name the day listed, never with a time or other words after it or a print
// word before it. A bare `Date:` never does, even with a weekday that agrees with the date (16
// March 2027 is a Tuesday: 1 March 2027 is a Monday): a report writer's print date is written so
// too (`Date: Fri 03/12/2027` above Monday's schedule, labelled-days-over-headers.test.ts).
import { describe, expect, it } from 'vitest';
import { statedDay } from '../../../main/import/read/stated-range.ts';

describe('a date label over a one-day report', () => {
  it.each([
    ['Schedule Date: 03/16/2027', '03/16/2027'],
    ['Appointment Date: 03/16/2027', '03/16/2027'],
    ['Appt Date: 03/16/2027', '03/16/2027'],
    // An endoscopy or surgery center's case schedule and a clinic list name their day so (corpus 393).
    ['Procedure Date: 03/16/2027', '03/16/2027'],
    ['Surgery Date: 03/16/2027', '03/16/2027'],
    ['Clinic Date: 03/16/2027', '03/16/2027'],
  ])('reads %s as the day listed', (line, day) => {
    expect(statedDay(['Resource Schedule', line])).toEqual({ index: 1, day });
  });

  it.each([
    'Date: 03/16/2027', // may be the print date: corpus 358 stays refused
    'Date: Tuesday 03/16/2027', // a print date may carry its weekday
    'Date: Monday 03/16/2027', // the weekday contradicts the date
    'Date: 03/16/2027 10:42 AM', // a print stamp
    'Printed Date: Tuesday 03/16/2027',
    'Run Date: 03/16/2027',
    'Schedule Date: 03/16/2027 Printed by jsmith',
    'Procedure Date: 03/16/2027 8:02 AM', // a time after it: a stamp, not a day label
    'Next Procedure Date: 03/16/2027', // another event's date, not the day listed
  ])('does not read %s', (line) => {
    expect(statedDay(['Resource Schedule', line])).toBeUndefined();
  });
});
