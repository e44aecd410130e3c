export function pretendardVersion(): string;
export function fontBase(): string;
export function pretendardSubsets(): { file: string; ranges: [number, number][] }[];
export function pretendardCss(): string;
export function pretendardSubsetsModule(): string;
export function copySubsets(): { target: string; copied: number; total: number };
