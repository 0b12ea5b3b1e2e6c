/** Turns what the Graph client throws (GraphError) into a DataError the UI can explain. */
import type { DataError } from '../ports';
import { dataErrorFromStatus } from '../httpStatus';

interface GraphErrorLike {
  statusCode?: number;
  code?: string;
  headers?: Pick<Headers, 'get'>;
  message?: string;
}

/** Maps a thrown Graph error to a DataError, by its status and by Graph's `error.code` (e.g. TooManyRequests). */
export function graphDataError(error: unknown): DataError {
  const e = (error ?? {}) as GraphErrorLike;
  const mapped =
    e.statusCode === undefined
      ? undefined
      : dataErrorFromStatus(e.statusCode, e.headers?.get('retry-after'), { code: e.code, message: e.message });
  if (mapped) return mapped;
  if (e.statusCode === undefined && error instanceof TypeError) return { code: 'unavailable' };
  return { code: 'unexpected', detail: `${e.statusCode ?? ''} ${e.code ?? ''} ${e.message ?? String(error)}`.trim() };
}
