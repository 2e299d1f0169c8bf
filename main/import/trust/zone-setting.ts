// How a practice changes its time zone, in the words a held file's question gives: a file whose
// times are written in another zone (`9:00 AM CST` at a practice set to New York) is not answered
// in the review (no per-file zone is kept: the practice has one clock), so the question says where
// the one setting is changed, in the desktop app and for the command line, and that the held file
// is read again then (engine.ts applySettings restarts the runners, which read held files again).

/** What to do when `timeZone` is not the practice's zone: one sentence, no final stop. */
export function changeZoneHow(timeZone: string): string {
  return (
    `change the practice's time zone from ${timeZone}: in the desktop app, tray menu Settings…, the practice's "Time zone of the times in the exports", then Save changes; ` +
    `for the command line, the practice's "timeZone" in settings.json (the file --config names, by default in the data folder), an Area/City name such as America/Chicago. ` +
    `The held file is read again once the settings are saved (by appt-connector run at its next start)`
  );
}
