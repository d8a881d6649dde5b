// Writes src/version.ts from package.json's version (first step of `npm run build`), so the
// version the elements report is always the one published.
import {readFileSync, writeFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const text = `// Generated from package.json by scripts/write-version.mjs (npm run build): do not edit.
/** This package's version. */
export const VERSION = ${JSON.stringify(version)};
`;
const file = 'src/version.ts';
if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
