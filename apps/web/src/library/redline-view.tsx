import type { Change } from '@betterforus/generator'

function Run({ change }: { change: Change }) {
  if (change.kind === 'insert') return <ins class="app-ins">{change.text}</ins>
  if (change.kind === 'delete') return <del class="app-del">{change.text}</del>
  return <>{change.text}</>
}

/**
 * A word-level redline: the runs `redlineLibrary` made (the `diff` command's comparison), inserted
 * text underlined, deleted text struck through, each also named for screen readers by `ins`/`del`.
 */
export function RedlineView({ paragraphs }: { paragraphs: Change[][] }) {
  return (
    <div class="app-redline">
      {paragraphs.map((runs, index) => (
        <p class="govuk-body app-redline__paragraph" key={index}>
          {runs.map((change, at) => (
            <Run change={change} key={at} />
          ))}
        </p>
      ))}
    </div>
  )
}
