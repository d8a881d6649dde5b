export function writeTestResults(name: string, totals: {passed: number; failed: number; skipped?: number}): void;
export function checklist(name: string): {
  check(ok: boolean, title: string, problems?: string[]): void;
  finish(): void;
};
