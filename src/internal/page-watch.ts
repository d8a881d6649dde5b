import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Connected widgets: a change of the page (language, colour scheme) or catalogue re-renders them all. */
const connected = new Set<ReactiveControllerHost>();

/** Re-renders every connected widget. */
export const refreshWidgets = (): void => connected.forEach((widget) => widget.requestUpdate());

/**
 * A controller that re-renders `host` when the page changes under it: while the host is
 * connected it is among the widgets `refreshWidgets` reaches, and `watchPage` (which starts its
 * watch once per page) has run. Nothing connects on a server, so nothing watches there.
 */
export const pageWatchController = (host: ReactiveControllerHost, watchPage: () => void): ReactiveController => ({
  hostConnected() {
    connected.add(host);
    watchPage();
  },
  hostDisconnected() {
    connected.delete(host);
  },
});
