// A web-test-runner reporter that writes {passed, failed, skipped} to test-results/<name>.json,
// so that .ci/run can print one plain total whatever runners the test command uses.
import {writeTestResults} from './test-results.mjs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countReporter(name) {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load (or threw outside a test) counts as one failure.
        if (!session.passed && session.errors?.length) totals.failed++;
      }
      writeTestResults(name, totals);
    },
  };
}
