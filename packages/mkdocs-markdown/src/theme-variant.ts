/** The colour scheme an image URL is marked for: `…#only-light`, `…#only-dark`, or `null` for both. */
export function themeVariant(url: string): 'light' | 'dark' | null {
  return url.endsWith('#only-light') ? 'light' : url.endsWith('#only-dark') ? 'dark' : null
}
