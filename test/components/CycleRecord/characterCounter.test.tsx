import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextArea } from '../../../src/components/CycleRecord/text/TextArea';
import { TEXT_LIMITS } from '../../../src/domain';

function Field({ initial = '', maxLength }: { initial?: string; maxLength?: number }): React.ReactElement {
  const [value, setValue] = React.useState(initial);
  return <TextArea label="Success criteria" value={value} onChange={setValue} readOnly={false} maxLength={maxLength} />;
}

describe('the character counter on limited fields', () => {
  it('counts what is typed against the limit', async () => {
    render(<Field />);

    await userEvent.type(screen.getByLabelText('Success criteria'), 'Six pupils');

    expect(screen.getByText('10 of 1,500 characters')).toBeInTheDocument();
  });

  it('keeps pasted text that is too long, says how much to remove and marks the field', async () => {
    render(<Field maxLength={TEXT_LIMITS.title} />);

    fireEvent.change(screen.getByLabelText('Success criteria'), { target: { value: 'x'.repeat(TEXT_LIMITS.title + 20) } });

    expect(screen.getByLabelText('Success criteria')).toHaveValue('x'.repeat(170));
    expect(screen.getByText('170 of 150 characters: 20 too many')).toBeInTheDocument();
    expect(await screen.findByText('Too long: shorten this to 150 characters or fewer.')).toBeInTheDocument();
  });

  it('shows the count apart from the help text, so that it is not lost at the end of a sentence', async () => {
    render(
      <TextArea label="Summary" value="Six pupils" description="Use initials for pupils." onChange={() => undefined} readOnly={false} />
    );

    expect(screen.getByText('Use initials for pupils.')).toBeInTheDocument();
    expect(screen.getByText('10 of 1,500 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Summary')).toHaveAccessibleDescription('Use initials for pupils.10 of 1,500 characters');
  });

  it('shows no counter on a read-only field or a date', () => {
    render(
      <>
        <TextArea label="Summary" value="Agreed" onChange={() => undefined} readOnly />
        <TextArea label="Target date" type="date" value="2027-03-12" onChange={() => undefined} readOnly={false} multiline={false} />
      </>
    );

    expect(screen.queryByText(/characters/)).toBeNull();
  });
});
