import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';

/** Every element on one hospital page, as in demo/index.html: how a partner clinic composes them. */
const meta: Meta = {title: 'Whole page'};
export default meta;

export const HospitalPage: StoryObj = {
  render: () => html`
    <header>
      <p><strong>Centre hospitalier de démonstration</strong></p>
    </header>
    <main>
      <p>Accueil › Services › Imagerie › Radiologie interventionnelle</p>
      <h1>Radiologie interventionnelle en cancérologie</h1>
      <p>
        Cette page reprend l’information aux patients de notre service d’imagerie. Nos équipes sont à votre
        disposition pour toute question.
      </p>

      <cimo-overview heading-level="2"></cimo-overview>

      <cimo-procedure procedure="drainage" heading-level="2"></cimo-procedure>
      <cimo-risks procedure="drainage" heading-level="3"></cimo-risks>
      <cimo-sfr-link procedure="drainage"></cimo-sfr-link>

      <cimo-procedure
        procedure="thermal-ablation"
        heading-level="2"
        clinic-name="Le Centre hospitalier de démonstration"
        techniques="radiofrequency microwave"
        organs="liver kidney"
        stay-nights="1"
      >
        <p slot="clinic-note">
          Une question avant votre intervention ? Le secrétariat d’imagerie vous répond du lundi au vendredi.
        </p>
      </cimo-procedure>
      <cimo-risks procedure="thermal-ablation" heading-level="3"></cimo-risks>
      <cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>
    </main>
    <footer>
      <p>Centre hospitalier de démonstration – page d’exemple de cimo-widgets.</p>
    </footer>
  `,
};
