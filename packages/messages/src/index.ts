export {catalogues, en, ru, messageKeys, isMessageKey, type CatalogueLanguage, type MessageKey, type Messages} from './catalogue.js'
export {admonitionTitle, catalogueLanguage, fill, formatList, messagesFor, placeholders, type MessageOverrides} from './messages-for.js'
