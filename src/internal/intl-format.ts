import {getLocale, localeForLanguageTag, type Locale} from './locale.js';

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
