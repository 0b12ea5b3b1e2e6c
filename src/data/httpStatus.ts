/** HTTP statuses from SharePoint and Graph alike, as the DataError the UI can explain. */
import type { DataError } from './ports';

/** Maps a status (and Retry-After, for 429) to a DataError; undefined for statuses that carry no meaning here. */
export function dataErrorFromStatus(status: number, retryAfter: ReturnType<Headers['get']> | undefined): DataError | undefined {
  switch (status) {
    case 401:
    case 403:
      return { code: 'accessDenied' };
    case 404:
      return { code: 'notFound' };
    case 409:
    case 412:
      return { code: 'conflict' };
    case 429:
      return { code: 'throttled', retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined };
    case 500:
    case 502:
    case 503:
    case 504:
      return { code: 'unavailable' };
    default:
      return undefined;
  }
}
