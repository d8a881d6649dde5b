import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {elementHelpers, type CimoTag} from './support/manifest.js';
import {part, rendered} from './support/play.js';

/**
 * Every notice an element shows instead of failing when a webmaster mistypes an attribute
 * (each also warns once in the console, naming the valid values).
 */
const meta: Meta = {
  title: 'Bad input',
  parameters: {docs: {description: {component: 'The notice each element shows for a mistyped attribute.'}}},
};
export default meta;
type Story = StoryObj;

/**
 * A story of `<tag>` with `attributes`, checking that its notice is shown and, when the notice
 * quotes the bad value (`shown`), that it does.
 */
const notice = (tag: CimoTag, attributes: Record<string, string>, shown?: string): Story => ({
  args: attributes,
  render: elementHelpers(tag).render,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, tag);
    const [box] = part(canvasElement, tag, 'notice');
    await expect(box?.innerText.trim().length, 'notice text').toBeGreaterThan(10);
    if (shown) await expect(box?.innerText).toContain(shown);
  },
});

export const MissingProcedure = notice('cimo-procedure', {});
export const UnknownProcedure = notice('cimo-procedure', {procedure: 'biopsie'}, 'biopsie');
export const UnknownOrgan = notice('cimo-risks', {procedure: 'thermal-ablation', organ: 'pancreas'}, 'pancreas');
export const UnknownTechnique = notice('cimo-procedure', {procedure: 'thermal-ablation', 'clinic-name': 'Hôpital Nord', techniques: 'microwave laser', 'stay-nights': '2'}, 'laser');
export const EmptyTechniques = notice('cimo-procedure', {procedure: 'thermal-ablation', 'clinic-name': 'Hôpital Nord', techniques: ' ', 'stay-nights': '2'});
export const UnknownOrgans = notice('cimo-procedure', {procedure: 'thermal-ablation', 'clinic-name': 'Hôpital Nord', techniques: 'microwave', organs: 'liver heart', 'stay-nights': '2'}, 'heart');
/** Claims without a clinic's name: shown for no clinic. */
export const ClaimsWithoutClinicName = notice('cimo-procedure', {procedure: 'thermal-ablation', techniques: 'microwave cryotherapy'});
/** A partner that states no stay: CIMO's 2 nights are not shown for it. */
export const PartnerWithoutStay = notice('cimo-procedure', {procedure: 'thermal-ablation', 'clinic-name': 'Hôpital Nord', techniques: 'microwave'});
export const BadHeadingLevel = notice('cimo-risks', {procedure: 'drainage', 'heading-level': '9'}, '9');
export const BadStayNights = notice('cimo-procedure', {procedure: 'thermal-ablation', 'clinic-name': 'Hôpital Nord', techniques: 'microwave', 'stay-nights': 'deux'}, 'deux');
export const BadReviewedDate = notice('cimo-procedure', {procedure: 'drainage', reviewed: '14/03/2025'}, '14/03/2025');
export const UnsafeHref = notice('cimo-sfr-link', {procedure: 'drainage', href: 'javascript:alert(1)'});
/** Falls back to the light theme, which needs a light page. */
export const UnknownTheme: Story = {...notice('cimo-overview', {theme: 'sepia'}, 'sepia'), globals: {hostPage: 'plain'}};
