/** mk: strings of "New since your last visit" and the commitments filters; keys as en/changes.ts. Draft awaiting review by a native speaker. */
export const changes = {
  "newSince": {
    "title": "Ново од вашата последна посета",
    "intro_one": "{{count}} промена од изданието што последно го видовте ({{seen}}):",
    "intro_other": "{{count}} промени од изданието што последно го видовте ({{seen}}):",
    "none": "Тука ништо не се променило од изданието што последно го видовте ({{seen}}).",
    "dismiss": "Затвори: означи како видено",
    "more_one": "и уште {{count}}",
    "more_other": "и уште {{count}}",
    "status": "{{title}}: сега {{status}}",
    "added": "{{title}}: додадена ({{status}})",
    "deadline": "{{title}}: рокот е поместен на {{date}}",
    "value": "{{title}}: вредност за {{year}}",
    "newMark": "Ново"
  },
  "screen": {
    "movedHeadline": "Поместени рокови во {{period}}",
    "movedColumn": "Поместен рок",
    "movedTimes_one": "Поместен {{count}} пат (беше {{original}})",
    "movedTimes_other": "Поместен {{count}} пати (беше {{original}})",
    "movedOnly": "Само обврски со поместен рок",
    "invalidMoved": "„{{value}}“ не е дозволена вредност (само 1); се прикажуваат сите обврски.",
    "ref": "Референца на рамка",
    "allRefs": "Сите референци",
    "invalidRef": "„{{value}}“ не е референца на овој патоказ; се прикажуваат сите обврски.",
    "refShowing": "Само обврски означени со {{label}}: {{name}}."
  }
} as const;
