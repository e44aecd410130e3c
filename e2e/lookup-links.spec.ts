import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

// The settings page's look-up dictionaries, in both UI languages. (The popover's links are
// checked in the reader's journey once LookupLinks sits in the popover.)

type Ui = { add: string; name: string; template: string; section: string; remove: (name: string) => string };
const UI: Record<'en' | 'ko', Ui> = {
  en: {
    add: 'Add',
    name: 'Name',
    template: 'Web address (URL template)',
    section: 'Dictionaries for look-up',
    remove: (n) => `Remove ${n}`,
  },
  ko: { add: '추가', name: '이름', template: '웹 주소(URL 템플릿)', section: '단어를 찾아볼 사전', remove: (n) => `${n} 삭제` },
};

async function addDictionary(page: Page, ui: Ui, name: string, template: string) {
  await page.getByRole('textbox', { name: ui.name }).fill(name);
  await page.getByRole('textbox', { name: ui.template }).fill(template);
  await page.getByRole('button', { name: ui.add, exact: true }).click();
}

const region = (page: Page, ui: Ui) => page.getByRole('region', { name: ui.section });
const names = (page: Page, ui: Ui) => region(page, ui).getByRole('listitem');

const DEFAULTS = [/^krdict/, /^Naver/, /^Wiktionary/];

test('en: refuses javascript: and a template without {lemma}, adds one by template, kept after reload', async ({ page }) => {
  await page.goto('/en/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toHaveAttribute(
    'href',
    '/en/settings',
  );
  const ui = UI.en;
  const items = names(page, ui);
  await expect(items).toHaveText(DEFAULTS);
  await addDictionary(page, ui, 'Evil', 'javascript:alert(1)/{lemma}');
  await expect(region(page, ui).getByRole('alert')).toHaveText('Only web addresses that start with https:// or http:// can be used.');
  await expect(page.getByRole('textbox', { name: ui.template })).toHaveAttribute('aria-invalid', 'true');
  await addDictionary(page, ui, 'Daum', 'https://dic.daum.net/search.do?q=');
  await expect(region(page, ui).getByRole('alert')).toHaveText('The web address needs {lemma} where the word goes.');
  await expect(items).toHaveCount(3);
  await addDictionary(page, ui, 'Daum', 'https://dic.daum.net/search.do?q={lemma}');
  await expect(region(page, ui).getByRole('status')).toHaveText('Added Daum.');
  await expect(region(page, ui).getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(items).toHaveText([...DEFAULTS, /^Daum/]);
});

test('en: remove one (undo is offered and focused), and it is still gone after reload', async ({ page }) => {
  await page.goto('/en/settings');
  const ui = UI.en;
  const items = names(page, ui);
  await page.getByRole('button', { name: ui.remove('Naver') }).click();
  await expect(region(page, ui).getByRole('status')).toContainText('Removed Naver.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(items).toHaveText([/^krdict/, /^Wiktionary/]);
  await page.reload();
  await expect(items).toHaveText([/^krdict/, /^Wiktionary/]);
  await expect(page.getByRole('button', { name: ui.remove('Naver') })).toHaveCount(0);
});

test('ko: refusals in Korean, then a dictionary added by template', async ({ page }) => {
  await page.goto('/ko/settings');
  await expect(page.getByRole('heading', { level: 1, name: '설정' })).toBeVisible();
  const ui = UI.ko;
  await addDictionary(page, ui, '나쁜 사전', 'javascript:alert(1)/{lemma}');
  await expect(region(page, ui).getByRole('alert')).toHaveText('https:// 또는 http://로 시작하는 웹 주소만 쓸 수 있습니다.');
  await addDictionary(page, ui, '다음 사전', 'https://dic.daum.net/search.do');
  await expect(region(page, ui).getByRole('alert')).toHaveText('웹 주소에 단어가 들어갈 자리인 {lemma}가 있어야 합니다.');
  await addDictionary(page, ui, '다음 사전', 'https://dic.daum.net/search.do?q={lemma}');
  await expect(region(page, ui).getByRole('status')).toHaveText('추가했습니다: 다음 사전');
  await expect(names(page, ui)).toHaveText([...DEFAULTS, /^다음 사전/]);
});

test('ko: undo puts a dictionary back; with none left there is an empty state, and the defaults can be restored', async ({ page }) => {
  await page.goto('/ko/settings');
  const ui = UI.ko;
  const items = names(page, ui);
  await page.getByRole('button', { name: ui.remove('Wiktionary') }).click();
  await page.getByRole('button', { name: '되돌리기' }).click();
  await expect(items).toHaveText(DEFAULTS);
  await expect(page.getByRole('button', { name: ui.remove('Wiktionary') })).toBeFocused();
  for (const name of ['krdict', 'Naver', 'Wiktionary']) await page.getByRole('button', { name: ui.remove(name) }).click();
  await page.reload();
  await expect(page.getByText('남은 사전이 없어 단어 팝오버에 사전 링크가 나오지 않습니다.', { exact: false })).toBeVisible();
  await expect(items).toHaveCount(0);
  await page.getByRole('button', { name: '기본 사전 되살리기' }).click();
  await expect(items).toHaveText(DEFAULTS);
});

test('works on a phone, by keyboard alone, in dark mode, with no serious axe violation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/settings');
  const ui = UI.en;
  await expect(names(page, ui)).toHaveCount(3);
  await page.getByRole('textbox', { name: ui.name }).focus();
  await page.keyboard.type('Korean Wiki');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://ko.wikipedia.org/wiki/{lemma}');
  await page.keyboard.press('Enter');
  await expect(names(page, ui).last()).toContainText('Korean Wiki');
  await expect(page.getByRole('textbox', { name: ui.name })).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await addDictionary(page, ui, 'Evil', 'ftp://example.org/{lemma}');
  await expect(region(page, ui).getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the settings need JavaScript', async ({ page }) => {
    await page.goto('/en/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    // Shown by @media (scripting: none) (components/NoScriptNotice.tsx), which a browser without scripts matches.
    await expect(page.getByText('The settings need JavaScript: they are kept in this browser.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add', exact: true })).toHaveCount(0);
  });
});
