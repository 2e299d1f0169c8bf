// Common Spanish family names in the United States (most of them high in the Census Bureau's 2010
// surname table, www.census.gov/topics/population/genealogy/data/2010_surnames.html), unaccented as
// US exports write them (accented ones are compared unaccented), leaving
// out those that are given names too (Cruz, Santiago, Luna, Rosario, Leon, Martin, Salvador, Jesus,
// Guadalupe, Mercedes, Dolores, Reyes, Cortez): a middle name of those is as likely as a surname.
//
// A name in one column that ends in two of them (`Maria Garcia Lopez`, `Jose Luis Hernandez
// Ramirez`) may end in two surnames, the father's and the mother's, as Spanish and Latin American
// names do: read first name first it goes as Maria Lopez, the mother's surname alone, where the
// practice's own record may be Garcia Lopez. Where names end in two surnames by the practice's
// zone (name-regions.ts), every such name is asked about; elsewhere only these.
import { foldAccents } from './status-vocabulary.ts';

const SPANISH_SURNAMES = new Set(
  (
    'garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera ' +
    'gomez diaz morales ortiz gutierrez chavez ramos ruiz alvarez mendoza vasquez vazquez castillo ' +
    'jimenez moreno romero herrera medina aguilar garza castro vargas fernandez guzman munoz mendez ' +
    'salazar soto delgado pena rios alvarado sandoval contreras valdez guerrero ortega estrada nunez ' +
    'maldonado vega dominguez espinoza padilla marquez rojas acosta figueroa juarez navarro campos ' +
    'molina avila ayala mejia carrillo duran cabrera trevino villarreal cervantes ibarra lara ' +
    'velasquez fuentes salinas montoya rangel zamora benitez cardenas galvan rocha bautista ochoa ' +
    'villanueva esparza cisneros calderon orozco serrano escobar pacheco barrera zuniga sosa quintero ' +
    'solis gallegos velazquez robles beltran miranda cortes arellano macias valencia'
  ).split(' '),
);

/** Whether a word is one of the common Spanish family names above (accents aside). */
export function spanishSurname(word: string): boolean {
  return SPANISH_SURNAMES.has(foldAccents(word).toLowerCase());
}

/** Whether a name of three words or more, split first name first into `middle` and `last`, ends in
 *  two of the commonest Spanish surnames (`Maria Garcia Lopez`: middle Garcia, last Lopez). */
export function endsInTwoSpanishSurnames(middle: string | undefined, last: string): boolean {
  if (!middle || last.includes(' ')) return false;
  const beforeLast = middle.slice(middle.lastIndexOf(' ') + 1);
  return spanishSurname(last) && spanishSurname(beforeLast);
}
