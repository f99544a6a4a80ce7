import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Filters } from '@/components/Filters';
import { optionId, ResultList } from '@/components/ResultList';
import { SearchBox } from '@/components/SearchBox';
import { setLang } from '@/utils/i18n';
import { cnRow, intlRow, NOW } from './fixtures';

beforeEach(() => setLang('en'));
afterEach(cleanup);

describe('SearchBox', () => {
  it('is a labelled combobox pointing at the active option', () => {
    const onInput = vi.fn();
    render(
      <SearchBox value="" onInput={onInput} onKeyDown={() => {}} listId="list" activeId="opt-1" expanded={true} />,
    );
    const box = screen.getByRole('combobox', { name: 'Search customers' });
    expect(box.getAttribute('aria-controls')).toBe('list');
    expect(box.getAttribute('aria-activedescendant')).toBe('opt-1');
    fireEvent.input(box, { target: { value: 'hz' } });
    expect(onInput).toHaveBeenCalledWith('hz');
  });
});

describe('ResultList', () => {
  const rows = [cnRow(), intlRow({ status: 'blocked' })];

  it('renders options with name, account, chip and money; marks the active one', () => {
    render(
      <ResultList
        id="l"
        rows={rows}
        total={2}
        activeIndex={1}
        query=""
        now={NOW}
        onActivate={() => {}}
        onOpen={() => {}}
      />,
    );
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]?.id).toBe(optionId(rows[0]?.customerId ?? ''));
    expect(options[0]?.getAttribute('aria-selected')).toBe('false');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(options[1]?.textContent).toContain('Acme Cloud Ltd.');
    expect(options[1]?.textContent).toContain('Cannot buy');
    expect(options[1]?.textContent).toContain('$379.75');
  });

  it('highlights the query in the name', () => {
    const { container } = render(
      <ResultList
        id="l"
        rows={rows}
        total={2}
        activeIndex={0}
        query="云栖"
        now={NOW}
        onActivate={() => {}}
        onOpen={() => {}}
      />,
    );
    expect(container.querySelector('mark')?.textContent).toBe('云栖');
  });

  it('opens on click and says when more rows match than are shown', () => {
    const onOpen = vi.fn();
    render(
      <ResultList
        id="l"
        rows={rows}
        total={120}
        activeIndex={0}
        query=""
        now={NOW}
        onActivate={() => {}}
        onOpen={onOpen}
      />,
    );
    fireEvent.click(screen.getAllByRole('option')[1] as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith(1);
    expect(screen.getByRole('note').textContent).toBe('Showing 2 of 120: type more to narrow');
  });
});

describe('Filters', () => {
  it('reports each change and drops cleared values', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Filters value={{}} labels={['VIP', '政企']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'At risk only' }));
    expect(onChange).toHaveBeenLastCalledWith({ atRiskOnly: true });
    fireEvent.change(screen.getByRole('combobox', { name: 'Association type' }), { target: { value: '1' } });
    expect(onChange).toHaveBeenLastCalledWith({ associationType: '1' });
    rerender(<Filters value={{ label: 'VIP' }} labels={['VIP', '政企']} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Label' }), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it('hides the label filter when no customer has a label', () => {
    render(<Filters value={{}} labels={[]} onChange={() => {}} />);
    expect(screen.queryByRole('combobox', { name: 'Label' })).toBeNull();
  });
});
