import {setViewport} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import {hostPages} from '../fixtures/hosts/frameworks.js';
import {openHostPage} from './host-page.js';

// Each framework host page, pixel for pixel, against docs/screenshots/hosts/ (Chromium only:
// every engine draws text differently). `npm run screenshots` rewrites them after a change.
describe('what the widgets look like on each framework page (Chromium)', function () {
  this.timeout(60000);
  before(() => setViewport({width: 1100, height: 900}));

  for (const {name, scheme} of hostPages) {
    for (const width of [320, 1024]) {
      it(`hosts/${name}--${scheme}--${width}`, async () => {
        const frame = await openHostPage(name, scheme, width);
        frame.style.height = `${frame.contentDocument!.body.scrollHeight + 32}px`;
        await visualDiff(frame, `hosts/${name}--${scheme}--${width}`);
        frame.remove();
      });
    }
  }
});
