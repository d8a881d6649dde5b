/**
 * The key of a message in the CDN file's catalogues: a 32-bit hash of its French text, in base 36.
 *
 * The CDN build (scripts/rollup-shrink.mjs) keys each catalogue by these and drops the `{id}` of
 * every msg() call: the code then carries no id at all (about 200 B gzip less), and the runtime
 * finds a translation from the text it already holds, as @lit/localize does for messages without
 * an id. Its own 64-bit hash costs more bytes than the ids; this one is checked for collisions at
 * build time. Template parts are joined as @lit/localize joins them.
 */
export function messageKey(strings: string | readonly string[]): string {
  const text = typeof strings === 'string' ? strings : strings.join('\x1e');
  let hash = 0;
  for (let index = 0; index < text.length; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return (hash >>> 0).toString(36);
}
