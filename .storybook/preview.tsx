import type { Preview } from '@storybook/react-vite';
import { THEMES, type Locale, type ThemeName } from '@tensorscope/common';
import { TensorscopeProvider } from '@tensorscope/common/react';

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme passed to every tensorscope component',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of labels (한국어 / English)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ko', title: '한국어' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story test.
    a11y: { test: 'error' },
    // Show each story's source as written. The default renders the element to a JSX string with
    // every prop printed — for a 341k-word Float32Array that froze the tab (and cost seconds at 20k).
    docs: { source: { type: 'code' } },
  },
  decorators: [
    (Story, context) => {
      const theme = (context.globals.theme ?? 'light') as ThemeName;
      const locale = (context.globals.locale ?? 'en') as Locale;
      return (
        <TensorscopeProvider theme={theme} locale={locale}>
          <div lang={locale} style={{ background: THEMES[theme]['--ts-bg'], padding: 8 }}>
            <Story />
          </div>
        </TensorscopeProvider>
      );
    },
  ],
};

export default preview;
