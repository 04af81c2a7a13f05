import './app/zod-config.js'
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css'
import './styles.css'
import { render } from 'preact'
import { App } from './app/app.js'

const root = document.getElementById('app')
if (root) render(<App />, root)
