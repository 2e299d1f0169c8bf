// STUB, type only: the engine's `releaseHeld` is being added on the engine branch (issue 9). This
// declaration lets the desktop branch compile against that name until the real method is merged;
// the integrator deletes this file then (nothing imports it; tsc picks it up from the include).
export {};

declare module '../engine/engine.ts' {
  interface Engine {
    /** Plan the practice's held jobs again; resolves to how many were released. */
    releaseHeld(practiceName: string): Promise<number>;
  }
}
