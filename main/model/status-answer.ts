// What a person says a status word means when asked once (settings review, `mapping confirm`).
// A model type because the review crosses the IPC contract; the importer applies it
// (main/import/map/status-vocabulary.ts).
export type StatusAnswer = 'new' | 'cancel' | 'skip';
