// Types for cli-bundle.config.mjs (the bench imports it).
export function buildCliBundle(outDir?: string): Promise<string>;
