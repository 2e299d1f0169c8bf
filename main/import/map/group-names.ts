// A group session booked on one row: the "patient" is the group or class itself (`DBT Skills
// Group`, `Group: Anxiety (6)`, `Prenatal Class`, `Parenting Workshop`), booked under a dummy chart
// the way schedulers that need a patient for every slot make practices do, or its attendees listed
// in one cell (`Smith J; Doe A`). Sent, the portal would get an account for a made-up person named
// Group, and none of the attendees would see the visit. Programs that book groups properly write
// one row per attendee (SimplePractice, TherapyNotes: the same start, one client each), which
// this never touches.
//
// `Group` and its translations are no family names; `Class` is a rare one (a patient of that name
// costs a row error that says to enter the visit by hand, as `Test` does in placeholder-names.ts).
// Words for a course (`Kurs`, `Course`) are family names too and do not count.

/** A word that names a group session, as a whole word anywhere in the name (a German compound
 *  ending in `gruppe` too: `Selbsthilfegruppe`), or the people of one counted or called by their
 *  role (`Clients`, `Attendees`): SimplePractice shows an unnamed group as its count, `3 Clients`. */
const GROUP_SESSION_WORD =
  /(?:^|[^\p{L}])(?:groups?|\p{L}*gruppen?|groupe|grupo|gruppo|groep|grupa|class|classes|workshop|sessions?|couples|clients|patients|attendees|participants)(?=$|[^\p{L}])/iu;

/** Names set apart by a semicolon (`Smith J; Doe A`, `Doe, Anna; Roe, Bob`): one cell, several people. */
const NAMES_LISTED = /\p{L}\.?\s*;\s*\p{L}/u;

/** Letters every match above has (a plain scan): most names are answered by it alone. */
const MAYBE_GROUP = /gr[ou]|clas|works|sess|coupl|client|patient|attend|particip|;/i;

/** Whether a name cell (or the first and last name joined) names a group session, not one patient. */
export function namesGroupSession(name: string): boolean {
  if (!MAYBE_GROUP.test(name)) return false;
  return GROUP_SESSION_WORD.test(name) || NAMES_LISTED.test(name);
}

/** Whether a cell names a group session by a word of one (`Anxiety Group A`, `DBT Skills Group`,
 *  `Parenting Class`), not by names listed: as a provider it names no one (service-resources.ts). */
export function namesAGroup(cell: string): boolean {
  return MAYBE_GROUP.test(cell) && GROUP_SESSION_WORD.test(cell);
}
