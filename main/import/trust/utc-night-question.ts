// The question of the `utc-night` check (file-audit.ts): times written as UTC that would start at
// odd hours in the practice's zone. Both readings are answers a person can give (the review's two
// choices, `mapping confirm --marked-utc utc|local`): a mark set by mistake is no longer a file the
// practice can only correct at its source, which a script or an old tool often cannot.
import { changeZoneHow } from './zone-setting.ts';

/** `really`: what must be true of the appointments for the UTC reading to be right. */
export function utcNightQuestion(timeZone: string, really: string): string {
  return (
    `Are these times really UTC, or the practice's own clock marked as UTC by mistake (an old script or tool writes local times with a 'Z')? ` +
    `Answer which in the review (on the command line: mapping confirm --marked-utc local, read as written in ${timeZone}, or --marked-utc utc); ` +
    `answer UTC only if ${really}. If ${timeZone} is not the practice's time zone, ${changeZoneHow(timeZone)}`
  );
}
