import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadArticles } from '../lib/content';

export const article = loadArticles()[0]!;
export const READER = `/read/${article.slug}`;
export const sentences = article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : []));
export const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Evaluated, not added as an inline <script>: the reader page's policy allows only its own inline scripts.
  await page.evaluate(`${axeSource}\n;void 0`);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** A sentence of the article as laid out: the element that holds this exact text and its sentence id. */
export function sentence(page: Page, text: string): Locator {
  return page.getByText(text, { exact: true }).locator('xpath=ancestor-or-self::*[@data-sid][1]');
}
