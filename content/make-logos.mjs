#!/usr/bin/env node
// Writes the messenger logos the guide's page references, from the simple-icons package
// (CC0 icon data; the marks themselves belong to their owners). Run after upgrading
// simple-icons; the output is committed as content, like any other asset of the guide.
import {writeFileSync, mkdirSync} from 'node:fs'
import {siSession, siSignal} from 'simple-icons'

const dir = new URL('docs/assets/icons/recomendations/messengers/', import.meta.url)
mkdirSync(dir, {recursive: true})

/** A standalone square SVG of one simple-icons path in one colour. */
function svg(icon, fill) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="96" height="96" role="img"><title>${icon.title}</title><path fill="${fill}" d="${icon.path}"/></svg>\n`
}

writeFileSync(new URL('signal.svg', dir), svg(siSignal, `#${siSignal.hex}`))
// Session's mark is black: a black variant for light pages and a white one for dark pages.
writeFileSync(new URL('session-black.svg', dir), svg(siSession, '#000000'))
writeFileSync(new URL('session-white.svg', dir), svg(siSession, '#FFFFFF'))
