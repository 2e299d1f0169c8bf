// The whole-connector settings a new settings file starts with, written once: the first start's
// defaults, the `demo` command's settings, the settings window's check of one practice and
// `convert --batch-size` all take them from here.
import type { Settings } from '../../model/settings.ts';

export const SETTINGS_DEFAULTS = {
  /** Keep history and archived files forever. */
  retentionDays: 0,
  /** A file must stay unchanged this long before it is read. */
  stabilityMs: 1000,
  /** Appointments per AppointmentData document; Medfusion publishes no maximum per POST, and 50
   *  keeps one refused batch small. */
  batchSize: 50,
} as const satisfies Pick<Settings, 'retentionDays' | 'stabilityMs' | 'batchSize'>;
