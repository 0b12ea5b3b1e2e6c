/**
 * Sending many independent SharePoint requests as few `$batch` requests. PnPjs (v4 `sp.batched()`) sends each request
 * as one part — GETs on their own, writes in changesets — and settles each part's promise from its own answer, so a
 * part can fail while the others succeed; SharePoint does not roll a changeset back. SharePoint takes at most 100
 * parts per batch (pnp/pnpcore#284), and PnPjs does not split for us unless told (`maxRequests`, default 20). When the
 * whole batch is refused (429, outage), PnPjs rejects `execute()` and never settles the parts: every part counts as
 * failed with that error, and nothing in it was done.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';

/** SharePoint's limit on the parts of one $batch. */
export const MAX_BATCH_PARTS = 100;

/** Whether SharePoint asked us to slow down (429, or 503 Server Too Busy). */
const isThrottling = (reason: unknown): boolean => [429, 503].includes(Number((reason as { status?: number } | undefined)?.status));

/**
 * Runs `build(batched, item)` for every item, `MAX_BATCH_PARTS` at a time, one $batch each; outcomes in item order.
 * Once SharePoint throttles a part, the batches still to go are not sent (each would only be refused, and refused
 * requests count against the budget too): their items fail with the same throttling error, to be sent after the wait.
 */
export async function inBatches<T, R>(
  sp: SPFI,
  items: readonly T[],
  build: (batched: SPFI, item: T) => Promise<R>
): Promise<Array<PromiseSettledResult<R>>> {
  const outcomes: Array<PromiseSettledResult<R>> = [];
  for (let start = 0; start < items.length; start += MAX_BATCH_PARTS) {
    const chunk = items.slice(start, start + MAX_BATCH_PARTS);
    const throttled = throttlingIn(outcomes);
    if (throttled !== undefined) outcomes.push(...chunk.map((): PromiseRejectedResult => ({ status: 'rejected', reason: throttled })));
    else outcomes.push(...(await oneBatch(sp, chunk, build)));
  }
  return outcomes;
}

/** One $batch: each part's outcome, or every part failed with the error that refused the whole batch. */
async function oneBatch<T, R>(
  sp: SPFI,
  chunk: readonly T[],
  build: (batched: SPFI, item: T) => Promise<R>
): Promise<Array<PromiseSettledResult<R>>> {
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_PARTS });
  const settled = Promise.allSettled(chunk.map((item) => build(batched, item)));
  try {
    await execute();
    return await settled;
  } catch (error) {
    return chunk.map((): PromiseRejectedResult => ({ status: 'rejected', reason: error }));
  }
}

/** The first throttling error among outcomes, if SharePoint asked us to slow down. */
export function throttlingIn(outcomes: ReadonlyArray<PromiseSettledResult<unknown>>): unknown {
  return outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected' && isThrottling(o.reason))?.reason;
}
