/**
 * The feature contract (architecture.md §4): a feature says WHERE it runs (pages, sites) and WHAT it
 * does (`run`), and stops when its signal aborts. Flow inside: collect (extract) → decide (rules) → render.
 */
import type { PageId, PageMatch } from '@/utils/console/pages';
import type { Site } from '@/utils/domain';

export type FeatureId =
  | 'assistant-status'
  | 'balance-warning'
  | 'customer-mentions'
  | 'incentive-explainer'
  | 'order-on-behalf'
  | 'acting-as-banner'
  | 'package-quota';

export interface FeatureContext {
  signal: AbortSignal;
  page: PageMatch;
  document: Document;
}

export interface Feature {
  id: FeatureId;
  /** Pages the feature runs on; '*' for every page the content script matches. */
  pages: readonly (PageId | '*')[];
  sites?: readonly Site[];
  run(ctx: FeatureContext): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}

export function featureApplies(feature: Feature, page: PageMatch): boolean {
  const onPage = feature.pages.includes('*') || feature.pages.includes(page.id);
  return onPage && (!feature.sites || feature.sites.includes(page.site));
}
