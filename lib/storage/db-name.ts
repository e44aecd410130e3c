/** The app's IndexedDB database. Its own module, so that a component that only probes for it does not load the database code. */
export const DB_NAME = 'hanyeong';

/**
 * Whether this browser has the app's database already (never creating it just to look). Browser only.
 * `ifUnknown`: the answer where the browser cannot list its databases (no indexedDB.databases).
 */
export async function dbExists(ifUnknown: boolean): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (!indexedDB.databases) return ifUnknown;
  return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
}
