// The host's primary colour, applied to the design tokens of the mode shown (light or dark). Set on the
// root element's style, which CSP allows (no inline stylesheet); the mode's own values come back where
// the host gave no colour for it.
import type { BrandVars } from '../domain/colour';

export type { BrandVars };

const NAMES = ['--brand', '--brand-strong', '--on-brand', '--brand-soft'] as const;

export function applyBrandColours(light: BrandVars | null, dark: BrandVars | null): void {
  const root = document.documentElement;
  const apply = () => {
    const vars = root.dataset.theme === 'dark' ? dark : light;
    for (const name of NAMES) {
      const value = vars?.[name];
      if (value) root.style.setProperty(name, value);
      else root.style.removeProperty(name);
    }
  };
  apply();
  // The theme switch (and the device's setting) changes data-theme: follow it.
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  if (light?.['--brand'])
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', light['--brand']);
}
