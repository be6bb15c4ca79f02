/**
 * Chart colours. The page's CSS (src/styles/site.css, --chart-* variables) uses the same values, which a test
 * checks, together with their contrast: marks at 3:1 or more against the background, text at 4.5:1.
 */
export const PALETTE = {
  light: { background: '#ffffff', text: '#1b1b1b', muted: '#4f5459', bar: '#5a7fa8', highlight: '#0b3d73' },
  dark: { background: '#15181c', text: '#eceff1', muted: '#b5bcc3', bar: '#6f98c8', highlight: '#c4dcff' },
} as const;
