// A node:test reporter (`node --test --test-reporter=./scripts/node-test-reporter.mjs`) that
// prints each test and records the totals in test-results/node.json for .ci/run.
import {writeTestResults} from './test-results.mjs';

export default async function* nodeTestReporter(source) {
  const totals = {passed: 0, failed: 0, skipped: 0};
  for await (const {type, data} of source) {
    // Suites report too; only leaf tests count.
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    const outcome = data.skip || data.todo ? 'skipped' : type === 'test:pass' ? 'passed' : 'failed';
    totals[outcome]++;
    yield `${outcome === 'failed' ? '✗' : '✓'} ${data.name}\n`;
    if (outcome === 'failed') yield `    ${String(data.details.error?.cause ?? data.details.error).replace(/\n/g, '\n    ')}\n`;
  }
  writeTestResults('node', totals);
  yield `${totals.passed} passed, ${totals.failed} failed\n`;
}
