// The corpus variations, part 3 of 4 (every fourth layout): see variations-suite.ts.
import { variationsSuite } from './variations-suite.ts';

variationsSuite(3);
