// Readable key names after pymdownx.keys' US key map (its names become the `key-NAME` class):
// the common keys, arrows, navigation, modifiers, function keys, the numeric keypad, punctuation.
const names: Record<string, string> = {
  space: 'Space', backslash: '\\', bar: '|', 'brace-left': '{', 'brace-right': '}', 'bracket-left': '[', 'bracket-right': ']',
  colon: ':', comma: ',', 'double-quote': '"', equal: '=', exclam: '!', grave: '`', greater: '>', less: '<', minus: '-',
  period: '.', plus: '+', question: '?', section: '§', semicolon: ';', 'single-quote': "'", slash: '/', tilde: '~', underscore: '_',
  'arrow-up': 'Up', 'arrow-down': 'Down', 'arrow-left': 'Left', 'arrow-right': 'Right', 'page-up': 'Page Up', 'page-down': 'Page Down',
  home: 'Home', end: 'End', backspace: 'Backspace', delete: 'Del', insert: 'Ins', tab: 'Tab',
  break: 'Break', 'caps-lock': 'Caps Lock', clear: 'Clear', escape: 'Esc', help: 'Help', 'print-screen': 'Print Screen',
  'scroll-lock': 'Scroll Lock', enter: 'Enter', eject: 'Eject',
  'num-asterisk': 'Num *', 'num-clear': 'Num Clear', 'num-delete': 'Num Del', 'num-equal': 'Num =', 'num-lock': 'Num Lock',
  'num-minus': 'Num -', 'num-plus': 'Num +', 'num-separator': 'Num ,', 'num-slash': 'Num /', 'num-enter': 'Num Enter',
  alt: 'Alt', command: 'Cmd', control: 'Ctrl', function: 'Fn', 'left-alt': 'Left Alt', 'left-control': 'Left Ctrl',
  'left-shift': 'Left Shift', 'left-windows': 'Left Win', meta: 'Meta', option: 'Option', 'right-alt': 'Right Alt',
  'right-control': 'Right Ctrl', 'right-shift': 'Right Shift', 'right-windows': 'Right Win', shift: 'Shift', windows: 'Win',
  backtab: 'Back Tab', 'context-menu': 'Context Menu', copy: 'Copy', print: 'Print', 'volume-down': 'Volume Down',
  'volume-mute': 'Mute', 'volume-up': 'Volume Up', 'left-button': 'Left Button', 'middle-button': 'Middle Button', 'right-button': 'Right Button'
}
for (let digit = 0; digit <= 9; digit++) {
  names[String(digit)] = String(digit)
  names[`num${digit}`] = `Num ${digit}`
}
for (let letter = 97; letter <= 122; letter++) names[String.fromCharCode(letter)] = String.fromCharCode(letter - 32)
for (let f = 1; f <= 24; f++) names[`f${f}`] = `F${f}`

// Other spellings of the same keys.
const aliases: Record<string, string> = {
  ctrl: 'control', cmd: 'command', opt: 'option', fn: 'function', win: 'windows', esc: 'escape', return: 'enter', del: 'delete',
  ins: 'insert', bksp: 'backspace', back: 'backspace', up: 'arrow-up', down: 'arrow-down', left: 'arrow-left', right: 'arrow-right',
  dn: 'arrow-down', pgup: 'page-up', pgdn: 'page-down', 'page-dn': 'page-down', prior: 'page-up', next: 'page-down',
  spc: 'space', tabulator: 'tab', menu: 'alt', apps: 'context-menu', capital: 'caps-lock', cplk: 'caps-lock',
  printscreen: 'print-screen', prtsc: 'print-screen', scroll: 'scroll-lock', numlock: 'num-lock', numlk: 'num-lock',
  lctrl: 'left-control', rctrl: 'right-control', 'left-ctrl': 'left-control', 'right-ctrl': 'right-control', lalt: 'left-alt',
  ralt: 'right-alt', lshift: 'left-shift', rshift: 'right-shift', lwin: 'left-windows', rwin: 'right-windows',
  'left-win': 'left-windows', 'right-win': 'right-windows', hyphen: 'minus', lt: 'less', gt: 'greater', 'less-than': 'less',
  'greater-than': 'greater', 'question-mark': 'question', exclamation: 'exclam', dblquote: 'double-quote', 'grave-accent': 'grave',
  'open-bracket': 'bracket-left', 'close-bracket': 'bracket-right', 'open-brace': 'brace-left', 'close-brace': 'brace-right',
  mute: 'volume-mute', 'vol-up': 'volume-up', 'vol-down': 'volume-down', 'vol-mute': 'volume-mute'
}

/**
 * The key map's name and label for a key as written (`ctrl` → `control`, `Ctrl`), matched without
 * regard to case; a key it does not know is title-cased (`foo-bar` → `Foo Bar`) with no name.
 */
export function keyLabel(written: string): {name: string | null; label: string} {
  const lower = written.toLowerCase()
  const name = Object.hasOwn(aliases, lower) ? (aliases[lower] as string) : lower
  if (Object.hasOwn(names, name)) return {name, label: names[name] as string}
  const label = written
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
  return {name: null, label: label || written}
}
