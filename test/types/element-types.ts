// Compiled by `tsc -p test/types` in npm test: each @ts-expect-error line must be an error
// (tsc fails on an unused one), every other line must compile.
import 'cimo-widgets';
import {setLocale, type LocaleChangeEvent, type SfrLinkClickDetail} from 'cimo-widgets';

const procedure = document.createElement('cimo-procedure');
procedure.procedure = 'thermal-ablation';
// @ts-expect-error A misspelt procedure.
procedure.procedure = 'thermal-ablatoin';
procedure.techniques = 'radiofrequency microwave';
// @ts-expect-error An unknown technique.
procedure.techniques = 'laser';
procedure.headingLevel = 3;
// @ts-expect-error Headings go from 1 to 6.
procedure.headingLevel = 7;
procedure.theme = 'auto';
// @ts-expect-error An unknown theme.
procedure.theme = 'blue';
procedure.stayNights = 2;
// @ts-expect-error A number, not a string.
procedure.stayNights = '2';

const risks = document.createElement('cimo-risks');
risks.organ = 'liver';
// @ts-expect-error An organ the clinic's page does not name.
risks.organ = 'heart';
// @ts-expect-error Drainage is spelt so.
risks.procedure = 'drain';

const link = document.querySelector('cimo-sfr-link');
if (link) {
  link.procedure = 'drainage';
  // @ts-expect-error An unknown procedure.
  link.procedure = 'biopsy';
  link.addEventListener('cimo-sfr-link-click', (event) => {
    const detail: SfrLinkClickDetail = event.detail;
    const href: string = detail.href;
    // @ts-expect-error The detail has no url field.
    void event.detail.url;
    void href;
  });
}

document.addEventListener('cimo-sfr-link-click', (event) => {
  // @ts-expect-error procedure is one of the ids, not a number.
  const wrong: number = event.detail.procedure;
  void wrong;
});

window.addEventListener('cimo-locale-change', (event: LocaleChangeEvent) => {
  const locale: 'fr' | 'en' = event.detail.locale;
  void locale;
});

void setLocale('en-GB');
// @ts-expect-error setLocale takes a language tag.
void setLocale(42);

// @ts-expect-error No such element.
document.createElement('cimo-procedures').procedure = 'drainage';
