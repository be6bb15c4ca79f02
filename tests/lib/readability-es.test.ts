import { describe, expect, it } from 'vitest';
import { countSpanish, inflesz, spanishSyllables, szigrisztPazos } from '../../src/lib/readability-es.ts';

describe('Spanish readability', () => {
  it('counts syllables as a dictionary divides them, hiatus included', () => {
    const words = { policía: 4, solicitudes: 5, detención: 3, ciudad: 2, río: 2, aéreo: 4, leer: 2, custodia: 3, hoy: 1, fianza: 2 };
    expect(Object.fromEntries(Object.keys(words).map((word) => [word, spanishSyllables(word)]))).toEqual(words);
  });

  it('counts sentences, words and syllables, a number by its digits', () => {
    expect(countSpanish(['La policía dice que recibió 57 solicitudes.', 'Es una cifra.'])).toEqual({ sentences: 2, words: 10, syllables: 1 + 4 + 2 + 1 + 3 + 4 + 5 + 1 + 2 + 2 });
  });

  it('scores short, plain sentences as easier than long, learned ones, on the INFLESZ scale', () => {
    const plain = szigrisztPazos(countSpanish(['Es una cifra.', 'La dio la policía.']));
    const learned = szigrisztPazos(countSpanish(['La administración municipal proporcionó información estadística extraordinariamente pormenorizada sobre procedimientos jurisdiccionales.']));
    expect(inflesz(plain)).toMatch(/fácil/);
    expect(inflesz(learned)).toBe('muy difícil');
  });
});
