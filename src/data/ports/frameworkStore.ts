/**
 * The framework packs port (issue 18, UK-17): the AppraisalFrameworks list read by every reviewer and written only by
 * Appraisal Administrators. SharePoint's list permissions are what refuse anyone else; the UI only advises.
 */
import type { FrameworkCatalogue, FrameworkPack, Result } from '../../domain';
import type { DataError } from './dataError';

/** Reads and writes framework entries. */
export interface FrameworkStore {
  /** Every pack, hidden ones too (objectives already linked still need their titles), and the exemplar objectives. */
  catalogue(): Promise<Result<FrameworkCatalogue, DataError>>;
  /**
   * Adds the pack, or replaces the one with its code (edits and hiding), but only over what the editor started from:
   * `basedOn` is the pack as it was read (undefined for a new one). When someone else saved that code since, or added
   * one with the same code, nothing is written and the answer is `conflict`, so two HR editors never lose each
   * other's words silently: the form keeps this editor's draft.
   */
  savePack(pack: FrameworkPack, basedOn: FrameworkPack | undefined): Promise<Result<FrameworkPack, DataError>>;
}
