import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {getLocale, setLocale} from '../src/index.js';
import {shadowOne, waitFor} from './helpers.js';

// Its own file, so that no widget has connected yet when the host calls setLocale (each test
// file runs in a fresh page).
const heading = (el: Element) => shadowOne(el, 'h2')!.textContent!.trim();

describe('a host’s setLocale', () => {
  it('holds when called before the first widget connects, until <html lang> changes', async () => {
    expect(document.documentElement.lang).not.to.match(/^en/);
    await setLocale('en');
    const el = await fixture(html`<cimo-overview></cimo-overview>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale()).to.equal('en');
    expect(heading(el)).to.equal('Interventional radiology in cancer care');

    // Writing the same lang again is no change.
    // eslint-disable-next-line no-self-assign -- the write itself is what is tested
    document.documentElement.lang = document.documentElement.lang;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale()).to.equal('en');

    document.documentElement.lang = 'fr-BE';
    await waitFor(() => heading(el) === 'Radiologie interventionnelle en cancérologie', 'French after lang change');
  });

  it('holds when called while widgets are connected, until <html lang> changes', async () => {
    const el = await fixture(html`<cimo-overview></cimo-overview>`);
    await setLocale('en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heading(el)).to.equal('Interventional radiology in cancer care');
    const later = await fixture(html`<cimo-overview></cimo-overview>`);
    expect(heading(later)).to.equal('Interventional radiology in cancer care');
    document.documentElement.lang = 'fr';
    await waitFor(() => heading(el) === 'Radiologie interventionnelle en cancérologie', 'French after lang change');
  });
});
