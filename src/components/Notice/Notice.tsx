import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';

/** Props of Notice. */
export interface NoticeProps {
  type: MessageBarType;
  title: string;
  body: string;
}

/** A titled message explaining a state of the site and what to do about it. */
export const Notice: React.FC<NoticeProps> = ({ type, title, body }) => (
  <MessageBar messageBarType={type} isMultiline>
    <Stack tokens={{ childrenGap: 4 }}>
      <Text variant="mediumPlus" as="h2" styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {title}
      </Text>
      <Text>{body}</Text>
    </Stack>
  </MessageBar>
);
