// How an imaging schedule's procedure is compared between two accessions of one patient at one
// start (row-appointment-id.ts): two procedures are two exams, sent as two; one procedure under two
// accessions is an order entered twice and is held. A RIS, or two of its screens, writes one exam
// in several ways (`CT CHEST W/O` and `CT Chest wo`, `MRI KNEE LT` and `MRI Knee, Lt`,
// `CT ABD/PELVIS W/ CONTRAST` and `CT ABD PELVIS WITH CONTRAST`); compared as typed they had looked
// like two exams and gone as two appointments. The key keeps letters and digits only, lower case,
// with `with` / `w/` read as `w` and `without` / `w/o` / `w/out` as `wo` (the radiology shorthand).

/** The procedure as compared: `ct chest w/o contrast` and `CT Chest without contrast` are one. */
export function procedureKey(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/\b(?:without|w\s*\/\s*o(?:ut)?)(?![\p{L}\p{N}])/gu, ' wo ')
    .replace(/\b(?:with|w\s*\/)(?![\p{L}\p{N}])/gu, ' w ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
