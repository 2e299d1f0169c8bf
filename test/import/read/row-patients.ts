/** Patients of the colour-mark probes' rows, one per row in order (Excel fills, web backgrounds,
 *  red team 49i): written once, so each test's row N is the same person. */
export const ROW_PATIENTS = [
  'Okafor, Grace',
  'Nguyen, An',
  'Silva, Rosa',
  'Berg, Tom',
  'Ito, Ken',
  'Dube, Ayo',
  'Moss, Eve',
  'Park, Jin',
  'Lund, Ida',
  'Cole, Amy',
  'Diaz, Luz',
];
