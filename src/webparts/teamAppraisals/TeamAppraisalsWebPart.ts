import type * as React from 'react';
import * as strings from 'TeamAppraisalsWebPartStrings';
import { AppraisalWebPart, type IAppraisalWebPartProps, type RootProps } from '../AppraisalWebPart';
import TeamAppraisals from './components/TeamAppraisals';

/** The property-pane values of this web part. */
export type ITeamAppraisalsWebPartProps = IAppraisalWebPartProps;

/** SPFx shell of the "TeamAppraisals" web part: everything but its root and strings lives in AppraisalWebPart. */
export default class TeamAppraisalsWebPart extends AppraisalWebPart {
  protected get root(): React.FC<RootProps> {
    return TeamAppraisals;
  }

  protected get strings(): typeof strings {
    return strings;
  }
}
