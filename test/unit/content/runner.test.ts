import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defineFeature, type FeatureId } from '@/entrypoints/partner-center.content/feature';
import { FEATURES } from '@/entrypoints/partner-center.content/registry';
import { createRunner } from '@/entrypoints/partner-center.content/runner';
import { mountShadow } from '@/utils/console/mount';

const LIST = 'https://account.huaweicloud.com/obmgr/#/obmgr/customer/list';
const DETAIL = 'https://account.huaweicloud.com/obmgr/#/obmgr/customer/detail/0123456789abcdef0123456789abcdef';

describe('feature runner', () => {
  it('runs only the features of the current page and site', () => {
    const ran: string[] = [];
    const make = (id: FeatureId, pages: ('customer-list' | 'customer-detail')[], sites?: ('cn' | 'intl')[]) =>
      defineFeature({ id, pages, sites, run: () => void ran.push(id) });
    const runner = createRunner({
      features: [
        make('balance-warning', ['customer-list']),
        make('order-on-behalf', ['customer-detail']),
        make('package-quota', ['customer-list'], ['intl']),
      ],
      document,
      isEnabled: () => true,
      onError: () => {},
    });
    expect(runner.run(LIST)).toEqual(['balance-warning']);
    expect(runner.run(DETAIL)).toEqual(['order-on-behalf']);
  });

  it('isolates a failing feature from the others', async () => {
    const onError = vi.fn();
    let otherRan = false;
    const runner = createRunner({
      features: [
        defineFeature({
          id: 'balance-warning',
          pages: ['*'],
          run: () => {
            throw new Error('page changed');
          },
        }),
        defineFeature({
          id: 'customer-mentions',
          pages: ['*'],
          run: () => {
            otherRan = true;
          },
        }),
      ],
      document,
      isEnabled: () => true,
      onError,
    });
    runner.run(LIST);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith('balance-warning', expect.any(Error)));
    expect(otherRan).toBe(true);
  });

  it('aborts the previous run on navigation', () => {
    const signals: AbortSignal[] = [];
    const runner = createRunner({
      features: [
        defineFeature({ id: 'balance-warning', pages: ['*'], run: ({ signal }) => void signals.push(signal) }),
      ],
      document,
      isEnabled: () => true,
      onError: () => {},
    });
    runner.run(LIST);
    return Promise.resolve().then(() => {
      runner.run(DETAIL);
      return Promise.resolve().then(() => {
        expect(signals[0]?.aborted).toBe(true);
        expect(signals[1]?.aborted).toBe(false);
      });
    });
  });

  it('removes the UI of a feature that is turned off', () => {
    document.body.innerHTML = '';
    mountShadow(document.body, 'balance-warning', 'x', '');
    const runner = createRunner({
      features: [defineFeature({ id: 'balance-warning', pages: ['*'], run: () => {} })],
      document,
      isEnabled: () => false,
      onError: () => {},
    });
    expect(runner.run(LIST)).toEqual([]);
    expect(document.querySelectorAll('pa-ui')).toHaveLength(0);
  });
});

describe('registry', () => {
  it('lists every feature file exactly once, with the file name as its id', () => {
    const dir = join(import.meta.dirname, '../../../entrypoints/partner-center.content/features');
    const files = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => f.replace(/\.tsx?$/, ''))
      .sort();
    expect(FEATURES.map((f) => f.id).sort()).toEqual(files);
  });
});
