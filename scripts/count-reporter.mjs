// A web-test-runner reporter that writes {passed, failed, skipped} to test-results/<name>-<engine>.json
// for each engine (browser-chromium.json, browser-firefox.json, ...), so that .ci/run can print
// one plain total and the count per engine whatever runners the test command uses.
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
      const perEngine = new Map();
      for (const session of sessions) {
        const engine = session.browser.name.toLowerCase();
        if (!perEngine.has(engine)) perEngine.set(engine, {passed: 0, failed: 0, skipped: 0});
        const totals = perEngine.get(engine);
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load (or threw outside a test) counts as one failure.
        if (!session.passed && session.errors?.length) totals.failed++;
      }
      for (const [engine, totals] of perEngine) writeTestResults(`${name}-${engine}`, totals);
    },
  };
}
