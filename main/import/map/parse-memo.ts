// Remembers the readings of cell values a file repeats. A schedule writes the same few dates and
// start times on thousands of rows (a 200,000-row file: 28 dates, 40 times), and parsing a date
// or time costs a few microseconds of regex work per cell; a Map hit costs a fraction of that.
// Bounded (cleared when full), and keys are copied (ownString) so a remembered cell never keeps
// the file chunk it was cut from in memory. The readings are shared: callers must not change them.
import { ownString } from '../own-string.ts';

export function memoized<T>(parse: (value: string) => T, max = 4096): (value: string) => T {
  const seen = new Map<string, T>();
  return (value) => {
    let r = seen.get(value);
    if (r === undefined) {
      r = parse(value);
      if (seen.size >= max) seen.clear();
      seen.set(ownString(value), r);
    }
    return r;
  };
}
