/** The confirmation page with a scripted background: figures, typed confirmation, one send, results. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/confirm/App';
import { parseParams } from '@/entrypoints/confirm/params';
import { setLang } from '@/utils/i18n';
import type { MoneyExecuteResult, MoneyOpView, MoneyPreview } from '@/utils/messages/money';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/utils/messaging', () => ({ sendMessage: send }));

const ID = '0123456789abcdef0123456789abcdef';
const preview = (patch: Partial<MoneyPreview> = {}): MoneyPreview => ({
  kind: 'allocate',
  site: 'cn',
  currency: 'CNY',
  actor: { label: 'Main account', domainId: 'd' },
  customers: [
    {
      customerId: ID,
      name: '杭州云栖科技',
      accountName: 'acct',
      associationType: '2',
      frozen: 0,
      money: { site: 'cn', balance: '-20', debt: '20', fetchedAt: 1 },
    },
  ],
  missing: [],
  allocatable: '500',
  limit: '1000',
  quotas: [],
  open: [],
  ...patch,
});
const op = (patch: Partial<MoneyOpView> = {}): MoneyOpView => ({
  operationId: 'op',
  kind: 'allocate',
  site: 'cn',
  amount: '100',
  currency: 'CNY',
  state: 'done',
  customers: [{ customerId: ID, name: '杭州云栖科技', status: 'done', transactionId: 'TX-1' }],
  createdAt: 1,
  actor: { label: 'Main account', domainId: 'd' },
  ...patch,
});
const executed = (operation: MoneyOpView): MoneyExecuteResult => ({ outcome: 'started', operation, refreshed: [] });

function script(handlers: Record<string, (payload: unknown) => unknown>) {
  send.mockImplementation(async (type: string, payload: unknown) => {
    const h = handlers[type];
    return h ? { ok: true, value: h(payload) } : { ok: false, error: { code: 'handler-failed', message: 'x' } };
  });
}

const input = (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement;
const submit = () => screen.getByRole('button', { name: 'Confirm and send' }) as HTMLButtonElement;

beforeEach(() => {
  setLang('en');
  sessionStorage.clear();
  send.mockReset();
});
afterEach(cleanup);

describe('URL parameters', () => {
  it.each([
    ['?action=allocate&customer=abc', { action: 'allocate', customerIds: ['abc'] }],
    ['?action=issue-voucher&customers=a,b,a', { action: 'issue-voucher', customerIds: ['a', 'b'] }],
    ['?action=history', { action: 'history' }],
    ['?action=allocate&customers=a,b', null],
    ['?action=allocate&customer=%3Cimg%3E', null],
    ['?action=drain&customer=a', null],
    ['?action=allocate', null],
  ])('%s', (search, expected) => {
    expect(parseParams(search)).toEqual(expected);
  });
});

describe('allocate', () => {
  it('shows figures fetched by the background and the balance after; submits once after the amount is typed twice', async () => {
    let sent = 0;
    script({
      'money.preview': () => preview(),
      'money.execute': () => {
        sent++;
        return executed(op());
      },
    });
    render(<App params={{ action: 'allocate', customerIds: [ID] }} />);
    await screen.findByText('杭州云栖科技');
    fireEvent.input(input('amount'), { target: { value: '100' } });
    expect(document.querySelector('[data-figure="moBalanceAfter"] dd')?.textContent).toBe('¥80.00');
    expect(submit().disabled).toBe(true);
    fireEvent.input(input('confirm'), { target: { value: '10' } });
    expect(screen.getByText('The two amounts do not match.')).toBeTruthy();
    fireEvent.input(input('confirm'), { target: { value: '100.00' } });
    expect(submit().disabled).toBe(false);
    fireEvent.click(submit());
    fireEvent.click(submit());
    await screen.findByText('Done. Transaction ID: TX-1');
    expect(sent).toBe(1);
    const [, payload] = send.mock.calls.find(([type]) => type === 'money.execute') ?? [];
    expect(payload).toMatchObject({ kind: 'allocate', customerId: ID, amount: '100', confirmAmount: '100.00' });
  });

  it('refuses above the allocatable amount before sending', async () => {
    script({ 'money.preview': () => preview() });
    render(<App params={{ action: 'allocate', customerIds: [ID] }} />);
    await screen.findByText('杭州云栖科技');
    fireEvent.input(input('amount'), { target: { value: '600' } });
    expect(screen.getByText('Above your allocatable balance.')).toBeTruthy();
  });

  it('outcome unknown → checking → confirmed by the records', async () => {
    const unknown = op({ state: 'unknown', customers: [{ customerId: ID, name: '', status: 'unknown' }] });
    script({
      'money.preview': () => preview(),
      'money.execute': () => executed(unknown),
      'money.reconcile': () => op({ state: 'reconciled-done' }),
    });
    render(<App params={{ action: 'allocate', customerIds: [ID] }} />);
    await screen.findByText('杭州云栖科技');
    fireEvent.input(input('amount'), { target: { value: '100' } });
    fireEvent.input(input('confirm'), { target: { value: '100' } });
    fireEvent.click(submit());
    await screen.findByText(/Confirmed by the platform’s records: it was done/);
    expect(send.mock.calls.filter(([type]) => type === 'money.execute')).toHaveLength(1);
  });

  it('a referral customer gets no form', async () => {
    const referral = preview().customers.map((c) => ({ ...c, associationType: '1' as const, money: null }));
    script({ 'money.preview': () => preview({ customers: referral }) });
    render(<App params={{ action: 'allocate', customerIds: [ID] }} />);
    await screen.findByText(/Referral customer/);
    expect(screen.queryByRole('button', { name: 'Confirm and send' })).toBeNull();
  });
});

describe('vouchers', () => {
  it('shows each customer’s outcome', async () => {
    const customers = [
      { ...preview().customers[0], customerId: 'c1', name: 'One' },
      { ...preview().customers[0], customerId: 'c2', name: 'Two' },
    ].map((c) => ({ ...c, money: null })) as MoneyPreview['customers'];
    const quotas = [{ quotaId: 'q', quotaType: '0', value: '100', balance: '50', effectiveTime: '', expireTime: '' }];
    script({
      'money.preview': () => preview({ kind: 'issue-voucher', customers, quotas }),
      'money.execute': () =>
        executed(
          op({
            kind: 'issue-voucher',
            customers: [
              { customerId: 'c1', name: 'One', status: 'done', transactionId: 'CP1' },
              { customerId: 'c2', name: 'Two', status: 'failed', code: 'CBC.99000012', message: 'quota' },
            ],
          }),
        ),
    });
    render(<App params={{ action: 'issue-voucher', customerIds: ['c1', 'c2'] }} />);
    await screen.findByText('One');
    fireEvent.input(input('amount'), { target: { value: '30' } });
    fireEvent.input(input('confirm'), { target: { value: '30' } });
    expect(screen.getByText('Total: ¥60.00 for 2 customers')).toBeTruthy();
    fireEvent.click(submit());
    await waitFor(() => expect(document.querySelector('.per-customer')).toBeTruthy());
    const rows = [...document.querySelectorAll('.per-customer li')].map((li) => li.textContent);
    expect(rows[0]).toContain('done');
    expect(rows[1]).toContain('This voucher quota cannot cover it or cannot be used.');
  });
});
