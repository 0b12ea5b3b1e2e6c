/**
 * HTTP statuses and error codes from SharePoint and Graph alike, as the DataError the UI can explain. One map for
 * both services, so that throttling, the list-view threshold and an over-large request mean the same everywhere.
 *
 * - Throttling is 429, or 503 "Server Too Busy", both with Retry-After (SharePoint: "Avoid getting throttled or
 *   blocked in SharePoint Online", sp-dev-docs#4237; Graph: "Microsoft Graph throttling guidance"), or a throttling
 *   error code whatever the status. A 500 is never throttling.
 * - A 500 with `SPQueryThrottledException` ("The attempted operation is prohibited because it exceeds the list
 *   view threshold", OneDrive/onedrive-api-docs#1510) is the 5,000-item list-view threshold: waiting does not help,
 *   the query must change. It is `listViewThreshold`, never `throttled`.
 * - 413, or SharePoint's 400 "The request message is too big. The server does not allow messages larger than
 *   2097152 bytes." (pnp/pnpcore#820) or "The maximum number of bytes allowed to be read from the stream has been
 *   exceeded" (pnp/pnpjs#2980), is `tooLarge`: retrying the same body never helps.
 */
import type { DataError } from './ports';

/** SharePoint's (odata.error.code) and Graph's (error.code) codes that mean "slow down and try again". */
const THROTTLING_CODES =
  /SPRequestThrottledException|SPServerTooBusyException|^TooManyRequests$|^activityLimitReached$|^throttledRequest$|^ApplicationThrottled$|^UserThrottled$/i;
/** SharePoint's code for a query refused by the list-view threshold (HRESULT -2147024860). */
const LIST_VIEW_THRESHOLD_CODE = /SPQueryThrottledException/i;
/** SharePoint's and Graph's ways of saying the request body is over their limit. */
const TOO_LARGE =
  /request message is too big|maximum number of bytes allowed to be read from the stream|RequestEntityTooLarge|requestBodyTooLarge/i;

/** What a service said beside the status: its error code and message, when the body had them. */
export interface ServiceErrorDetail {
  code?: string;
  message?: string;
}

/** Retry-After in seconds (SharePoint and Graph send delta-seconds), or undefined when absent or not a number. */
export function retryAfterSeconds(value: ReturnType<Headers['get']> | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Maps a status, its Retry-After and the service's error code to a DataError; undefined when none applies. */
export function dataErrorFromStatus(
  status: number,
  retryAfter: ReturnType<Headers['get']> | undefined,
  detail: ServiceErrorDetail = {}
): DataError | undefined {
  const code = detail.code ?? '';
  const text = `${code} ${detail.message ?? ''}`;
  if (LIST_VIEW_THRESHOLD_CODE.test(code)) return { code: 'listViewThreshold' };
  if (status === 429 || status === 503 || THROTTLING_CODES.test(code))
    return { code: 'throttled', retryAfterSeconds: retryAfterSeconds(retryAfter) };
  if (status === 413 || ((status === 400 || status === 500) && TOO_LARGE.test(text))) return { code: 'tooLarge' };
  switch (status) {
    case 401:
    case 403:
      return { code: 'accessDenied' };
    case 404:
      return { code: 'notFound' };
    case 409:
    case 412:
      return { code: 'conflict' };
    case 500:
    case 502:
    case 504:
      return { code: 'unavailable' };
    default:
      return undefined;
  }
}
