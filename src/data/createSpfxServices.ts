/** Composition root for SharePoint: (web part context) → AppServices. Called once in each web part's onInit. */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import { directoryId } from '../domain';
import type { AppServices } from './ports';
import { createAppServices } from './createAppServices';
import { systemClock } from './systemClock';
import { appraisalSiteUrl } from './appraisalSite';

/** What this root reads of the web part context: a stand-in in tests (hosted on the root site) gives the same. */
export type SpfxHostContext = Pick<WebPartContext, 'pageContext' | 'msGraphClientFactory'>;

/**
 * One SPFI and one Graph client (MSGraphClientV3) for the page, injected into the production adapters. PnPjs targets
 * the appraisal site, not the hosting web: in Teams, Outlook and the Microsoft 365 app the hosting web is the root site.
 */
export async function createSpfxServices(context: SpfxHostContext, appraisalSitePath?: string): Promise<AppServices> {
  const siteUrl = appraisalSiteUrl(context.pageContext.web.absoluteUrl, appraisalSitePath);
  const sp = spfi(siteUrl).using(SPFx(context as WebPartContext));
  const graph = await context.msGraphClientFactory.getClient('3');
  const user = context.pageContext.user;
  return createAppServices({
    sp,
    siteFor: (url) => spfi(url).using(SPFx(context as WebPartContext)),
    graph,
    clock: systemClock,
    currentUser: {
      directoryId: directoryId(context.pageContext.aadInfo.userId.toString()),
      loginName: user.loginName,
      displayName: user.displayName,
      email: user.email
    }
  });
}
