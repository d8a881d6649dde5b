// A console.error while a story renders fails that story's test (warnings, such as the
// bad-input notices' console.warn, do not).
import {afterEach, beforeEach, expect, vi, type MockInstance} from 'vitest';

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  const calls = consoleError.mock.calls.map((args) => args.map(String).join(' '));
  consoleError.mockRestore();
  expect(calls, 'console.error during the story').toEqual([]);
});
