/** Every word the site's own interface says, so a page never mixes languages. */
export interface UiStrings {
  skipToContent: string
  navigation: string
  toc: string
  search: string
  searchPlaceholder: string
  searchNoResults: string
  toggleTheme: string
  missingLink: string
  platforms: string
  more: string
  backToSection: string
  shareCard: string
  leaflet: string
  handout: string
  notFoundTitle: string
  notFoundText: string
  home: string
  recommendations: string
  footnotes: string
  /** The title of a footnote's link back to the text; `{number}` is the footnote's number. */
  footnoteBack: string
  /** Names an annotation's marker and note, before its number: "Annotation 1". */
  annotation: string
  /** Before the link that stands for an embedded frame (`<iframe>`), which the site does not load. */
  embedded: string
}

const ru: UiStrings = {
  skipToContent: 'Перейти к содержимому',
  navigation: 'Навигация',
  toc: 'Содержание',
  search: 'Поиск',
  searchPlaceholder: 'Поиск по гиду',
  searchNoResults: 'Ничего не найдено',
  toggleTheme: 'Переключить светлую или тёмную тему',
  missingLink: 'Страница пока не написана',
  platforms: 'Платформы',
  more: 'Подробнее',
  backToSection: 'Вернуться к разделу',
  shareCard: 'Карточка, чтобы поделиться',
  leaflet: 'Листовка для печати (PDF)',
  handout: 'Эта страница для печати (PDF)',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет. Возможно, её переместили.',
  home: 'На главную',
  recommendations: 'Рекомендации',
  footnotes: 'Примечания',
  footnoteBack: 'Вернуться к сноске {number} в тексте',
  annotation: 'Пояснение',
  embedded: 'Встроенное содержимое'
}

const en: UiStrings = {
  skipToContent: 'Skip to content',
  navigation: 'Navigation',
  toc: 'Table of contents',
  search: 'Search',
  searchPlaceholder: 'Search the guide',
  searchNoResults: 'No results',
  toggleTheme: 'Switch between light and dark theme',
  missingLink: 'This page is not written yet',
  platforms: 'Platforms',
  more: 'Read more',
  backToSection: 'Back to the section',
  shareCard: 'Share card',
  leaflet: 'Printable leaflet (PDF)',
  handout: 'This page, printable (PDF)',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no such page. It may have moved.',
  home: 'Home',
  recommendations: 'Recommendations',
  footnotes: 'Footnotes',
  footnoteBack: 'Jump back to footnote {number} in the text',
  annotation: 'Annotation',
  embedded: 'Embedded content'
}

/** The interface words for a BCP 47 language tag: Russian for `ru*`, English otherwise. */
export function uiStrings(language: string): UiStrings {
  return language.toLowerCase().startsWith('ru') ? ru : en
}
