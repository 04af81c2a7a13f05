import { ConfirmPage } from './confirm-page.js'

/** The confirmation before the draft is deleted from this browser. */
export function ClearDraftPage({ saved, onClear }: { saved: boolean; onClear: () => void }) {
  return (
    <ConfirmPage
      ready={saved}
      question="Are you sure you want to delete your answers?"
      nothing="There is no draft to delete"
      confirm={{ id: 'confirm-clear-draft', label: 'Yes, delete my answers', onClick: onClear }}
      keep={{ route: { name: 'tasks' }, label: 'No, keep my answers' }}
      back={{ route: { name: 'tasks' }, label: 'Go to the task list' }}
    >
      Your answers will be deleted from this browser. You cannot get them back unless you saved them
      as a file.
    </ConfirmPage>
  )
}
