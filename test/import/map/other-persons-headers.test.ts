// Headers of another person's details, found by the 63e red team: never the patient's. Expected
// scores by hand: 0 is "never this field".
import { describe, expect, it } from 'vitest';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { providerNamesNoOne } from '../../../main/import/map/room-values.ts';

describe("a parent's or guardian's word in other languages", () => {
  it.each([
    'Geboortedatum ouder',
    'Geboortedatum moeder',
    'Geburtsdatum Erziehungsberechtigter',
    'Date de naissance de la mère',
    'Data de nascimento da mãe',
    'Data di nascita genitore',
    'Födelsedatum vårdnadshavare',
    'Syntymäaika huoltaja',
  ])("'%s' is never the patient's birth date", (h) => {
    expect(headerScore('dob', headerConcepts(h))).toBe(0);
  });
  it.each(['Nome da Mãe', 'Naam ouder', 'Personne à prévenir', 'Opiekun', 'Pårørende'])(
    "'%s' is never the patient's name",
    (h) => {
      expect(headerScore('patientName', headerConcepts(h))).toBe(0);
    },
  );
  it("'Personne' is a person, not a birth's word", () => {
    expect(headerConcepts('Personne').has('dob')).toBe(false);
  });
});

describe("an e-mail that is the clerk's or the practice's message's", () => {
  it.each([
    'Booked By Email',
    'Created By Email',
    'Scheduler Email',
    'From Email',
    'Sender Email',
    'Reply-To Email',
    'CC Email',
  ])("'%s' is never the patient's e-mail", (h) => {
    expect(headerScore('email', headerConcepts(h))).toBe(0);
  });
  it.each(['Email', 'E-mail Address', 'Patient Email', 'Client Email', 'Invitee Email', 'Personal Email'])(
    "'%s' is still the patient's",
    (h) => {
      expect(headerScore('email', headerConcepts(h))).toBeGreaterThan(0.6);
    },
  );
});

describe('a provider cell that names no one', () => {
  it.each([
    'Treadmill',
    'Treadmill 2',
    'Echo Machine',
    'Laser 1',
    'CBCT',
    'Lab Station 2',
    'Team A',
    'Pediatrics Team',
    'Front Desk',
    'Reception',
    'Wait List',
    'Locum',
    'Resident',
  ])("'%s' is no one", (v) => {
    expect(providerNamesNoOne(v)).toBe(true);
  });
  it.each([
    'Dr. Nina Patel',
    'Anna Laser',
    'Station, Mark',
    'Team, Joe',
    'Resident 2',
    'Dr. Lee Family Practice Team',
  ])("'%s' stays a person (or a numbered code for one)", (v) => {
    expect(providerNamesNoOne(v)).toBe(false);
  });
});
