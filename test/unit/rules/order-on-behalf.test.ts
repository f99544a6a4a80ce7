import { describe, expect, it } from 'vitest';
import type { MoneyState } from '@/utils/domain';
import { checkOrderOnBehalf, type OobInput } from '@/utils/rules/order-on-behalf';

const cn = (balance: string): MoneyState => ({ site: 'cn', customerId: 'c', balance, debt: '0', currency: 'CNY' });
const intl = (budget: string, used: string): MoneyState => ({
  site: 'intl',
  customerId: 'c',
  budget,
  used,
  budgetType: 'PACKAGE',
  currency: 'USD',
});
const ok: OobInput = { site: 'cn', customer: { associationType: '2', frozen: 0 }, money: cn('100'), authorized: true };

describe('checkOrderOnBehalf', () => {
  it('passes a funded, authorised, unfrozen reseller customer', () => {
    const r = checkOrderOnBehalf(ok);
    expect(r).toMatchObject({ eligible: true, failed: [], unverified: [] });
  });

  it.each<[string, Partial<OobInput>, Array<[string, string, string | null]>]>([
    ['referral customer', { customer: { associationType: '1', frozen: 0 } }, [['reseller', 'not-reseller', null]]],
    ['not authorised', { authorized: false }, [['authorized', 'not-authorized', 'request-authorization']]],
    ['cn balance 0', { money: cn('0') }, [['money', 'no-balance', 'allocate-funds']]],
    ['intl budget used up', { site: 'intl', money: intl('10', '10') }, [['money', 'no-budget', 'set-budget']]],
    ['frozen', { customer: { associationType: '2', frozen: 2 } }, [['not-frozen', 'frozen', 'unfreeze']]],
    [
      'everything wrong',
      { customer: { associationType: '1', frozen: 1 }, authorized: false, money: cn('-3') },
      [
        ['reseller', 'not-reseller', null],
        ['authorized', 'not-authorized', 'request-authorization'],
        ['money', 'no-balance', 'allocate-funds'],
        ['not-frozen', 'frozen', 'unfreeze'],
      ],
    ],
    [
      'EU tier-2 reseller without distributor permission',
      { site: 'intl', eu: true, tier2Reseller: true, distributorGranted: false, money: intl('10', '1') },
      [['eu-distributor-permission', 'no-distributor-permission', 'ask-distributor']],
    ],
  ])('fails: %s', (_name, patch, expected) => {
    const r = checkOrderOnBehalf({ ...ok, ...patch });
    expect(r.eligible).toBe(false);
    expect(r.failed.map((f) => [f.check, f.reason, f.fix])).toEqual(expected);
  });

  it.each<[string, Partial<OobInput>, string]>([
    ['authorisation not visible', { authorized: 'unknown' }, 'authorization-unknown'],
    ['no money data', { money: null }, 'money-unknown'],
    ['garbage money data', { money: cn('n/a') }, 'money-unknown'],
    [
      'EU tier-2 permission unknown',
      { site: 'intl', eu: true, tier2Reseller: true, money: intl('5', '0') },
      'distributor-permission-unknown',
    ],
  ])('unverified but still eligible: %s', (_name, patch, reason) => {
    const r = checkOrderOnBehalf({ ...ok, ...patch });
    expect(r.eligible).toBe(true);
    expect(r.unverified.map((u) => u.reason)).toEqual([reason]);
  });

  it.each<[string, Partial<OobInput>, string[]]>([
    ['China', {}, ['oobNoteKooGalleryNotSupported', 'oobNoteSwitchRoleBack']],
    ['intl', { site: 'intl', money: intl('5', '0') }, ['oobNoteSwitchRoleBack']],
    ['EU', { site: 'intl', eu: true, money: intl('5', '0') }, ['oobNoteEuProductsLimited', 'oobNoteSwitchRoleBack']],
  ])('notes on %s', (_name, patch, notes) => {
    expect(checkOrderOnBehalf({ ...ok, ...patch }).notes.map((n) => n.key)).toEqual(notes);
  });

  it('names the EU products', () => {
    const r = checkOrderOnBehalf({ ...ok, site: 'intl', eu: true, money: intl('5', '0') });
    expect(r.notes[0]).toEqual({ key: 'oobNoteEuProductsLimited', params: ['ECS, EVS, EIP'] });
  });
});
