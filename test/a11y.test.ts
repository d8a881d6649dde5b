import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';

const examples = [
  '<cimo-overview></cimo-overview>',
  '<cimo-procedure procedure="drainage"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation" techniques="radiofrequency cryotherapy"><p slot="clinic-note">Note</p></cimo-procedure>',
  '<cimo-risks procedure="drainage"></cimo-risks>',
  '<cimo-risks procedure="thermal-ablation" organ="lung"></cimo-risks>',
  '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>',
  '<cimo-procedure procedure="unknown" heading-level="9"></cimo-procedure>',
];

describe('accessibility (axe-core)', () => {
  for (const example of examples) {
    it(`has no violation: ${example}`, async () => {
      const el = await fixture(example);
      await expect(el).to.be.accessible();
    });
  }
});
