import {elementDeclaration, type CimoTag} from './manifest.js';

const CDN_SCRIPT =
  '<script type="module" src="https://cdn.example.org/cimo-widgets@0.1.0/dist/cimo-widgets.js"></script>';

/**
 * The docs page's introduction for `tag`: the manifest's description, then the snippet a
 * webmaster pastes into a page (`example` is the element's tag as written there).
 */
export function elementDocs(tag: CimoTag, example: string) {
  const {summary, description} = elementDeclaration(tag);
  const intro = [summary && `**${summary}**`, description].filter(Boolean).join('\n\n');
  const embed = ['```html', CDN_SCRIPT, '', example, '```'].join('\n');
  return {
    docs: {
      description: {
        component: `${intro}\n\n### Put it on a page\n\nCopy these lines into the page's HTML:\n\n${embed}`,
      },
    },
  };
}
