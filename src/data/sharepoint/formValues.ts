/**
 * `AddValidateUpdateItemUsingPath`, the one call that creates an item in a folder with all its columns. SharePoint
 * may answer 200 and report a refused value per field (SharePoint/sp-dev-docs#7942): then the item was not made.
 */
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import { isDuplicateValue } from './errors';

interface FieldResult {
  FieldName: string;
  FieldValue: string;
  HasException?: boolean;
  ErrorMessage?: string | null;
}

/**
 * Creates the item in `folderPath` with every value in one call and returns its id. A refused value throws; with
 * `duplicateIsDone`, a value refused as a duplicate of a unique column means this request already made it (undefined).
 */
export async function addWithValues(
  list: IList,
  folderPath: string,
  values: Record<string, unknown>,
  duplicateIsDone = false
): Promise<number | undefined> {
  const form = Object.entries(values).map(([FieldName, value]) => ({ FieldName, FieldValue: String(value ?? '') }));
  let results: FieldResult[];
  try {
    results = (await list.addValidateUpdateItemUsingPath(form, folderPath)) as FieldResult[];
  } catch (error) {
    if (duplicateIsDone && isDuplicateValue(error)) return undefined;
    throw error;
  }
  const refused = results.find((r) => r.HasException);
  if (refused && duplicateIsDone && isDuplicateValue({ message: refused.ErrorMessage })) return undefined;
  if (refused) throw Object.assign(new Error(refused.ErrorMessage ?? `SharePoint refused ${refused.FieldName}`), { status: 400 });
  return Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
}
