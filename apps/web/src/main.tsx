import './app/zod-config.js'
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css'
import './styles.css'
import { render } from 'preact'
import { Boot } from './app/boot.js'
import { registerServiceWorker } from './register-service-worker.js'

const root = document.getElementById('app')
if (root) render(<Boot />, root)
registerServiceWorker()
