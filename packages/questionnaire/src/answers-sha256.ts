import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Answers } from './answers.js'
import { canonicalAnswers } from './canonical-answers.js'

/**
 * Hash answers: SHA-256 of their canonical JSON (RFC 8785), for provenance.
 *
 * @param answers
 *   Answers, as returned by `parseAnswers` (so text is already NFC).
 * @returns
 *   64 lowercase hex digits.
 * @example
 *   answersSha256({}) //=> '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
 */
export function answersSha256(answers: Answers): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalAnswers(answers))))
}
