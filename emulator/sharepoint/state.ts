/** SharePoint's part of the tenant state. PLACEHOLDER until the SharePoint emulator lands: the site only. */
import type { DirectoryState } from '../core/directory';

/** The appraisal site collection. */
export interface SpState {
  siteUrl: string;
  title: string;
}

/** A fresh, empty appraisal site. */
export function createSpState(directory: DirectoryState): SpState {
  return { siteUrl: '/sites/staff-appraisal', title: `${directory.schoolName} staff appraisal` };
}
