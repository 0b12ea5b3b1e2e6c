import * as React from 'react';
import { MessageBar, Stack, Text } from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { TrustReportSnapshot } from '../../domain';
import { format, formatDate } from '../format';
import { ReportGrid } from './ReportGrid';
import { DownloadPackButton } from './DownloadPackButton';
import {
  leftOutText,
  notAvailableTexts,
  trustCaption,
  trustHeadingText,
  trustPopulationText,
  trustProtectionText,
  trustRowText,
  trustSchoolsText,
  trustSummaryLines,
  type NotAvailableSite
} from './trustText';

/** Props of TrustReportView. */
export interface TrustReportViewProps {
  snapshot: TrustReportSnapshot;
  notAvailable: readonly NotAvailableSite[];
}

/**
 * The trust report exactly as published, for the trust board: the same parts as a school's report (heading,
 * protection, summary, tables, Word pack), a row per school, and the school sites it could not include, plainly.
 */
const TrustReportView: React.FC<TrustReportViewProps> = ({ snapshot, notAvailable }) => {
  const left = leftOutText(snapshot);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>{trustHeadingText(snapshot)}</Text>
      <Text>{format(strings.ReportPrepared, formatDate(snapshot.preparedOn), snapshot.k)}</Text>
      <MessageBar>{trustProtectionText(snapshot)}</MessageBar>
      <Text block>{trustSchoolsText(snapshot)}</Text>
      <section aria-label={strings.TrustNotAvailableHeading}>
        <Text as="h4" variant="mediumPlus">{strings.TrustNotAvailableHeading}</Text>
        {notAvailable.length ? (
          <ul>{notAvailableTexts(snapshot, notAvailable).map((line) => <li key={line}>{line}</li>)}</ul>
        ) : (
          <Text block>{strings.TrustAllAvailable}</Text>
        )}
      </section>
      <section aria-label={strings.ReportSummaryHeading}>
        <Text as="h4" variant="mediumPlus">{strings.ReportSummaryHeading}</Text>
        <ul>{trustSummaryLines(snapshot).map((line) => <li key={line}>{line}</li>)}</ul>
      </section>
      <section aria-label={strings.ReportBreakdownsHeading}>
        <Text as="h4" variant="mediumPlus">{strings.ReportBreakdownsHeading}</Text>
        <Stack tokens={{ childrenGap: 16 }}>
          {snapshot.tables.map((t) => (
            <ReportGrid
              key={t.measure}
              caption={trustCaption(t)}
              rowHeading={strings.TrustColSchool}
              columns={t.columns}
              rows={t.rows.map((r, i) => ({ key: r.school ?? `others-${i}`, label: trustRowText(r), cells: r.cells, total: r.total }))}
              totals={{ key: 'totals', label: strings.TrustRowTotal, ...t.totals }}
              footnote={trustPopulationText(t)}
              k={snapshot.k}
            />
          ))}
          {left ? <Text block>{left}</Text> : null}
        </Stack>
      </section>
      <DownloadPackButton trust={snapshot} notAvailable={notAvailable} />
    </Stack>
  );
};

export default TrustReportView;
