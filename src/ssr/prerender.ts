import {parse} from 'parse5';
import {attribute, inTurn, isElement, isWidgetTag, renderShadowRoot, useLanguage, type Element, type Node, type WidgetTag} from './render.js';


export interface PrerenderResult {
  /** The page, with each widget's content inserted after its start tag; all else unchanged. */
  html: string;
  /** How many widgets were prerendered. */
  count: number;
}


/** Every element of the document in document order (not inside `<template>`: inert content). */
function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* elements(child);
}

/** Whether the element already has a declarative shadow root (a page prerendered twice). */
const hasShadowRoot = (element: Element) =>
  element.childNodes.some((child) => isElement(child) && child.tagName === 'template' && (attribute(child, 'shadowrootmode') ?? attribute(child, 'shadowroot')));

/**
 * Prerenders every cimo-widgets element of `page` (a whole HTML document) in the language of
 * its `<html lang>`: each gets its rendered content as declarative shadow DOM right after its
 * start tag, and nothing else in the page changes, byte for byte. Invalid attributes render the
 * notice the browser would show and warn on the console (stderr), as in the browser.
 */
export function prerenderPage(page: string): Promise<PrerenderResult> {
  const document = parse(page, {sourceCodeLocationInfo: true});
  const all = [...elements(document)];
  const lang = attribute(all.find((element) => element.tagName === 'html')!, 'lang') ?? '';
  const widgets = all.filter((element) => isWidgetTag(element.tagName) && !hasShadowRoot(element));
  return inTurn(async () => {
    await useLanguage(lang);
    let html = '';
    let copied = 0;
    for (const widget of widgets) {
      const insertAt = widget.sourceCodeLocation?.startTag?.endOffset;
      if (insertAt === undefined) continue;
      const attributes = Object.fromEntries(widget.attrs.map((attr) => [attr.name, attr.value]));
      const content = page.slice(insertAt, widget.sourceCodeLocation?.endTag?.startOffset ?? insertAt);
      try {
        html += page.slice(copied, insertAt) + renderShadowRoot(widget.tagName as WidgetTag, attributes, content);
        copied = insertAt;
      } catch (error) {
        // A bug of ours must not cost the webmaster the page: this widget is left to the script.
        console.warn(`cimo-widgets: <${widget.tagName}> could not be prerendered:`, error);
      }
    }
    return {html: html + page.slice(copied), count: widgets.length};
  });
}
