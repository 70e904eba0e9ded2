/** cnr: strings of the Atom feeds; keys as en/feeds.ts. Draft awaiting review by a native speaker. */
export const feeds = {
  region: 'Sve jurisdikcije',
  title: '{{roadmap}}: {{scope}}',
  subtitle: 'Promjene statusa, pomjereni rokovi i nove vrijednosti u svakom izdanju: {{roadmap}}.',
  illustrative: 'Ilustrativni podaci: nije ih dostavila nijedna jurisdikcija.',
  footnote: '{{name}}: {{footnote}}',
  added: {
    title: '{{place}}: {{title}}: uvršteno ({{status}})',
    summary: 'Obaveza {{commitment}} uvrštena je u mapu puta u periodu {{period}} sa statusom {{status}}.',
  },
  status: {
    title: '{{place}}: {{title}}: sada {{status}}',
    summary: 'Obaveza {{commitment}}: status na kraju perioda {{period}} je {{status}} (bio je {{from}}).',
  },
  deadline: {
    title: '{{place}}: {{title}}: rok pomjeren',
    summary: 'Obaveza {{commitment}}: rok pomjeren sa {{from}} na {{to}}, dogovoreno u periodu {{period}}. Razlog: {{reason}}.',
  },
  value: {
    title: '{{place}}: {{title}}, {{year}}',
    summary: 'Nova vrijednost za {{year}}: {{value}} {{unit}}.',
    qualified: 'Nova vrijednost za {{year}}: {{value}} {{unit}} ({{quality}}).',
  },
  quality: {
    estimated: 'procjena',
    provisional: 'privremeno',
    missing: 'nedostaje',
  },
} as const;
