// Samizdat site: the theme toggle, links that work when the site is opened from disk, linked content tabs.
// Loaded in <head> without `defer` so the chosen theme applies before the first paint.
(function () {
  'use strict'
  var key = 'samizdat-theme'
  var root = document.documentElement

  function stored() {
    try {
      var value = localStorage.getItem(key)
      return value === 'light' || value === 'dark' ? value : null
    } catch (error) {
      return null
    }
  }

  function systemTheme() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  }

  function apply(theme) {
    if (theme) root.setAttribute('data-theme', theme)
    else root.removeAttribute('data-theme')
  }

  apply(stored())

  var sun = 'M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10zm0-5 1 3h-2zm0 20-1-3h2zM2 12l3-1v2zm20 0-3 1v-2zM4.9 4.9l2.8 1.4-1.4 1.4zm14.2 14.2-2.8-1.4 1.4-1.4zM4.9 19.1l1.4-2.8 1.4 1.4zM19.1 4.9l-1.4 2.8-1.4-1.4z'
  var moon = 'M12.3 2a8 8 0 1 0 9.7 9.7A7 7 0 0 1 12.3 2z'

  function makeToggle(label) {
    var ns = 'http://www.w3.org/2000/svg'
    var button = document.createElement('button')
    button.type = 'button'
    button.className = 'theme-toggle'
    button.setAttribute('aria-label', label)
    var svg = document.createElementNS(ns, 'svg')
    svg.setAttribute('viewBox', '0 0 24 24')
    svg.setAttribute('aria-hidden', 'true')
    var path = document.createElementNS(ns, 'path')
    svg.appendChild(path)
    button.appendChild(svg)
    function show() {
      var current = root.getAttribute('data-theme') || systemTheme()
      path.setAttribute('d', current === 'dark' ? sun : moon)
      button.setAttribute('aria-pressed', current === 'dark' ? 'true' : 'false')
    }
    button.addEventListener('click', function () {
      var next = (root.getAttribute('data-theme') || systemTheme()) === 'dark' ? 'light' : 'dark'
      apply(next)
      try {
        localStorage.setItem(key, next)
      } catch (error) {
        // Private mode: the choice lasts for this page only.
      }
      show()
    })
    show()
    return button
  }

  // Pretty URLs end in `/`; a browser showing files from disk needs the `index.html`.
  function fixLinksForDisk() {
    if (location.protocol !== 'file:') return
    var links = document.querySelectorAll('a[href]')
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href')
      if (/^[a-z][a-z0-9+.-]*:|^#/i.test(href)) continue
      links[i].setAttribute('href', href.replace(/^([^?#]*\/)(?=[?#]|$)/, '$1index.html'))
    }
  }

  // Content tabs work without this script (radio inputs). With it, tabs with the same label
  // switch together across the page and are remembered for the next pages (Material's linked
  // tabs), and a link to a tab (`#__tabbed_1_2`) opens it.
  var tabKey = 'samizdat-tab'

  function labelOf(input) {
    var label = input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]')
    return label ? label.textContent.trim() : ''
  }

  function selectTabs(text, except) {
    var inputs = document.querySelectorAll('.tabbed-set > input[type="radio"]')
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i] !== except && !inputs[i].checked && labelOf(inputs[i]) === text) inputs[i].checked = true
    }
  }

  function openTabFromHash() {
    var id = decodeURIComponent(location.hash.slice(1))
    var input = id && document.getElementById(id)
    if (!input || input.type !== 'radio' || !input.parentElement || !input.parentElement.classList.contains('tabbed-set')) return
    input.checked = true
    var label = document.querySelector('label[for="' + CSS.escape(id) + '"]')
    if (label) label.scrollIntoView({block: 'center'})
  }

  function linkTabs() {
    document.addEventListener('change', function (event) {
      var input = event.target
      if (!input || input.type !== 'radio' || !input.parentElement || !input.parentElement.classList.contains('tabbed-set')) return
      var text = labelOf(input)
      if (!text) return
      selectTabs(text, input)
      try {
        localStorage.setItem(tabKey, text)
      } catch (error) {
        // Private mode: linking still works on this page.
      }
    })
    try {
      var remembered = localStorage.getItem(tabKey)
      if (remembered) selectTabs(remembered, null)
    } catch (error) {
      // No storage: every page starts with its own selected tabs.
    }
    openTabFromHash()
    window.addEventListener('hashchange', openTabFromHash)
  }

  document.addEventListener('DOMContentLoaded', function () {
    var tools = document.getElementById('site-tools')
    if (tools) tools.appendChild(makeToggle(root.getAttribute('data-toggle-label') || 'Theme'))
    fixLinksForDisk()
    linkTabs()
  })
})()
