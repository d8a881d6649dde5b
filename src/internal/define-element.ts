/** An element class that says which cimo-widgets version defined it. */
export type VersionedElement = CustomElementConstructor & {readonly version: string};

// Shared by every copy of the bundle on the page, so a version clash is reported once.
const reportedClashes: Set<string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('cimo-widgets.reported-version-clashes')
] ??= new Set<string>()) as Set<string>;

/**
 * Registers `tagName` unless it is already defined. Unlike `customElements.define` (and Lit's
 * `@customElement`), a second registration never throws: loading the script twice is harmless,
 * and a copy of another version is ignored with one warning naming both versions.
 */
export function defineElement(tagName: string, elementClass: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tagName) as Partial<VersionedElement> | undefined;
  if (!existing) {
    registry.define(tagName, elementClass);
    return;
  }
  if (existing === elementClass || existing.version === elementClass.version) return;
  // The warning names both versions: it is also the key of the clash it reports.
  const warning =
    `cimo-widgets: version ${existing.version ?? '(unknown)'} is already registered on this page; ` +
    `this copy, version ${elementClass.version}, is ignored. Load one version of cimo-widgets only.`;
  if (reportedClashes.has(warning)) return;
  reportedClashes.add(warning);
  console.warn(warning);
}
