// @vitest-environment node
/** Error mapping table and the rule that secrets never reach an error message, cause, JSON or log. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListSubCustomers } from '@/utils/api/endpoints/customers';
import { ApiError, classify, redactSecrets } from '@/utils/api/errors';
import { CREDS, fakeFetch, json, testClient } from './helpers';

describe('errors: classification', () => {
  it.each([
    [401, 'APIGW.0301', 'auth', undefined],
    [403, 'CBC.0151', 'permission', undefined],
    [403, 'CBC.0155', 'permission', undefined],
    [403, 'CBC.0156', 'permission', 'wrong-site'],
    [404, 'APIGW.0101', 'not-found', 'wrong-site'],
    [429, 'CBC.0250', 'throttled', undefined],
    [429, 'APIGW.0308', 'throttled', undefined],
    [429, '', 'throttled', undefined],
    [400, 'CBC.99007461', 'conflict', 'task-in-progress'],
    [500, 'CBC.99007461', 'conflict', 'task-in-progress'],
    [400, 'CBC.99005003', 'invalid', 'insufficient-balance'],
    [400, 'CBC.99000035', 'invalid', 'not-associated'],
    [200, 'CBC.5001', 'permission', 'not-a-partner'],
    [400, 'CBC.0101', 'invalid', undefined],
    [502, '', 'server', undefined],
    [404, '', 'not-found', undefined],
    [409, '', 'conflict', undefined],
  ])('HTTP %i %s → %s', (status, code, kind, detail) => {
    expect(classify(status, code)).toEqual(detail ? { kind, detail } : { kind });
  });
});

describe('errors: secrets never leak', () => {
  afterEach(() => vi.restoreAllMocks());

  it('redacts Authorization parts, tokens and registered key material', () => {
    const text = `Authorization: SDK-HMAC-SHA256 Access=${CREDS.ak}, SignedHeaders=host, Signature=abcdef0123 sk=${CREDS.sk} X-Security-Token: ${CREDS.securityToken}`;
    const out = redactSecrets(text);
    for (const secret of [CREDS.ak, CREDS.sk, CREDS.securityToken, 'abcdef0123']) expect(out).not.toContain(secret);
  });

  it('no secret in message, cause, toJSON or console output of any failure path', async () => {
    const logged: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(...args);
      });
    }
    const leakyFailures = [
      // A fetch implementation that puts the request (with its headers) into its error text.
      (_url: string, init: RequestInit) =>
        Promise.reject(new TypeError(`request failed: ${JSON.stringify(init.headers)} sk=${CREDS.sk}`)),
      // A server echoing the credentials back in its error text.
      () =>
        Promise.resolve(
          json(
            { error_code: 'APIGW.0301', error_msg: `bad ak ${CREDS.ak} / token ${CREDS.securityToken} / ${CREDS.sk}` },
            401,
          ),
        ),
      () => Promise.resolve(json(`{"broken": "${CREDS.sk}`)),
    ];
    for (const fetch of leakyFailures) {
      const { client } = testClient(fetch, { retry: { maxAttempts: 1 } });
      const error = await client.call(ListSubCustomers, { body: {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      const api = error as ApiError;
      const dump = [
        api.message,
        String(api.cause instanceof Error ? api.cause.message : ''),
        JSON.stringify(api),
        api.stack ?? '',
      ].join('\n');
      for (const secret of [CREDS.ak, CREDS.sk, CREDS.securityToken]) expect(dump).not.toContain(secret);
      expect(dump).not.toMatch(/Signature=[0-9a-f]{64}/);
    }
    expect(JSON.stringify(logged.map(String))).not.toContain(CREDS.sk);
    // The error texts still say what went wrong.
    const { client } = testClient(fakeFetch(() => json({ error_code: 'CBC.0151', error_msg: 'denied' }, 403)));
    const error = (await client.call(ListSubCustomers, { body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe('ListSubCustomers failed (HTTP 403, CBC.0151): denied');
  });
});
