import {h} from 'hastscript'
import type {SmartSymbol} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

/** A smart symbol as the character it stands for (`©`, `→`, `½`); an ordinal raises its suffix: `1<sup>st</sup>`. */
export const smartSymbol: ContextHandler<SmartSymbol> = (state, node) => {
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(node.value)
  if (!ordinal) return {type: 'text', value: node.value}
  const [, number = '', suffix = ''] = ordinal
  return [{type: 'text', value: number}, h('sup', {}, suffix)]
}
