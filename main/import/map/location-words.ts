// How a location answered in the review is known again (location-clock.ts, and the mapping's
// check that one location keeps one clock, profile.ts): by its words, case, spaces and
// punctuation apart (`BOWLING GREEN - SCOTTSVILLE RD.` is `Bowling Green - Scottsville Rd`).

/** A location's words: lower case, runs of anything but letters and digits as one space. */
export function locationWords(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
