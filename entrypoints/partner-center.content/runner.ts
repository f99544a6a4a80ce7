/**
 * Runs the features that match the current page, on load and after every SPA navigation. The previous
 * run is aborted first; each feature's errors are isolated; disabled or non-matching features have
 * their UI removed.
 */
import { unmountFeature } from '@/utils/console/mount';
import { detectPage } from '@/utils/console/pages';
import { type Feature, type FeatureId, featureApplies } from './feature';

export interface RunnerOptions {
  features: readonly Feature[];
  document: Document;
  isEnabled(id: FeatureId): boolean;
  onError(id: FeatureId, error: unknown): void;
}

export interface Runner {
  /** (Re)runs features for `href`; returns the ids started. */
  run(href: string): FeatureId[];
  stop(): void;
}

export function createRunner(options: RunnerOptions): Runner {
  let current: AbortController | null = null;

  const stop = () => {
    current?.abort(new DOMException('navigated', 'AbortError'));
    current = null;
  };

  const run = (href: string): FeatureId[] => {
    stop();
    const page = detectPage(href);
    const controller = new AbortController();
    current = controller;
    const started: FeatureId[] = [];
    for (const feature of options.features) {
      const applies = page !== null && featureApplies(feature, page) && options.isEnabled(feature.id);
      if (!applies) {
        unmountFeature(options.document, feature.id);
        continue;
      }
      started.push(feature.id);
      // A feature's failure is its own: report it and carry on with the others.
      Promise.resolve()
        .then(() => feature.run({ signal: controller.signal, page, document: options.document }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) options.onError(feature.id, error);
        });
    }
    return started;
  };

  return { run, stop };
}
