/** Albanian (sq) strings of the overview screen; keys as en/overview.ts. Draft awaiting review by a native speaker. */
export const overview = {
  title: 'Përmbledhje rajonale',
  intro: 'Progresi i gjashtë juridiksioneve në zbatimin e zotimeve të udhërrëfyesit në fund të {{period}}.',
  headline: {
    label: 'Shifrat kryesore në fund të {{period}}',
    completed: 'Përfunduar',
    overdue: 'Me afat të kaluar',
    dueNext: 'Me afat në gjashtë muajt e ardhshëm',
    dueNextDetail: 'të hapura, me afat në {{period}}',
    total: 'Zotime',
  },
} as const;
