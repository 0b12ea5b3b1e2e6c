/** Turns what PnPjs throws into a DataError the UI can explain. */
import { fail, ok, type Result } from '../../domain';
import type { DataError } from '../ports';
import { dataErrorFromStatus, type ServiceErrorDetail } from '../httpStatus';

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

/**
 * SharePoint's `odata.error` code and message. PnPjs's HttpRequestError carries the response body in its message
 * ("Error making HttpClient request in queryable [500] … ::> {body}"), so this reads it without the stream.
 */
export function spErrorDetail(error: unknown): ServiceErrorDetail {
  const message = String((error as HttpLikeError | undefined)?.message ?? '');
  const at = message.indexOf('::> ');
  if (at < 0) return {};
  try {
    const body = JSON.parse(message.slice(at + 4)) as Record<string, { code?: string; message?: { value?: string } | string }>;
    const e = body['odata.error'] ?? body.error;
    if (!e) return {};
    return { code: e.code, message: typeof e.message === 'string' ? e.message : e.message?.value };
  } catch {
    return { message: message.slice(at + 4) };
  }
}

/** Maps a thrown PnPjs/fetch error to a DataError. */
export function toDataError(error: unknown): DataError {
  const status = httpStatus(error);
  if (status === undefined) {
    return error instanceof TypeError
      ? { code: 'unavailable' }
      : { code: 'unexpected', detail: String((error as HttpLikeError)?.message ?? error) };
  }
  return (
    dataErrorFromStatus(status, (error as HttpLikeError).response?.headers?.get('retry-after'), spErrorDetail(error)) ?? {
      code: 'unexpected',
      detail: `HTTP ${status}`
    }
  );
}

/** Runs SharePoint work, turning what it throws into a refused Result. */
export async function attempt<T>(work: () => Promise<T>): Promise<Result<T, DataError>> {
  try {
    return ok(await work());
  } catch (error) {
    return fail(toDataError(error));
  }
}

/**
 * Whether SharePoint refused a write because a unique column already holds the value (SPDuplicateValuesFoundException,
 * HTTP 500; AddValidateUpdateItemUsingPath may report it per field instead). For a create keyed by its step, this
 * means the step already happened: a retry after a lost response.
 */
export function isDuplicateValue(error: unknown): boolean {
  const message = String((error as HttpLikeError | undefined)?.message ?? '');
  return /SPDuplicateValuesFoundException|duplicate values were found/i.test(message);
}
