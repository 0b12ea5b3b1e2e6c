import * as React from 'react';
import { Spinner, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'TeamAppraisalsWebPartStrings';
import { addDays, dayOfWeek, type IsoDate } from '../../../../domain';
import type { CalendarError, FreeBusy } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { format } from '../../../../components/format';
import { dateTimeFormat } from '../../../../components/locale';

/** Props of FreeBusyView. */
export interface FreeBusyViewProps {
  appraiseeUpn: string;
  appraiseeName: string;
  onError(error: CalendarError): void;
}

const SLOTS_PER_DAY = 18; // 08:00–17:00 in half-hours
const dayName = {
  format: (d: Date): string => dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d)
};

/** The next weekdays from tomorrow. */
function nextWeekdays(today: IsoDate, count: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = addDays(today, 1); days.length < count; d = addDays(d, 1)) if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6) days.push(d);
  return days;
}

/** Free/busy for both people when Outlook finds no common time (getSchedule), so the reviewer sees why. */
export const FreeBusyView: React.FC<FreeBusyViewProps> = ({ appraiseeUpn, appraiseeName, onError }) => {
  const { calendar, currentUser, clock } = useAppServices();
  const theme = useTheme();
  const days = React.useMemo(() => nextWeekdays(clock.today(), 5), [clock]);
  const [rows, setRows] = React.useState<Array<{ day: IsoDate; schedules: FreeBusy[] }>>();
  React.useEffect(() => {
    let current = true;
    // One call for the whole week: Outlook serves at most 4 concurrent requests per mailbox.
    calendar.getScheduleByDay([currentUser.email, appraiseeUpn], days, { start: '08:00', end: '17:00' }, 30)
      .then((answer) => {
        if (!current) return;
        if (!answer.ok) return onError(answer.error);
        setRows(answer.value);
      }, () => undefined);
    return () => {
      current = false;
    };
  }, [calendar, currentUser.email, appraiseeUpn, days, onError]);
  if (!rows) return <Spinner />;
  const words: Record<string, string> = {
    '0': strings.FreeBusyFree,
    '1': strings.FreeBusyTentative,
    '2': strings.FreeBusyBusy,
    '3': strings.FreeBusyAway,
    '4': strings.FreeBusyBusy
  };
  const colour = (code: string): string =>
    code === '0' ? theme.palette.neutralLighter : code === '1' ? theme.palette.themeLight : theme.palette.themePrimary;
  const time = (i: number): string => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.FreeBusyHeading}
      </Text>
      <Text variant="small">{strings.FreeBusyHelp}</Text>
      {rows.map(({ day, schedules }) => (
        <Stack key={day} tokens={{ childrenGap: 2 }}>
          <Text styles={{ root: { fontWeight: 600 } }}>{dayName.format(new Date(`${day}T12:00:00Z`))}</Text>
          {schedules.map((s, row) => (
            <Stack key={s.upn} horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
              <Text styles={{ root: { width: 110 } }}>{row === 0 ? strings.FreeBusyYou : appraiseeName}</Text>
              <div
                role="img"
                aria-label={Array.from(s.availability.slice(0, SLOTS_PER_DAY))
                  .map((c, i) => format(strings.FreeBusyCell, time(i), words[c] ?? c))
                  .join(', ')}
                style={{ display: 'flex', gap: 1 }}
              >
                {Array.from(s.availability.slice(0, SLOTS_PER_DAY)).map((c, i) => (
                  <span
                    key={i}
                    title={format(strings.FreeBusyCell, time(i), words[c] ?? c)}
                    style={{ width: 14, height: 14, background: colour(c) }}
                  />
                ))}
              </div>
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
};
