/** Background handlers for the app.* messages. */
import type { Db } from '../cache/db';
import { incrementCounter } from '../cache/db';
import type { Handlers } from '../router';

export function appHandlers(deps: { db: () => Promise<Db>; version: string }): Pick<Handlers, 'app.status'> {
  const workerStartedAt = Date.now();
  return {
    'app.status': async () => ({
      version: deps.version,
      statusCount: await incrementCounter(await deps.db(), 'statusCount'),
      workerStartedAt,
    }),
  };
}
