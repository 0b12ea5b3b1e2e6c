/**
 * @jest-environment node
 */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { HttpRequestError } from '@pnp/queryable';
import { dataErrorFromStatus, retryAfterSeconds } from '../../src/data/httpStatus';
import { spErrorDetail, toDataError } from '../../src/data/sharepoint/errors';
import { graphDataError } from '../../src/data/graph/graphErrors';

/** What PnPjs throws for a SharePoint response: HttpRequestError.init reads the body into the message. */
async function spError(status: number, code: string | undefined, message: string, headers: Record<string, string> = {}): Promise<unknown> {
  const body = code === undefined ? '' : JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return HttpRequestError.init(new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } }));
}

function graphError(status: number, code: string, retryAfter?: string): GraphError {
  const e = new GraphError(status, 'Graph refused');
  e.code = code;
  // GraphError in client v3 declares no headers (its RetryHandler has already waited out Retry-After); a middleware may attach them.
  Object.assign(e, { headers: new Headers(retryAfter ? { 'retry-after': retryAfter } : {}) });
  return e;
}

describe('one error path for SharePoint and Graph', () => {
  describe('SharePoint (PnPjs HttpRequestError)', () => {
    it('reads SharePoint\'s odata.error code and message from the error', async () => {
      const e = await spError(
        500,
        '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        'The attempted operation is prohibited because it exceeds the list view threshold.'
      );
      expect(spErrorDetail(e)).toEqual({
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
      });
    });

    it('names the list-view threshold (500 SPQueryThrottledException) distinctly: it is not throttling', async () => {
      const e = await spError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
      expect(toDataError(e)).toEqual({ code: 'listViewThreshold' });
    });

    it('treats any other 500 as the service being unavailable, never as throttling', async () => {
      expect(toDataError(await spError(500, '-2146232832, Microsoft.SharePoint.SPException', 'Something broke.'))).toEqual({
        code: 'unavailable'
      });
      expect(toDataError(await spError(500, undefined, ''))).toEqual({ code: 'unavailable' });
    });

    it('recognises throttling by 429 and 503 with Retry-After', async () => {
      expect(toDataError(await spError(429, undefined, '', { 'retry-after': '7' }))).toEqual({ code: 'throttled', retryAfterSeconds: 7 });
      expect(toDataError(await spError(503, undefined, '', { 'retry-after': '120' }))).toEqual({
        code: 'throttled',
        retryAfterSeconds: 120
      });
      expect(toDataError(await spError(503, undefined, ''))).toEqual({ code: 'throttled', retryAfterSeconds: undefined });
    });

    it('recognises throttling by SharePoint\'s code whatever the status', async () => {
      expect(
        toDataError(await spError(500, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', 'The request has been throttled.'))
      ).toEqual({ code: 'throttled', retryAfterSeconds: undefined });
    });

    it('says an over-large request is too large (SharePoint\'s 400, and 413)', async () => {
      const big = await spError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        'The request message is too big. The server does not allow messages larger than 2097152 bytes.'
      );
      const stream = await spError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        'The maximum number of bytes allowed to be read from the stream has been exceeded.'
      );
      expect(toDataError(big)).toEqual({ code: 'tooLarge' });
      expect(toDataError(stream)).toEqual({ code: 'tooLarge' });
      expect(toDataError(await spError(413, undefined, ''))).toEqual({ code: 'tooLarge' });
      expect(
        toDataError(await spError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The expression is not valid.'))
      ).toEqual({ code: 'unexpected', detail: 'HTTP 400' });
    });

    it.each([
      [401, 'accessDenied'],
      [403, 'accessDenied'],
      [404, 'notFound'],
      [409, 'conflict'],
      [412, 'conflict'],
      [502, 'unavailable'],
      [504, 'unavailable']
    ])('maps %i to %s', async (status, code) => {
      expect(toDataError(await spError(status, '-1, System.Exception', 'x')).code).toBe(code);
    });

    it('maps a network failure to unavailable and anything else to unexpected', () => {
      expect(toDataError(new TypeError('Failed to fetch'))).toEqual({ code: 'unavailable' });
      expect(toDataError(new Error('boom'))).toEqual({ code: 'unexpected', detail: 'boom' });
    });
  });

  describe('Graph (GraphError)', () => {
    it('recognises throttling by 429 and 503 and by Graph\'s codes, with Retry-After', () => {
      expect(graphDataError(graphError(429, 'TooManyRequests', '3'))).toEqual({ code: 'throttled', retryAfterSeconds: 3 });
      expect(graphDataError(graphError(503, 'ServiceUnavailable', '10'))).toEqual({ code: 'throttled', retryAfterSeconds: 10 });
      expect(graphDataError(graphError(400, 'activityLimitReached'))).toEqual({ code: 'throttled', retryAfterSeconds: undefined });
    });

    it('never calls a 500 throttling', () => {
      expect(graphDataError(graphError(500, 'InternalServerError'))).toEqual({ code: 'unavailable' });
    });

    it('maps refusals and an over-large body', () => {
      expect(graphDataError(graphError(403, 'ErrorAccessDenied'))).toEqual({ code: 'accessDenied' });
      expect(graphDataError(graphError(404, 'ErrorItemNotFound'))).toEqual({ code: 'notFound' });
      expect(graphDataError(graphError(412, 'ErrorIrresolvableConflict'))).toEqual({ code: 'conflict' });
      expect(graphDataError(graphError(413, 'RequestEntityTooLarge'))).toEqual({ code: 'tooLarge' });
      expect(graphDataError(graphError(400, 'BadRequest')).code).toBe('unexpected');
      expect(graphDataError(new TypeError('Failed to fetch'))).toEqual({ code: 'unavailable' });
    });
  });

  it('reads Retry-After as seconds, and ignores what is not a number of seconds', () => {
    expect(retryAfterSeconds('0')).toBe(0);
    expect(retryAfterSeconds('30')).toBe(30);
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT')).toBeUndefined();
    expect(retryAfterSeconds('-1')).toBeUndefined();
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(dataErrorFromStatus(418, null)).toBeUndefined();
  });
});
