// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { packImported, packsStoreStarted, usePacksStore, type PacksSnapshot } from '@/stores/packs-store';
import { studyPack } from './fixtures';
import { PackList } from '@/features/share/pack-list';

function memory() {
  const box: { value: PacksSnapshot | undefined } = { value: { packs: [], authored: [] } };
  return {
    box,
    persistence: {
      load: () => Promise.resolve(box.value),
      save: (value: PacksSnapshot) => {
        box.value = structuredClone(value);
        return Promise.resolve();
      },
    },
  };
}

beforeEach(() => usePacksStore.setState({ status: 'idle', error: null, packs: {}, authored: {} }));

describe('PackList', () => {
  it('asks in the page before removing a pack, and "Keep it" keeps it', async () => {
    const { box, persistence } = memory();
    await packsStoreStarted(persistence);
    await packImported(studyPack(), 'week-3.json', 1000);
    const user = userEvent.setup();
    render(<PackList />);

    const title = studyPack().title;
    await user.click(screen.getByRole('button', { name: `Remove “${title}”…` }));
    const ask = screen.getByRole('group', { name: `Remove “${title}”?` });
    expect(ask.textContent).toContain('Your attempts at them stay.');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: `Remove “${title}”?` })).toBeNull();
    expect(box.value?.packs).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: `Remove “${title}”…` }));
    await user.click(screen.getByRole('button', { name: 'Remove the pack' }));
    expect(await screen.findByText('No packs imported yet.')).toBeTruthy();
    expect(box.value?.packs).toEqual([]);
  });
});
