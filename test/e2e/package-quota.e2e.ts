/**
 * Issue 6 item 6 end to end: the production build on the stand-in's resource packages page (user center), China
 * in Chinese and intl in English, with the extension in the same language. Each package gets its quota line:
 * "left this month, resets on …" when it resets, "left until …" when one quota covers the term.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { packageQuota } from '../../utils/rules/package-quota';
import type { SandboxPackage } from '../sandbox/console/packages';
import { useExtension } from './suite';

const CASES = [
  { site: 'cn', host: 'account.huaweicloud.com', locale: 'zh-cn', lang: 'zh-CN' },
  { site: 'intl', host: 'account-intl.huaweicloud.com', locale: 'en-us', lang: 'en-US' },
] as const;

type Lang = (typeof CASES)[number]['lang'];

/** The date as the note writes it: Beijing wall clock, medium style. */
const day = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(iso) + 8 * 3_600_000);

const THIS = {
  'en-US': { day: 'today', month: 'this month', year: 'this year' },
  'zh-CN': { day: '今日', month: '本月', year: '今年' },
} as const;

/** What the note must say, restated here in words (the extension's own formatter is not reused). */
function expectedNote(p: SandboxPackage, now: number, lang: Lang): { state: string; text: string } {
  const q = packageQuota(p, now);
  const left = `${p.amount} ${p.unit}`;
  const total = `${p.originalAmount} ${p.unit}`;
  const zh = lang === 'zh-CN';
  if (q.state === 'used-up' && q.mode === 'fixed')
    return { state: q.state, text: zh ? `${total} 已用完` : `All ${total} used` };
  if (q.state !== 'active') throw new Error(`no wording for ${p.id}: ${q.state}`);
  if (q.mode === 'fixed' && q.expiresAt) {
    const until = day(q.expiresAt, lang);
    return {
      state: q.state,
      text: zh ? `剩余 ${left}（共 ${total}），有效期至 ${until}` : `${left} of ${total} left until ${until}`,
    };
  }
  const cycle = q.cycle as keyof (typeof THIS)[Lang];
  if (!q.resetsAt || !(cycle in THIS[lang])) throw new Error(`no reset for ${p.id}`);
  const word = THIS[lang][cycle];
  const on = day(q.resetsAt, lang);
  return {
    state: q.state,
    text: zh ? `${word}剩余 ${left}（共 ${total}），${on} 重置` : `${left} of ${total} left ${word}, resets on ${on}`,
  };
}

async function shownNotes(page: Page): Promise<Record<string, { state: string; text: string }>> {
  return page.evaluate(() => {
    const out: Record<string, { state: string; text: string }> = {};
    for (const h of document.querySelectorAll<HTMLElement>('pa-ui[data-feature="package-quota"]')) {
      const id = h.closest('tp-tr')?.getAttribute('data-pkg') ?? '?';
      out[id] = { state: h.dataset.state ?? '', text: h.shadowRoot?.querySelector('.pa-quota')?.textContent ?? '' };
    }
    return out;
  });
}

describe.each(CASES)('resource package quotas on $site ($locale)', ({ host, locale, lang }) => {
  const extension = useExtension({ locale: lang });

  it('says how much is left and when it resets or expires, for every package', async () => {
    const page = await extension().openPage(`https://${host}/usercenter/?locale=${locale}#/resource/freeresource`);
    const { rows } = (await page.evaluate(() => fetch('/usercenter/__data/packages').then((r) => r.json()))) as {
      rows: SandboxPackage[];
    };
    expect(rows.some((p) => p.quotaReuseMode === 1) && rows.some((p) => p.quotaReuseMode === 2)).toBe(true);
    await expect
      .poll(() => page.locator('pa-ui[data-feature="package-quota"]').count(), { timeout: 15_000 })
      .toBe(rows.length);
    const now = Date.now();
    const expected = Object.fromEntries(rows.map((p) => [p.id, expectedNote(p, now, lang)]));
    expect(await shownNotes(page)).toEqual(expected);
    // The package names themselves are untouched (our text lives in shadow roots).
    expect(await page.locator('tp-tbody tp-tr tp-td').first().textContent()).toBe(
      lang === 'zh-CN' ? rows[0]?.name[0] : rows[0]?.name[1],
    );
    await page.close();
  });
});
