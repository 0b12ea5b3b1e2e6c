import * as React from 'react';
import { Text } from '@fluentui/react';

/** Props of SectionHeading. */
export interface SectionHeadingProps {
  children: React.ReactNode;
}

/** The heading of one section of a record (level 3, under the record's own heading). */
export const SectionHeading: React.FC<SectionHeadingProps> = ({ children }) => (
  <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
    {children}
  </Text>
);
