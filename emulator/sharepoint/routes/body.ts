/** Request bodies: JSON light or verbose (`__metadata` dropped), and the header-borne method override. */
import { bodyJson, header, type EmulatorRequest } from '../../core/http';
import { refuse } from '../responses';

/** The JSON body as a plain object (verbose `__metadata` removed). */
export function readBody(req: EmulatorRequest): Record<string, unknown> {
  let value: unknown;
  try {
    value = bodyJson(req) ?? {};
  } catch {
    throw refuse.badRequest('The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse.badRequest('The request body must be a JSON object.');
  const rest = { ...(value as Record<string, unknown>) };
  delete rest.__metadata;
  return rest;
}

/** The effective method: POST with X-HTTP-Method MERGE/DELETE/PATCH counts as that method. */
export function methodOf(req: EmulatorRequest): string {
  const override = header(req, 'x-http-method');
  return (override ?? req.method).toUpperCase();
}
