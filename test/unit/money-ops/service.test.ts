// @vitest-environment node
/** money.* handlers over the sandbox: live figures, refusals before sending, refresh after success, history. */
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { fenToString } from '@/test/sandbox/bss/index';
import { getMoneyState } from '@/utils/cache/repositories';
import { CONTENT_SCRIPT_TYPES, requestSchemas } from '@/utils/messaging';
import { createOperation, getOperation, transitionOperation } from '@/utils/money-ops/store';
import { createMoneyService } from '@/utils/services/money';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { first, INTENT_HEADER, newId, useMoneySandbox } from './helpers';

const h = useMoneySandbox('cn');

function service(limit = '10000') {
  const onMoneyChanged = vi.fn();
  const svc = createMoneyService({
    db: async () => h.db,
    account: async () => h.account(),
    settings: async () => ({ ...DEFAULT_SETTINGS, perActionLimit: { cn: limit, intl: '2000' } }),
    onMoneyChanged,
    intentHeader: INTENT_HEADER,
    executor: { settle: { settleMs: 0, minPolls: 1 }, pollDelayMs: 0 },
  });
  return { ...svc.handlers, onMoneyChanged };
}
const funded = () => first(h.resellers((c) => c.balanceFen > 100_000 && c.debtFen === 0));

describe('money.preview', () => {
  it('allocate: the customer from the API, balance and debt, the allocatable amount and the limit', async () => {
    const c = funded();
    const p = await service()['money.preview']({ kind: 'allocate', customerIds: [c.customerId] }, 'extension-page');
    const row = h.server.sandbox.dataset.sites.cn.partnerBalances.find((b) => b.accountType === 8);
    expect(p).toMatchObject({ site: 'cn', currency: 'CNY', limit: '10000', missing: [], open: [] });
    expect(p.allocatable).toBe(fenToString((row?.amountFen ?? 0) - (row?.designatedFen ?? 0)).replace(/\.?0+$/, ''));
    expect(first(p.customers)).toMatchObject({ customerId: c.customerId, name: c.name, money: { site: 'cn' } });
  });

  it('issue-voucher lists only usable quotas', async () => {
    const p = await service()['money.preview'](
      { kind: 'issue-voucher', customerIds: [funded().customerId] },
      'extension-page',
    );
    const usable = h.server.sandbox.dataset.sites.cn.quotas.filter((q) => q.status === 0).map((q) => q.quotaId);
    expect(p.quotas.map((q) => q.quotaId).sort()).toEqual(usable.sort());
  });

  it('refuses an intl action on the China account', async () => {
    await expect(
      service()['money.preview']({ kind: 'set-budget', customerIds: [funded().customerId] }, 'extension-page'),
    ).rejects.toMatchObject({
      code: 'wrong-site',
    });
  });
});

