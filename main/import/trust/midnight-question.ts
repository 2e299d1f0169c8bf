// The question of the `midnight` check (file-audit.ts): starts at exactly midnight. Where the
// file's other starts are a day's schedule, "midnight means no time was saved" is an answer the
// practice can give (the review's choice, `mapping confirm --midnight no-time`): those rows are
// left out as row errors and the others go. Where they are not (starts at night, or no other
// time), only the export can tell, and the question says so.

/** `offered`: the no-time answer can be taken for this file; `why`: why not, when it cannot. */
export function midnightQuestion(offered: boolean, why: string | undefined): string {
  if (offered)
    return (
      'Do these appointments really start at midnight? If midnight is how the export writes a visit saved without a time, answer so ' +
      "(in the review: 'No time was saved', or mapping confirm --midnight no-time): those rows are not sent (row errors), the others go. " +
      'Confirm as midnight only if they really start then'
    );
  return (
    'Do these appointments really start at midnight? If not, export the start times with them; confirm the mapping only if they do' +
    (why ? ` ("no time was saved" cannot be answered for this file: ${why})` : '')
  );
}
