/** Turns what PnPjs throws into a DataError the UI can explain. */
import type { DataError } from '../ports';

interface HttpLikeError {
  status?: number;
  response?: { headers?: Pick<Headers, 'get'> };
  message?: string;
}

/** The HTTP status of a PnPjs HttpRequestError, or undefined for network and other errors. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as HttpLikeError | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Maps a thrown PnPjs/fetch error to a DataError. */
export function toDataError(error: unknown): DataError {
  const status = httpStatus(error);
  switch (status) {
    case 401:
    case 403:
      return { code: 'accessDenied' };
    case 404:
      return { code: 'notFound' };
    case 409:
    case 412:
      return { code: 'conflict' };
    case 429: {
      const header = (error as HttpLikeError).response?.headers?.get('retry-after');
      return { code: 'throttled', retryAfterSeconds: header ? Number(header) : undefined };
    }
    case 500:
    case 502:
    case 503:
    case 504:
      return { code: 'unavailable' };
    case undefined:
      return error instanceof TypeError ? { code: 'unavailable' } : { code: 'unexpected', detail: String((error as HttpLikeError)?.message ?? error) };
    default:
      return { code: 'unexpected', detail: `HTTP ${status}` };
  }
}
