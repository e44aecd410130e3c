import { z } from 'zod/mini';

/** A moment as stored: an ISO 8601 date-time in UTC, as Date#toISOString writes it. */
export const isoDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'an ISO date-time in UTC'));
