/** mk: strings of the Atom feeds; keys as en/feeds.ts. Draft awaiting review by a native speaker. */
export const feeds = {
  "region": "Сите јурисдикции",
  "title": "{{roadmap}}: {{scope}}",
  "subtitle": "Промени на статусот, поместени рокови и нови вредности во секое издание: {{roadmap}}.",
  "illustrative": "Илустративни податоци: не ги известила ниту една јурисдикција.",
  "footnote": "{{name}}: {{footnote}}",
  "added": {
    "title": "{{place}}: {{title}}: додадена ({{status}})",
    "summary": "Обврската {{commitment}} е додадена во патоказот во {{period}} со статус {{status}}."
  },
  "status": {
    "title": "{{place}}: {{title}}: сега {{status}}",
    "summary": "Обврска {{commitment}}: статусот на крајот на {{period}} е {{status}} (беше {{from}})."
  },
  "deadline": {
    "title": "{{place}}: {{title}}: рокот е поместен",
    "summary": "Обврска {{commitment}}: рокот е поместен од {{from}} на {{to}}, договорено во {{period}}. Причина: {{reason}}."
  },
  "value": {
    "title": "{{place}}: {{title}}, {{year}}",
    "summary": "Нова вредност за {{year}}: {{value}} {{unit}}.",
    "qualified": "Нова вредност за {{year}}: {{value}} {{unit}} ({{quality}})."
  },
  "quality": {
    "estimated": "проценета",
    "provisional": "привремена",
    "missing": "недостасува"
  }
} as const;
