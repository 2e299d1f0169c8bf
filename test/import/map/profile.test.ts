import { describe, expect, it } from 'vitest';
import { checkProfile, parseProfileText, ProfileError } from '../../../main/import/map/profile.ts';
import { PRESETS, findPreset } from '../../../main/import/presets/index.ts';

function problems(text: string): string[] {
  try {
    parseProfileText(text, 'my-profile.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    expect((e as Error).message).toContain('my-profile.json');
    return (e as ProfileError).problems;
  }
  throw new Error('expected the profile to be refused');
}

describe('mapping profiles', () => {
  it('accepts a correct profile with alternatives, defaults, status words and a join', () => {
    const p = checkProfile(
      {
        name: 'mine',
        columns: { date: ['Appt Date', 'Date'], time: 'Start', patientName: 'Pt Name', dob: 'Birthdate' },
        dateOrder: 'DMY',
        timeZone: 'Europe/Berlin',
        status: { cancel: ['Storniert'], skip: ['Pause'], unknown: 'error' },
        defaults: {
          location: 'Praxis Mitte',
          providerId: 'dr1',
          providerName: 'Dr One',
          email: 'office@example.org',
        },
        join: { name: 'patients', files: ['patients*.csv'], on: { column: 'pid', joinColumn: 'id' } },
      },
      'mine.json',
    );
    expect(p.columns.date).toEqual(['Appt Date', 'Date']);
  });

  it('names the JSON path, the mistake and the fix for each problem', () => {
    const found = problems(
      JSON.stringify({
        name: 'x',
        colums: {},
        columns: { dat: 'Date', time: 5 },
        dateOrder: 'YMD',
        status: { cancel: 'x' },
      }),
    );
    expect(found).toContainEqual(
      expect.stringContaining("at (top level): 'colums' is not a setting here (did you mean 'columns'?)"),
    );
    expect(found).toContainEqual(
      expect.stringContaining("at columns: 'dat' is not a setting here (did you mean 'date'?)"),
    );
    expect(found).toContainEqual(expect.stringContaining('at columns.time: must be a column name'));
    expect(found).toContainEqual("at dateOrder: must be one of 'auto', 'MDY', 'DMY'");
    expect(found).toContainEqual(expect.stringContaining('at status.cancel: must be array'));
  });

  it('reports a missing required setting', () => {
    expect(problems('{"columns": {}}')).toContain("at (top level): 'name' is missing");
  });

  it('reports broken JSON with its line', () => {
    const [msg] = problems('{\n  "name": "x",\n  "columns": {,}\n}');
    expect(msg).toMatch(/^line 3: not valid JSON/);
  });

  it('ships six presets that pass the schema', () => {
    expect(PRESETS.map((p) => p.name)).toEqual([
      'openemr-appointments-report',
      'openemr-ehi',
      'opendental-confirmations',
      'cliniko',
      'generic',
      'hl7-siu',
    ]);
    expect(findPreset('OpenEMR-EHI')?.join?.on).toEqual({ column: 'pc_pid', joinColumn: 'pid' });
    // The presets are not checked at start-up (that would compile ajv in every run): here instead.
    for (const p of PRESETS) expect(checkProfile(structuredClone(p), `preset ${p.name}`)).toEqual(p);
  });
});
