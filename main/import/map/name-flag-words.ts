// Flags a front desk types into a patient's name so the schedule shows them: `Cole, Cy SELF PAY`,
// `EVANS, ED ALERT`, `Moss, Mike VIP`. A flag in capitals after a name in mixed case is caught by
// its case (row-patient.ts, flagInGivenName); these words are caught in any case, since a name
// written all in capitals (`EVANS, ED ALERT`) or typed in proper case (`Cole, Cy Self Pay`) gives no
// such sign, and proper-cased they had gone as first name "Ed Alert", "Cy Self Pay". Only words that
// are no one's name, in any language the importer reads: `Cash`, `Hold`, `New`, `Private`
// are family names and stay out. In brackets such a flag is left out of the name instead
// (`Ann [VIP]` is Ann): row-patient.ts removes bracketed notes before this runs. A desk's note that
// the patient needs an interpreter or a wheelchair is one too, and is what a printed report puts
// on the line under a name (`INTERPRETER` there had been joined to a wrapped name as its first name).
const FLAG_WORDS =
  /(?:^|[^\p{L}])(?:vip|alert|self[\s-]?pay(?:ing)?|dnr|collections?|bad[\s-]?debt|no[\s-]?ins(?:urance)?|new[\s-]?pt|interpreter|translator|wheelchair)(?![\p{L}])/iu;

/** Whether a name part holds a flag word (one scan; most names have none). */
export function holdsFlagWord(part: string): boolean {
  return part !== '' && FLAG_WORDS.test(part);
}
