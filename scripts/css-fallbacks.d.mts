export function cimoFallbacks(cssText: string): Map<string, string>;
