import { catalog } from '@betterforus/clauses'

/** The two copies of a pack. */
export const copies = ['drafter', 'issue'] as const
export type Copy = (typeof copies)[number]

/** The documents of a copy: the drafting memo holds every note, so the issue copy has none. */
export const documentsOf = (copy: Copy): string[] =>
  catalog.pack.documents.filter(
    (id) =>
      copy === 'drafter' ||
      catalog.documents.find((document) => document.meta.id === id)?.meta.kind !== 'memo',
  )
