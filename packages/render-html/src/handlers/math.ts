import type {Element, ElementContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {h} from 'hastscript'
import type {InlineMath, Math} from '@samizdat/mkdocs-markdown'
import temml from 'temml'
import type {ContextHandler} from './handler.js'

/**
 * TeX as MathML, made at build time by Temml: the browser draws it with no script and no
 * request. `trust: false` refuses `\href`, `\includegraphics` and the like; `maxExpand`
 * stops macro bombs. What Temml cannot read shows as its TeX source in code, so the reader
 * still sees the formula (the sanitizer checks the MathML like any other markup).
 */
function mathml(tex: string, display: boolean): ElementContent[] {
  try {
    const markup = temml.renderToString(tex, {displayMode: display, throwOnError: true, trust: false, annotate: true, maxExpand: 1000, maxSize: [30, 30]})
    return fromHtml(markup, {fragment: true}).children.filter((node): node is Element => node.type === 'element')
  } catch {
    return [h('code', {className: ['math-error']}, tex)]
  }
}

/** `$x^2$` and `\(x^2\)`: `<span class="arithmatex"><math>…</math></span>`, as pymdownx.arithmatex's generic output wraps it. */
export const inlineMath: ContextHandler<InlineMath> = (state, node) => {
  const result = h('span', {className: ['arithmatex']}, mathml(node.value, false))
  state.patch(node, result)
  return state.applyData(node, result)
}

/** `$$…$$`, `\[…\]`, `\begin{align}…`: `<div class="arithmatex"><math display="block">…</math></div>`. */
export const math: ContextHandler<Math> = (state, node) => {
  const result = h('div', {className: ['arithmatex']}, mathml(node.value, true))
  state.patch(node, result)
  return state.applyData(node, result)
}
