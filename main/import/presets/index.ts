// The built-in presets: mapping profiles for exports whose layout is documented
// (shared/docs/export-formats.md). Stored as JSON so a user can copy one and edit it. They ship
// with the code, so they are checked against the profile schema by the tests
// (test/import/map/profile.test.ts), not at every start (ajv's compile costs ~0.2 s of CPU).
import type { MappingProfile } from '../map/profile.ts';
import openemrReport from './openemr-appointments-report.json' with { type: 'json' };
import openemrEhi from './openemr-ehi.json' with { type: 'json' };
import openDental from './opendental-confirmations.json' with { type: 'json' };
import cliniko from './cliniko.json' with { type: 'json' };
import generic from './generic.json' with { type: 'json' };
import hl7Siu from './hl7-siu.json' with { type: 'json' };

export const PRESETS: readonly MappingProfile[] = [
  openemrReport,
  openemrEhi,
  openDental,
  cliniko,
  generic,
  hl7Siu,
] as readonly MappingProfile[];

export function findPreset(name: string): MappingProfile | undefined {
  const n = name.trim().toLowerCase();
  return PRESETS.find((p) => p.name === n);
}

export function presetNames(): string[] {
  return PRESETS.map((p) => p.name);
}
