import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAIR_TOKENIZER, FIXTURE } from './core/testing.js';
import { ChunkView } from './ChunkView.js';
import { RetrievalExplorer } from './RetrievalExplorer.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const BUILD = { timeout: 20_000 };

describe('RetrievalExplorer', () => {
  it('searches three ways, shows the prompt, and keeps results when the next query is blank', async () => {
    const { container } = render(
      <RetrievalExplorer
        passages={FIXTURE}
        tokenizer={PAIR_TOKENIZER}
        showMap={false}
        initialQuery="memory bandwidth"
        queries={[{ id: 'q', lang: 'en', text: 'memory bandwidth', relevant: ['en-gpu-02'], kind: 'keyword' }]}
      />,
    );
    const keyword = await screen.findByRole('region', { name: 'Keyword (BM25)' }, BUILD);
    await waitFor(
      () => expect(within(keyword).getAllByRole('listitem')[0]!.textContent).toMatch('en-gpu-02#1 ✓'),
      BUILD,
    );
    expect(screen.getByRole('region', { name: 'Hybrid (RRF)' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/tokens \(byte-pairs\)/)).toBeTruthy(), BUILD);
    expect(container.querySelector('pre.ts-rx-prompt')!.textContent).toContain('Question: memory bandwidth');
    await waitFor(() => expect(screen.getByText(/Recall@5 and MRR per retriever/)).toBeTruthy(), BUILD);

    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: '   ' } });
    await act(async () => fireEvent.submit(box.closest('form')!));
    expect((await screen.findByRole('alert')).textContent).toMatch('EMPTY_INPUT');
    expect(
      within(screen.getByRole('region', { name: 'Keyword (BM25)' })).getAllByRole('listitem').length,
    ).toBeGreaterThan(0);

    fireEvent.change(box, { target: { value: '토큰' } });
    await act(async () => fireEvent.submit(box.closest('form')!));
    await waitFor(
      () =>
        expect(
          within(screen.getByRole('region', { name: 'Keyword (BM25)' })).getAllByRole('listitem')[0]!.textContent,
        ).toMatch('ko-tok-01'),
      BUILD,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses an overlap as large as the chunk and keeps the index', async () => {
    render(<RetrievalExplorer passages={FIXTURE} tokenizer={PAIR_TOKENIZER} showMap={false} locale="ko" />);
    const size = await screen.findByLabelText('크기 (문장)', {}, BUILD);
    const overlap = screen.getByLabelText('겹침 (문장)');
    fireEvent.change(overlap, { target: { value: String((size as HTMLInputElement).value) } });
    await act(async () => fireEvent.blur(overlap));
    expect((await screen.findByRole('alert')).textContent).toMatch('INVALID_ARGUMENT');
    expect(screen.getByText(/문단 7개, 청크/)).toBeTruthy();
  });

  it("searches the user's own file, and a bad file leaves the corpus as it was", async () => {
    const { container } = render(
      <RetrievalExplorer passages={FIXTURE} tokenizer={PAIR_TOKENIZER} showMap={false} initialQuery="coffee" />,
    );
    await screen.findByText(/7 passages/, {}, BUILD);
    const input = () => container.querySelector('input[type="file"]') as HTMLInputElement;
    const upload = async (name: string, text: string) =>
      act(async () => {
        fireEvent.change(input(), { target: { files: [new File([text], name)] } });
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
    await upload('bad.tsv', 'id\tlang\ttext\nx\tfr\tBonjour');
    expect((await screen.findByRole('alert')).textContent).toMatch('PARSE_ERROR');
    expect(screen.getByText(/7 passages/)).toBeTruthy();
    await upload(
      'mine.json',
      JSON.stringify([
        { id: 'c', lang: 'en', text: 'Espresso is strong coffee.' },
        { id: 'd', lang: 'en', text: 'Tea is made from leaves.' },
      ]),
    );
    await screen.findByText(/2 passages/, {}, BUILD);
    await waitFor(
      () =>
        expect(
          within(screen.getByRole('region', { name: 'Keyword (BM25)' })).getAllByRole('listitem')[0]!.textContent,
        ).toMatch('c#1'),
      BUILD,
    );
    expect(screen.getByText(/Searching mine.json/)).toBeTruthy();
  });

  it('names a bad corpus row', () => {
    render(
      <RetrievalExplorer
        passages={[
          { id: 'a', lang: 'en', text: 'ok' },
          { id: 'b', lang: 'xx', text: 'no' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toMatch('PARSE_ERROR');
    expect(alert).toMatch('Passage 2');
  });
});

describe('ChunkView', () => {
  it('colours chunks and stripes the overlap', () => {
    const { container } = render(<ChunkView text="abcdefghij" options={{ size: 4, overlap: 1 }} />);
    expect(container.querySelectorAll('.ts-rx-overlap')).toHaveLength(2);
    expect(container.querySelector('.ts-rx-chunks')!.textContent).toBe('abcdefghij');
    expect(screen.getByText(/3 chunks/)).toBeTruthy();
  });
});
