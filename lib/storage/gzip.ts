// JSON gzipped with the platform's own CompressionStream (browsers and Node 18+): no library.

/** JSON text, gzipped. e.g. await gunzipJson(await gzipJson({ a: 1 })) → { a: 1 } */
export async function gzipJson(value: unknown): Promise<Uint8Array> {
  const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads what gzipJson wrote; rejects on anything else (not gzip, not JSON). */
export async function gunzipJson(bytes: Uint8Array): Promise<unknown> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text());
}
