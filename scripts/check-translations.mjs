// Fails when a source message (a msg() call in src/) lacks a translation in a locales/*.xlf
// file, or when a translation's id is no longer in the source. Writes
// test-results/translations.json ({passed, failed}: one check per locale and direction).
import {mkdirSync, writeFileSync} from 'node:fs';
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';

const config = readConfigFileAndWriteSchema('lit-localize.json');
const localizer = new RuntimeLitLocalizer(config);
const {messages, errors} = localizer.extractSourceMessages();
if (errors.length) throw new Error(`Could not extract messages: ${errors.length} TypeScript errors`);
const sourceIds = new Set(messages.map((message) => message.name));
const {translations} = localizer.readTranslationsSync();

const results = {passed: 0, failed: 0, skipped: 0};
const check = (ok, title, problems) => {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✓' : '✗'} ${title}${ok ? '' : `:\n    ${problems.join('\n    ')}`}`);
};

for (const locale of config.targetLocales) {
  const translated = new Set((translations.get(locale) ?? []).map((message) => message.name));
  const missing = [...sourceIds].filter((id) => !translated.has(id));
  const stale = [...translated].filter((id) => !sourceIds.has(id));
  check(missing.length === 0, `${locale}: all ${sourceIds.size} source messages are translated`, missing);
  check(stale.length === 0, `${locale}: no translation of a message gone from the source`, stale);
}

mkdirSync('test-results', {recursive: true});
writeFileSync('test-results/translations.json', JSON.stringify(results) + '\n');
process.exitCode = results.failed ? 1 : 0;
