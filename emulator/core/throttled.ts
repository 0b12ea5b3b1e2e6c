/** The 429 SharePoint and Graph send once a user's request budget is spent, with the seconds to wait. */
import type { EmulatorResponse } from './http';
import { faultResponse } from './faults';

/** 429 Too Many Requests with Retry-After, in SharePoint's or Graph's error shape. */
export function throttledResponse(retryAfterSeconds: number, graph: boolean): EmulatorResponse {
  return faultResponse({ status: 429, retryAfter: retryAfterSeconds }, graph);
}
