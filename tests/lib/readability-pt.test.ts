import { describe, expect, it } from 'vitest';
import { countPortuguese, fleschMartins, portugueseSyllables } from '../../src/lib/readability-pt.ts';

describe('Portuguese readability', () => {
  it('counts syllables as the hyphenation patterns divide them, nasal diphthongs as one', () => {
    const words = { pedido: 3, detenção: 3, imigração: 4, cidade: 3, custódia: 3, saúde: 3, país: 2, polícia: 3 };
    expect(Object.fromEntries(Object.keys(words).map((word) => [word, portugueseSyllables(word)]))).toEqual(words);
  });

  it('counts sentences, words and syllables, a number by its digits', () => {
    expect(countPortuguese(['A cidade diz que recebeu 57 pedidos.', 'É um número.'])).toEqual({ sentences: 2, words: 10, syllables: 1 + 3 + 1 + 1 + 3 + 4 + 3 + 1 + 1 + 3 });
  });

  it('scores short, plain sentences as easy and long, learned ones as very difficult', () => {
    expect(fleschMartins(countPortuguese(['É um número.', 'A polícia deu o número.']))).toBeGreaterThan(75);
    expect(fleschMartins(countPortuguese(['A administração municipal proporcionou informações estatísticas extraordinariamente pormenorizadas sobre procedimentos jurisdicionais.']))).toBeLessThan(25);
  });
});
