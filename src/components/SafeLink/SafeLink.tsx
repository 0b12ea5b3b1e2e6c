import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import * as strings from 'CommonStrings';
import { safeLink } from '../../domain';

/** Props of SafeLink. */
export interface SafeLinkProps {
  /** A URL from data (SharePoint or Graph); checked here again, whatever was checked on read. */
  href: string | undefined;
  children: React.ReactNode;
  /** Opens in a new tab (with `rel="noreferrer noopener"`). */
  newTab?: boolean;
}

/**
 * The only way a URL from data becomes an `href`: an `https:` URL or a path of the tenant's own is a link;
 * anything else (`javascript:`, `data:`, `http:`, `//host` …) is plain text with a short note.
 */
export const SafeLink: React.FC<SafeLinkProps> = ({ href, children, newTab }) => {
  const link = safeLink(href);
  if (link === undefined) {
    return (
      <Text>
        {children} <Text variant="small">{strings.UnsafeLinkNote}</Text>
      </Text>
    );
  }
  return newTab ? <Link href={link} target="_blank" rel="noreferrer noopener">{children}</Link> : <Link href={link}>{children}</Link>;
};
