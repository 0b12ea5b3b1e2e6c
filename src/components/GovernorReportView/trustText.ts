/** Words for the trust report, shared by its page and its Word pack; measure and column words come from reportText. */
import * as strings from 'CommonStrings';
import type { TrustReportSnapshot, TrustRow, TrustTable } from '../../domain';
import { format } from '../format';
import { columnText, measureText } from './reportText';

/** A site the trust report could not include, as the published report records it. */
export interface NotAvailableSite {
  site: string;
  reason: 'nothingPublished' | 'unreadable';
}

/** The trust report's heading. */
export const trustHeadingText = (s: TrustReportSnapshot): string => format(strings.TrustReportHeading, s.cycleLabel);
/** How the trust report protects staff. */
export const trustProtectionText = (s: TrustReportSnapshot): string => format(strings.TrustHowProtected, s.k);
/** A trust table's caption. */
export const trustCaption = (t: TrustTable): string => format(strings.TrustTableCaption, measureText(t.measure));
/** Who a trust table counts. */
export const trustPopulationText = (t: TrustTable): string =>
  t.population === 'eligible' ? strings.ReportPopulationEligible : strings.ReportPopulationAll;
/** A row's heading: the school, or the schools not shown separately. */
export const trustRowText = (r: TrustRow): string => r.school ?? strings.TrustRowOthers;
/** The schools the roll-up includes, in one sentence. */
export const trustSchoolsText = (s: TrustReportSnapshot): string =>
  format(strings.TrustSchoolsIncluded, s.schools.length, s.schools.join(', '));

/** Each site not included, plainly: which site and why. */
export const notAvailableTexts = (s: TrustReportSnapshot, sites: readonly NotAvailableSite[]): string[] =>
  sites.map((n) => format(n.reason === 'nothingPublished' ? strings.TrustNotAvailableNothing : strings.TrustNotAvailableUnreadable, n.site, s.cycleLabel));

/** The measures left out of the roll-up, in one sentence, or undefined when none was. */
export const leftOutText = (s: TrustReportSnapshot): string | undefined =>
  s.leftOut.length ? format(strings.TrustLeftOut, s.leftOut.map(measureText).join('; ')) : undefined;

/** The summary: every trust total shown, one sentence each, in the school report's words. Nothing new is published. */
export function trustSummaryLines(s: TrustReportSnapshot): string[] {
  return s.tables.flatMap((t) => {
    const who = t.population === 'eligible' ? strings.ReportSummaryEligible : strings.ReportSummaryAll;
    const shown = t.totals.cells.flatMap((c, i) =>
      c.count === '[c]' ? [] : [format(strings.ReportSummaryLine, measureText(t.measure), columnText(t.columns[i]), c.count, t.totals.total, who, c.percent)]
    );
    return shown.length ? shown : [format(strings.ReportSummaryHidden, measureText(t.measure), s.k)];
  });
}
