// Fails when a source message (a msg() call in src/) lacks a translation in a locales/*.xlf
// file, or when a translation's id is no longer in the source. Writes
// test-results/translations.json ({passed, failed}: one check per locale and direction).
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {checklist} from './test-results.mjs';

const config = readConfigFileAndWriteSchema('lit-localize.json');
const localizer = new RuntimeLitLocalizer(config);
const {messages, errors} = localizer.extractSourceMessages();
if (errors.length) throw new Error(`Could not extract messages: ${errors.length} TypeScript errors`);
const sourceIds = new Set(messages.map((message) => message.name));
const {translations} = localizer.readTranslationsSync();

const {check, finish} = checklist('translations');

for (const locale of config.targetLocales) {
  const translated = new Set((translations.get(locale) ?? []).map((message) => message.name));
  const missing = [...sourceIds].filter((id) => !translated.has(id));
  const stale = [...translated].filter((id) => !sourceIds.has(id));
  check(missing.length === 0, `${locale}: all ${sourceIds.size} source messages are translated`, missing);
  check(stale.length === 0, `${locale}: no translation of a message gone from the source`, stale);
}

finish();
