import * as React from 'react';
import { MessageBar, Spinner, Stack, Text } from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { GovernorReportSnapshot } from '../../domain';
import { format, formatDate } from '../format';
import { ReportTable } from './ReportTable';
import { DownloadPackButton } from './DownloadPackButton';
import { flagText, groupedNoteTexts, headingText, nothingText, protectionText, showsNothing, summaryLines } from './reportText';

// Charts are heavy (d3): they load after the tables, in their own chunk.
const ReportCharts = React.lazy(() => import(/* webpackChunkName: 'appraisal-charts' */ './ReportCharts'));

/** Props of GovernorReportView. */
export interface GovernorReportViewProps {
  snapshot: GovernorReportSnapshot;
}

/**
 * A governor report exactly as published: what governors read and what HR previews before publishing. It leads with
 * a summary of the whole-school figures shown, then the breakdowns; a table with no number to show is one line.
 */
export const GovernorReportView: React.FC<GovernorReportViewProps> = ({ snapshot }) => (
  <Stack tokens={{ childrenGap: 16 }}>
    <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>{headingText(snapshot)}</Text>
    <Text>{format(strings.ReportPrepared, formatDate(snapshot.preparedOn), snapshot.k)}</Text>
    <MessageBar>{protectionText(snapshot)}</MessageBar>
    {snapshot.scope === 'tooFew' ? (
      <MessageBar>{strings.ReportTooFew}</MessageBar>
    ) : (
      <>
        <section aria-label={strings.ReportSummaryHeading}>
          <Text as="h4" variant="mediumPlus">{strings.ReportSummaryHeading}</Text>
          <ul>{summaryLines(snapshot).map((line) => <li key={line}>{line}</li>)}</ul>
        </section>
        <section aria-label={strings.ReportBreakdownsHeading}>
          <Text as="h4" variant="mediumPlus">{strings.ReportBreakdownsHeading}</Text>
          <Stack tokens={{ childrenGap: 16 }}>
            {snapshot.tables.map((t) => (showsNothing(t)
              ? <Text key={`${t.measure}-${t.dimension}`} block>{nothingText(t, snapshot.k)}</Text>
              : <ReportTable key={`${t.measure}-${t.dimension}`} table={t} k={snapshot.k} />))}
          </Stack>
        </section>
        {snapshot.notes.length ? (
          <section aria-label={strings.ReportNotesHeading}>
            <Text as="h4" variant="mediumPlus">{strings.ReportNotesHeading}</Text>
            <ul>{groupedNoteTexts(snapshot.notes).map((n) => <li key={n}>{n}</li>)}</ul>
          </section>
        ) : null}
        {snapshot.flags.length ? (
          <section aria-label={strings.ReportFlagsHeading}>
            <Text as="h4" variant="mediumPlus">{strings.ReportFlagsHeading}</Text>
            <ul>{snapshot.flags.map((f, i) => <li key={i}>{flagText(f)}</li>)}</ul>
          </section>
        ) : null}
        <React.Suspense fallback={<Spinner label={strings.ReportChartsLoading} />}>
          <ReportCharts snapshot={snapshot} />
        </React.Suspense>
      </>
    )}
    <DownloadPackButton snapshot={snapshot} />
  </Stack>
);
