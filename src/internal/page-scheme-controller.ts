import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {pageWatchController, refreshWidgets} from './page-watch.js';

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

/** A controller that re-renders its host, while it is connected, when the page's colour scheme may have changed. */
export const pageSchemeController = (host: ReactiveControllerHost): ReactiveController =>
  pageWatchController(host, watchPageScheme);
