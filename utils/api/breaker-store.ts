/**
 * Where the circuit breaker keeps its state. In the worker: `storage.session`, which survives a service-worker
 * stop, is gone with the browser, and (at its default access level) cannot be read by content scripts.
 * In unit tests: memory.
 */
import * as v from 'valibot';
import type { BreakerState, BreakerStore } from './breaker';

/** The subset of `browser.storage.session` used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const BREAKER_SESSION_KEY = 'api-circuit-breaker';

const StoredState = v.record(
  v.string(),
  v.object({
    failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
    openUntil: v.nullable(v.number()),
    probing: v.boolean(),
  }),
);

export function sessionBreakerStore(area: SessionArea & { remove(key: string): Promise<void> }): BreakerStore {
  return {
    async load() {
      const stored = (await area.get(BREAKER_SESSION_KEY))[BREAKER_SESSION_KEY];
      const parsed = v.safeParse(StoredState, stored);
      // Unreadable state starts closed: the breaker only ever withholds requests, never sends extra ones.
      return parsed.success ? parsed.output : {};
    },
    // Nothing tracked, nothing stored: a healthy API leaves storage.session as empty as the vault's lock does.
    save: (state) =>
      Object.keys(state).length === 0 ? area.remove(BREAKER_SESSION_KEY) : area.set({ [BREAKER_SESSION_KEY]: state }),
  };
}

/** In-memory store; `saved` is what a restarted worker would load. */
export function memoryBreakerStore(initial: BreakerState = {}): BreakerStore & { saved: BreakerState } {
  const box = { saved: structuredClone(initial) };
  return {
    get saved() {
      return box.saved;
    },
    load: async () => structuredClone(box.saved),
    save: async (state) => {
      box.saved = structuredClone(state);
    },
  };
}
