import * as React from 'react';
import { Stack } from '@fluentui/react';
import { DisposalSection } from './DisposalSection';
import { HoldsSection } from './HoldsSection';
import { SubjectAccessSection } from './SubjectAccessSection';

/** HR's data-protection work: subject access requests, holds, and the disposal review (DOMAIN §7.7, §7.8). */
export const DataProtectionTab: React.FC = () => (
  <Stack tokens={{ childrenGap: 32 }} styles={{ root: { paddingTop: 16 } }}>
    <SubjectAccessSection />
    <HoldsSection />
    <DisposalSection />
  </Stack>
);
