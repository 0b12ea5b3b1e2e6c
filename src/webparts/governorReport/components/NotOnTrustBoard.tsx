import * as React from 'react';
import { MessageBarType } from '@fluentui/react';
import * as strings from 'GovernorReportWebPartStrings';
import { Notice } from '../../../components/Notice';
import type { DataError } from '../../../data/ports';

/** SharePoint refuses the trust report to anyone not on the board: 403, or 404 for a list they hold nothing on. */
export const refusedTrustReport = (error: DataError): boolean => error.code === 'accessDenied' || error.code === 'notFound';

/** Said to anyone SharePoint refuses the trust report: who it is for, and where their own school's reports are. */
export const NotOnTrustBoard: React.FC = () => (
  <Notice type={MessageBarType.info} title={strings.TrustNotBoardTitle} body={strings.TrustNotBoardBody} />
);
