import { describe, it, expect } from 'vitest';
import type { Intent } from '../../../lib/records';
import { analyze } from '../../../lib/sentiment/index';

const cases: Record<Intent, Array<[string, string]>> = {
  question: [
    ['en', 'What time does the store open'],
    ['es', '¿A qué hora abren?'],
    ['ru', 'Когда будет следующий выпуск'],
    ['ar', 'متى يبدأ العرض؟'],
    ['de', 'Warum ist das so teuer'],
  ],
  complaint: [
    ['en', "My order never arrived and the app doesn't work"],
    ['es', 'No funciona y nadie responde, quiero un reembolso'],
    ['de', 'Funktioniert nicht, total enttäuscht'],
    ['ru', 'Приложение не работает уже неделю'],
    ['fr', 'Toujours pas reçu ma commande, service client nul'],
  ],
  praise: [
    ['en', 'Amazing work, thank you so much'],
    ['pt', 'Parabéns, ficou lindo demais'],
    ['it', 'Bellissimo, complimenti!'],
    ['nl', 'Geweldig gedaan, echt prachtig'],
    ['ru', 'Молодцы, спасибо за отличный сервис'],
  ],
  purchase_intent: [
    ['en', 'Where can I buy this? link?'],
    ['es', 'Cuánto cuesta el envío a México'],
    ['ru', 'Сколько стоит и где купить?'],
    ['pt', 'Quanto custa? quero comprar'],
    ['hi', 'ye kitne ka hai aur kaha milega'],
  ],
  spam: [
    ['en', 'Check my profile for free followers!!'],
    ['es', 'Sígueme y gana dinero rápido'],
    ['ru', 'Подпишись на мой канал, розыгрыш каждый день'],
    ['en', 'Earn $500 a day with crypto, DM me'],
    ['en', '🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥'],
  ],
  toxic: [
    ['en', 'shut up you idiot'],
    ['es', 'eres un idiota, cállate'],
    ['de', 'Halt die Fresse, du Vollidiot'],
    ['ru', 'ты тупой идиот'],
    ['fr', 'ta gueule connard'],
  ],
};

describe('intents', () => {
  for (const [intent, examples] of Object.entries(cases) as Array<[Intent, Array<[string, string]>]>) {
    for (const [lang, text] of examples) {
      it(`${intent} (${lang}): ${text}`, () => {
        expect(analyze(text, { lang }).intents).toContain(intent);
      });
    }
  }

  it('plain statements carry no spam/toxic/purchase tags', () => {
    const r = analyze('We went to the beach with the kids yesterday', { lang: 'en' });
    for (const i of ['spam', 'toxic', 'purchase_intent', 'question'] as Intent[]) expect(r.intents).not.toContain(i);
  });

  it('explains intents in reasons', () => {
    const r = analyze('Where can I buy this?', { lang: 'en' });
    expect(r.reasons.some((s) => s.includes('purchase'))).toBe(true);
  });
});
