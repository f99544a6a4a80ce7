import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CustomerCard } from '@/components/CustomerCard';
import { setLang } from '@/utils/i18n';
import { card, cnRow, intlRow, NOW } from './fixtures';

beforeEach(() => setLang('en'));
afterEach(cleanup);

function renderCard(data = card(cnRow())) {
  const onAction = vi.fn();
  const onBack = vi.fn();
  render(<CustomerCard card={data} now={NOW} copied={false} onAction={onAction} onBack={onBack} />);
  return { onAction, onBack };
}

describe('CustomerCard', () => {
  it('shows identity, money with its trend, vouchers, expiring resources and last sync', () => {
    renderCard();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('杭州云栖科技有限公司');
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('0123456789abcdef0123456789abcdef');
    expect(article.textContent).toContain('Reseller');
    expect(article.textContent).toContain('Not frozen');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Trend over 3 changes, from ¥2,000.00 to ¥1,234.50',
    );
    expect(article.textContent).toContain('2 usable, ¥300.00 in all.');
    expect(article.textContent).toContain('1 (¥100.00) expire within 7 days.');
    expect(article.textContent).toContain('Within 7 days: 1 · 15 days: 0 · 30 days: 0');
    expect(article.textContent).toContain('ecs-web-01');
    expect(article.textContent).toContain('Last synced 10 minutes ago');
  });

  it('China reseller: allocate funds and issue voucher; order on behalf allowed', () => {
    const { onAction } = renderCard();
    const order = screen.getByRole('button', { name: 'Order on behalf' }) as HTMLButtonElement;
    expect(order.disabled).toBe(false);
    fireEvent.click(order);
    fireEvent.click(screen.getByRole('button', { name: 'Allocate funds' }));
    fireEvent.click(screen.getByRole('button', { name: 'Issue a voucher' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy ID' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open in Partner Center' }));
    expect(onAction.mock.calls.map((c) => c[0])).toEqual(['order', 'allocate', 'issue-voucher', 'copy', 'open']);
    expect(screen.queryByRole('button', { name: 'Set budget' })).toBeNull();
  });

  it('intl reseller: set budget instead', () => {
    renderCard(card(intlRow()));
    expect(screen.getByRole('button', { name: 'Set budget' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Allocate funds' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unfreeze' })).toBeNull();
  });

  it('intl frozen reseller: unfreeze is offered next to set budget', () => {
    const { onAction } = renderCard(card(intlRow({ frozen: 1, status: 'frozen' })));
    fireEvent.click(screen.getAllByRole('button', { name: 'Unfreeze' })[0] as HTMLElement);
    expect(onAction).toHaveBeenCalledWith('unfreeze');
  });

  it('order on behalf: says which checks fail and offers the fix', () => {
    const row = cnRow({
      frozen: 1,
      status: 'frozen',
      money: { site: 'cn', balance: '0', debt: '0', currency: 'CNY', fetchedAt: NOW },
    });
    const { onAction } = renderCard(card(row));
    expect((screen.getByRole('button', { name: 'Order on behalf' }) as HTMLButtonElement).disabled).toBe(true);
    const checks = screen.getByText('Cannot order on behalf:').parentElement as HTMLElement;
    expect(checks.textContent).toContain('the available balance is 0 or below');
    expect(checks.textContent).toContain('the account is frozen');
    const fixes = screen.getAllByRole('button', { name: 'Unfreeze' });
    fireEvent.click(fixes[0] as HTMLElement);
    expect(onAction).toHaveBeenCalledWith('unfreeze');
  });

  it('referral: no money actions, and order on behalf is refused with the reason', () => {
    renderCard(card(cnRow({ associationType: '1', status: 'not-applicable', money: null })));
    expect(screen.queryByRole('button', { name: 'Allocate funds' })).toBeNull();
    expect(screen.getByRole('article').textContent).toContain('only reseller customers can be ordered for');
  });

  it('goes back', () => {
    const { onBack } = renderCard();
    fireEvent.click(screen.getByRole('button', { name: '← Back to the list' }));
    expect(onBack).toHaveBeenCalled();
  });
});
