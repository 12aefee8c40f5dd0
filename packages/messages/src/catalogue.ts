// The one place where reader-facing words live. A renderer never writes a word of its own:
// it asks the catalogue of the site's language for a key (see `messagesFor`).
// `{name}` marks a value filled in by `fill`; each language uses the same placeholders.

/** English: the reference catalogue and the fallback for every other language. */
export const en = {
  // Site chrome
  skipToContent: 'Skip to content',
  navigation: 'Navigation',
  toc: 'Table of contents',
  permalink: 'Permanent link',
  documentTitle: '{page} — {site}',
  toggleTheme: 'Switch between light and dark theme',
  home: 'Home',
  recommendations: 'Recommendations',
  // Search
  search: 'Search',
  searchPlaceholder: 'Search this site',
  searchNoResults: 'No results',
  // Pages and links
  missingLink: 'This page is not written yet',
  footnotes: 'Footnotes',
  footnoteBack: 'Jump back to footnote {number} in the text',
  /** Before an annotation's number: the name of its marker and of its note ("Annotation 1"). */
  annotation: 'Annotation',
  /** Before the link that stands for an embedded frame (`<iframe>`), which the site does not load. */
  embedded: 'Embedded content',
  /** Text in the language's quotation marks: a CriticMarkup comment (`{>>…<<}`) in print. */
  quoted: '“{text}”',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no such page. It may have moved.',
  handout: 'This page, printable (PDF)',
  // Recommendations (site)
  platforms: 'Platforms',
  readMore: 'Read more: {name} →',
  backToSection: '← Back to “{title}”',
  shareCard: 'Share card',
  leaflet: 'Printable leaflet (PDF)',
  logoAlt: '{name} logo',
  // Leaflets and handouts
  platformsLabel: 'Platforms: ',
  qrIntro: 'Scan with your phone camera:',
  qrAlt: 'QR code: {url}',
  inOurGuide: 'In our guide',
  moreAbout: 'More about {name}',
  comingSoon: 'Coming soon in the guide: {labels}.',
  online: 'Online: ',
  pageNumber: '{page} / {pages}',
  /** Beside the QR code that ends a leaflet whose details did not fit on its back. */
  continuedInGuide: 'Continued in the guide:',
  /** Beside the QR code on a leaflet's back when the card has no details. */
  moreInGuide: 'How-tos and news in the guide:',
  /** Heading of the printed addresses that get no QR code of their own. */
  printedLinks: 'Links',
  // Share cards: alt text and captions
  cardAltRecommendation: 'Share card of a recommendation from “{site}”: {tile}, the name “{name}” in large type',
  cardAltLogoTile: 'the {name} logo on a white tile',
  cardAltMonogramTile: 'instead of a logo, the letter “{letter}” on a tile in the brand colour',
  cardAltPage: 'Share card of a page from “{site}”: {tile}, the title “{title}” in large type',
  cardAltPageIcon: 'the page icon on a white tile',
  cardAltPageMonogram: 'the letter “{letter}” on a coloured tile',
  cardAltDescription: ', below it the description: “{text}”.',
  cardAltEnd: '.',
  cardAltPlatforms: ' Platform icons: {platforms}.',
  cardAltFooter: ' At the bottom, the name of the site and the address {url}.',
  cardCaptionPlatforms: 'Platforms: {platforms}.',
  cardCaptionMore: 'More in “{site}”: {url}',
  /** Hashtags every recommendation caption ends with, after the product's own; a site sets its own. */
  cardHashtags: '',
  // Default admonition titles: Python-Markdown's (the type, capitalised) for Material's types and aliases.
  'admonition.note': 'Note',
  'admonition.abstract': 'Abstract',
  'admonition.summary': 'Summary',
  'admonition.tldr': 'Tldr',
  'admonition.info': 'Info',
  'admonition.todo': 'Todo',
  'admonition.tip': 'Tip',
  'admonition.hint': 'Hint',
  'admonition.important': 'Important',
  'admonition.success': 'Success',
  'admonition.check': 'Check',
  'admonition.done': 'Done',
  'admonition.question': 'Question',
  'admonition.help': 'Help',
  'admonition.faq': 'Faq',
  'admonition.warning': 'Warning',
  'admonition.caution': 'Caution',
  'admonition.attention': 'Attention',
  'admonition.failure': 'Failure',
  'admonition.fail': 'Fail',
  'admonition.missing': 'Missing',
  'admonition.danger': 'Danger',
  'admonition.error': 'Error',
  'admonition.bug': 'Bug',
  'admonition.example': 'Example',
  'admonition.quote': 'Quote',
  'admonition.cite': 'Cite',
  'admonition.recommendation': 'Recommendation',
  'admonition.recomendation': 'Recommendation'
} as const

