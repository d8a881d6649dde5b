// `npm run lint` (part of `npm test`): ESLint with typescript-eslint, eslint-plugin-lit and
// eslint-plugin-wc; lit-analyzer type-checks the templates separately.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['lib/', '**/dist/', 'storybook-static/', 'test-results/', 'src/generated/', 'custom-elements.json', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.js', 'test/fixtures/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['**/*.mjs', '*.js', '*.ts', 'bin/**', '.storybook/**', 'test/ssr/**', 'test/node/**'],
    languageOptions: {globals: globals.node},
  },
  {
    // Functions these scripts hand to page.evaluate() run in the browser.
    files: ['scripts/bench/**', 'scripts/test-consumers.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: globals.mocha},
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  }
);
