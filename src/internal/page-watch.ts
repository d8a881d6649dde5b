import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Connected widgets: a change of the page (language, colour scheme) or catalogue re-renders them all. */
const connected = new Set<ReactiveControllerHost>();

/** Re-renders every connected widget. */
export const refreshWidgets = (): void => connected.forEach((widget) => widget.requestUpdate());

/**
 * Base of the controllers that re-render their host when the page changes under it: while the
 * host is connected it is among the widgets `refreshWidgets` reaches, and `watchPage` (which
 * starts its watch once per page) has run. Nothing connects on a server, so nothing watches there.
 */
export abstract class PageWatchController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly watchPage: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    this.watchPage();
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }
}
