/**
 * Starter library: a few everyday replies in English with Spanish, Russian and
 * Dutch variants. Every body fits TikTok's 150 characters once rendered with a
 * typical first name (checked by tests/unit/templates/starter.test.ts).
 */
import type { Template, TemplateVariant } from './model';

interface StarterSpec {
  key: string;
  title: string;
  abbreviation: string;
  tags: string[];
  brandOnly?: boolean;
  en: string;
  es: string;
  ru: string;
  nl: string;
}

const SPECS: readonly StarterSpec[] = [
  {
    key: 'thanks',
    title: 'Thanks for the kind words',
    abbreviation: ';thx',
    tags: ['thanks', 'positive'],
    en: 'Thanks so much, {first_name|friend}! 💛 Comments like yours make our day.',
    es: '¡Mil gracias, {first_name|de verdad}! 💛 Comentarios como el tuyo nos alegran el día.',
    ru: 'Спасибо большое, {first_name|что вы с нами}! 💛 Нам очень приятно читать такие отзывы.',
    nl: 'Heel erg bedankt, {first_name|echt waar}! 💛 Van zo’n reactie worden we heel blij.',
  },
  {
    key: 'shipping',
    title: 'Shipping question',
    abbreviation: ';ship',
    tags: ['shipping', 'faq'],
    en: 'Hi {first_name|there}! Orders usually ship within 1–2 business days, with a tracking link by email. Any issue? DM us your order number 📦',
    es: '¡Hola, {first_name|gracias por escribir}! Enviamos en 1–2 días hábiles y recibirás el seguimiento por email. ¿Algún problema? Escríbenos por DM 📦',
    ru: 'Здравствуйте, {first_name|спасибо за вопрос}! Отправляем заказы за 1–2 рабочих дня, трек-номер придёт на почту. Если что-то не так, напишите нам в ЛС 📦',
    nl: 'Hoi {first_name|en bedankt voor je vraag}! We verzenden binnen 1–2 werkdagen en je krijgt een track-and-tracelink per mail. Problemen? Stuur ons een DM 📦',
  },
  {
    key: 'dm',
    title: 'Complaint: sorry, let’s continue in DMs',
    abbreviation: ';dm',
    tags: ['complaint', 'support'],
    en: 'We’re really sorry about this, {first_name|and thanks for telling us}. We’d like to make it right: could you DM us your order number? 🙏',
    es: 'Sentimos mucho lo ocurrido, {first_name|y gracias por contárnoslo}. Queremos solucionarlo: ¿nos escribes por DM con tu número de pedido? 🙏',
    ru: 'Нам очень жаль, что так вышло, {first_name|и спасибо, что написали}. Хотим всё исправить: пришлите, пожалуйста, номер заказа в ЛС 🙏',
    nl: 'Wat vervelend dat dit is gebeurd, {first_name|en bedankt dat je het meldt}. We lossen het graag op: stuur je ons een DM met je bestelnummer? 🙏',
  },
  {
    key: 'spam',
    title: 'Spam / scam warning (moderation)',
    abbreviation: ';spam',
    tags: ['moderation', 'spam'],
    en: 'Heads-up: we remove spam, scams and fake giveaway links here. We will never ask for your password or a payment in the comments. 🛡️',
    es: 'Aviso: aquí eliminamos spam, estafas y enlaces a sorteos falsos. Nunca te pediremos contraseñas ni pagos en los comentarios. 🛡️',
    ru: 'Внимание: мы удаляем спам, мошеннические сообщения и ссылки на фейковые розыгрыши. Мы никогда не просим пароли или оплату в комментариях. 🛡️',
    nl: 'Let op: we verwijderen spam, oplichting en links naar nep-winacties. We vragen in de reacties nooit om je wachtwoord of een betaling. 🛡️',
  },
  {
    key: 'crisis',
    title: 'Crisis holding statement',
    abbreviation: ';crisis',
    tags: ['crisis', 'statement'],
    brandOnly: true,
    en: 'We’re aware of the issue and are looking into it urgently. We’ll share an update here as soon as we know more. Thank you for your patience.',
    es: 'Estamos al tanto de la incidencia y la estamos investigando con urgencia. Daremos novedades aquí en cuanto sepamos más. Gracias por la paciencia.',
    ru: 'Мы знаем о проблеме и уже срочно разбираемся. Как только появится новая информация, сообщим здесь. Спасибо за терпение.',
    nl: 'We zijn op de hoogte van het probleem en zoeken het met spoed uit. Zodra we meer weten, delen we hier een update. Bedankt voor je geduld.',
  },
];

export const STARTER_TEMPLATE_IDS: readonly string[] = SPECS.map((s) => `starter-${s.key}`);

/** Fresh copies of the starter templates (stable ids `starter-<key>`). */
export function createStarterTemplates(now: number): Template[] {
  return SPECS.map((s) => {
    const id = `starter-${s.key}`;
    const variants: TemplateVariant[] = (['es', 'ru', 'nl'] as const).map((lang) => ({
      id: `${id}-${lang}`,
      platforms: [],
      language: lang,
      body: s[lang],
    }));
    return {
      id,
      title: s.title,
      body: s.en,
      tags: [...s.tags],
      platforms: [],
      language: 'en',
      abbreviation: s.abbreviation,
      brandOnly: s.brandOnly ?? false,
      usageCount: 0,
      createdAt: now,
      updatedAt: now,
      variants,
    };
  });
}
