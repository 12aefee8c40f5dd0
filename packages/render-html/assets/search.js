// Samizdat site: full-text search with Pagefind, entirely from this site's own files.
// Only added where it can work (served over HTTP); the pages read fine without it.
(function () {
  'use strict'
  var root = document.documentElement
  if (location.protocol === 'file:') return

  var base = new URL(root.getAttribute('data-root') || './', location.href)
  var loading = null
  function load() {
    if (!loading) {
      loading = import(new URL('pagefind/pagefind.js', base).href).then(function (pagefind) {
        return pagefind.options({baseUrl: base.pathname}).then(function () {
          return pagefind
        })
      })
    }
    return loading
  }

  // Pagefind's excerpts mark hits with <mark>; keep those and nothing else, as text.
  function excerptNodes(html) {
    var parsed = new DOMParser().parseFromString(html, 'text/html').body.childNodes
    var nodes = []
    for (var i = 0; i < parsed.length; i++) {
      var node = parsed[i]
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark')
        mark.textContent = node.textContent
        nodes.push(mark)
      } else {
        nodes.push(document.createTextNode(node.textContent || ''))
      }
    }
    return nodes
  }

  function build(tools) {
    var form = document.createElement('form')
    form.className = 'search'
    form.setAttribute('role', 'search')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
    })
    var label = document.createElement('label')
    label.className = 'sr-only'
    label.htmlFor = 'search-input'
    label.textContent = root.getAttribute('data-search-label') || 'Search'
    var input = document.createElement('input')
    input.type = 'search'
    input.id = 'search-input'
    input.autocomplete = 'off'
    input.placeholder = root.getAttribute('data-search-placeholder') || ''
    var results = document.createElement('ul')
    results.className = 'search__results'
    results.setAttribute('aria-live', 'polite')
    form.appendChild(label)
    form.appendChild(input)
    form.appendChild(results)
    tools.insertBefore(form, tools.firstChild)

    var latest = 0
    function run() {
      var query = input.value.trim()
      var ticket = ++latest
      if (query === '') {
        results.replaceChildren()
        return
      }
      load()
        .then(function (pagefind) {
          return pagefind.debouncedSearch(query, {}, 200)
        })
        .then(function (search) {
          if (!search || ticket !== latest) return null
          return Promise.all(search.results.slice(0, 8).map(function (result) { return result.data() }))
        })
        .then(function (items) {
          if (!items || ticket !== latest) return
          results.replaceChildren()
          if (items.length === 0) {
            var empty = document.createElement('li')
            empty.textContent = root.getAttribute('data-search-empty') || ''
            results.appendChild(empty)
            return
          }
          items.forEach(function (item) {
            var li = document.createElement('li')
            var a = document.createElement('a')
            a.href = item.url
            a.textContent = (item.meta && item.meta.title) || item.url
            var p = document.createElement('p')
            excerptNodes(item.excerpt).forEach(function (node) { p.appendChild(node) })
            li.appendChild(a)
            li.appendChild(p)
            results.appendChild(li)
          })
        })
        .catch(function () {
          results.replaceChildren()
        })
    }
    input.addEventListener('focus', load, {once: true})
    input.addEventListener('input', run)
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') results.replaceChildren()
    })
  }

  document.addEventListener('DOMContentLoaded', function () {
    var tools = document.getElementById('site-tools')
    if (tools) build(tools)
  })
})()
