/** The local workbench page: "sign in as", one tab per web part, and the emulator's fault and reset controls. */
import * as React from 'react';
import { Dropdown, type IDropdownOption, DropdownMenuItemType, Pivot, PivotItem, Stack, Text, useTheme } from '@fluentui/react';
import { createLocalServices } from './createLocalServices';
import { DEFAULT_UPN, PERSONAS, roleGroup } from './personas';
import { TABS } from './tabs';
import { EmulatorControls } from './EmulatorControls';
import { WORKBENCH_LOCALES, switchWorkbenchLocale, workbenchLocale } from './workbenchLocale';

function personaOptions(): IDropdownOption[] {
  const groups = ['Headteacher and HR', 'Reviewers', 'Staff', 'Governors', 'Trust (reset with seed=trust)'];
  return groups.flatMap((group) => [
    { key: `h-${group}`, text: group, itemType: DropdownMenuItemType.Header },
    ...PERSONAS.filter((p) => roleGroup(p) === group).map((p) => ({ key: p.upn, text: `${p.displayName} – ${p.jobTitle}` }))
  ]);
}

function readQuery(): { as: string; tab: string } {
  const q = new URLSearchParams(window.location.search);
  return { as: q.get('as') ?? DEFAULT_UPN, tab: q.get('tab') ?? TABS[0].key };
}

/** The page. Who is signed in and which tab is open live in the URL, so links and tests can open any view. */
export const Workbench: React.FC = () => {
  const theme = useTheme();
  const [{ as, tab }, setView] = React.useState(readQuery);
  const [generation, setGeneration] = React.useState(0);
  const persona = PERSONAS.find((p) => p.upn === as) ?? PERSONAS[0];
  const services = React.useMemo(() => createLocalServices(persona), [persona, generation]);
  const options = React.useMemo(personaOptions, []);

  const go = (next: { as: string; tab: string }): void => {
    window.history.replaceState(
      null,
      '',
      `?as=${encodeURIComponent(next.as)}&tab=${encodeURIComponent(next.tab)}&lang=${workbenchLocale()}`
    );
    setView(next);
  };
  const active = TABS.find((t) => t.key === tab) ?? TABS[0];

  return (
    <Stack tokens={{ childrenGap: 16, padding: 24 }} styles={{ root: { maxWidth: 1100, margin: '0 auto' } }}>
      {/* The workbench's own controls are in English whatever the page's language; SharePoint's chrome is its own. */}
      <Stack as="header" lang="en-GB" horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }} horizontalAlign="space-between">
        <Stack>
          <Text as="h1" variant="xxLarge" styles={{ root: { margin: 0 } }}>
            Staff appraisal – local workbench
          </Text>
          <Text styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            The real web parts against the local tenant emulator (Riverside Primary School, fictional).
          </Text>
        </Stack>
        <Dropdown
          label="Sign in as"
          selectedKey={persona.upn}
          options={options}
          onChange={(_, option) => option && go({ as: String(option.key), tab: active.key })}
          styles={{ root: { width: 340 } }}
        />
        <Dropdown
          label="Language (Iaith)"
          selectedKey={workbenchLocale()}
          options={WORKBENCH_LOCALES.map((l) => ({ key: l.key, text: l.text }))}
          onChange={(_, option) => option && switchWorkbenchLocale(String(option.key))}
          styles={{ root: { width: 180 } }}
        />
      </Stack>
      <nav aria-label="Web parts">
        <Pivot
          aria-label="Web parts"
          overflowBehavior="menu"
          overflowAriaLabel="More web parts"
          selectedKey={active.key}
          onLinkClick={(item) => item?.props.itemKey && go({ as: persona.upn, tab: item.props.itemKey })}
        >
          {TABS.map((t) => (
            <PivotItem key={t.key} itemKey={t.key} headerText={t.title} />
          ))}
        </Pivot>
      </nav>
      <main
        style={{
          background: theme.palette.white,
          padding: 24,
          boxShadow: theme.effects.elevation4,
          borderRadius: theme.effects.roundedCorner2
        }}
      >
        <React.Fragment key={`${persona.upn}-${active.key}-${generation}`}>{active.render(services, persona)}</React.Fragment>
      </main>
      <EmulatorControls onChanged={() => setGeneration((g) => g + 1)} />
    </Stack>
  );
};
