// Typed use of the package in strict TypeScript, next to the app's own Lit element.
import 'cimo-widgets';
import {VERSION, type SfrLinkClickEvent} from 'cimo-widgets';
import {LitElement, html} from 'lit';

class AppNote extends LitElement {
  override render() {
    return html`<p>Page of a partner hospital (cimo-widgets ${VERSION})</p>`;
  }
}
customElements.define('app-note', AppNote);

const procedure = document.querySelector('cimo-procedure')!;
procedure.procedure = 'thermal-ablation';
procedure.clinicName = 'Clinique Partenaire';
procedure.techniques = 'radiofrequency microwave';
procedure.stayNights = 1;
procedure.headingLevel = 2;
// @ts-expect-error A misspelt procedure does not compile.
procedure.procedure = 'thermal-ablatoin';
procedure.procedure = 'thermal-ablation';

const events = document.querySelector('#events')!;
document.addEventListener('cimo-sfr-link-click', (event: SfrLinkClickEvent) => {
  events.textContent += `${event.type} ${event.detail.procedure} ${event.detail.href}\n`;
});
document.body.dataset.ready = 'true';
