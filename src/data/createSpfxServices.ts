/** Composition root for SharePoint: (web part context) → AppServices. Called once in each web part's onInit. */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import { directoryId } from '../domain';
import type { AppServices } from './ports';
import { createAppServices } from './createAppServices';
import { systemClock } from './systemClock';

/** One SPFI and one Graph client (MSGraphClientV3) for the page, injected into the production adapters. */
export async function createSpfxServices(context: WebPartContext): Promise<AppServices> {
  const sp = spfi().using(SPFx(context));
  const graph = await context.msGraphClientFactory.getClient('3');
  const user = context.pageContext.user;
  return createAppServices({
    sp,
    graph,
    clock: systemClock,
    currentUser: { directoryId: directoryId(context.pageContext.aadInfo.userId.toString()), loginName: user.loginName, displayName: user.displayName, email: user.email }
  });
}
