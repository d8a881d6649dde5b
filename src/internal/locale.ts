import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale, targetLocales} from '../generated/locale-codes.js';

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
    widgets.forEach((widget) => widget.requestUpdate());
  }
  if (getLocale() === locale) {
    window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, {detail: {locale}}));
  }
}

/** Catalogues that failed to load for the page's language: warned once, not retried. */
const failedCatalogues = new Set<Locale>();

/** Connected widgets: a change of region alone (`en-GB` to `en-US`) re-renders their dates. */
const widgets = new Set<{requestUpdate(): void}>();
let followingPage = false;

/**
 * Keeps `widget` in step with `<html lang>` while it is connected (until `unfollow`); the page
 * is watched from the first widget on.
 */
export function followPageLanguage(widget: {requestUpdate(): void}): () => void {
  widgets.add(widget);
  if (!followingPage) {
    followingPage = true;
    const root = document.documentElement;
    const apply = () => {
      const locale = localeForLanguageTag(root.lang);
      if (locale === getLocale() || failedCatalogues.has(locale)) widgets.forEach((each) => each.requestUpdate());
      else
        switchLocale(root.lang).catch((error: unknown) => {
          failedCatalogues.add(locale);
          console.warn(`cimo-widgets: the "${locale}" catalogue failed to load; showing French.`, error);
        });
    };
    if (!chosenByHost) apply();
    new MutationObserver((records) => {
      // Only a real change of lang overrides the host's choice (setting the same value is none).
      if (records.every((record) => (record.oldValue ?? '') === root.lang)) return;
      chosenByHost = false;
      apply();
    }).observe(root, {attributes: true, attributeFilter: ['lang'], attributeOldValue: true});
  }
  return () => widgets.delete(widget);
}

/**
 * One Intl object per kind and locale tag: building one costs far more than using it, and every
 * widget needs them on every render (the largest script cost per widget before this cache).
 */
function perLocaleTag<T>(create: (tag: string) => T): (tag: string) => T {
  const cache = new Map<string, T>();
  return (tag) => {
    let value = cache.get(tag);
    if (value === undefined) cache.set(tag, (value = create(tag)));
    return value;
  };
}
const dateFormat = perLocaleTag((tag) => new Intl.DateTimeFormat(tag, {dateStyle: 'long', timeZone: 'UTC'}));
const orListFormat = perLocaleTag((tag) => new Intl.ListFormat(tag, {type: 'disjunction'}));

// Regions whose conventions match the wording of each catalogue (English is British).
const defaultRegions: Record<Locale, string> = {fr: 'fr-FR', en: 'en-GB'};

/** `tag` if Intl accepts it (a page may write any `lang`), else undefined. */
const validTag = (tag: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
};

// On a server (no document), the `lang` of the page being rendered, given by cimo-widgets/ssr.
let serverPageTag = '';
/** Sets the `<html lang>` of the page the server renders the widgets for. */
export const setServerPageTag = (tag: string): void => {
  serverPageTag = tag;
};

/** The locale for Intl: the page's own regional tag (`en-US`) when it is in the current language. */
const intlLocale = (): string => {
  const pageTag = globalThis.document?.documentElement.lang ?? serverPageTag;
  const regional = localeForLanguageTag(pageTag) === getLocale() && pageTag.includes('-') && validTag(pageTag);
  return regional || defaultRegions[getLocale()];
};

/** A calendar date (`Date` at UTC midnight) written in full in the page's language. */
export const formatDate = (date: Date): string => dateFormat(intlLocale()).format(date);

/** Alternatives as the page's language lists them: "du foie ou du poumon", "liver, kidney or lung". */
export const formatOrList = (items: readonly string[]): string => orListFormat(intlLocale()).format(items);
