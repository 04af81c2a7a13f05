/**
 * Which paragraphs are right-to-left (bad-inputs F16): those whose letters are all of a
 * right-to-left script, such as an answer in Arabic. A mixed paragraph stays left-to-right.
 */

// Note: letters of the right-to-left scripts, and letters of the common left-to-right ones.
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const LTR_LETTER =
  /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])\p{L}/u

/** True when the text has right-to-left letters and no left-to-right ones (bad-inputs F16). */
export function isRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text) && !LTR_LETTER.test(text)
}
