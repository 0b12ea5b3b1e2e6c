/** Ensures one list exists with the settings the schema gives it (folders, versioning, item-level security). */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { ListDef } from '../schema';
import { httpStatus } from '../errors';

interface ListSettings {
  EnableFolderCreation: boolean;
  EnableVersioning: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
}

/** Creates the list if it is missing, then corrects any setting that differs; changes nothing when all is right. */
export async function ensureList(sp: SPFI, def: ListDef): Promise<void> {
  const wanted: ListSettings = {
    EnableFolderCreation: def.folders,
    EnableVersioning: def.versioning,
    ReadSecurity: def.readSecurity,
    WriteSecurity: def.writeSecurity
  };
  const list = sp.web.lists.getByTitle(def.title);
  const found = await list
    .select(...(Object.keys(wanted) as Array<keyof ListSettings>))<ListSettings>()
    .catch((error: unknown) => {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    });
  if (!found) {
    await sp.web.lists.add(def.title, def.description, def.template, false, {
      EnableFolderCreation: def.folders,
      EnableVersioning: def.versioning
    });
  }
  const current: ListSettings = found ?? {
    EnableFolderCreation: def.folders,
    EnableVersioning: def.versioning,
    ReadSecurity: 1,
    WriteSecurity: 1
  };
  const changes = (Object.keys(wanted) as Array<keyof ListSettings>).filter((k) => current[k] !== wanted[k]);
  if (changes.length) await list.update(Object.fromEntries(changes.map((k) => [k, wanted[k]])));
}
