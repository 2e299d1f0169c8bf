// The doubt a one-column name written family name first raises (`Le Thi Mai`, `Wang Xiao Ming`,
// `Rossi Mario`), naming the first such line and not the name: shared by the name-order tests.
import { expect } from 'vitest';

export function familyFirstOnLine2(column?: string): Record<string, unknown> {
  return {
    kind: 'column',
    check: 'family-first',
    field: 'patientName',
    ...(column ? { column } : {}),
    message: expect.stringContaining('the first on line 2'),
  };
}
