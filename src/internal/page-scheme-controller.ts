import type {ReactiveControllerHost} from 'lit';
import {PageWatchController, refreshWidgets} from './page-watch.js';

let watchingPage = false;

/**
 * A page's scheme may arrive after the widgets rendered (style sheets still loading) or change
 * (a theme switch sets an attribute on <html> or <body>): re-render then.
 */
function watchPageScheme(): void {
  if (watchingPage) return;
  watchingPage = true;
  if (document.readyState !== 'complete') window.addEventListener('load', refreshWidgets, {once: true});
  const observer = new MutationObserver(refreshWidgets);
  for (const element of [document.documentElement, document.body]) {
    if (element) observer.observe(element, {attributes: true});
  }
}

/** Re-renders its host, while it is connected, when the page's colour scheme may have changed. */
export class PageSchemeController extends PageWatchController {
  constructor(host: ReactiveControllerHost) {
    super(host, watchPageScheme);
  }
}
