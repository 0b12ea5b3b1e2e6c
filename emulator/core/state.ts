/** The whole emulated tenant as one JSON-serialisable value: memory for tests, a JSON file for the workbench. */
import type { DirectoryState } from './directory';
import { createSpState, type SpState } from '../sharepoint/state';
import { createGraphState, type GraphState } from '../graph/state';

/** Everything the emulator remembers. */
export interface TenantState {
  directory: DirectoryState;
  sharepoint: SpState;
  graph: GraphState;
  /**
   * Further site collections beside the appraisal site, each its own users, groups and lists (absent in older state
   * files): a trust's school sites under /sites/…, each set up as an appraisal site of its own.
   */
  sites?: SpState[];
}

/** A fresh tenant over a directory: the appraisal site exists (empty), mailboxes exist (empty calendars). */
export function createTenantState(directory: DirectoryState): TenantState {
  return { directory, sharepoint: createSpState(directory), graph: createGraphState(directory) };
}
