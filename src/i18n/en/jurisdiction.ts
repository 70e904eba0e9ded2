/** English strings of the jurisdiction screen. */
export const jurisdiction = {
  title: '{{name}}',
  completion: 'Completed share',
  commitments: 'Commitments',
  overdue: 'Overdue',
  institutions: 'Responsible institutions',
  notFound: 'There is no jurisdiction with the code “{{code}}”.',
} as const;
