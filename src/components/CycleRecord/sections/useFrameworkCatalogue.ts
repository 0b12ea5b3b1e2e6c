/**
 * The framework catalogue for a record (issue 18): the AppraisalFrameworks list as HR keeps it. Only when the list
 * cannot be read does the record fall back to the built-in packs, and then it says so.
 */
import * as React from 'react';
import type { FrameworkCatalogue } from '../../../domain';
import { useAppServices } from '../../services/AppServicesContext';

/** What the record offers, and whether it is the built-in fallback. `undefined` while the list is read. */
export interface FrameworkCatalogueState {
  catalogue: FrameworkCatalogue | undefined;
  fallback: boolean;
}

/** Reads the catalogue once per record view. */
export function useFrameworkCatalogue(): FrameworkCatalogueState {
  const { frameworks } = useAppServices();
  const [state, setState] = React.useState<FrameworkCatalogueState>({ catalogue: undefined, fallback: false });
  React.useEffect(() => {
    let current = true;
    // The built-in packs are a few kilobytes of text only needed when the list cannot be read: loaded on demand,
    // so they stay out of the shared web part bundle (npm run bench weighs it).
    const fallback = (): void => {
      import(/* webpackChunkName: 'appraisal-frameworks' */ '../../../domain/cycle/frameworkPacks').then(
        (m) => current && setState({ catalogue: m.BUILT_IN_CATALOGUE, fallback: true }),
        () => undefined
      );
    };
    if (!frameworks) fallback();
    else frameworks.catalogue().then((r) => (r.ok ? current && setState({ catalogue: r.value, fallback: false }) : fallback()), fallback);
    return () => {
      current = false;
    };
  }, [frameworks]);
  return state;
}
