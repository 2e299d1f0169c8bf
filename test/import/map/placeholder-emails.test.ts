// An e-mail cell that is no patient's address (placeholder-emails.ts): a placeholder typed for a
// patient with none, or the practice's own desk. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { noPatientsEmail } from '../../../main/import/map/placeholder-emails.ts';

describe('noPatientsEmail', () => {
  it.each([
    'none@none.com',
    'NONE@NONE.COM',
    'na@na.com',
    'n.a@clinic.org',
    'noemail@sunnyclinic.com',
    'no-email@gmail.com',
    'no.reply@sunnyclinic.com',
    'DoNotReply@sunnyclinic.com',
    'frontdesk@sunnyclinic.com',
    'front.desk@sunnyclinic.com',
    'reception@sunnyclinic.com',
    'appointments@sunnyclinic.com',
    'declined@patient.com',
    'jane@noemail.com',
    'adaeze.obi@example.com; chidi.obi@example.net',
    'adaeze.obi@example.com, chidi.obi@example.net',
    'Parent: chidi.obi@example.net',
    'chidi.obi@example.net (mom)',
    'Chidi Obi <chidi.obi@example.net>',
  ])("'%s' is no patient's address", (v) => {
    expect(noPatientsEmail(v)).toBe(true);
  });
  it.each([
    'grace.hollis@example.com',
    'nina@none-such.org',
    'info@hollisbakery.com',
    'admin@lindqvist.se',
    'anna@na.org',
    'nonesuch@gmail.com',
    'receptionist.jo@gmail.com',
    ' grace.hollis@example.com ',
    "o'brien+appts@example.ie",
  ])("'%s' is a person's", (v) => {
    expect(noPatientsEmail(v)).toBe(false);
  });
});
