import { describe, expect, it } from 'vitest';
import { loadArticles, type Article, type Segment } from './index';

// The real articles under content/, not fixtures: what a translator's review would check by hand.
const articles = loadArticles();
const segmentsOf = (article: Article): Segment[] => [
  article.title,
  ...article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : [block.segment])),
];
const allSegments = articles.flatMap((article) => segmentsOf(article).map((segment) => ({ slug: article.slug, ...segment })));
const sentencesOf = (article: Article) => article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : []));

describe("translator's notes", () => {
  const notes = articles.flatMap((article) => article.notes.map((note) => ({ article, note })));

  it.each(notes.map(({ article, note }) => [`${article.slug} ${note.id}`, article, note] as const))(
    '%s is attached to sentences that exist, with its text in both languages',
    (_, article, note) => {
      const sentences = new Map(sentencesOf(article).map((s) => [s.id, s]));
      for (const id of note.sentenceIds) {
        expect(sentences.get(id)?.ko, `${id} in Korean`).toBeTruthy();
        expect(sentences.get(id)?.en, `${id} in English`).toBeTruthy();
      }
      expect(note.ko).toMatch(/[가-힣]/);
      expect(note.en).toMatch(/^[^가-힣]*[A-Za-z][^]*$/);
    },
  );

  it.each([
    // [sentence, what the Korean says, what the note must set right, in Korean and in English]
    ['p03-1', 'GB200', /GB300/, /GB300/],
    ['p03-1', '4,600', /GPU/, /GPUs, not servers/],
    ['p05-2', '수십조', /수백조/, /hundreds of trillions/],
    ['p06-2', '수십조', /수백조/, /hundreds of trillions/],
  ])('flags the source error in %s (%s)', (id, claim, ko, en) => {
    const article = articles.find((a) => a.slug === 'microsoft-ai-datacenters')!;
    expect(sentencesOf(article).find((s) => s.id === id)?.ko).toContain(claim);
    const note = article.notes.find((n) => n.sentenceIds.includes(id));
    expect(note?.ko).toMatch(ko);
    expect(note?.en).toMatch(en);
  });
});

describe('the English translation', () => {
  it.each(allSegments.map((s) => [`${s.slug} ${s.id}`, s] as const))('%s keeps every figure of the Korean', (_, { ko, en }) => {
    const figures = ko.match(/[A-Z]*\d[\d,.]*/g) ?? [];
    expect(figures.filter((figure) => !en.includes(figure))).toEqual([]);
  });

  // [Korean wording, the English it must have wherever the Korean has it]: one rendering per term.
  it.each([
    ['초거대', /ultra-large/i],
    ['선점하고 있는', /staked out an early lead/],
    ['수십조', /tens of trillions/i],
    ['수십만', /hundreds of thousands/],
    ['독보적인 위치', /“uniquely positioned” to “meet the demands of frontier AI today\.”/],
    ['SNS', /social media/],
  ])('renders %s consistently', (term, english) => {
    const found = allSegments.filter((s) => s.ko.includes(term));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((s) => !english.test(s.en)).map((s) => s.id)).toEqual([]);
  });

  // Translationese and image-generator commands found in review, and US spelling and punctuation.
  it.each([
    ['hyperscale (English uses it for cloud providers)', /hyperscale/i],
    ['"no less"', /\bno less\b/i],
    ['"take a look together"', /look together/i],
    ['"cornered"', /cornered/i],
    ['a generator command: "No text"', /no text/i],
    ['a generator command: "… style"', /infographic style/i],
    ['a generator command: "Emphasize …"', /\bemphasi[sz]e\b/i],
    ['straight quotes', /["']/],
    ['single quotation marks (US style uses double)', /‘/],
    ['British spelling', /\b(?:\w+ised|\w+ising|signalled|centre|colour|favour|programme|whilst)\b/i],
  ])('has no %s', (_, pattern) => {
    expect(allSegments.filter((s) => pattern.test(s.en)).map((s) => `${s.id}: ${s.en}`)).toEqual([]);
  });

  it.each(articles.map((a) => [a.slug, a.title.en] as const))('%s: the title repeats no two-word phrase ("Data Centers … Data Centers")', (_, title) => {
    const words = title.toLowerCase().split(/\W+/).filter(Boolean);
    const pairs = words.slice(1).map((word, i) => `${words[i]} ${word}`);
    expect(pairs.filter((pair, i) => pairs.indexOf(pair) !== i)).toEqual([]);
  });
});
