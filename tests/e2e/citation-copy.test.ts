/**
 * The copy button fills in the citation date the way each standard writes it: the reader's
 * own date, from the browser's clock (fixed here), as [YYYY-MM-DD] in GB/T 7714 (zh and
 * zh-Hant) and "Retrieved Month D, YYYY, from" in APA 7 (en); the status region says so.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser, sampleSiteInBrowser } from '../helpers/browser.ts';

describe.skipIf(!hasBrowser)('copying a citation', () => {
  const served = sampleSiteInBrowser();

  async function copied(path: string, block: string): Promise<{ text: string; status: string }> {
    const context = await served.browser.newContext({ timezoneId: 'Asia/Shanghai', permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date('2026-05-01T09:30:00+08:00'));
      await page.goto(served.server.url(path), { waitUntil: 'networkidle' });
      const details = page.locator(block).locator('xpath=ancestor-or-self::details');
      if (await details.count()) await details.locator('summary').click();
      await page.locator(block).locator('button[data-citation-copy]').click();
      const status = page.locator(block).locator('[data-citation-status]');
      await expect.poll(() => status.textContent()).not.toBe('');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      return { text: text.replace(/https?:\/\/[^/\s]+/, 'SITE'), status: (await status.textContent()) ?? '' };
    } finally {
      await context.close();
    }
  }

  it('zh: a report page, dated [2026-05-01]', async () => {
    expect(await copied('/reports/donghu/2022/', '.page-citation')).toEqual({
      text: '南昌市东湖区民政局. 东湖区民政局2022年工作总结[EB/OL]. (2023-03-17)[2026-05-01]. SITE/reports/donghu/2022/.',
      status: '已复制引用，引用日期已填为今天。',
    });
  });

  it('zh-Hant: a figure, the same date form in the converted text', async () => {
    expect((await copied('/zh-hant/reports/donghu/2022/', '#eldercare-beds .citation-body')).text).toBe(
      '南昌市東湖區民政局. 東湖區民政局2022年工作總結: 養老床位[EB/OL]. (2023-03-17)[2026-05-01]. SITE/zh-hant/reports/donghu/2022/#eldercare-beds.',
    );
  });

  it('en: an indicator page, "Retrieved May 1, 2026, from"', async () => {
    expect(await copied('/en/indicators/eldercare-beds/', '.page-citation')).toEqual({
      text: 'Civil Affairs Annals. (2024, October 11). Eldercare beds [Data set]. Retrieved May 1, 2026, from SITE/en/indicators/eldercare-beds/',
      status: "Citation copied, with today's date as the retrieval date.",
    });
  });
});
