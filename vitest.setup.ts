// A console.error while a story renders fails that story's test (warnings, such as the
// bad-input notices' console.warn, do not). Stories with `parameters.emulateMedia` (print,
// forced colours, a dark-mode reader) get it through Playwright (the preview's beforeEach).
import {afterEach, beforeEach, expect, vi, type MockInstance} from 'vitest';
import {commands} from 'vitest/browser';
import type {EmulatedMedia} from './.storybook/preview.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: EmulatedMedia) => Promise<void>;
  }
}

globalThis.cimoEmulateMedia = (media) => commands.emulateMedia(media);

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  const calls = consoleError.mock.calls.map((args) => args.map(String).join(' '));
  consoleError.mockRestore();
  expect(calls, 'console.error during the story').toEqual([]);
});
