/** Turns what the Graph client throws (GraphError) into a DataError the UI can explain. */
import type { DataError } from '../ports';

interface GraphErrorLike {
  statusCode?: number;
  code?: string;
  headers?: Pick<Headers, 'get'>;
  message?: string;
}

/** Maps a thrown Graph error to a DataError. */
export function graphDataError(error: unknown): DataError {
  const e = (error ?? {}) as GraphErrorLike;
  switch (e.statusCode) {
    case 401:
    case 403:
      return { code: 'accessDenied' };
    case 404:
      return { code: 'notFound' };
    case 409:
    case 412:
      return { code: 'conflict' };
    case 429: {
      const after = e.headers?.get('retry-after');
      return { code: 'throttled', retryAfterSeconds: after ? Number(after) : undefined };
    }
    case 500:
    case 502:
    case 503:
    case 504:
      return { code: 'unavailable' };
    default:
      return e.statusCode === undefined && error instanceof TypeError ? { code: 'unavailable' } : { code: 'unexpected', detail: `${e.statusCode ?? ''} ${e.code ?? ''} ${e.message ?? String(error)}`.trim() };
  }
}
