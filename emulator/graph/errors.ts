/** Graph error responses. */
import { json, type EmulatorResponse } from '../core/http';

/** A Graph error as the service sends it. */
export class GraphError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

/** The response for a GraphError. */
export function graphErrorResponse(error: GraphError): EmulatorResponse {
  const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
  return json(
    error.status,
    {
      error: {
        code: error.code,
        message: error.message,
        innerError: { date: '2026-01-01T00:00:00', 'request-id': 'emulator', 'client-request-id': 'emulator' }
      }
    },
    {
      'content-type': 'application/json',
      ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {})
    }
  );
}

/** Shorthands. */
export const graphRefuse = {
  notFound: (what = 'The specified object was not found in the store.'): GraphError => new GraphError(404, 'ErrorItemNotFound', what),
  userNotFound: (id: string): GraphError =>
    new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`
    ),
  badRequest: (message: string): GraphError => new GraphError(400, 'ErrorInvalidRequest', message)
};
