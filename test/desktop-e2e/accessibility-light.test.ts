// axe-core (serious and critical violations) over every window of the booted app, with the
// system in light mode. The walk is in accessibility-tour.ts.
import { describeAccessibilityTour } from './accessibility-tour.ts';

describeAccessibilityTour('light');
