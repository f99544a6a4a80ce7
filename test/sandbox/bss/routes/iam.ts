/** IAM `GET /v3/auth/domains`: how the SDKs discover the account (domain) id of an AK. */
import { BOTH, type Route } from '../route';

export const iamRoutes: Route[] = [
  {
    operation: 'KeystoneListAuthDomains',
    method: 'GET',
    path: '/v3/auth/domains',
    kind: 'iam',
    sites: BOTH,
    handle({ data }) {
      const id = data.account.domainId;
      const self = `https://iam.myhuaweicloud.com/v3/domains/${id}`;
      return {
        body: {
          domains: [{ id, name: data.partnerAccountName, enabled: true, description: '', links: { self } }],
          links: { self: 'https://iam.myhuaweicloud.com/v3/auth/domains', previous: null, next: null },
        },
      };
    },
  },
];
