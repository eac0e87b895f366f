// The kit for forms and mutations: `Form` (state, sending, problems in the page's language) and
// `provideForms` (each app's setup, once, in its root layout). `ProblemAlert.svelte` shows a problem.
export { Form, provideForms, type FormOptions, type FormsSetup } from './form.svelte.js';
export type { FormProblem } from './problem';
