import { describe, expect, it } from 'vitest';
import { StoreError } from '@/lib/storage';
import {
  DEFAULT_TRANSLATOR,
  emptySentenceLookupStore,
  GOOGLE_TRANSLATOR,
  isUsableTemplate,
  parseSentenceLookupStore,
  SENTENCE,
  sentenceUrl,
  validateTranslator,
} from './index';

describe('sentence look-up templates', () => {
  it('puts the sentence, percent-encoded, where {sentence} stands', () => {
    expect(sentenceUrl(DEFAULT_TRANSLATOR.template, '봄이 왔다.')).toBe(
      'https://papago.naver.com/?sk=ko&tk=en&st=%EB%B4%84%EC%9D%B4%20%EC%99%94%EB%8B%A4.',
    );
    // Characters that would end a query parameter or start a fragment stay inside it.
    expect(sentenceUrl(GOOGLE_TRANSLATOR.template, 'A&B #1?  줄\n바꿈')).toBe(
      'https://translate.google.com/?sl=ko&tl=en&text=A%26B%20%231%3F%20%EC%A4%84%20%EB%B0%94%EA%BF%88&op=translate',
    );
    expect(new URL(sentenceUrl(GOOGLE_TRANSLATOR.template, 'A&B')).searchParams.get('text')).toBe('A&B');
  });

  it('the defaults are usable templates with {sentence} after the host', () => {
    for (const t of [DEFAULT_TRANSLATOR, GOOGLE_TRANSLATOR]) {
      expect(isUsableTemplate(t.template, SENTENCE)).toBe(true);
      expect(validateTranslator(t.name, t.template)).toBeNull();
    }
  });

  it.each([
    ['', 'https://papago.naver.com/?st={sentence}', 'empty-name'],
    ['Papago', 'https://papago.naver.com/?st={lemma}', 'no-lemma'],
    ['Evil', 'javascript:alert(1)//{sentence}', 'not-http'],
    ['Host', 'https://{sentence}.example.com/', 'invalid-url'],
    ['Spaces', 'https://example.com/ ?q={sentence}', 'invalid-url'],
    ['Long', `https://example.com/?q={sentence}&x=${'a'.repeat(300)}`, 'too-long'],
  ])('refuses %s %s with %s', (name, template, error) => {
    expect(validateTranslator(name, template)).toBe(error);
  });

  it('the store keeps a valid translator and refuses one that is not a safe address', () => {
    const store = { version: 1, translator: GOOGLE_TRANSLATOR };
    expect(parseSentenceLookupStore(JSON.stringify(store))).toEqual(store);
    expect(emptySentenceLookupStore().translator).toEqual(DEFAULT_TRANSLATOR);
    const bad = JSON.stringify({ version: 1, translator: { name: 'x', template: 'javascript:alert(1)//{sentence}' } });
    expect(() => parseSentenceLookupStore(bad)).toThrow(StoreError);
  });
});
