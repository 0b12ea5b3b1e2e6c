/** What bulk runs (preparing access, opening a cycle) write, in a form two tenants can be compared by. */
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';

type SpList = TenantEmulator['state']['sharepoint']['lists'][number];

/** The emulator's list with this title; throws when there is none. */
export function listTitled(emulator: TenantEmulator, title: string): SpList {
  const found = emulator.state.sharepoint.lists.find((l) => l.title === title);
  if (!found) throw new Error(`no list ${title}`);
  return found;
}

/** Folders, items and who holds which role on them, the audit's entries, and Appraisal Users' members. */
export function written(emulator: TenantEmulator): unknown {
  const login = (id: number): string =>
    emulator.state.sharepoint.users.find((u) => u.id === id)?.loginName ??
    emulator.state.sharepoint.groups.find((g) => g.id === id)?.title ??
    String(id);
  const lists = ['AppraisalRecords', 'AppraisalEvidence', 'AppraisalSignatures', 'AppraisalRoster'].map((title) => listTitled(emulator, title));
  return {
    items: lists.map((l) =>
      l.items
        .map((i) => ({
          at: `${i.fileDirRef}/${i.fsObjType ? i.fileLeafRef : String(i.values.Title ?? '')}`,
          kind: i.fsObjType,
          retain: i.values.RetainUntil ?? null,
          roles: (i.uniqueRoleAssignments ?? []).map((a) => `${login(a.principalId)}=${[...a.roleDefIds].sort().join('+')}`).sort()
        }))
        .sort((a, b) => a.at.localeCompare(b.at))
    ),
    audit: listTitled(emulator, 'AppraisalAudit')
      .items.map((i) => `${String(i.values.Action)} ${String(i.values.RecordRef)}`)
      .sort(),
    members: [...(emulator.state.sharepoint.groups.find((g) => g.title === 'Appraisal Users')?.memberIds ?? [])].map(login).sort()
  };
}
