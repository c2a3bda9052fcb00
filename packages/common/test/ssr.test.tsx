// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const { TensorscopeError } = await import('@tensorscope/common');
  const { ErrorMessage, TensorscopeProvider } = await import('@tensorscope/common/react');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(
    <TensorscopeProvider theme="auto">
      <ErrorMessage error={new TensorscopeError('EMPTY_INPUT', 'Nothing to show.')} />
    </TensorscopeProvider>,
  );
  expect(html).toContain('role="alert"');
  expect(html).toContain('Nothing to show.');
});

it('renders the UI kit on the server with its stylesheet once', async () => {
  const common = await import('@tensorscope/common');
  const exporters = [
    common.serializeSvg,
    common.svgToPngBlob,
    common.canvasToPngBlob,
    common.downloadPng,
    common.downloadSvg,
  ];
  expect(exporters.every((f) => typeof f === 'function')).toBe(true);
  const kit = await import('@tensorscope/common/react');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(
    <kit.TensorscopeProvider locale="ko">
      <kit.Panel title="패널" actions={<kit.ExportMenu items={[{ id: 'csv', label: 'CSV', onSelect: () => {} }]} />}>
        <kit.Toolbar aria-label="도구">
          <kit.Button variant="primary">확인</kit.Button>
          <kit.ToggleGroup
            label="보기"
            items={[
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ]}
            value="a"
            onValueChange={() => {}}
          />
          <kit.Select label="정렬" options={[{ value: 'x', label: 'X' }]} />
          <kit.Field label="N" hint="힌트">
            <kit.Input defaultValue="1" />
          </kit.Field>
          <kit.Tooltip content="설명">
            <kit.Button>?</kit.Button>
          </kit.Tooltip>
        </kit.Toolbar>
        <kit.FileDropZone onFiles={() => {}} />
        <kit.DataTable caption="표" columns={[{ key: 'n', header: 'N' }]} rows={[{ n: 1 }, { n: 2 }]} pageSize={1} />
      </kit.Panel>
    </kit.TensorscopeProvider>,
  );
  const sheets = html.match(/<style[^>]*data-href="tensorscope-kit"[^>]*>/g) ?? [];
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toContain('data-precedence="tensorscope"');
  expect(html.indexOf('<style')).toBe(0);
  expect(html).toContain('.ts-button{'.replace('{', ' {'));
  expect(html).toContain('role="toolbar"');
  expect(html).toContain('내보내기');
  expect(html).toContain('파일을 여기에 끌어다 놓으세요');
  expect(html).toContain('전체 2행 중 1–1행');
  expect(html).toContain('role="tooltip"');
});
