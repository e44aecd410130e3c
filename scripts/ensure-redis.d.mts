export const REDIS_SERVER: string;
export function ensureRedis(): string;
export function startRedis(port: number): Promise<{ pid: number | undefined; url: string; stop(): Promise<void> }>;
