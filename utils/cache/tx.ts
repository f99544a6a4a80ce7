/** Transaction discipline shared by the repositories. */

/**
 * Waits for `writes` and the commit, aborting the transaction if any write failed. IndexedDB aborts by
 * itself only when a request errors; a bad key throws synchronously and creates no request, so without
 * this the rest of the page (and its checkpoint) would still commit.
 */
export async function allOrNothing(
  tx: { abort(): void; done: Promise<void> },
  writes: readonly Promise<unknown>[],
): Promise<void> {
  try {
    await Promise.all(writes);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}
