// The wizard and the settings at their real sizes and the minimum size, at 125 % display
// scaling (the walk is in settings-sizes.ts; one booted app per file, the scale is fixed at boot).
import { describeSettingsSizes } from './settings-sizes.ts';

describeSettingsSizes(1.25);
