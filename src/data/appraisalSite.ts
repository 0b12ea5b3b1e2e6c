/**
 * Where the appraisal site is, whichever host renders the web part. On a SharePoint page the hosting web is usually
 * the appraisal site, but Teams, Outlook and the Microsoft 365 app host a personal app on the tenant's ROOT site
 * (`/_layouts/15/teamshostedapp.aspx`), so the hosting web is never trusted to be it. Every host knows the tenant's
 * origin; the site's path is the well-known one unless the web part's `appraisalSitePath` property names another
 * (set on a page's property pane, or in the manifest's preconfigured properties that Teams hosts use).
 */

/** The appraisal site's path in every tenant that keeps the recommended layout (README, "First day in your tenant"). */
export const APPRAISAL_SITE_PATH = '/sites/staff-appraisal';

/** A server-relative site path we accept: `/sites/<name>` or `/teams/<name>`, nothing else. */
const SITE_PATH = /^\/(sites|teams)\/[A-Za-z0-9_.-]+$/;

/** Whether `value` is a site path the web part property may hold. */
export function isSitePath(value: string): boolean {
  return SITE_PATH.test(value.trim().replace(/\/+$/, ''));
}

/**
 * The appraisal site's absolute URL from the hosting web's absolute URL and the optional configured path. A configured
 * value that is not a plain site path (an address on another host, a typo) is ignored for the well-known path, so a
 * page can never be pointed at somebody else's site by a property.
 */
export function appraisalSiteUrl(hostWebAbsoluteUrl: string, configuredPath?: string): string {
  const origin = new URL(hostWebAbsoluteUrl).origin;
  const trimmed = configuredPath?.trim().replace(/\/+$/, '');
  const path = trimmed && isSitePath(trimmed) ? trimmed : APPRAISAL_SITE_PATH;
  return `${origin}${path}`;
}
