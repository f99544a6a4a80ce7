import { afterEach, describe, expect, it, vi } from 'vitest';
import feature from '@/entrypoints/partner-center.content/features/package-quota';
import { packageText } from '@/entrypoints/partner-center.content/parts/package-text';
import { type Lang, setLang } from '@/utils/i18n';
import { packageQuota } from '@/utils/rules/package-quota';
import { listPackages } from '../../sandbox/console/packages';
import { loadFixture } from '../console/fixture';
import { hosts, runFeature } from './harness';

let run: AbortController | undefined;
afterEach(() => {
  run?.abort();
  setLang('en');
  vi.useRealTimers();
});

/** The quota line per package id (the stand-in tags rows with data-pkg). */
function notes(): Record<string, { state: string; text: string }> {
  const out: Record<string, { state: string; text: string }> = {};
  for (const h of hosts('package-quota')) {
    const id = h.closest('tp-tr')?.getAttribute('data-pkg') ?? '';
    out[id] = { state: h.dataset.state ?? '', text: h.shadowRoot?.querySelector('.pa-quota')?.textContent ?? '' };
  }
  return out;
}

describe.each([
  ['packages.cn.zh.html', 'zh_CN'],
  ['packages.intl.en.html', 'en'],
] as const)('package-quota on %s', (file, lang: Lang) => {
  it('shows every package its quota line, as the rule decides from the sandbox data', async () => {
    const { url, generated } = loadFixture(file);
    const dayStart = Date.parse(`${generated}T00:00:00Z`);
    const now = dayStart + 12 * 3_600_000;
    vi.useFakeTimers({ now, toFake: ['Date'] });
    setLang(lang);
    run = runFeature(feature, url);
    const packages = listPackages(dayStart);
    await vi.waitFor(() => expect(hosts('package-quota')).toHaveLength(packages.length));
    const shown = notes();
    for (const p of packages) {
      const expected = packageQuota(p, now);
      expect(shown[p.id], p.id).toEqual({ state: expected.state, text: packageText(expected, p.unit) });
    }
    expect(Object.values(shown).map((n) => n.state)).toEqual(expect.arrayContaining(['active', 'used-up']));
  });
});

describe('package-quota wording (en fixture of 2026-11-24)', () => {
  it('says "left this month, resets on" for resettable and "left until" for one-quota packages', async () => {
    const { url } = loadFixture('packages.intl.en.html');
    vi.useFakeTimers({ now: Date.parse('2026-11-24T12:00:00Z'), toFake: ['Date'] });
    setLang('en');
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(hosts('package-quota').length).toBeGreaterThan(0));
    const shown = notes();
    expect(shown['pkg-obs-monthly']?.text).toBe('12.5 GB of 40 GB left this month, resets on Dec 1, 2026');
    expect(shown['pkg-cdn-anniversary']?.text).toBe('80 GB of 100 GB left this month, resets on Dec 8, 2026');
    expect(shown['pkg-apig-daily']?.text).toBe('3 k calls of 10 k calls left today, resets on Nov 25, 2026');
    expect(shown['pkg-ecs-fixed']?.text).toBe('744 vCPU-h of 1000 vCPU-h left until Oct 25, 2027');
    expect(shown['pkg-evs-fixed-used']).toEqual({ state: 'used-up', text: 'All 500 GB used' });
  });
});
