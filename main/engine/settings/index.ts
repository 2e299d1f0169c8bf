// Settings: schema, validation, migrations, the settings file and the data folder layout.
export * from './schema.ts';
export * from './defaults.ts';
export * from './validate.ts';
export * from './migrate.ts';
export * from './settings-file.ts';
export * from './data-dir.ts';
export * from './inbox-rules.ts';
export { writeFileAtomic } from './atomic-write.ts';
