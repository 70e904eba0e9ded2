/** sr-Cyrl: strings of the Atom feeds; keys as en/feeds.ts (sr-Latn is transliterated from this file). Draft awaiting review by a native speaker. */
export const feeds = {
  region: 'Све јурисдикције',
  title: '{{roadmap}}: {{scope}}',
  subtitle: 'Промене статуса, померени рокови и нове вредности у сваком издању: {{roadmap}}.',
  illustrative: 'Илустративни подаци: није их доставила ниједна јурисдикција.',
  footnote: '{{name}}: {{footnote}}',
  added: {
    title: '{{place}}: {{title}}: уврштено ({{status}})',
    summary: 'Обавеза {{commitment}} уврштена је у мапу пута у периоду {{period}} са статусом {{status}}.',
  },
  status: {
    title: '{{place}}: {{title}}: сада {{status}}',
    summary: 'Обавеза {{commitment}}: статус на крају периода {{period}} је {{status}} (био је {{from}}).',
  },
  deadline: {
    title: '{{place}}: {{title}}: рок померен',
    summary: 'Обавеза {{commitment}}: рок померен са {{from}} на {{to}}, договорено у периоду {{period}}. Разлог: {{reason}}.',
  },
  value: {
    title: '{{place}}: {{title}}, {{year}}',
    summary: 'Нова вредност за {{year}}: {{value}} {{unit}}.',
    qualified: 'Нова вредност за {{year}}: {{value}} {{unit}} ({{quality}}).',
  },
  quality: {
    estimated: 'процена',
    provisional: 'привремено',
    missing: 'недостаје',
  },
} as const;
