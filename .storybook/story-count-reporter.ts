import {writeTestResults} from '../scripts/test-results.mjs';
import type {Reporter, TestModule} from 'vitest/node';

/**
 * Writes {passed, failed, skipped} to test-results/<name>.json, as scripts/count-reporter.mjs
 * does for web-test-runner, so that .ci/run can total every runner.
 */
export function storyCountReporter(name: string): Reporter {
  return {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors) {
      const totals = {passed: 0, failed: unhandledErrors.length, skipped: 0};
      for (const testModule of testModules) {
        let tests = 0;
        for (const test of testModule.children.allTests()) {
          tests++;
          const {state} = test.result();
          if (state === 'passed') totals.passed++;
          else if (state === 'failed') totals.failed++;
          else totals.skipped++;
        }
        // A story file that failed to load counts as one failure.
        if (tests === 0 && testModule.state() === 'failed') totals.failed++;
      }
      writeTestResults(name, totals);
    },
  };
}
