// Generated from package.json by scripts/write-version.mjs (npm run build): do not edit.
/** This package's version. */
export const VERSION = "0.1.0";
