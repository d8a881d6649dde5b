import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {refreshWidgets} from './page-watch.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** Fired on `window` once the widgets have switched to a new locale; `detail.locale` names it. */
export const LOCALE_CHANGE_EVENT = 'cimo-locale-change';

export type LocaleChangeEvent = CustomEvent<{locale: Locale}>;

declare global {
  interface WindowEventMap {
    [LOCALE_CHANGE_EVENT]: LocaleChangeEvent;
  }
}

// Static imports per locale so the bundler emits each catalogue as its own lazy chunk.
const loaders: Record<TargetLocale, () => Promise<typeof import('../generated/locales/en.js')>> = {
  en: () => import('../generated/locales/en.js'),
};

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as TargetLocale](),
});

/** The widgets' current locale (page-wide). */
export const getLocale = localization.getLocale as () => Locale;

/** Maps a BCP 47 tag (`fr-BE`, `en-GB`, `EN`) to a supported locale; anything else to French. */
export function localeForLanguageTag(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(language) ? (language as Locale) : sourceLocale;
}

/** Set by a host's `setLocale` call: the page's current `lang` no longer decides the locale. */
let chosenByHost = false;

/** The catalogue being loaded, during which widgets render nothing rather than the wrong language. */
let loading: Locale | undefined;
export const awaitingCatalogue = (): boolean => loading !== undefined;

/**
 * Switches every widget on the page to `tag`'s locale (unsupported tags fall back to French)
 * and resolves once they re-rendered. It holds, whether widgets are connected yet or not, until
 * `<html lang>` changes: then they follow the page again.
 */
export async function setLocale(tag: string): Promise<void> {
  chosenByHost = true;
  await switchLocale(tag);
}

async function switchLocale(tag: string): Promise<void> {
  const locale = localeForLanguageTag(tag);
  if (locale === getLocale()) return;
  loading = locale;
  try {
    await localization.setLocale(locale);
  } finally {
    if (loading === locale) loading = undefined;
    // Loaded or not, nobody stays empty (on failure they render in the locale still current).
    refreshWidgets();
  }
  if (getLocale() === locale) {
    window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, {detail: {locale}}));
  }
}

/** Catalogues that failed to load for the page's language: warned once, not retried. */
const failedCatalogues = new Set<Locale>();

/**
 * The page's language is `tag`: the widgets switch to its locale, unless a host chose one with
 * `setLocale` and the page's `lang` has not `changed` since. A change of region alone (`en-GB` to
 * `en-US`) re-renders them, for their dates.
 */
export function usePageLanguage(tag: string, changed: boolean): void {
  if (changed) chosenByHost = false;
  if (chosenByHost) return;
  const locale = localeForLanguageTag(tag);
  if (locale === getLocale() || failedCatalogues.has(locale)) refreshWidgets();
  else
    switchLocale(tag).catch((error: unknown) => {
      failedCatalogues.add(locale);
      console.warn(`cimo-widgets: the "${locale}" catalogue failed to load; showing French.`, error);
    });
}