/** A key of the catalogue. */
export type MessageKey = keyof typeof en

/** A complete catalogue: one string per key. */
export type Messages = Record<MessageKey, string>

/** Russian. */
export const ru: Messages = {
  skipToContent: 'Перейти к содержимому',
  navigation: 'Навигация',
  toc: 'Содержание',
  permalink: 'Постоянная ссылка',
  documentTitle: '{page} — {site}',
  toggleTheme: 'Переключить светлую или тёмную тему',
  home: 'На главную',
  recommendations: 'Рекомендации',
  search: 'Поиск',
  searchPlaceholder: 'Поиск по сайту',
  searchNoResults: 'Ничего не найдено',
  missingLink: 'Страница пока не написана',
  footnotes: 'Примечания',
  footnoteBack: 'Вернуться к сноске {number} в тексте',
  annotation: 'Пояснение',
  embedded: 'Встроенное содержимое',
  quoted: '«{text}»',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет. Возможно, её переместили.',
  handout: 'Эта страница для печати (PDF)',
  platforms: 'Платформы',
  readMore: 'Подробнее: {name} →',
  backToSection: '← Вернуться к разделу «{title}»',
  shareCard: 'Карточка, чтобы поделиться',
  leaflet: 'Листовка для печати (PDF)',
  logoAlt: 'Логотип {name}',
  platformsLabel: 'Платформы: ',
  qrIntro: 'Откройте камерой телефона:',
  qrAlt: 'QR-код: {url}',
  inOurGuide: 'В нашем гиде',
  moreAbout: 'Подробнее: {name}',
  comingSoon: 'Скоро в гиде: {labels}.',
  online: 'Онлайн: ',
  pageNumber: '{page} / {pages}',
  continuedInGuide: 'Продолжение — в гиде:',
  moreInGuide: 'Инструкции и новости — в гиде:',
  printedLinks: 'Ссылки',
  cardAltRecommendation: 'Карточка рекомендации с сайта «{site}»: {tile}, крупно название «{name}»',
  cardAltLogoTile: 'логотип {name} на белой плитке',
  cardAltMonogramTile: 'вместо логотипа — буква «{letter}» на плитке фирменного цвета',
  cardAltPage: 'Карточка страницы сайта «{site}»: {tile}, крупно заголовок «{title}»',
  cardAltPageIcon: 'значок страницы на белой плитке',
  cardAltPageMonogram: 'буква «{letter}» на цветной плитке',
  cardAltDescription: ', под ним описание: «{text}».',
  cardAltEnd: '.',
  cardAltPlatforms: ' Значки платформ: {platforms}.',
  cardAltFooter: ' Внизу название сайта и адрес {url}.',
  cardCaptionPlatforms: 'Платформы: {platforms}.',
  cardCaptionMore: 'Подробнее на сайте «{site}»: {url}',
  cardHashtags: '',
  'admonition.note': 'Заметка',
  'admonition.abstract': 'Аннотация',
  'admonition.summary': 'Кратко',
  'admonition.tldr': 'Кратко',
  'admonition.info': 'Информация',
  'admonition.todo': 'Сделать',
  'admonition.tip': 'Совет',
  'admonition.hint': 'Подсказка',
  'admonition.important': 'Важно',
  'admonition.success': 'Успех',
  'admonition.check': 'Проверено',
  'admonition.done': 'Готово',
  'admonition.question': 'Вопрос',
  'admonition.help': 'Помощь',
  'admonition.faq': 'Вопросы и ответы',
  'admonition.warning': 'Предупреждение',
  'admonition.caution': 'Осторожно',
  'admonition.attention': 'Внимание',
  'admonition.failure': 'Неудача',
  'admonition.fail': 'Не получилось',
  'admonition.missing': 'Не хватает',
  'admonition.danger': 'Опасно',
  'admonition.error': 'Ошибка',
  'admonition.bug': 'Баг',
  'admonition.example': 'Пример',
  'admonition.quote': 'Цитата',
  'admonition.cite': 'Цитата',
  'admonition.recommendation': 'Рекомендация',
  'admonition.recomendation': 'Рекомендация'
}

/** Every catalogue, by language subtag. */
export const catalogues = {en, ru} as const satisfies Record<string, Messages>

/** A language with a complete catalogue. */
export type CatalogueLanguage = keyof typeof catalogues

/** Every key, in the reference order. */
export const messageKeys = Object.keys(en) as MessageKey[]

/** Whether `key` names a message (for checking a site's overrides). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key)
}
