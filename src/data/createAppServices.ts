/** Builds AppServices from an SPFI and a Graph client: shared by both composition roots (SPFx and the workbench). */
import type { SPFI } from '@pnp/sp';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppServices, Clock, CurrentUser } from './ports';
import { SpSiteGateway } from './sharepoint/SpSiteGateway';
import { SpSiteProvisioner } from './sharepoint/provisioning/SpSiteProvisioner';
import { SpRosterStore } from './sharepoint/SpRosterStore';
import { GraphDirectoryGateway } from './graph/GraphDirectoryGateway';

/** What a host provides: transport-configured clients and plain facts. */
export interface ServiceInputs {
  sp: SPFI;
  graph: Pick<Client, 'api'>;
  currentUser: CurrentUser;
  clock: Clock;
}

/** The production adapters over the given clients. Only the host and the sign-in differ between hosts. */
export function createAppServices(inputs: ServiceInputs): AppServices {
  return {
    currentUser: inputs.currentUser,
    clock: inputs.clock,
    site: new SpSiteGateway(inputs.sp),
    provisioner: new SpSiteProvisioner(inputs.sp),
    roster: new SpRosterStore(inputs.sp),
    directory: new GraphDirectoryGateway(inputs.graph)
  };
}
