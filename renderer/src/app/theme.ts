import { createTheme } from '@mantine/core';

/** Dense but calm: small default sizes, neutral surfaces, one blue accent. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withinPortal: true } },
  },
});
