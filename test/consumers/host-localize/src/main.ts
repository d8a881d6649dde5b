// The app configures @lit/localize for its own messages, as Lit's docs show. The widgets' module
// is evaluated first (static imports run before this module's body): with one shared runtime,
// the app's configureLocalization would throw "lit-localize can only be configured once".
import {setLocale as setWidgetsLocale} from 'cimo-widgets';
import {configureLocalization, msg, updateWhenLocaleChanges} from '@lit/localize';
import {LitElement, html} from 'lit';

const app = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: async () => ({templates: {greeting: 'Hola, paciente'}}),
});

class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override render() {
    return html`<p>${msg('Hello, patient', {id: 'greeting'})}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);

document.addEventListener('cimo-sfr-link-click', (event) => {
  document.querySelector('#events')!.textContent += `${event.type} ${event.detail.procedure}\n`;
});

async function start() {
  // The app switches to Spanish: the widgets keep following <html lang> (French).
  await app.setLocale('es');
  const statusEvents: string[] = [];
  window.addEventListener('lit-localize-status', (event) => statusEvents.push(event.detail.status));
  // The widgets switch to English: the app stays in Spanish and hears nothing of it.
  await setWidgetsLocale('en');
  document.querySelector('#app-locale')!.textContent = `app locale ${app.getLocale()}, status events ${statusEvents.length}`;
  document.body.dataset.ready = 'true';
}
void start();
