/** The words for each failed order-on-behalf pre-check, shared by the popup card and the page feature. */
import type { MessageKey } from '@/utils/i18n';
import type { OobReason } from '@/utils/rules/order-on-behalf';

export const OOB_REASON_KEY: Readonly<Record<OobReason, MessageKey>> = {
  'not-reseller': 'oobReasonNotReseller',
  'not-authorized': 'oobReasonNotAuthorized',
  'authorization-unknown': 'oobReasonAuthorizationUnknown',
  'no-balance': 'oobReasonNoBalance',
  'no-budget': 'oobReasonNoBudget',
  'money-unknown': 'oobReasonMoneyUnknown',
  frozen: 'oobReasonFrozen',
  'no-distributor-permission': 'oobReasonNoDistributorPermission',
  'distributor-permission-unknown': 'oobReasonDistributorPermissionUnknown',
};
