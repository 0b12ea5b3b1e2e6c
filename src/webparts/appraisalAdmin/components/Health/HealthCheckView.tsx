import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { foldRoutine, healthLines, overallStatus, type HealthLine, type HealthStatus } from '../../../../domain';
import type { DataError, HealthFactsSource } from '../../../../data/ports';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { HealthLineRow } from './HealthLineRow';
import { overallText, reportText } from './healthText';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'error'; error: DataError } | { kind: 'done'; lines: HealthLine[]; at: Date };

const BAR: Record<HealthStatus, MessageBarType> = {
  green: MessageBarType.success,
  amber: MessageBarType.warning,
  red: MessageBarType.error
};

/** The health check tab: the IT lead runs it, reads each line, and copies the report for IT support. Reads only. */
export const HealthCheckView: React.FC<{ source: HealthFactsSource; now?: () => Date }> = ({ source, now = () => new Date() }) => {
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const [copied, setCopied] = React.useState<'yes' | 'failed' | undefined>();
  const run = React.useCallback(async () => {
    setState({ kind: 'running' });
    setCopied(undefined);
    const facts = await source
      .gather()
      .catch((e: unknown) => ({ ok: false as const, error: { code: 'unexpected' as const, detail: String(e) } }));
    setState(facts.ok ? { kind: 'done', lines: foldRoutine(healthLines(facts.value)), at: now() } : { kind: 'error', error: facts.error });
  }, [source, now]);

  const copy = async (lines: HealthLine[], at: Date): Promise<void> => {
    try {
      await navigator.clipboard.writeText(reportText(lines, overallStatus(lines), at.toISOString()));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.HealthIntro}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton
          text={state.kind === 'done' ? strings.HealthRunAgain : strings.HealthRun}
          onClick={() => {
            run().catch(() => undefined);
          }}
          disabled={state.kind === 'running'}
        />
        {state.kind === 'done' && (
          <DefaultButton
            iconProps={{ iconName: 'Copy' }}
            text={strings.HealthCopy}
            onClick={() => {
              copy(state.lines, state.at).catch(() => undefined);
            }}
          />
        )}
      </Stack>
      {state.kind === 'running' && <Spinner size={SpinnerSize.large} label={common.Loading} />}
      {state.kind === 'error' && (
        <ErrorMessage
          error={state.error}
          onRetry={() => {
            run().catch(() => undefined);
          }}
        />
      )}
      {copied && (
        <MessageBar messageBarType={copied === 'yes' ? MessageBarType.success : MessageBarType.warning}>
          {copied === 'yes' ? strings.HealthCopied : strings.HealthCopyFailed}
        </MessageBar>
      )}
      {state.kind === 'done' && (
        <>
          <MessageBar messageBarType={BAR[overallStatus(state.lines)]}>{overallText(overallStatus(state.lines))}</MessageBar>
          <Stack
            as="ul"
            tokens={{ childrenGap: 8 }}
            styles={{ root: { listStyle: 'none', margin: 0, padding: 0 } }}
            aria-label={strings.TabHealth}
          >
            {state.lines.map((l, i) => (
              <HealthLineRow key={`${l.kind}/${l.subject}/${i}`} line={l} />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
};
