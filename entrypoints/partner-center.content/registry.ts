/** Every page feature, in the order they run. A meta-test checks each file in features/ is listed here. */
import type { Feature } from './feature';
import actingAsBanner from './features/acting-as-banner';
import assistantStatus from './features/assistant-status';
import balanceWarning from './features/balance-warning';
import customerMentions from './features/customer-mentions';
import incentiveExplainer from './features/incentive-explainer';
import orderOnBehalf from './features/order-on-behalf';
import packageQuota from './features/package-quota';

export const FEATURES: readonly Feature[] = [
  assistantStatus,
  balanceWarning,
  orderOnBehalf,
  incentiveExplainer,
  customerMentions,
  actingAsBanner,
  packageQuota,
];
