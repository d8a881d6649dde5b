// The package's types re-export './browser/commands.mjs', which has no .d.mts next to it.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
