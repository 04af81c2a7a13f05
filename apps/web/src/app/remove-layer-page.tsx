import { ConfirmPage } from './confirm-page.js'

/** The confirmation before the council layer is removed from this browser. */
export function RemoveLayerPage({ loaded, onRemove }: { loaded: boolean; onRemove: () => void }) {
  return (
    <ConfirmPage
      ready={loaded}
      question="Are you sure you want to remove the council layer?"
      nothing="There is no council layer to remove"
      confirm={{
        id: 'confirm-remove-layer',
        label: 'Yes, remove the council layer',
        onClick: onRemove,
      }}
      keep={{ route: { name: 'layer' }, label: 'No, keep the council layer' }}
      back={{ route: { name: 'layer' }, label: 'Go to the council layer page' }}
    >
      The layer will be deleted from this browser. The pack will be made from the clause library
      alone, without your council’s house style, clauses and default answers, until you load the
      layer again. Your answers stay as they are.
    </ConfirmPage>
  )
}
