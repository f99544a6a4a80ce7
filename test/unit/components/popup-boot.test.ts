import { describe, expect, it } from 'vitest';
import { customersCsv } from '@/entrypoints/popup/export';
import { decide } from '@/entrypoints/popup/useBackground';
import { setLang } from '@/utils/i18n';
import type { CustomerList } from '@/utils/messages/customers';
import type { VaultState } from '@/utils/messages/vault';
import type { Result } from '@/utils/messaging';
import { cnRow } from './fixtures';

const vault = (initialized: boolean, locked: boolean): Result<VaultState> => ({
  ok: true,
  value: { initialized, locked, accounts: [], active: null, activeAccount: null },
});
const list = (rows: number): Result<CustomerList> => ({
  ok: true,
  value: {
    scope: { partnerId: 'p', site: 'cn' },
    rows: Array.from({ length: rows }, () => cnRow()),
    fetchedAt: 0,
    syncedAt: null,
  },
});
const noHandler: Result<never> = { ok: false, error: { code: 'handler-failed', message: 'x', reason: 'no-handler' } };

describe('what the popup opens into', () => {
  it.each([
    ['background without the handlers', noHandler, noHandler, 'no-credentials'],
    ['no vault yet', vault(false, true), list(0), 'no-credentials'],
    ['cached customers, even while locked', vault(true, true), list(3), 'ready'],
    ['locked and nothing cached', vault(true, true), list(0), 'locked'],
    ['unlocked, nothing cached yet', vault(true, false), list(0), 'empty'],
    ['list failed', vault(true, false), { ok: false, error: { code: 'handler-failed', message: 'db' } }, 'error'],
  ] as const)('%s → %s', (_what, v, l, kind) => {
    expect(decide(v as Result<VaultState>, l as Result<CustomerList>).kind).toBe(kind);
  });
});

describe('CSV export', () => {
  it('has localized headers and Excel-safe cells', () => {
    setLang('zh_CN');
    const csv = customersCsv([cnRow({ name: '=cmd|calc', label: '重点客户' })]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header?.startsWith('客户名称,账号名,客户 ID,关联类型')).toBe(true);
    expect(row?.startsWith("'=cmd|calc,hz_yunqi,0123456789abcdef0123456789abcdef,代售")).toBe(true);
    expect(row).toContain(',1234.5,0,,,,CNY,');
  });
});
