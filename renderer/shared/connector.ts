// The renderer's only way to the app: the preload's `window.connector`. Components receive it as a
// prop (tests pass their own); this module finds the real one and says clearly when it is missing.
import type { ConnectorApi } from './types.ts';

export function findConnector(): ConnectorApi | null {
  return typeof window !== 'undefined' && window.connector ? window.connector : null;
}

/** Turn a thrown bridge error into a sentence for the window. */
export function describeError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Electron prefixes rejected invokes with this; it means nothing to a person.
  return text.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
}
