/**
 * @jest-environment node
 *
 * The Graph emulator reads a URL as a real server does: it never sees a fragment, `&` separates parameters, `+` in
 * the query is a space, and each path segment is percent-decoded exactly once.
 */
import { USER_HEADER } from '../../../emulator/core/TenantEmulator';
import { newEmulator, upnWithRole } from '../../support/overEmulator';

const HR = upnWithRole('hrAdmin');

async function get(
  url: string
): Promise<{
  status: number;
  body: { value?: Array<{ userPrincipalName: string }>; userPrincipalName?: string; error?: { code: string } };
}> {
  const emulator = newEmulator();
  const domain = emulator.state.directory.domain;
  const template = emulator.state.directory.users[0];
  emulator.state.directory.users.push({
    ...template,
    id: '00000000-0000-4000-8000-00000000ee01',
    upn: `name_school.org#EXT#@${domain}`,
    displayName: 'Guest'
  });
  emulator.state.directory.users.push({
    ...template,
    id: '00000000-0000-4000-8000-00000000ee02',
    upn: `ann+art@${domain}`,
    displayName: 'Ann'
  });
  const res = await emulator.handle({ method: 'GET', url: url.replace(/DOMAIN/g, domain), headers: { [USER_HEADER]: HR } });
  return { status: res.status, body: JSON.parse(String(res.body)) };
}

describe('Graph URLs, parsed as the real service parses them', () => {
  it('never sees what follows a raw #: the filter arrives cut short and is refused', async () => {
    const raw = await get("https://graph.microsoft.com/v1.0/users?$filter=userPrincipalName in ('name_school.org#EXT#@DOMAIN')&$top=15");
    expect(raw.status).toBe(400);
  });

  it('finds the guest when # is percent-encoded', async () => {
    const encoded = await get(
      `https://graph.microsoft.com/v1.0/users?$filter=${encodeURIComponent("userPrincipalName in ('name_school.org#EXT#@DOMAIN')")}&$top=15`
    );
    expect(encoded.status).toBe(200);
    expect(encoded.body.value?.map((u) => u.userPrincipalName)).toEqual([expect.stringMatching(/^name_school\.org#EXT#@/)]);
  });

  it('reads a raw + in the query as a space, and %2B as a plus', async () => {
    const raw = await get("https://graph.microsoft.com/v1.0/users?$filter=userPrincipalName in ('ann+art@DOMAIN')");
    const encoded = await get(
      `https://graph.microsoft.com/v1.0/users?$filter=${encodeURIComponent("userPrincipalName in ('ann+art@DOMAIN')")}`
    );
    expect(raw.body.value).toEqual([]);
    expect(encoded.body.value?.map((u) => u.userPrincipalName)).toEqual([expect.stringMatching(/^ann\+art@/)]);
  });

  it('splits the query at a raw &', async () => {
    const raw = await get("https://graph.microsoft.com/v1.0/users?$filter=userPrincipalName in ('tom&jerry@DOMAIN')");
    expect(raw.status).toBe(400);
  });

  it('decodes a path segment once: /users/{upn} with an encoded # finds the guest, a twice-encoded one does not', async () => {
    const once = await get(`https://graph.microsoft.com/v1.0/users/${encodeURIComponent('name_school.org#EXT#@DOMAIN')}`);
    const twice = await get(
      `https://graph.microsoft.com/v1.0/users/${encodeURIComponent(encodeURIComponent('name_school.org#EXT#@DOMAIN'))}`
    );
    expect(once.status).toBe(200);
    expect(once.body.userPrincipalName).toMatch(/^name_school\.org#EXT#@/);
    expect(twice.status).toBe(404);
  });
});
