// axe-core (every violation, any impact) over every window of the booted app, with the
// system in dark mode. The walk is in accessibility-tour.ts.
import { describeAccessibilityTour } from './accessibility-tour.ts';

describeAccessibilityTour('dark');
