// What a spreadsheet writes in a cell whose formula failed: `#N/A` (a VLOOKUP that found no
// provider for the code), `#REF!` (the sheet it looked in was deleted), `#VALUE!`, `#NAME?`. Excel
// saves that text into CSV, and SpreadsheetML marks it `ss:Type="Error"`. Read as a name, `#N/A`
// became a provider called "#n/a" on the portal: the cell says the value is unknown, not who.
const ERRORS = new Set([
  '#n/a',
  '#ref!',
  '#value!',
  '#name?',
  '#div/0!',
  '#num!',
  '#null!',
  '#spill!',
  '#calc!',
  '#field!',
  '#blocked!',
  '#connect!',
  '#busy!',
  '#unknown!',
  '#getting_data',
]);

export function isSpreadsheetError(value: string): boolean {
  const v = value.trim();
  return v.startsWith('#') && ERRORS.has(v.toLowerCase());
}
