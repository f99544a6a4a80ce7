import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MoneyFigure } from '@/components/MoneyFigure';
import { Sparkline } from '@/components/Sparkline';
import { StatusChip } from '@/components/StatusChip';
import type { CustomerStatus } from '@/utils/domain';
import { setLang } from '@/utils/i18n';
import { cnRow, intlRow, NOW } from './fixtures';

beforeEach(() => setLang('en'));
afterEach(cleanup);

describe('StatusChip', () => {
  it.each([
    ['blocked', 'en', 'Cannot buy'],
    ['frozen', 'en', 'Frozen'],
    ['low', 'en', 'Running low'],
    ['ok', 'en', 'OK'],
    ['not-applicable', 'en', 'Referral'],
    ['not-applicable', 'zh_CN', '顾问销售'],
    ['unknown', 'zh_CN', '未知'],
  ] as const)('%s in %s', (status: CustomerStatus, lang, text) => {
    setLang(lang);
    const { container } = render(<StatusChip status={status} />);
    expect(container.textContent).toBe(text);
    expect(container.querySelector('.chip')?.getAttribute('data-status')).toBe(status);
  });
});

describe('MoneyFigure', () => {
  it('China: balance with currency and age; debt only when there is some', () => {
    const { container, rerender } = render(<MoneyFigure money={cnRow().money} referral={false} now={NOW} />);
    expect(container.textContent).toContain('Balance ¥1,234.50');
    expect(container.textContent).toContain('5 minutes ago');
    expect(container.textContent).not.toContain('Debt');
    const debt = cnRow({ money: { site: 'cn', balance: '-20', debt: '20', currency: 'CNY', fetchedAt: NOW } }).money;
    rerender(<MoneyFigure money={debt} referral={false} now={NOW} />);
    expect(container.textContent).toContain('Balance -¥20.00');
    expect(container.textContent).toContain('Debt ¥20.00');
    expect(container.textContent).toContain('just now');
  });

  it('intl: budget left of budget', () => {
    const { container } = render(<MoneyFigure money={intlRow().money} referral={false} now={NOW} />);
    expect(container.textContent).toContain('Budget left $379.75 of $500.00');
    expect(container.textContent).toContain('2 hours ago');
  });

  it('Chinese wording and age', () => {
    setLang('zh_CN');
    const { container } = render(<MoneyFigure money={cnRow().money} referral={false} now={NOW} />);
    expect(container.textContent).toContain('余额 ¥1,234.50');
    expect(container.textContent).toContain('5分钟前');
  });

  it.each([
    [true, 'Billed by Huawei'],
    [false, 'No money data yet'],
  ])('no money, referral=%s', (referral, text) => {
    const { container } = render(<MoneyFigure money={null} referral={referral} now={NOW} />);
    expect(container.textContent).toBe(text);
  });
});

describe('Sparkline', () => {
  it('draws one point per value, described for screen readers', () => {
    render(<Sparkline values={[3, 1, 2]} label="trend" />);
    const svg = screen.getByRole('img', { name: 'trend' });
    expect(svg.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(svg.querySelector('line')).toBeNull();
  });

  it('shows a zero line when the values cross zero, and marks a negative end', () => {
    const { container } = render(<Sparkline values={[5, -2]} label="t" />);
    expect(container.querySelector('.sparkline-zero')).not.toBeNull();
    expect(container.querySelector('.sparkline-last')?.getAttribute('data-negative')).toBe('true');
  });

  it('draws nothing for fewer than two values', () => {
    const { container } = render(<Sparkline values={[1]} label="t" />);
    expect(container.innerHTML).toBe('');
  });
});
