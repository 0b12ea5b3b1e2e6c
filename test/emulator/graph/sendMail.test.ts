/**
 * @jest-environment node
 *
 * The emulator's sendMail is as strict as Graph (learn.microsoft.com/graph/api/user-sendmail): 202 with an empty body,
 * delivery to each recipient's mailbox by its mail address, a saved copy in Sent Items, an address no mailbox has
 * accepted and answered with a non-delivery report to the sender, a malformed payload refused with 400, and no
 * sending as someone else.
 */
import { newEmulator, upnWithRole } from '../../support/overEmulator';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import personas from '../../../fixtures/tenant/personas.json';

const hr = upnWithRole('hrAdmin');
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'))!;
const message = (to: string): { message: Record<string, unknown> } => ({
  message: { subject: 'Hello', body: { contentType: 'Text', content: 'Hi' }, toRecipients: [{ emailAddress: { address: to } }] }
});

describe('Graph sendMail in the emulator', () => {
  let emulator: TenantEmulator;
  const post = (upn: string, body: unknown, path = '/me/sendMail'): ReturnType<TenantEmulator['handle']> =>
    emulator.handle({
      method: 'POST',
      url: `http://127.0.0.1:5173/graph/v1.0${path}`,
      headers: { 'content-type': 'application/json', 'x-emulator-user': upn },
      body: JSON.stringify(body)
    });
  const mailbox = async (address: string, folder = 'inbox'): Promise<Array<{ subject: string; from: string; nonDelivery?: boolean }>> => {
    const res = await emulator.handle({ method: 'GET', url: `http://127.0.0.1:5173/_emulator/mailbox?address=${encodeURIComponent(address)}&folder=${folder}`, headers: {}, body: '' });
    return (JSON.parse(String(res.body)) as { messages: Array<{ subject: string; from: string; nonDelivery?: boolean }> }).messages;
  };

  beforeEach(() => {
    emulator = newEmulator();
  });

  it('202 with no body; the recipient has it, the sender has a copy in Sent Items', async () => {
    const res = await post(hr, message(tom.mail ?? tom.upn));
    expect(res.status).toBe(202);
    expect(res.body).toBe('');
    expect(await mailbox(tom.mail ?? tom.upn)).toEqual([expect.objectContaining({ subject: 'Hello', from: hr.toLowerCase() })]);
    expect(await mailbox(hr, 'sentitems')).toHaveLength(1);
    expect(await post(hr, { ...message(tom.upn), saveToSentItems: false })).toMatchObject({ status: 202 });
    expect(await mailbox(hr, 'sentitems')).toHaveLength(1);
  });

  it('an address no mailbox has is accepted, delivered to nobody, and the sender gets a non-delivery report', async () => {
    expect((await post(hr, message('nobody@riversideprimary.onmicrosoft.com'))).status).toBe(202);
    expect(await mailbox('nobody@riversideprimary.onmicrosoft.com')).toEqual([]);
    expect(await mailbox(hr)).toEqual([expect.objectContaining({ subject: 'Undeliverable: Hello', nonDelivery: true })]);
  });

  it.each([
    ['no message', {}],
    ['no recipients', { message: { subject: 'x', body: { contentType: 'text', content: 'x' }, toRecipients: [] } }],
    ['a recipient as a bare string', { message: { subject: 'x', body: { contentType: 'text', content: 'x' }, toRecipients: ['a@b.c'] } }],
    ['no subject', { message: { body: { contentType: 'text', content: 'x' }, toRecipients: [{ emailAddress: { address: tom.upn } }] } }],
    ['a body without contentType', { message: { subject: 'x', body: { content: 'x' }, toRecipients: [{ emailAddress: { address: tom.upn } }] } }],
    ['a property Graph does not know', { ...message(tom.upn), message: { ...message(tom.upn).message, bogus: 1 } }]
  ])('refuses %s with 400 and delivers nothing', async (_name, body) => {
    const res = await post(hr, body);
    expect(res.status).toBe(400);
    expect(JSON.parse(String(res.body)).error.code).toMatch(/^(ErrorInvalidRecipients|ErrorInvalidRequest|RequestBodyRead)$/);
    expect(await mailbox(tom.upn)).toEqual([]);
  });

  it('nobody sends as someone else (403), and the mailbox endpoint shows nothing for it', async () => {
    const res = await post(tom.upn, message(hr), `/users/${encodeURIComponent(hr)}/sendMail`);
    expect(res.status).toBe(403);
    expect(await mailbox(hr)).toEqual([]);
  });

  it('refuses sendMail with 403 ErrorAccessDenied once Mail.Send is withdrawn, and delivers nothing', async () => {
    await emulator.handle({
      method: 'POST',
      url: 'http://127.0.0.1:5173/_emulator/consent',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ withdraw: ['Mail.Send'] })
    });
    const res = await post(hr, message(tom.mail ?? tom.upn));
    expect(res.status).toBe(403);
    expect(JSON.parse(String(res.body)).error.code).toBe('ErrorAccessDenied');
    expect(await mailbox(tom.mail ?? tom.upn)).toEqual([]);
  });
});