describe('money.execute', () => {
  const allocate = (customerId: string, amount: string, confirmAmount = amount) => ({
    kind: 'allocate' as const,
    operationId: newId(),
    customerId,
    amount,
    confirmAmount,
  });

  it.each([
    ['a confirmation that differs', () => allocate(funded().customerId, '10', '100'), 'confirm-mismatch'],
    ['three decimals', () => allocate(funded().customerId, '1.234'), 'invalid-amount'],
    ['above the per-action limit', () => allocate(funded().customerId, '10001'), 'over-limit'],
    ['above the allocatable amount', () => allocate(funded().customerId, '9999999999'), 'over-allocatable'],
    ['a referral customer', () => allocate(h.referral().customerId, '1'), 'not-reseller'],
    ['an unknown customer', () => allocate('e'.repeat(32), '1'), 'not-found'],
    [
      'a reclaim above the balance',
      () => ({ ...allocate(funded().customerId, '9999999'), kind: 'reclaim' as const }),
      'over-balance',
    ],
  ])('refuses %s before anything is sent', async (_label, req, code) => {
    await expect(service()['money.execute'](req(), 'extension-page')).rejects.toMatchObject({ code });
    expect(h.moneyRequests()).toHaveLength(0);
  });

  it('allocates "1,000.50", refreshes the cached balance and tells the background', async () => {
    const c = funded();
    const before = c.balanceFen;
    const svc = service();
    const result = await svc['money.execute'](allocate(c.customerId, '1,000.50', '1000.5'), 'extension-page');
    expect(result.outcome).toBe('started');
    expect(result.operation).toMatchObject({ state: 'done', amount: '1000.5', actor: { label: 'Test partner' } });
    expect(first(result.operation.customers)).toMatchObject({ name: c.name, status: 'done' });
    const expected = fenToString(before + 100_050).replace(/\.?0+$/, '');
    expect(first(result.refreshed).money).toMatchObject({ site: 'cn', balance: expected });
    expect(await getMoneyState(h.db, h.account().scope, c.customerId)).toMatchObject({ balance: expected });
    expect(svc.onMoneyChanged).toHaveBeenCalledWith(h.account().scope, [c.customerId]);
  });

  it('the same message twice joins the first operation (double click across popups)', async () => {
    const svc = service();
    const req = allocate(funded().customerId, '5');
    const [a, b] = await Promise.all([
      svc['money.execute'](req, 'extension-page'),
      svc['money.execute'](req, 'extension-page'),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['joined', 'started']);
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('history and export list who, what, when and the transaction id', async () => {
    const svc = service();
    await svc['money.execute'](allocate(funded().customerId, '2'), 'extension-page');
    const history = await svc['money.history']({}, 'extension-page');
    expect(history).toHaveLength(1);
    const exported = await svc['money.export']({}, 'extension-page');
    expect(exported.fileName).toMatch(/^money-operations-\d{8}-\d{4}\.csv$/);
    expect(exported.csv).toContain(first(h.server.sandbox.ledger).transferId);
    expect(await svc['money.pending']({}, 'extension-page')).toEqual([]);
  });
});

describe('message contract', () => {
  it('money types are never allowed from a content script', () => {
    for (const type of Object.keys(requestSchemas).filter((t) => t.startsWith('money.'))) {
      expect(CONTENT_SCRIPT_TYPES.has(type as keyof typeof requestSchemas)).toBe(false);
    }
  });

  it.each([
    [{ kind: 'allocate', operationId: 'not-a-uuid', customerId: 'c', amount: '1', confirmAmount: '1' }],
    [{ kind: 'allocate', operationId: crypto.randomUUID(), customerId: 'c', amount: '1' }],
    [{ kind: 'allocate', operationId: crypto.randomUUID(), customerId: '<img>', amount: '1', confirmAmount: '1' }],
    [
      {
        kind: 'issue-voucher',
        operationId: crypto.randomUUID(),
        customerIds: [],
        amount: '1',
        confirmAmount: '1',
        quotaId: 'q',
      },
    ],
    [{ kind: 'move-all', operationId: crypto.randomUUID(), customerId: 'c' }],
  ])('rejects malformed execute payload %#', (payload) => {
    expect(v.safeParse(requestSchemas['money.execute'], payload).success).toBe(false);
  });
});

describe('money.pending after a worker restart', () => {
  it('checks an operation the start-up sweep left unknown again, once it can be called not done', async () => {
    const c = funded();
    const { scope, actor } = h.account();
    let clock = Date.now();
    // Left 'sending' by a worker that died before the request got out: nothing in the trail.
    const created = await createOperation(h.db, {
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '2.34',
      ...scope,
      actor,
      createdAt: clock,
      results: [{ customerId: c.customerId, status: 'pending' }],
    });
    if (!created.created) throw new Error('not created');
    await transitionOperation(h.db, created.op.operationId, 'pending', 'sending', {}, clock);
    const svc = createMoneyService({
      db: async () => h.db,
      account: async () => h.account(),
      settings: async () => DEFAULT_SETTINGS,
      onMoneyChanged: () => undefined,
      now: () => clock,
      executor: { settle: { settleMs: 30_000, minPolls: 1 }, pollDelayMs: 0 },
    }).handlers;
    const [early] = await svc['money.pending']({}, 'extension-page');
    expect(early?.state).toBe('unknown');
    clock += 31_000;
    // Same worker, later: without a second look it would stay 'unknown' until the worker restarts.
    expect(await svc['money.pending']({}, 'extension-page')).toEqual([]);
    expect((await getOperation(h.db, created.op.operationId))?.state).toBe('reconciled-not-done');
    expect(h.moneyRequests()).toHaveLength(0);
  });
});
