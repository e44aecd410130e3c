export const LIBERATION_NOTDEF_EM: number;
export function pretendardHangulFallback(): { sizeAdjust: string; ascentOverride: string; descentOverride: string };
