// Types for cli-bundle-fresh.mjs (the bench and the build import it).
export const CLI_BUNDLE_DIR: string;
export const CLI_BUNDLE_ENTRY: string;
export const CLI_BUNDLE_MANIFEST: string;
export function hashInputs(root: string, files: string[]): string;
export function statInputs(root: string, files: string[]): string[];
export function freshCliBundle(root: string): string | undefined;
