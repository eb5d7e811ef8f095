import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Dense but calm: small default sizes, neutral surfaces, one blue accent. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withinPortal: true } },
  },
});

/**
 * Mantine's light-theme "dimmed" text (gray.6 on white, 3.3:1) fails WCAG AA contrast for small
 * text, which the axe scan reports as serious; gray.7 passes. The dark theme's is already fine.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
