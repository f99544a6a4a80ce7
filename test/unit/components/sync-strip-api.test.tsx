/** The sync strip's API-health lines: the open circuit breaker and a clock more than 5 min off, in both languages. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncStrip } from '@/components/SyncStrip';
import { formatTime } from '@/utils/format';
import { type Lang, setLang } from '@/utils/i18n';
import type { SyncStatus } from '@/utils/messages/sync';
import { NOW } from './fixtures';

afterEach(() => {
  cleanup();
  setLang('en');
});

function status(more: Partial<SyncStatus>): SyncStatus {
  const base = { jobs: [], progress: null, error: null, running: false, lastSuccessAt: NOW, stale: false };
  return { ...base, clockSkewMs: null, ...more };
}

const strip = (s: SyncStatus) => render(<SyncStrip status={s} syncedAt={null} now={NOW} onAction={() => {}} />);

describe('SyncStrip: API unavailable (circuit breaker open)', () => {
  it.each([
    ['en', 'en-US', 'Huawei Cloud API unavailable, retrying after'],
    ['zh_CN', 'zh-CN', '华为云 API 暂不可用，将于'],
  ] as const)('%s: says so and when it retries', (lang: Lang, locale, text) => {
    setLang(lang);
    const retryAt = NOW + 60_000;
    strip(status({ error: { reason: 'unavailable', at: NOW, retryAt, kind: 'unavailable' }, stale: true }));
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain(text);
    expect(alert).toContain(formatTime(retryAt, locale));
  });
});

describe('SyncStrip: clock skew over 5 minutes after a successful sync', () => {
  it.each([
    ['en', 20 * 60_000, "Your computer's clock is 20 min off Huawei Cloud's time."],
    ['en', -20 * 60_000, "Your computer's clock is 20 min off Huawei Cloud's time."],
    ['zh_CN', 6 * 60_000, '本机时钟与华为云相差约 6 分钟'],
  ] as const)('%s, %i ms: warns', (lang: Lang, skew, text) => {
    setLang(lang);
    strip(status({ clockSkewMs: skew }));
    expect(screen.getByRole('status').textContent).toContain(text);
  });

  it.each([4 * 60_000, -5 * 60_000, null])('%s ms: no warning', (skew) => {
    const { container } = strip(status({ clockSkewMs: skew }));
    expect(container.querySelector('[data-clock-skew]')).toBeNull();
  });
});
