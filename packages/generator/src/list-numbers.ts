/** `(a)`, `(b)`, … `(z)`, `(aa)`: the letter of a lettered item, counted from 1. */
export function letterNumber(index: number): string {
  const letter = String.fromCharCode(97 + ((index - 1) % 26))
  return `(${letter.repeat(Math.floor((index - 1) / 26) + 1)})`
}

const romans: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
]

/** `(i)`, `(ii)`, `(iv)`: the roman numeral of an item, counted from 1. */
export function romanNumber(index: number): string {
  let rest = index
  let out = ''
  for (const [value, numeral] of romans) {
    while (rest >= value) {
      out += numeral
      rest -= value
    }
  }
  return `(${out})`
}
