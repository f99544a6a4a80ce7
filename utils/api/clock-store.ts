/**
 * The worker's server-clock offset kept in storage.session: a worker stopped after 30 s idle starts again with
 * the offset it had learned, so a skewed computer clock costs one rejected request per browser session, not
 * one per worker start.
 */
import type { SessionArea } from './breaker-store';
import { ServerClock } from './clock';

export const CLOCK_SESSION_KEY = 'api-clock-offset';

export function sessionServerClock(area: SessionArea, now: () => number = Date.now): ServerClock {
  const clock = new ServerClock(now, (offsetMs) => {
    void area.set({ [CLOCK_SESSION_KEY]: offsetMs }).catch(() => undefined);
  });
  void area
    .get(CLOCK_SESSION_KEY)
    .then((stored) => {
      const offset = stored[CLOCK_SESSION_KEY];
      if (typeof offset === 'number') clock.restore(offset);
    })
    .catch(() => undefined);
  return clock;
}
