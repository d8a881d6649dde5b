// What story play functions and the preview's afterEach read from a rendered widget.

type Updating = HTMLElement & {updateComplete: Promise<boolean>};

/** The text of `element`'s shadow root as a reader sees it (hidden parts left out). */
export function shadowText(element: Element): string {
  return [...(element.shadowRoot?.children ?? [])]
    .map((child) => (child instanceof HTMLElement ? child.innerText : ''))
    .join('\n')
    .trim();
}

/** Waits for `element` to render text (up to 5 s), and returns it. */
export async function renderedText(element: Element): Promise<string> {
  await (element as Updating).updateComplete;
  // On an English page the widget renders nothing until the English catalogue has loaded.
  for (let waited = 0; !shadowText(element) && waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return shadowText(element);
}

/** Waits for the first `<tag>` under `root` to render, and returns its text. */
export async function rendered(root: ParentNode, tag: string): Promise<string> {
  const element = root.querySelector(tag);
  if (!element) throw new Error(`no <${tag}> in the story`);
  return renderedText(element);
}

/** The elements of the first `<tag>` under `root` carrying `::part(name)`. */
export function part(root: ParentNode, tag: string, name: string): HTMLElement[] {
  return [...(root.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/** `light` or `dark`, whichever of the two the first `<tag>` under `root` shows. */
export function shownScheme(root: ParentNode, tag: string): 'light' | 'dark' {
  const theme = root.querySelector(tag)?.getAttribute('theme');
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'dark' : 'light';
}
