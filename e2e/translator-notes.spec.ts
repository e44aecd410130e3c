import { expect, test, type Page } from '@playwright/test';
import { article, READER, sentence } from './helpers';

const UI = {
  en: { marker: 'Translator’s note', notes: 'Translator’s notes', figure: 'Image description', back: 'Back to the text' },
  ko: { marker: '번역자 주', notes: '번역자 주', figure: '이미지 설명', back: '본문으로 돌아가기' },
} as const;
const other = { en: 'ko', ko: 'en' } as const;
const sentences = new Map(article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : [])).map((s) => [s.id, s]));
const figures = article.blocks.flatMap((block) => (block.kind === 'figure' ? [block.segment] : []));

/** Each note's marker stands in its sentences, in both columns, and the note reads in the UI language. */
async function expectNotes(page: Page, locale: 'en' | 'ko') {
  const list = page.getByRole('region', { name: UI[locale].notes, exact: true });
  await expect(list.getByRole('listitem')).toHaveCount(article.notes.length);
  for (const note of article.notes) {
    const name = `${UI[locale].marker} ${note.number}`;
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(note.sentenceIds.length * 2);
    for (const id of note.sentenceIds) {
      for (const text of [sentences.get(id)!.ko, sentences.get(id)!.en]) {
        await expect(sentence(page, text).getByRole('link', { name, exact: true })).toHaveAttribute('href', `#note-${note.id}`);
      }
    }
    const item = list.getByRole('listitem').filter({ hasText: note[locale] });
    await expect(item).toHaveCount(1);
    await expect(list).not.toContainText(note[other[locale]]);
  }
}

for (const locale of ['en', 'ko'] as const) {
  test(`translator's notes: a marker in the sentence, the note in the UI language (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}${READER}`);
    await expectNotes(page, locale);
    const [first] = article.notes;
    const koSentence = sentence(page, sentences.get(first!.sentenceIds[0]!)!.ko);
    await koSentence.getByRole('link', { name: `${UI[locale].marker} ${first!.number}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#note-${first!.id}$`));
    const item = page
      .getByRole('region', { name: UI[locale].notes, exact: true })
      .getByRole('listitem')
      .filter({ hasText: first![locale] });
    await expect(item).toBeInViewport();
    await item.getByRole('link', { name: UI[locale].back, exact: true }).click();
    await expect(koSentence).toBeInViewport();
  });

  test(`figures are image descriptions in both languages, with no picture and no glossary links (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}${READER}`);
    const reader = page.getByRole('article');
    await expect(reader.getByRole('figure')).toHaveCount(figures.length);
    for (const [i, segment] of figures.entries()) {
      const figure = reader.getByRole('figure', { name: `${UI[locale].figure} ${i + 1}`, exact: true });
      await expect(figure.getByText(segment.ko, { exact: true })).toBeVisible();
      await expect(figure.getByText(segment.en, { exact: true })).toBeVisible();
      await expect(figure.getByRole('link')).toHaveCount(0);
      await expect(figure.getByRole('img')).toHaveCount(0);
    }
    await expect(reader.getByRole('img')).toHaveCount(0);
    await expect(reader.locator('img')).toHaveCount(0);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the note markers link to the notes, in the UI language (ko)', async ({ page }) => {
    await page.goto(`/ko${READER}`);
    await expectNotes(page, 'ko');
    await page
      .getByRole('link', { name: `${UI.ko.marker} 1`, exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`#note-${article.notes[0]!.id}$`));
  });
});
