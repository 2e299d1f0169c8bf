// One practice field list (issue 12, item 6): model/settings.ts describes a practice's fields, the
// settings schema is built against it (engine/settings/schema-of.ts) and the IPC guard reads its
// field list from the schema. These are compile-time checks: `npx tsc -p .` fails when the schema
// and the interface disagree (each `@ts-expect-error` below must see its error, else tsc reports
// the directive as unused); vitest runs the same file for the runtime side.
import { expectTypeOf } from 'vitest';
import { checkArgument } from '../../../main/app-service/arg-guards.ts';
import { allOf, type PropertiesOf, type RequiredKeys } from '../../../main/engine/settings/schema-of.ts';
import { practiceSchema, settingsSchema } from '../../../main/engine/settings/schema.ts';
import { defaultSettings } from '../../../main/engine/settings/settings-file.ts';
import type { PracticeSettings, Settings } from '../../../main/model/settings.ts';

/** A practice with one more field, as if someone added it to the interface only. */
interface PracticeWithColour extends PracticeSettings {
  colour: string;
}

describe('the practice field list', () => {
  it('the schema has exactly the interface’s fields, of its types, and requires exactly its non-optional ones', () => {
    expectTypeOf<keyof typeof practiceSchema.properties>().toEqualTypeOf<keyof PracticeSettings>();
    expectTypeOf<(typeof practiceSchema.required)[number]>().toEqualTypeOf<RequiredKeys<PracticeSettings>>();
    expectTypeOf<keyof typeof settingsSchema.properties>().toEqualTypeOf<keyof Settings>();
    expectTypeOf<(typeof settingsSchema.required)[number]>().toEqualTypeOf<RequiredKeys<Settings>>();
    // The one optional practice field, worked out by hand from model/settings.ts.
    expect(
      Object.keys(practiceSchema.properties).filter((k) => !practiceSchema.required.includes(k as never)),
    ).toEqual(['maxSnapshotCancelPercent']);
  });

  it('a field on one side only does not compile', () => {
    // Added to the interface, not to the schema's properties.
    // @ts-expect-error: Property 'colour' is missing
    void (practiceSchema.properties satisfies PropertiesOf<PracticeWithColour>);
    // Added to the interface, not to the schema's `required`.
    // @ts-expect-error: { missing: "colour" }
    void allOf<RequiredKeys<PracticeWithColour>>()(practiceSchema.required);
    // Added to the schema, not to the interface.
    void ({
      ...practiceSchema.properties,
      // @ts-expect-error: 'colour' does not exist in type PropertiesOf<PracticeSettings>
      colour: { type: 'string' },
    } satisfies PropertiesOf<PracticeSettings>);
    // Written in the schema with another type than the interface's.
    void ({
      ...practiceSchema.properties,
      // @ts-expect-error: "string" is not assignable to "boolean"
      polling: { type: 'string' },
    } satisfies PropertiesOf<PracticeSettings>);
    expect(true).toBe(true);
  });

  it('the IPC guard takes every schema field and nothing else', () => {
    const practice: PracticeSettings = {
      ...defaultSettings('/data').practices[0]!,
      maxSnapshotCancelPercent: 35,
    };
    // Every field of the interface, the optional one included, is accepted ...
    expect(checkArgument('savePractice', practice)).toBe(true);
    // ... each required one is required ...
    for (const field of practiceSchema.required) {
      const { [field]: _gone, ...without } = practice;
      expect(checkArgument('savePractice', without), field).toBe(false);
    }
    // ... and a field the schema does not have is refused.
    expect(checkArgument('savePractice', { ...practice, colour: 'blue' })).toBe(false);
  });
});
