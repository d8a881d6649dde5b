import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {usePageLanguage} from './locale.js';
import {pageWatchController} from './page-watch.js';

let followingPage = false;

/** Starts following `<html lang>` (once per page; the first widget to connect does it). */
export function followPageLanguage(): void {
  if (followingPage) return;
  followingPage = true;
  const root = document.documentElement;
  usePageLanguage(root.lang, false);
  new MutationObserver((records) => {
    // Only a real change of lang overrides the host's choice (setting the same value is none).
    if (records.some((record) => (record.oldValue ?? '') !== root.lang)) usePageLanguage(root.lang, true);
  }).observe(root, {attributes: true, attributeFilter: ['lang'], attributeOldValue: true});
}

/** A controller that keeps its host in the page's language (`<html lang>`) while it is connected. */
export const pageLanguageController = (host: ReactiveControllerHost): ReactiveController =>
  pageWatchController(host, followPageLanguage);
