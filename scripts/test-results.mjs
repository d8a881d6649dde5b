// Every runner of the test command records its totals in test-results/<name>.json, in one shape,
// so that .ci/run can print one plain "N passed, N failed" line across all of them.
import {mkdirSync, writeFileSync} from 'node:fs';

/** Writes `{passed, failed, skipped}` to test-results/<name>.json. */
export function writeTestResults(name, {passed, failed, skipped = 0}) {
  mkdirSync('test-results', {recursive: true});
  writeFileSync(`test-results/${name}.json`, JSON.stringify({passed, failed, skipped}) + '\n');
}

/**
 * Pass/fail checks of a node script: each printed as it runs; `finish()` records the totals
 * as test-results/<name>.json and makes the script exit 1 if any failed.
 */
export function checklist(name) {
  const totals = {passed: 0, failed: 0};
  return {
    check(ok, title, problems = []) {
      totals[ok ? 'passed' : 'failed']++;
      const details = ok || !problems.length ? '' : `:\n    ${problems.join('\n    ')}`;
      console.log(`${ok ? '✓' : '✗'} ${title}${details}`);
    },
    finish() {
      writeTestResults(name, totals);
      process.exitCode = totals.failed ? 1 : 0;
    },
  };
}
