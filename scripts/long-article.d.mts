export const SEED: string;
export function repeatLanguageFile(source: string, times: number, label: string): string;
export function writeLongArticles(dir: string, count?: number, times?: number, seed?: string): string[];
