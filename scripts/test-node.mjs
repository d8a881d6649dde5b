// The Node tests (test/ssr/: server rendering and the prerender command; test/node/: build
// tooling), with node:test's own runner; totals go to test-results/node.json like every other runner's.
import {readdirSync} from 'node:fs';
import {run} from 'node:test';
import {spec} from 'node:test/reporters';
import {writeTestResults} from './test-results.mjs';

const files = ['test/ssr', 'test/node'].flatMap((dir) =>
  readdirSync(dir).filter((name) => name.endsWith('.test.mjs')).map((name) => `${dir}/${name}`)
);
const totals = {passed: 0, failed: 0};
const stream = run({files, concurrency: 1});
stream.on('test:pass', (event) => event.details.type !== 'suite' && totals.passed++);
stream.on('test:fail', (event) => event.details.type !== 'suite' && totals.failed++);
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.once('end', resolve));
writeTestResults('node', totals);
process.exitCode = totals.failed || !totals.passed ? 1 : 0;
