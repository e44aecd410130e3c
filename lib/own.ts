/**
 * A record's own value under a key, never one inherited from Object.prototype: for every lookup by
 * a key that comes from a URL, the DOM or stored data. e.g. own({}, 'constructor') → undefined
 */
export const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
