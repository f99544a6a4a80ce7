/** The confirm page's words when the API host's circuit breaker refused (nothing was sent), in both languages. */
import { afterEach, describe, expect, it } from 'vitest';
import { failureText, reasonText } from '@/components/money/labels';
import { setLang } from '@/utils/i18n';

afterEach(() => setLang('en'));

describe('money texts for an open circuit breaker', () => {
  it.each([
    ['en', 'Huawei Cloud API unavailable after repeated failures, so nothing was sent.'],
    ['zh_CN', '华为云 API 连续多次失败后暂不可用，本次未发送任何请求。'],
  ] as const)('%s: a refused preview/check and a refused operation both say nothing was sent', (lang, text) => {
    setLang(lang);
    expect(reasonText('unavailable', 'Huawei Cloud API unavailable (bss…)')).toContain(text);
    const error = { kind: 'unavailable', code: 'CLIENT.CIRCUIT_OPEN', message: 'Huawei Cloud API unavailable (bss…)' };
    expect(failureText({ error })).toContain(text);
  });
});
