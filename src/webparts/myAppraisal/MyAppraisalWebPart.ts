import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react';
import * as strings from 'MyAppraisalWebPartStrings';
import type { AppServices } from '../../data/ports';
import { createSpfxServices } from '../../data/createSpfxServices';
import { themeFromSpfx } from '../themeFromSpfx';
import { titlePropertyPane } from '../titlePropertyPane';
import MyAppraisal from './components/MyAppraisal';

export interface IMyAppraisalWebPartProps {
  title: string;
}

/** SPFx shell: builds AppServices once, renders the root with plain settings, unmounts on dispose. */
export default class MyAppraisalWebPart extends BaseClientSideWebPart<IMyAppraisalWebPartProps> {
  private services: AppServices | undefined;
  private theme: PartialTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = await createSpfxServices(this.context);
  }

  public render(): void {
    if (!this.services) return;
    ReactDom.render(
      React.createElement(MyAppraisal, { services: this.services, settings: { title: this.properties.title ?? strings.DefaultTitle }, theme: this.theme }),
      this.domElement
    );
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = themeFromSpfx(theme);
    if (this.services) this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
