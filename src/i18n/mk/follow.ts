/** Macedonian (mk) strings of the Follow control and "New since your last visit"; keys as en/follow.ts. Draft awaiting review by a native speaker. */
export const follow = {
  "button": "Следи",
  "title": "Следете ги промените: {{name}}",
  "intro": "Овој канал ги наведува промените на статусот, поместените рокови и новите вредности во секое издание. Не е потребна сметка.",
  "address": "Адреса на каналот",
  "copy": "Копирај ја адресата",
  "copied": "Адресата е копирана.",
  "copyFailed": "Копирањето не успеа; означете ја адресата и копирајте ја.",
  "open": "Отвори го каналот",
  "englishOnly": "Овој канал е на англиски: објавените податоци не се преведени на овој јазик.",
  "howTitle": "Како да го додадете во вашата програма за е-пошта",
  "how": {
    "thunderbird": "Thunderbird: „Account Settings“, „Account Actions“, „New Feed Account“; потоа „Manage Subscriptions“ и залепете ја адресата (имињата на менијата се како во англиската верзија).",
    "outlook": "Outlook за Windows: кликнете со десното копче на „RSS Subscriptions“ (или „RSS Feeds“), изберете „Add a New RSS Feed“ и залепете ја адресата.",
    "other": "Кој било друг читач на канали: додајте нов канал или нова претплата и залепете ја адресата."
  },
  "close": "Затвори",
  "region": "сите јурисдикции"
} as const;
