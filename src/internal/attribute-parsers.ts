/** Reads a whole-number attribute; anything else (empty, `2.5`, `abc`) gives NaN. */
export const integerConverter = {
  fromAttribute: (value: string | null): number | undefined => {
    if (value === null) return undefined;
    return /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  },
};

/** A `YYYY-MM-DD` calendar date as a UTC `Date`, or undefined if it is not a real date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip.
  return date.toISOString().startsWith(value.trim()) ? date : undefined;
}
