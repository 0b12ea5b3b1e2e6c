/**
 * What every appraisal web part shell does: build AppServices once in onInit, render its root with plain settings and
 * the page's theme, offer the heading in the property pane, unmount on dispose. Each shell names its root and strings.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react';
import type { AppServices } from '../data/ports';
import { createSpfxServices } from '../data/createSpfxServices';
import { themeFromSpfx } from './themeFromSpfx';
import { setUiLocale } from '../components/locale';
import { titlePropertyPane, type TitlePaneStrings } from './titlePropertyPane';

/** The property-pane values every appraisal web part keeps. */
export interface IAppraisalWebPartProps {
  title?: string;
  /** The appraisal site's server-relative path; empty means /sites/staff-appraisal (see appraisalSite.ts). */
  appraisalSitePath?: string;
}

/** Props every root component takes. */
export interface RootProps {
  services: AppServices;
  settings: { title: string };
  theme?: PartialTheme;
}

/** Base of the four shells. */
export abstract class AppraisalWebPart extends BaseClientSideWebPart<IAppraisalWebPartProps> {
  private services: AppServices | undefined;
  private theme: PartialTheme | undefined;

  /** The web part's root component. */
  protected abstract get root(): React.FC<RootProps>;
  /** Settings a shell adds to the heading (from its own property-pane values); none by default. */
  protected get extraSettings(): Record<string, unknown> {
    return {};
  }
  /** The web part's strings (heading default and property pane). */
  protected abstract get strings(): TitlePaneStrings & { DefaultTitle: string };

  protected async onInit(): Promise<void> {
    await super.onInit();
    // The culture SPFx loaded this web part's strings for (the user's language in SharePoint and in Teams): dates,
    // numbers and plurals follow it, so text and formatting agree.
    setUiLocale(this.context.pageContext.cultureInfo.currentUICultureName);
    // A Teams or Outlook personal app may give no properties at all; the site path then falls back to the well-known one.
    this.services = await createSpfxServices(this.context, this.properties?.appraisalSitePath);
  }

  public render(): void {
    if (!this.services) return;
    const settings = { ...this.extraSettings, title: this.properties?.title || this.strings.DefaultTitle };
    ReactDom.render(React.createElement(this.root, { services: this.services, settings, theme: this.theme }), this.domElement);
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
    return titlePropertyPane(this.strings);
  }
}
