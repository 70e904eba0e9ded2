import { describe, expect, it } from 'vitest';
import { transliterate, transliterateCatalogue } from '../../../src/i18n/transliterate';

describe('transliterate (Serbian Cyrillic to Latin)', () => {
  it('maps the letters one to one, with Љ Њ Џ as two letters', () => {
    expect(transliterate('Љубљана')).toBe('Ljubljana');
    expect(transliterate('ЉУБЉАНА')).toBe('LJUBLJANA');
    expect(transliterate('Његош')).toBe('Njegoš');
    expect(transliterate('Џеп и џемпер')).toBe('Džep i džemper');
    expect(transliterate('ЏЕП')).toBe('DŽEP');
    expect(transliterate('Ђорђе Ћурчић, Жабљак, Чачак, Шабац, Јагодина, Хоргош, Цетиње')).toBe(
      'Đorđe Ćurčić, Žabljak, Čačak, Šabac, Jagodina, Horgoš, Cetinje',
    );
    expect(transliterate('абвгдђежзијклљмнњопрстћуфхцчџш')).toBe('abvgdđežzijklljmnnjoprstćufhcčdžš');
    expect(transliterate('АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ')).toBe('ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ');
  });

  it('takes the case of the word for a lone capital digraph at its end', () => {
    expect(transliterate('Љ')).toBe('Lj');
    expect(transliterate('КОЊ')).toBe('KONJ');
    expect(transliterate('Коњ')).toBe('Konj');
  });

  it('keeps placeholders, ASCII and other characters', () => {
    expect(transliterate('{{name}}: {{count}} обавеза (Roadmap Monitor, FATF) — 100%')).toBe(
      '{{name}}: {{count}} obaveza (Roadmap Monitor, FATF) — 100%',
    );
    expect(transliterate('Ознака „{{value}}“ – Косово*')).toBe('Oznaka „{{value}}“ – Kosovo*');
  });

  it('maps every string of a nested catalogue and keeps its keys', () => {
    const catalogue = { title: 'Преглед', nested: { count_one: '{{count}} обавеза', count_few: '{{count}} обавезе' } } as const;
    expect(transliterateCatalogue(catalogue)).toEqual({ title: 'Pregled', nested: { count_one: '{{count}} obaveza', count_few: '{{count}} obaveze' } });
    expect(catalogue.title).toBe('Преглед');
  });
});
