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
  // Printed leaflets and handouts (@samizdat/render-pdf). `{name}`, `{url}`, `{list}` are filled in.
  /** Over a leaflet's QR codes. */
  pdfScanPrompt: string
  /** Caption of the QR code to the recommendation's page in the guide. */
  pdfInGuide: string
  /** Heading of a leaflet's back: `{name}`. */
  pdfMoreAbout: string
  /** Beside the QR code that ends a leaflet whose details did not fit. */
  pdfContinued: string
  /** Beside the QR code on a leaflet's back when the card has no details. */
  pdfMoreInGuide: string
  /** Heading of the printed addresses that get no QR code. */
  pdfLinks: string
  /** Before a handout's own address. */
  pdfOnline: string
  /** Under a card whose instruction pages are not written yet: `{list}`. */
  pdfComingSoon: string
  /** Alt text of a QR code: `{url}`. */
  pdfQrCode: string
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
  embedded: 'Встроенное содержимое',
  pdfScanPrompt: 'Откройте камерой телефона:',
  pdfInGuide: 'В нашем гиде',
  pdfMoreAbout: 'Подробнее: {name}',
  pdfContinued: 'Продолжение — в гиде:',
  pdfMoreInGuide: 'Инструкции и новости — в гиде:',
  pdfLinks: 'Ссылки',
  pdfOnline: 'Онлайн:',
  pdfComingSoon: 'Скоро в гиде: {list}.',
  pdfQrCode: 'QR-код: {url}'
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
  embedded: 'Embedded content',
  pdfScanPrompt: 'Scan with your phone camera:',
  pdfInGuide: 'In our guide',
  pdfMoreAbout: 'More about {name}',
  pdfContinued: 'Continued in the guide:',
  pdfMoreInGuide: 'How-tos and news in the guide:',
  pdfLinks: 'Links',
  pdfOnline: 'Online:',
  pdfComingSoon: 'Coming soon to the guide: {list}.',
  pdfQrCode: 'QR code: {url}'
}

/** The interface words for a BCP 47 language tag: Russian for `ru*`, English otherwise. */
export function uiStrings(language: string): UiStrings {
  return language.toLowerCase().startsWith('ru') ? ru : en
}
