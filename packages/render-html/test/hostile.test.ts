import {describe, expect, it} from 'vitest'
import {articleOf, bundleOf, renderToMemory, startTags} from './helpers.js'

// Everything here tries to get script into the site: through links, pictures, attribute
// lists, admonition titles, raw HTML, reference definitions and front matter.
const hostile = `---
title: "<script>alert('title')</script>"
description: "\\"><img src=x onerror=alert('description')>"
icon: "../../etc/passwd"
---

# Заголовок <script>alert('heading')</script>

[js](javascript:alert('js')) [upper](JAVASCRIPT:alert('upper')) [entity](jav&#x61;script:alert('entity'))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox('vb'))
<javascript:alert('autolink')>

![img](javascript:alert('img')) ![data](data:image/svg+xml,<svg onload=alert('svg')>)

Text { onclick="alert('onclick')" style="color:red" }

[button](https://example.org){ onclick="alert('attr')" href="javascript:alert('href')" .md-button data-x=1 }

Paragraph
{: onmouseover="alert('block')" .x" onfocus="alert('quote') #"><script>alert('id')</script> }

!!! note "<script>alert('admonition')</script>"
    Body <img src=x onerror=alert('inline-html')>

!!! warning "\\" onmouseover=\\"alert('title-quote')"
    Quote in a title.

??? "danger\\" onclick=\\"alert('kind')" "Title"
    Odd kind.

<script>alert('block-html')</script>

<div onclick="alert('div')">raw block</div>

[ref link][bad]

[bad]: javascript:alert('reference')

## Head { onclick=alert('heading-attr') #"><svg/onload=alert('heading-id')> }

:material-x" onload="alert('icon'):

Keys: ++"<script>alert('keys')</script>"++ ++ctrl+"<img src=x onerror=alert('key')>"++

Math: $\\href{javascript:alert('math')}{click}$ and $$ \\href{javascript:alert('block')}{x} \\style{color:red}{y} $$

$x</math><script>alert('mathml')</script>$

Critic: {++<script>alert('critic')</script>++} {>><img src=x onerror=alert('comment')><<}

\`\`\` py title="<script>alert('code-title')</script>" linenums="1\\" onload=alert(1)" hl_lines="1"
print("<script>alert('code')</script>")
\`\`\`

\`\`\` { .py .x"onload=alert('class') title='<img src=x onerror=alert(2)>' }
x = 1
\`\`\`

Inline: \`#!html <script>alert('inline')</script>\` and \`#!"><script> x\`

<div class="grid" markdown onclick="alert('md-in-html')" style="color:red" id="x&quot;><script>alert('md-id')</script>">

Inside *Markdown in HTML*.

</div>

<p markdown onmouseover="alert('p')">Inline <script>alert('md-span')</script> text</p>

Raw <a href="javascript:alert('raw-a')">raw link</a> <a href="JaVaScRiPt:alert('raw-a2')" target="_blank">second</a>
<img src="javascript:alert('raw-img')" alt="raw img"> <img src="data:image/png;base64,AAAA" alt="data img">
<img src="https://tracker.example/pixel.gif" alt="pixel"> <img src=x onerror="alert('onerror')">

<iframe src="javascript:alert('iframe')"></iframe>

<iframe srcdoc="<script>alert('srcdoc')</script>" title="doc"></iframe>

<iframe src="https://video.example/embed/1" title="A video" onload="alert('iframe-onload')"></iframe>

<video src="https://cdn.example/v.mp4" poster="javascript:alert('poster')" autoplay onplay="alert('play')"><source src="https://cdn.example/v.webm"></video>

<audio src="data:audio/wav;base64,AAAA" controls></audio>

<details ontoggle="alert('toggle')" open><summary onclick="alert('summary')">More</summary>Text</details>

<svg><script>alert('svg-script')</script><a href="javascript:alert('svg-a')"><text>svg</text></a></svg>

<style>body { display: none }</style>

<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css">

<form action="https://evil.example/"><input name="q" value="x"><button formaction="javascript:alert('form')">Go</button></form>

<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">

<a href="https://example.org" data-pagefind-body>pagefind</a> <span data-x="&quot;><script>alert('data')</script>">data</span>

[button 2](https://example.org){ data-x="\"><script>alert('data-attr')</script>" target=_blank rel="noopener prefetch" }

[button 3](https://example.org){ target=_blank rel="nofollow" } [button 4](https://example.org){ rel="prefetch" target="evil" }
`

