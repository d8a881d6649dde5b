// The pages the benchmark compares, all with the same content: (a) the CDN bundle and N widgets,
// (b) that content pasted as static HTML, (c) N iframes, each a small page with one widget's HTML,
// (p) the bundle page prerendered by `cimo-widgets prerender`, script kept.

/** The widget mix: procedures and risks, both procedures, repeated up to N. */
export const widgetKinds = [
  {tag: 'cimo-procedure', attributes: 'procedure="drainage"'},
  {tag: 'cimo-risks', attributes: 'procedure="drainage"'},
  {tag: 'cimo-procedure', attributes: 'procedure="thermal-ablation"'},
  {tag: 'cimo-risks', attributes: 'procedure="thermal-ablation" organ="liver"'},
];
const kindAt = (index) => widgetKinds[index % widgetKinds.length];

/**
 * Records `window.renderedAt` (ms since navigation start) once `ready` resolves and the next
 * frame has been produced: the same finish line for every variant.
 */
const finishLine = (ready) => `<script>
  (${ready})().then(() => requestAnimationFrame(() => setTimeout(() => { window.renderedAt = performance.now(); })));
</script>`;

const page = (head, body) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>${head}</head><body>${body}</body></html>`;

export const bundlePage = (count) =>
  page(
    '<script type="module" src="/dist/cimo-widgets.js"></script>',
    Array.from({length: count}, (_, i) => `<${kindAt(i).tag} ${kindAt(i).attributes}></${kindAt(i).tag}>`).join('\n') +
      finishLine(`async () => {
        const widgets = [...document.querySelectorAll('cimo-procedure, cimo-risks')];
        await Promise.all(['cimo-procedure', 'cimo-risks'].map((tag) => customElements.whenDefined(tag)));
        await Promise.all(widgets.map((widget) => widget.updateComplete));
      }`)
  );

/**
 * The bundle page's widgets to be prerendered (`cimo-widgets prerender`), script included: the
 * content is there when parsed, so it finishes like the static page, at the first frame.
 */
export const prerenderSource = (count) =>
  page(
    '<script type="module" src="/dist/cimo-widgets.js"></script>',
    Array.from({length: count}, (_, i) => `<${kindAt(i).tag} ${kindAt(i).attributes}></${kindAt(i).tag}>`).join('\n') +
      finishLine('async () => {}')
  );

/** Shadow-root CSS made to work on the page: scoped by nesting under the widget's class. */
const scopedCss = (tag, cssText) =>
  `.${tag}{${cssText.replace(/:host\(([^()]*)\)/g, '&$1').replace(/:host\b/g, '&')}}`;

/** One widget as static HTML: a wrapper with its class, holding its shadow root's markup. */
const staticWidget = (snapshot, index) =>
  `<div class="${kindAt(index).tag}">${snapshot.html[index % widgetKinds.length]}</div>`;
const staticStyles = (snapshot) => `<style>${Object.entries(snapshot.css).map(([tag, css]) => scopedCss(tag, css)).join('\n')}</style>`;

export const staticPage = (snapshot, count) =>
  page(
    staticStyles(snapshot),
    Array.from({length: count}, (_, i) => staticWidget(snapshot, i)).join('\n') + finishLine('async () => {}')
  );

export const framePage = (snapshot, index) => page(staticStyles(snapshot), staticWidget(snapshot, index));

export const iframesPage = (count) =>
  page(
    '<style>iframe{display:block;inline-size:100%;block-size:40rem;border:0}</style>',
    Array.from({length: count}, (_, i) => `<iframe src="/frame/${i}.html" title="CIMO ${i}"></iframe>`).join('\n') +
      finishLine(`() => Promise.all([...document.querySelectorAll('iframe')].map((frame) =>
        frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL !== 'about:blank'
          ? undefined
          : new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}))))`)
  );

/** Runs in the bundle page with one widget of each kind: their rendered HTML and CSS. */
export function takeSnapshot() {
  const widgets = [...document.querySelectorAll('cimo-procedure, cimo-risks')];
  const css = {};
  for (const widget of widgets) {
    css[widget.localName] = widget.shadowRoot.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
  }
  // Lit's markers are comments: leave them out of the static copy.
  return {html: widgets.map((widget) => widget.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '')), css};
}
