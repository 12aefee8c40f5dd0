/** Where the dev server's own endpoints live; the built site never uses this prefix (it has `/_samizdat/`). */
export const devPrefix = '/__samizdat'

/** The tag the dev server adds to every HTML response (never to the files on disk). */
export const liveScriptTag = `<script src="${devPrefix}/live.js" defer></script>`

/** Add the live script to an HTML document, before `</head>` (or at the end when there is none). */
export function injectLiveScript(html: string): string {
  const head = html.search(/<\/head\s*>/i)
  return head === -1 ? `${html}${liveScriptTag}` : `${html.slice(0, head)}${liveScriptTag}${html.slice(head)}`
}

// Plain browser JavaScript, served as a file: the site's Content-Security-Policy allows
// scripts, styles and connections from 'self' only, so nothing here is inline. All text
// goes in through textContent, never markup, so a diagnostic cannot inject HTML.
/** The live-reload and preview script, served at `/__samizdat/live.js`. */
export const liveScript = `// samizdat dev: live reload, build errors, and this page's cards and leaflets.
(() => {
  'use strict'
  const prefix = ${JSON.stringify(devPrefix)}
  const stored = 'samizdat-dev-panel'
  const make = (tag, props, children) => {
    const node = Object.assign(document.createElement(tag), props || {})
    for (const child of children || []) node.append(child)
    return node
  }
  document.head.append(make('link', {rel: 'stylesheet', href: prefix + '/live.css'}))

  // Build errors: an overlay until the next good build reloads the page.
  let overlay = null
  const showErrors = (errors) => {
    if (overlay) overlay.remove()
    const close = make('button', {type: 'button', className: 'samizdat-dev-close', textContent: '×', title: 'Dismiss'})
    close.setAttribute('aria-label', 'Dismiss the build errors')
    overlay = make('section', {className: 'samizdat-dev-overlay'}, [
      make('h2', {textContent: 'samizdat: the content has errors; showing the last good build'}),
      make('pre', {textContent: errors.join('\\n')}),
      close
    ])
    overlay.setAttribute('role', 'alert')
    close.addEventListener('click', () => { overlay.remove(); overlay = null })
    document.body.append(overlay)
  }

  const events = new EventSource(prefix + '/events')
  events.addEventListener('reload', () => location.reload())
  events.addEventListener('build-error', (event) => {
    document.documentElement.classList.remove('samizdat-dev-building')
    showErrors(JSON.parse(event.data).errors)
  })
  events.addEventListener('building', () => document.documentElement.classList.add('samizdat-dev-building'))

  // This page's share cards and leaflets, in a panel that can be closed and reopened.
  const toggle = make('button', {type: 'button', className: 'samizdat-dev-toggle', textContent: 'Cards & leaflets'})
  toggle.setAttribute('aria-controls', 'samizdat-dev-panel')
  const panel = make('aside', {id: 'samizdat-dev-panel', className: 'samizdat-dev-panel'})
  panel.setAttribute('aria-labelledby', 'samizdat-dev-panel-title')
  const setOpen = (open, focus) => {
    panel.hidden = !open
    toggle.setAttribute('aria-expanded', String(open))
    try { sessionStorage.setItem(stored, open ? 'open' : 'closed') } catch {}
    if (focus) (open ? panel.querySelector('button') : toggle).focus()
  }
  toggle.addEventListener('click', () => setOpen(panel.hidden, true))
  panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') setOpen(false, true) })

  const render = (preview) => {
    const close = make('button', {type: 'button', className: 'samizdat-dev-close', textContent: '×', title: 'Close'})
    close.setAttribute('aria-label', 'Close the cards and leaflets panel')
    close.addEventListener('click', () => setOpen(false, true))
    const cards = preview.cards.map((card) => make('li', {}, [
      make('a', {href: card.url, target: '_blank'}, [
        // The caption names the card, so the thumbnail is not read out twice.
        make('img', {src: card.url, alt: '', width: 160, height: Math.round(160 * card.height / card.width), loading: 'lazy'}),
        make('span', {textContent: card.label + ' ' + card.width + '×' + card.height})
      ])
    ]))
    const leaflets = preview.leaflets.map((leaflet) => make('li', {}, [make('a', {href: leaflet.url, target: '_blank', textContent: leaflet.label + ' (PDF)'})]))
    panel.replaceChildren(
      make('h2', {id: 'samizdat-dev-panel-title', textContent: 'Cards & leaflets: ' + preview.page.title}),
      close,
      make('p', {textContent: preview.page.source}),
      make('h3', {textContent: 'Share cards (' + cards.length + ')'}),
      cards.length ? make('ul', {className: 'samizdat-dev-cards'}, cards) : make('p', {textContent: 'none'}),
      make('h3', {textContent: 'Leaflets (' + leaflets.length + ')'}),
      leaflets.length ? make('ul', {}, leaflets) : make('p', {textContent: 'none'})
    )
    document.body.append(toggle, panel)
    let open = true
    try { open = sessionStorage.getItem(stored) !== 'closed' } catch {}
    setOpen(open, false)
  }
  fetch(prefix + '/preview?page=' + encodeURIComponent(location.pathname), {cache: 'no-store'})
    .then((response) => (response.ok ? response.json() : null))
    .then((preview) => { if (preview) render(preview) })
    .catch(() => {})
})()
`

