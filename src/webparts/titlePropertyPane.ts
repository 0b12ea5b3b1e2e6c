/** The property pane every web part shares: one group with the heading text and the appraisal site's path. */
import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as common from 'CommonStrings';

/** The strings each web part's loc supplies for its property pane. */
export interface TitlePaneStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
}

/** Builds the property pane, so shells only delegate. */
export function titlePropertyPane(strings: TitlePaneStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.BasicGroupName,
            groupFields: [
              PropertyPaneTextField('title', { label: strings.TitleFieldLabel }),
              PropertyPaneTextField('appraisalSitePath', {
                label: common.SitePathFieldLabel,
                description: common.SitePathFieldDescription,
                placeholder: '/sites/staff-appraisal'
              })
            ]
          }
        ]
      }
    ]
  };
}
