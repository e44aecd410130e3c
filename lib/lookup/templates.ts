// Look-up links: a dictionary is a name and a URL template in which {lemma} stands for the word.

export const LEMMA = '{lemma}';
export const MAX_NAME = 40;
export const MAX_TEMPLATE = 300;

export type Dictionary = { id: string; name: string; template: string };

/** The dictionaries a new browser starts with, and what "restore defaults" brings back. */
export const DEFAULT_DICTIONARIES: readonly Dictionary[] = [
  {
    id: 'krdict',
    name: 'krdict',
    template: `https://krdict.korean.go.kr/eng/dicSearch/search?nation=eng&nationCode=6&ParaWordNo=&mainSearchWord=${LEMMA}`,
  },
  { id: 'naver', name: 'Naver', template: `https://en.dict.naver.com/#/search?query=${LEMMA}` },
  { id: 'wiktionary', name: 'Wiktionary', template: `https://en.wiktionary.org/wiki/${LEMMA}` },
];

export type TemplateError = 'empty-name' | 'too-long' | 'not-http' | 'no-lemma' | 'invalid-url' | 'duplicate';

/**
 * The address of a lemma in a dictionary: every {lemma} replaced by the lemma, percent-encoded.
 * e.g. lookupUrl('https://en.wiktionary.org/wiki/{lemma}', '가다') → 'https://en.wiktionary.org/wiki/%EA%B0%80%EB%8B%A4'
 */
export function lookupUrl(template: string, lemma: string, placeholder = LEMMA): string {
  return template.replaceAll(placeholder, encodeURIComponent(lemma.trim().normalize('NFC')));
}

/**
 * Why a URL template cannot be used, or null when it can. The scheme must be literally http(s)
 * and the host must come before {lemma}, so that no word can turn a link into javascript: or
 * send it to another site. e.g. validateTemplate('Wiki', 'javascript:alert(1)/{lemma}') → 'not-http'
 */
export function validateTemplate(
  name: string,
  template: string,
  existing: readonly Dictionary[] = [],
  placeholder = LEMMA,
): TemplateError | null {
  const trimmedName = name.trim();
  const trimmed = template.trim();
  if (!trimmedName) return 'empty-name';
  if (trimmedName.length > MAX_NAME || trimmed.length > MAX_TEMPLATE) return 'too-long';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed) ?? /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return 'not-http';
  if (!trimmed.includes(placeholder)) return 'no-lemma';
  if (!isUsableTemplate(trimmed, placeholder)) return 'invalid-url';
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  if (existing.some((d) => same(d.name, trimmedName) || d.template === trimmed)) return 'duplicate';
  return null;
}

/** True for an absolute http(s) URL with {lemma} (or another placeholder) somewhere after its host; what the stored data must hold. */
export function isUsableTemplate(template: string, placeholder = LEMMA): boolean {
  const match = /^https?:\/\/([^/?#]*)/i.exec(template);
  if (!match || !match[1] || match[1].includes(placeholder) || !template.includes(placeholder) || /\s/.test(template)) return false;
  if (template.length > MAX_TEMPLATE) return false;
  try {
    const url = new URL(lookupUrl(template, '가', placeholder));
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