/** The styles of the overlay and panel, served at `/__samizdat/live.css`. */
export const liveStyles = `.samizdat-dev-overlay, .samizdat-dev-panel, .samizdat-dev-toggle {
  font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff; z-index: 2147483000;
  box-shadow: 0 4px 24px rgb(0 0 0 / 25%); border-radius: 8px;
}
.samizdat-dev-overlay { position: fixed; inset: 2rem 2rem auto; max-height: 80vh; overflow: auto; padding: 1rem 3rem 1rem 1rem; border-top: 6px solid #c62828; }
.samizdat-dev-overlay h2, .samizdat-dev-panel h2 { font-size: 1rem; margin: 0 0 .5rem; }
.samizdat-dev-overlay pre { white-space: pre-wrap; margin: 0; font: 13px/1.5 ui-monospace, monospace; color: #b71c1c; }
.samizdat-dev-panel { position: fixed; right: 1rem; bottom: 3.5rem; width: min(22rem, calc(100vw - 2rem)); max-height: 70vh; overflow: auto; padding: 1rem 2.5rem 1rem 1rem; }
.samizdat-dev-panel[hidden] { display: none; }
.samizdat-dev-panel h3 { font-size: .9rem; margin: .75rem 0 .25rem; }
.samizdat-dev-panel p { margin: 0; color: #555; }
.samizdat-dev-panel ul { margin: 0; padding-left: 1.1rem; }
.samizdat-dev-panel a { color: #1a56b8; }
.samizdat-dev-cards { list-style: none; padding: 0 !important; display: grid; gap: .5rem; }
.samizdat-dev-cards img { display: block; width: 160px; height: auto; border: 1px solid #ccc; }
.samizdat-dev-toggle { position: fixed; right: 1rem; bottom: 1rem; padding: .4rem .8rem; border: 1px solid #888; cursor: pointer; }
.samizdat-dev-close { position: absolute; top: .5rem; right: .5rem; width: 2rem; height: 2rem; font-size: 1.25rem; line-height: 1; border: 0; background: transparent; color: inherit; cursor: pointer; }
.samizdat-dev-close:focus-visible, .samizdat-dev-toggle:focus-visible { outline: 2px solid #1a56b8; outline-offset: 2px; }
.samizdat-dev-building .samizdat-dev-toggle::after { content: ' (rebuilding…)'; }
@media (prefers-color-scheme: dark) {
  .samizdat-dev-overlay, .samizdat-dev-panel, .samizdat-dev-toggle { color: #e6e6ea; background: #1e1f24; }
  .samizdat-dev-panel p { color: #aaa; }
  .samizdat-dev-panel a { color: #8ab4f8; }
  .samizdat-dev-overlay pre { color: #ff8a80; }
}
`
