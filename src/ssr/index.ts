// cimo-widgets/ssr: the widgets rendered on a server (Node), as declarative shadow DOM, for
// static-site generators and CMS plugins. The `cimo-widgets prerender` command uses it.
export {renderWidgetHTML, widgetTags, type RenderOptions, type WidgetTag} from './render.js';
export {prerenderPage, type PrerenderResult} from './prerender.js';