describe('hostile Markdown', () => {
  it('never reaches the HTML as markup', async () => {
    const bundle = await bundleOf({'index.md': hostile})
    const {files, contents} = await renderToMemory(bundle, {search: false})
    const pages = files.filter((file) => file.endsWith('.html'))
    expect(pages).toContain('index.html')
    if (process.env['SHOW']) console.log(String(contents.get('index.html')))
    const index = String(contents.get('index.html'))
    // A `javascript:` link keeps its words, as text, not as an empty link.
    expect(index).toContain('<span class="link-missing" title="Страница пока не написана">js</span>')
    // A title is inline Markdown: raw HTML in it is HTML, and a script in it is dropped with its text.
    expect(index).not.toContain("alert('admonition')")
    // Markdown in HTML keeps its content and its allow-listed attributes, and nothing else.
    expect(index).toContain('<div class="grid">\n<p>Inside <em>Markdown in HTML</em>.</p>\n</div>')
    // An author's `rel` adds to what a link leaving the site needs; a `target` from the allow-list stays.
    expect(index).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer" target="_blank">button 3</a>')
    // An iframe is a visible link to its page on the web; one with no web address is only its title.
    expect(index).toContain('<a href="https://video.example/embed/1" rel="noopener noreferrer">A video</a>')
    // A picture from another site is a link to it, never loaded.
    expect(index).toContain('<a href="https://tracker.example/pixel.gif" rel="noopener noreferrer" class="image-external">pixel</a>')
    // The new paths keep hostile words as text: key names, TeX, CriticMarkup, code titles.
    expect(index).toContain('<kbd>&#x3C;script>alert(\'keys\')&#x3C;/script></kbd>')
    expect(index).toContain('<span class="filename">&#x3C;script>alert(\'code-title\')&#x3C;/script></span>')
    expect(index).toContain('<code class="math-error">\\href{javascript:alert(\'math\')}{click}</code>')
    expect(index).not.toMatch(/<math[^>]*href/)
    for (const file of pages) {
      const html = String(contents.get(file))
      for (const tag of startTags(html)) {
        const where = `${file}: <${tag.name} ${tag.attributes.map(([k, v]) => `${k}="${v}"`).join(' ')}>`
        if (tag.name === 'script') {
          // Only our own two scripts, by URL, never inline.
          expect(tag.attributes.map(([key]) => key).sort(), where).toEqual(tag.attributes.some(([k]) => k === 'defer') ? ['defer', 'src'] : ['src'])
          expect(tag.attributes.find(([key]) => key === 'src')?.[1], where).toMatch(/^(?:\.\.\/|\/)*_samizdat\/(?:site|search)\.js$/)
        }
        expect(['iframe', 'object', 'embed', 'style', 'form', 'base', 'frame'], where).not.toContain(tag.name)
        for (const [key, value] of tag.attributes) {
          expect(key, where).not.toMatch(/^on/)
          expect(key, where).not.toBe('style')
          expect(key, where).not.toBe('srcdoc')
          if (key === 'href' || key === 'src' || key === 'action' || key === 'formaction' || key === 'poster' || key === 'srcset' || key === 'data') {
            const compact = value.replace(/[\s\u0000-\u001f]/g, '')
            expect(compact, where).not.toMatch(/^(?:javascript|data|vbscript):/i)
          }
          // Nothing is loaded from another origin: pictures and media are the site's own files.
          if (key === 'src' || key === 'poster' || key === 'srcset') expect(value, where).not.toMatch(/^(?:[a-z][a-z\d+.-]*:|\/\/)/i)
          if (key.startsWith('data-pagefind')) expect(tag.name, where).not.toBe('a')
          if (key === 'id' || key === 'class') expect(value, where).not.toMatch(/["<>]/)
        }
      }
      // What the content may not bring into the page at all: form controls, and head elements.
      for (const tag of startTags(articleOf(html))) {
        expect(['input', 'button', 'select', 'textarea', 'meta', 'link', 'video', 'audio', 'source'], `${file}: <${tag.name}>`).not.toContain(tag.name)
      }
      // The words of every attack are at most text or a quoted attribute value (where `<` is
      // inert): with values blanked out, no element of theirs is left.
      const markup = html.replace(/="[^"]*"/g, '=""')
      expect(markup, file).not.toMatch(/<script>/i)
      expect(markup, file).not.toMatch(/<(?:svg|img)[^>]*(?:onload|onerror)/i)
    }
  })
})

describe('hostile Markdown through tabs, annotations, abbreviations and footnotes', () => {
  it('reaches the HTML only as text and our fixed attributes', async () => {
    const markdown = `=== "<img src=x onerror=alert('label')> [x](javascript:alert('label-link'))"
    Tab body.

===+ "\\" onclick=\\"alert('quote')\\" id=\\"evil"
    Quoted.

Marker (1) here.
{ .annotate onclick="alert('annotate')" }

1.  <script>alert('note')</script> [bad](javascript:alert('note-link'))

Term <b onclick="alert('dt')">x</b>
:   <svg onload="alert('dd')"></svg>

The EVIL word.

*[EVIL]: "><script>alert('abbr')</script><b title="x" onmouseover="alert('title')
A note[^x" onclick="alert(1)].

[^x" onclick="alert(1)]: <img src=x onerror=alert('footnote')>
`
    const bundle = await bundleOf({'index.md': markdown})
    const {contents} = await renderToMemory(bundle, {search: false})
    const html = String(contents.get('index.html'))
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'))
    const tags = startTags(article)
    for (const tag of tags) {
      const where = `<${tag.name} ${tag.attributes.map(([k, v]) => `${k}="${v}"`).join(' ')}>`
      // Raw HTML keeps allowed tags such as `<b>` and `<svg>`, never their handlers (checked below).
      expect(['script', 'img', 'iframe', 'style'], where).not.toContain(tag.name)
      for (const [key, value] of tag.attributes) {
        expect(key, where).not.toMatch(/^on/)
        if (key === 'href') expect(value.replace(/\s/g, ''), where).not.toMatch(/^javascript:/i)
        if (key === 'id' || key === 'for' || key === 'popovertarget' || key === 'name') expect(value, where).toMatch(/^[\w:-]+$/)
      }
    }
    // The tab machinery kept only its own attributes.
    expect(tags.filter((tag) => tag.name === 'input').map((tag) => tag.attributes.map(([key]) => key).sort())).toEqual([
      ['id', 'name', 'type'],
      ['checked', 'id', 'name', 'type']
    ])
    expect(tags.filter((tag) => tag.name === 'label').every((tag) => tag.attributes.every(([key]) => key === 'for'))).toBe(true)
    expect(tags.filter((tag) => tag.name === 'button').every((tag) => tag.attributes.every(([key]) => ['type', 'class', 'popovertarget', 'aria-label'].includes(key)))).toBe(true)
    // What the author wrote is still there to read, as text.
    expect(article).toContain('&#x3C;img src=x onerror=alert(\'label\')>')
    // An abbreviation's meaning stays one attribute value, quotes escaped.
    const abbr = tags.find((tag) => tag.name === 'abbr')
    expect(abbr?.attributes).toEqual([['title', `"><script>alert('abbr')</script><b title="x" onmouseover="alert('title')`]])
  })
})

describe('a recommendation card inside another', () => {
  // Found by `npm run fuzz` (seed 1411): the inner card, inside the outer card's source range,
  // rendered as the outer card, whose summary holds the inner card again: the stack overflowed.
  it('renders the outer card once and the inner one as its content', async () => {
    const bundle = await bundleOf({'index.md': '# Name\n!!! recomendation\n    Outer text.\n\n    !!! recomendation\n        Inner text.\n'})
    const {contents} = await renderToMemory(bundle, {search: false})
    const article = articleOf(String(contents.get('index.html')))
    expect(article.split('Outer text.').length - 1).toBe(1)
    expect(article.split('Inner text.').length - 1).toBe(1)
  })
})
