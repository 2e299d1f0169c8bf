// Node's own import(), for code that runs inside Vitest's module runner (which rewrites or
// refuses an import() written there): the e2e harness loads the built bundles natively with it.
module.exports = (specifier) => import(specifier);
