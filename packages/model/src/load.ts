// The parsing side's entry point: everything here loads remark-parse and the dialect.
export {loadSite, type LoadSiteOptions} from './load-site.js'
export {parsePages} from './parse-pages.js'
