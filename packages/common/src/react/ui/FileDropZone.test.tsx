import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import type { AnyTensorscopeError } from '../../errors.js';
import { FileDropZone } from './FileDropZone.js';
import { fileMatchesAccept } from './useFileDrop.js';

const file = (name: string, bytes: number, type = 'text/plain') => new File(['x'.repeat(bytes)], name, { type });

function drop(target: Element, files: File[]) {
  fireEvent.drop(target, { dataTransfer: { files, dropEffect: 'none' } });
}

function Loader({ onReject }: { onReject: (error: AnyTensorscopeError) => void }) {
  const [loaded, setLoaded] = useState('nothing');
  return (
    <FileDropZone
      maxBytes={10}
      accept=".tsv,.txt"
      hint="TSV or text"
      onFiles={(files) => setLoaded(files.map((f) => f.name).join(','))}
      onReject={onReject}
    >
      <p>Loaded: {loaded}</p>
    </FileDropZone>
  );
}

it('is a button named by its text that opens the hidden file input on click, Enter and Space', () => {
  render(<Loader onReject={() => {}} />);
  const target = screen.getByRole('button', { name: 'Drop a file here TSV or text Choose file' });
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  expect(input.hidden).toBe(true);
  expect(input.accept).toBe('.tsv,.txt');
  const click = vi.spyOn(input, 'click');
  fireEvent.click(target);
  fireEvent.keyDown(target, { key: 'Enter' });
  fireEvent.keyDown(target, { key: ' ' });
  fireEvent.keyDown(target, { key: 'a' });
  expect(click).toHaveBeenCalledTimes(3);
});

it('shows the dragging state and hands over dropped files', () => {
  render(<Loader onReject={() => {}} />);
  const target = screen.getByRole('button');
  fireEvent.dragEnter(target);
  fireEvent.dragEnter(target.firstElementChild!);
  fireEvent.dragLeave(target);
  expect(target.hasAttribute('data-dragging')).toBe(true);
  drop(target, [file('vectors.tsv', 4), file('more.tsv', 4)]);
  expect(target.hasAttribute('data-dragging')).toBe(false);
  // Not `multiple`: only the first file.
  expect(screen.getByText('Loaded: vectors.tsv')).toBeTruthy();
});

it('refuses a too-large file with TOO_LARGE and keeps the previous data', () => {
  const onReject = vi.fn();
  render(<Loader onReject={onReject} />);
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file('small.txt', 5)] } });
  expect(screen.getByText('Loaded: small.txt')).toBeTruthy();
  fireEvent.change(input, { target: { files: [file('huge.txt', 11)] } });
  expect(onReject).toHaveBeenCalledTimes(1);
  expect(onReject.mock.calls[0]![0]).toMatchObject({ code: 'TOO_LARGE', details: { name: 'huge.txt', size: 11 } });
  expect(screen.getByText('Loaded: small.txt')).toBeTruthy();
  drop(screen.getByRole('button'), [file('image.png', 3, 'image/png')]);
  expect(onReject.mock.calls[1]![0]).toMatchObject({ code: 'INVALID_FORMAT' });
  expect(screen.getByText('Loaded: small.txt')).toBeTruthy();
});

it('with strictAccept={false} hands over a dropped file of any type (for loaders that detect by content)', () => {
  const onFiles = vi.fn();
  const onReject = vi.fn();
  render(<FileDropZone accept=".tsv" strictAccept={false} onFiles={onFiles} onReject={onReject} />);
  drop(screen.getByRole('button'), [file('glove.6B.50d', 3, '')]);
  expect(onReject).not.toHaveBeenCalled();
  expect(onFiles.mock.calls[0]![0][0].name).toBe('glove.6B.50d');
});

it('takes several files with multiple and ignores everything when disabled', () => {
  const onFiles = vi.fn();
  const { rerender } = render(<FileDropZone multiple onFiles={onFiles} locale="ko" />);
  expect(screen.getByRole('button', { name: '파일들을 여기에 끌어다 놓으세요 파일 고르기' })).toBeTruthy();
  drop(screen.getByRole('button'), [file('a.tsv', 1), file('b.tsv', 1)]);
  expect(onFiles.mock.calls[0]![0].map((f: File) => f.name)).toEqual(['a.tsv', 'b.tsv']);
  rerender(<FileDropZone multiple disabled onFiles={onFiles} />);
  const target = screen.getByRole('button');
  expect(target.getAttribute('aria-disabled')).toBe('true');
  expect(target.tabIndex).toBe(-1);
  drop(target, [file('c.tsv', 1)]);
  expect(onFiles).toHaveBeenCalledTimes(1);
});

it('matches accept lists by extension, exact type and wildcard', () => {
  expect(fileMatchesAccept({ name: 'A.TSV', type: '' }, '.tsv, .json')).toBe(true);
  expect(fileMatchesAccept({ name: 'a.bin', type: 'application/json' }, 'application/json')).toBe(true);
  expect(fileMatchesAccept({ name: 'a.png', type: 'image/png' }, 'image/*')).toBe(true);
  expect(fileMatchesAccept({ name: 'a.png', type: 'image/png' }, '.tsv,text/*')).toBe(false);
  expect(fileMatchesAccept({ name: 'a.png', type: 'image/png' }, undefined)).toBe(true);
});
