import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Whether a computed `rgb()` colour is light (relative luminance above that of mid grey). */
const isLight = (color: string): boolean => {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
};

/** Connected controllers, re-read when the page's scheme may have changed. */
const connected = new Set<PageSchemeController>();
let watchingPage = false;

/**
 * Every widget reads the page first, then applies what it read: reading between other widgets'
 * writes would restyle the page once per widget.
 */
function rereadPage(): void {
  connected.forEach((controller) => controller.read());
  connected.forEach((controller) => controller.apply());
}

/**
 * A page's scheme may arrive after the widgets rendered (style sheets still loading) or change
 * (a theme switch sets an attribute on <html> or <body>): read it again then.
 */
function watchPage(): void {
  if (watchingPage) return;
  watchingPage = true;
  if (document.readyState !== 'complete') window.addEventListener('load', rereadPage, {once: true});
  const observer = new MutationObserver(rereadPage);
  for (const element of [document.documentElement, document.body]) {
    if (element) observer.observe(element, {attributes: true});
  }
}

/**
 * The colour scheme its host gets from the page, as classes of `.root` (see shared.styles.ts),
 * read when the host connects and whenever the page may have changed, never while rendering;
 * `apply` puts a new reading to use.
 */
export class PageSchemeController implements ReactiveController {
  /** `page` (the page declares a color-scheme), else `system`, plus `on-dark-page` on light text. */
  value = 'page';

  constructor(
    private readonly host: Host,
    readonly apply: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchPage();
    this.read();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /**
   * The host inherits the page's color-scheme ("normal": the page declares none) and text
   * colour. A page that declares none yet writes light text is dark (Bulma's data-theme,
   * class-based dark modes): the widget then paints its own surface in a light scheme too.
   */
  read(): void {
    const {colorScheme, color} = getComputedStyle(this.host);
    this.value = colorScheme !== 'normal' ? 'page' : isLight(color) ? 'system on-dark-page' : 'system';
  }
}
