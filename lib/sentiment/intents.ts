/**
 * Rule-based intent tags. Each intent has a phrase table per language; a text is checked against
 * its own language's table and the English one (comments mix English in everywhere).
 * Patterns are matched on lowercased, cleaned text between letter boundaries; a trailing `*`
 * in a phrase allows any word ending (stems for inflected languages).
 */
import type { Intent, SentimentLabel } from '../records';

type Table = Partial<Record<string, string[]>>;

const QUESTION_WORDS: Table = {
  en: [
    'what',
    'why',
    'how',
    'when',
    'where',
    'who',
    'which',
    'can you',
    'could you',
    'do you',
    'does it',
    'is it',
    'are you',
    'is there',
    'anyone know',
  ],
  es: ['qué', 'por qué', 'cómo', 'cuándo', 'dónde', 'quién', 'cuál', 'cuánto*', 'alguien sabe'],
  pt: ['o que', 'por que', 'por quê', 'como', 'quando', 'onde', 'quem', 'qual', 'quanto*', 'alguém sabe'],
  de: ['was', 'warum', 'wie', 'wann', 'wo', 'wer', 'welche*', 'wieso', 'weshalb', 'weiß jemand', 'kann man'],
  fr: ['quoi', 'pourquoi', 'comment', 'quand', 'où', 'qui', 'quel*', 'est-ce que', 'combien'],
  it: ['cosa', 'che cosa', 'perché', 'come', 'quando', 'dove', 'chi', 'quale', 'quant*'],
  nl: ['wat', 'waarom', 'hoe', 'wanneer', 'waar', 'wie', 'welke', 'weet iemand'],
  ru: ['что', 'почему', 'как', 'когда', 'где', 'кто', 'как*', 'сколько', 'зачем', 'куда', 'чем'],
  ar: ['ماذا', 'لماذا', 'ليش', 'كيف', 'متى', 'اين', 'وين', 'من هو', 'هل', 'كم', 'شو', 'ايش'],
  hi: ['kya', 'kyu', 'kyun', 'kyon', 'kaise', 'kab', 'kahan', 'kaha', 'kaun', 'kitna', 'kitne', 'kitni'],
};

const COMPLAINT: Table = {
  en: [
    "doesn't work",
    'does not work',
    'not working',
    'stopped working',
    'broken',
    'refund',
    'worst',
    'disappointed',
    'disappointing',
    'never arrived',
    'still waiting',
    'waste of money',
    'rip off',
    'ripoff',
    'customer service',
    'terrible service',
    'poor quality',
    'complain*',
    'unacceptable',
    'fix this',
    'fix it',
    'charged me',
    'cancel my',
  ],
  es: [
    'no funciona',
    'dejó de funcionar',
    'reembolso',
    'el peor',
    'la peor',
    'decepcionad*',
    'nunca llegó',
    'sigo esperando',
    'pésimo',
    'pésima',
    'estafa',
    'mala calidad',
    'atención al cliente',
    'queja*',
    'inaceptable',
  ],
  pt: [
    'não funciona',
    'nao funciona',
    'parou de funcionar',
    'reembolso',
    'o pior',
    'a pior',
    'decepcionad*',
    'nunca chegou',
    'ainda esperando',
    'péssimo',
    'péssima',
    'pessimo',
    'golpe',
    'má qualidade',
    'atendimento',
    'reclama*',
    'inaceitável',
  ],
  de: [
    'funktioniert nicht',
    'geht nicht',
    'kaputt',
    'rückerstattung',
    'geld zurück',
    'schlechteste*',
    'enttäuscht',
    'nie angekommen',
    'warte immer noch',
    'katastrophe',
    'betrug',
    'schlechte qualität',
    'kundenservice',
    'beschwerde',
    'unverschämt',
    'inakzeptabel',
  ],
  fr: [
    'ne marche pas',
    'marche pas',
    'fonctionne pas',
    'en panne',
    'remboursement',
    'rembourse*',
    'le pire',
    'la pire',
    'déçu*',
    'jamais reçu',
    'toujours pas reçu',
    "j'attends toujours",
    'arnaque',
    'service client',
    'nul',
    'inadmissible',
    'inacceptable',
    'plainte',
  ],
  it: [
    'non funziona',
    'smesso di funzionare',
    'rotto',
    'rimborso',
    'il peggior*',
    'la peggior*',
    'delus*',
    'mai arrivato',
    'ancora aspetto',
    'pessim*',
    'truffa',
    'servizio clienti',
    'vergogna',
    'inaccettabile',
    'reclamo',
  ],
  nl: [
    'werkt niet',
    'doet het niet',
    'kapot',
    'geld terug',
    'terugbetal*',
    'slechtste',
    'teleurgesteld',
    'nooit aangekomen',
    'wacht nog steeds',
    'oplichting',
    'klantenservice',
    'klacht*',
    'belachelijk',
    'onacceptabel',
  ],
  ru: [
    'не работает',
    'перестал* работать',
    'сломал*',
    'верните деньги',
    'возврат',
    'худш*',
    'разочарован*',
    'не пришл*',
    'до сих пор жду',
    'ужасн*',
    'обман',
    'развод',
    'поддержка',
    'жалоб*',
    'безобрази*',
    'отвратительн*',
  ],
  ar: [
    'لا يعمل',
    'ما يشتغل',
    'مايشتغل',
    'خربان',
    'استرجاع',
    'اسوا',
    'سيء',
    'سيئه',
    'خيبه',
    'ما وصل',
    'لم يصل',
    'نصب',
    'خدمه العملاء',
    'شكوى',
    'زفت',
  ],
  hi: [
    'kaam nahi',
    'kharab',
    'bekar',
    'bakwas',
    'refund',
    'paisa wapas',
    'worst',
    'ghatiya',
    'abhi tak nahi',
    'dhokha',
    'fraud',
    'complaint',
  ],
};

const PRAISE: Table = {
  en: [
    'love it',
    'love this',
    'love you',
    'amazing',
    'awesome',
    'great job',
    'well done',
    'the best',
    'thank you',
    'thanks',
    'beautiful',
    'fantastic',
    'excellent',
    'brilliant',
    'perfect',
    'so good',
    'incredible',
    'wonderful',
    'proud of',
    'congrat*',
    'bravo',
    'legend',
  ],
  es: [
    'me encanta*',
    'increíble',
    'genial',
    'gracias',
    'excelente',
    'hermos*',
    'precios*',
    'buen trabajo',
    'el mejor',
    'la mejor',
    'felicidades',
    'felicitaciones',
    'bravo',
    'perfect*',
    'maravillos*',
    'te amo',
    'lo máximo',
  ],
  pt: [
    'amei',
    'amo',
    'adoro',
    'incrível',
    'maravilhos*',
    'obrigad*',
    'excelente',
    'lind*',
    'perfeit*',
    'parabéns',
    'parabens',
    'o melhor',
    'a melhor',
    'sensacional',
    'top demais',
    'arrasou',
    'show de bola',
  ],
  de: [
    'liebe es',
    'toll',
    'super',
    'wunderbar',
    'großartig',
    'danke',
    'klasse',
    'perfekt',
    'genial',
    'der beste',
    'die beste',
    'das beste',
    'glückwunsch',
    'herzlichen glückwunsch',
    'gut gemacht',
    'wunderschön',
    'hammer',
    'geil',
  ],
  fr: [
    "j'adore",
    'adore',
    'génial',
    'magnifique',
    'merci',
    'excellent*',
    'parfait*',
    'bravo',
    'le meilleur',
    'la meilleure',
    'félicitations',
    'superbe',
    'trop bien',
    'incroyable',
    'magnifique',
    'chapeau',
  ],
  it: [
    'adoro',
    'lo amo',
    'bellissim*',
    'fantastic*',
    'grazie',
    'eccellente',
    'perfett*',
    'bravo',
    'brava',
    'bravi',
    'il migliore',
    'la migliore',
    'complimenti',
    'stupend*',
    'meraviglios*',
    'grande',
  ],
  nl: [
    'geweldig',
    'prachtig',
    'mooi',
    'fantastisch',
    'dank je',
    'bedankt',
    'dankjewel',
    'top',
    'perfect',
    'de beste',
    'gefeliciteerd',
    'goed gedaan',
    'super',
    'heerlijk',
    'schitterend',
    'trots op',
  ],
  ru: [
    'люблю',
    'обожаю',
    'класс*',
    'супер',
    'отличн*',
    'прекрасн*',
    'спасибо',
    'красив*',
    'молодец',
    'молодцы',
    'лучш*',
    'поздравля*',
    'браво',
    'великолепн*',
    'шикарн*',
    'круто',
    'восхитительн*',
  ],
  ar: [
    'احبك',
    'رائع',
    'رائعه',
    'جميل',
    'جميله',
    'شكرا',
    'ممتاز',
    'مبدع',
    'الافضل',
    'مبروك',
    'تسلم',
    'يعطيك العافيه',
    'ابداع',
    'روعه',
    'برافو',
  ],
  hi: [
    'bahut accha',
    'bahut acha',
    'badhiya',
    'shandar',
    'zabardast',
    'kamaal',
    'mast',
    'dhanyavad',
    'shukriya',
    'best',
    'awesome',
    'lajawab',
    'bohot badiya',
    'sundar',
  ],
};

const PURCHASE: Table = {
  en: [
    'where can i buy',
    'where to buy',
    'where do i buy',
    'how much',
    'price',
    'price?',
    'link?',
    'link pls',
    'link please',
    'want to buy',
    'wanna buy',
    'i need this',
    'i want this',
    'how can i order',
    'how to order',
    'do you ship',
    'shipping to',
    'in stock',
    'available in',
    'cost?',
    'buy it',
    'purchase',
  ],
  es: [
    'cuánto cuesta',
    'cuanto cuesta',
    'precio',
    'dónde lo compro',
    'donde lo compro',
    'dónde comprar',
    'donde comprar',
    'lo quiero',
    'lo necesito',
    'quiero comprar',
    'hacen envíos',
    'envío a',
    'link?',
    'cómo lo pido',
    'disponible en',
  ],
  pt: [
    'quanto custa',
    'quanto é',
    'preço',
    'preco',
    'onde compro',
    'onde comprar',
    'quero comprar',
    'eu quero',
    'preciso disso',
    'link?',
    'entrega em',
    'frete',
    'como faço pra comprar',
    'tem disponível',
    'vende',
  ],
  de: [
    'was kostet',
    'wie teuer',
    'preis',
    'wo kaufen',
    'wo kann man',
    'wo bekomme ich',
    'will ich haben',
    'brauche ich',
    'bestellen',
    'versand nach',
    'link?',
    'lieferbar',
    'kaufen',
  ],
  fr: [
    'combien ça coûte',
    'combien ca coute',
    'combien',
    'prix',
    'où acheter',
    'ou acheter',
    "où l'acheter",
    'je le veux',
    'je la veux',
    'je veux acheter',
    'commander',
    'livraison',
    'lien?',
    'dispo',
  ],
  it: [
    'quanto costa',
    'prezzo',
    'dove comprare',
    'dove si compra',
    'dove lo trovo',
    'lo voglio',
    'voglio comprarlo',
    'ordinare',
    'spedizione',
    'spedite',
    'link?',
    'disponibile',
  ],
  nl: [
    'wat kost',
    'hoeveel kost',
    'prijs',
    'waar te koop',
    'waar kan ik',
    'waar koop',
    'wil ik hebben',
    'bestellen',
    'verzenden naar',
    'link?',
    'te koop',
  ],
  ru: [
    'сколько стоит',
    'цена',
    'цену',
    'почём',
    'почем',
    'где купить',
    'где можно купить',
    'хочу купить',
    'хочу такой',
    'хочу такую',
    'как заказать',
    'заказать',
    'доставка',
    'ссылку',
    'в наличии',
  ],
  ar: [
    'بكم',
    'كم السعر',
    'كم سعر',
    'السعر',
    'سعره',
    'وين اشتري',
    'من وين',
    'ابي اطلب',
    'ابغى اطلب',
    'كيف اطلب',
    'طلب',
    'توصيل',
    'الرابط',
    'متوفر',
  ],
  hi: [
    'kitne ka',
    'kitne ki',
    'price kya',
    'kaha milega',
    'kahan milega',
    'kaha se le',
    'kharidna',
    'khareedna',
    'order kaise',
    'link do',
    'link bhejo',
    'chahiye',
  ],
};

const SPAM: Table = {
  en: [
    'check my profile',
    'check out my',
    'visit my',
    'follow me',
    'follow back',
    'follow for follow',
    'f4f',
    'sub4sub',
    'dm me',
    'dm for',
    'giveaway',
    'crypto',
    'bitcoin',
    'btc',
    'forex',
    'investment',
    'earn money',
    'make money',
    'free followers',
    'click the link',
    'link in bio',
    'link in my bio',
    'whatsapp',
    'telegram',
    'promo code',
    'onlyfans',
    'cash app',
    'limited offer',
  ],
  es: [
    'sígueme',
    'sigueme',
    'mira mi perfil',
    'visita mi perfil',
    'escríbeme',
    'gana dinero',
    'sorteo',
    'link en mi bio',
    'seguidores gratis',
  ],
  pt: [
    'me segue',
    'me sigam',
    'sigam',
    'segue de volta',
    'olha meu perfil',
    'visite meu perfil',
    'ganhe dinheiro',
    'sorteio',
    'link na bio',
    'seguidores grátis',
  ],
  de: [
    'folgt mir',
    'folg mir',
    'schaut auf meinem profil',
    'mein profil',
    'geld verdienen',
    'gewinnspiel',
    'link in bio',
    'schreib mir',
  ],
  fr: [
    'abonnez-vous',
    'abonne toi',
    'suivez-moi',
    'suivez moi',
    'va voir mon profil',
    'mon profil',
    "gagner de l'argent",
    'concours',
    'lien en bio',
  ],
  it: [
    'seguimi',
    'seguitemi',
    'guarda il mio profilo',
    'visita il mio profilo',
    'guadagnare soldi',
    'link in bio',
    'scrivimi',
  ],
  nl: ['volg mij', 'volg me', 'bekijk mijn profiel', 'geld verdienen', 'winactie', 'link in bio'],
  ru: [
    'подпишись',
    'подписывайтесь',
    'подписка',
    'заходи ко мне',
    'мой профиль',
    'заработок',
    'заработать',
    'розыгрыш',
    'пиши в лс',
    'в директ',
    'ссылка в био',
  ],
  ar: ['تابعني', 'تابعوني', 'زوروا حسابي', 'حسابي', 'اربح', 'سحب', 'ربح المال', 'الرابط في البايو', 'رتويت وتابع'],
  hi: ['follow karo', 'mujhe follow', 'mera profile', 'paise kamao', 'subscribe karo', 'link bio me'],
};

const TOXIC: Table = {
  en: [
    'idiot*',
    'stupid',
    'moron*',
    'dumb',
    'dumbass',
    'loser*',
    'shut up',
    'stfu',
    'fuck you',
    'f u',
    'fuck off',
    'bitch*',
    'asshole*',
    'retard*',
    'kill yourself',
    'kys',
    'scum',
    'pathetic',
    'trash',
    'clown',
    'disgusting',
    'piece of shit',
    'dickhead',
    'cunt*',
    'whore',
    'slut',
  ],
  es: [
    'idiota*',
    'estúpid*',
    'estupid*',
    'imbécil*',
    'imbecil*',
    'pendej*',
    'puta',
    'puto',
    'mierda',
    'cállate',
    'callate',
    'gilipollas',
    'tont*',
    'basura',
    'cabrón',
    'cabron',
    'hijo de puta',
    'malparido',
    'asqueros*',
  ],
  pt: [
    'idiota*',
    'burro',
    'burra',
    'otário',
    'otario',
    'merda',
    'lixo',
    'vagabund*',
    'babaca',
    'imbecil',
    'cala a boca',
    'puta',
    'porra',
    'filho da puta',
    'fdp',
    'arrombad*',
    'escrot*',
    'nojent*',
  ],
  de: [
    'idiot*',
    'dumm*',
    'arschloch',
    'scheiß*',
    'scheiss*',
    'halt die fresse',
    'halts maul',
    'wichser',
    'hurensohn',
    'depp',
    'vollidiot',
    'spast*',
    'missgeburt',
    'bastard',
    'fotze',
    'schlampe',
    'penner',
  ],
  fr: [
    'connard*',
    'conne',
    'idiot*',
    'débile*',
    'ta gueule',
    'ferme-la',
    'salope',
    'merde',
    'putain',
    'abruti*',
    'crétin*',
    'enculé*',
    'fils de pute',
    'pute',
    'bouffon',
    'nul à chier',
  ],
  it: [
    'idiota',
    'idioti',
    'stupid*',
    'cretin*',
    'stronz*',
    'coglion*',
    'vaffanculo',
    'merda',
    'imbecill*',
    'deficient*',
    'testa di cazzo',
    'pezzo di merda',
    'zitto',
    'puttana',
    'schifo',
  ],
  nl: [
    'idioot',
    'dom',
    'domme',
    'kut*',
    'kanker*',
    'klootzak',
    'sukkel',
    'debiel*',
    'tering',
    'lul',
    'hou je bek',
    'hou je kop',
    'mongool',
    'tyfus',
    'hoer',
    'eikel',
    'oen',
  ],
  ru: [
    'идиот*',
    'дурак*',
    'дура',
    'туп*',
    'дебил*',
    'урод*',
    'сука',
    'суки',
    'мразь',
    'мрази',
    'заткнись',
    'козел',
    'козёл',
    'придур*',
    'лох',
    'чмо',
    'сволоч*',
    'ублюд*',
    'бля*',
    'тварь',
  ],
  ar: ['غبي', 'غبيه', 'حمار', 'كلب', 'يا كلب', 'حقير', 'تافه', 'زباله', 'واطي', 'يلعن', 'خرا', 'حيوان', 'منحط', 'وسخ'],
  hi: [
    'chutiya*',
    'chutiye',
    'bhenchod',
    'bc',
    'madarchod',
    'mc',
    'gandu',
    'kutta',
    'kutte',
    'kamina',
    'kamine',
    'bewakoof',
    'bevkuf',
    'pagal',
    'saala',
    'harami',
    'bhosdi*',
  ],
};

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern for a table's phrases in one language. Phrases ending in a letter or digit must end a word;
 * "stem*" phrases take any letters after the stem. Those checks are written once per group of phrases,
 * not once per phrase: every copy of a Unicode letter class is compiled on its own, and a table of a hundred
 * phrases then took tens of ms to compile and run for the first time. Where phrases of two groups match at
 * the same place, the earlier group's wins (whole words, then stems, then the others): that is the text the
 * reasons show, so keep a table's phrases from overlapping that way.
 */
function compileOne(phrases: readonly string[], anchored: boolean): RegExp {
  const words: string[] = []; // must end a word
  const stems: string[] = []; // letters may follow, then the word ends
  const other: string[] = []; // end in a symbol: no check after them
  for (const p of phrases) {
    const stem = p.endsWith('*');
    const text = stem ? p.slice(0, -1) : p;
    const body = escape(text).replace(/ /g, '\\s+');
    const endsWithWordChar = /[\p{L}\p{N}]$/u.test(text);
    if (endsWithWordChar) (stem ? stems : words).push(body);
    else other.push(stem ? `${body}\\p{L}*` : body);
  }
  const groups = [
    words.length ? `(?:${words.join('|')})${E}` : '',
    stems.length ? `(?:${stems.join('|')})\\p{L}*${E}` : '',
    ...other,
  ].filter(Boolean);
  const alts = groups.join('|');
  const src = anchored ? `(?:^|[.!?¿¡\\n]\\s*)(?:${alts})` : `${B}(?:${alts})`;
  return new RegExp(src, 'u');
}

/**
 * Per-language patterns of a table, each compiled on first use: a page in one language pays for
 * that language's patterns (and English's), not for all ten at load.
 */
function compile(table: Table, anchored = false): { get(lang: string): RegExp | undefined } {
  const cache = new Map<string, RegExp | null>();
  return {
    get(lang) {
      let re = cache.get(lang);
      if (re === undefined) {
        const phrases = (table as Record<string, readonly string[] | undefined>)[lang];
        re = phrases?.length ? compileOne(phrases, anchored) : null;
        cache.set(lang, re);
      }
      return re ?? undefined;
    },
  };
}

const RE = {
  questionWords: compile(QUESTION_WORDS, true),
  complaint: compile(COMPLAINT),
  praise: compile(PRAISE),
  purchase: compile(PURCHASE),
  spam: compile(SPAM),
  toxic: compile(TOXIC),
};

/**
 * Steps that make every pattern of the given languages ready, one per pattern, each to run in its own task
 * before tagging, so no single task pays for them all. A step compiles its pattern and runs it twice on a
 * one-byte and twice on a two-byte text: the engine keeps separate code for the two kinds of string and,
 * for each, first interprets a pattern and compiles it to machine code on its next run. Those costs belong
 * here, not in the first comment of a language or the first one with an emoji.
 */
const WARM_TEXTS = ['a b', 'a b \u2713'] as const;
export function intentWarmupSteps(langs: readonly string[]): (() => void)[] {
  return langs.flatMap((l) =>
    Object.values(RE).map((table) => () => {
      const re = table.get(l);
      for (const text of WARM_TEXTS) {
        re?.exec(text);
        re?.exec(text);
      }
    }),
  );
}

function matchAny(map: { get(lang: string): RegExp | undefined }, text: string, lang: string): string | undefined {
  for (const l of lang === 'en' ? ['en'] : [lang, 'en']) {
    const re = map.get(l);
    if (!re) continue;
    const m = re.exec(text);
    if (m) return m[0].replace(/^[.!?¿¡\s]+/, '').trim();
  }
  return undefined;
}

export interface IntentResult {
  intents: Intent[];
  reasons: string[];
}

const URL_RE = /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|ly|me|xyz|shop|store|link)\b/i;
const REPEAT_CHAR = /(.)\1{11,}/u;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;

/**
 * @param lower cleaned, lowercased text (already capped in length)
 * @param lang detected or given language code
 * @param label the sentiment decided for the text (praise/complaint lean on it)
 */
export function detectIntents(lower: string, lang: string, label?: SentimentLabel, confidence = 0): IntentResult {
  const intents: Intent[] = [];
  const reasons: string[] = [];
  const add = (intent: Intent, why: string) => {
    if (!intents.includes(intent)) {
      intents.push(intent);
      reasons.push(why);
    }
  };
  if (!lower.trim()) return { intents, reasons };

  if (/[?¿؟？\u037e]/.test(lower) || (/[\u0370-\u03ff]/.test(lower) && /;\s*$/.test(lower)))
    add('question', 'question mark');
  else {
    const q = matchAny(RE.questionWords, lower, lang);
    if (q) add('question', `question word "${q}"`);
  }

  const buy = matchAny(RE.purchase, lower, lang);
  if (buy) add('purchase_intent', `purchase phrase "${buy}"`);

  const hasUrl = URL_RE.test(lower);
  const spam = matchAny(RE.spam, lower, lang);
  if (spam) add('spam', `spam phrase "${spam}"`);
  else if (hasUrl && !buy) add('spam', 'contains a link');
  else if (REPEAT_CHAR.test(lower)) add('spam', 'repeated characters');
  else {
    const emojis = lower.match(EMOJI_RE);
    if (emojis && emojis.length >= 8) {
      const counts = new Map<string, number>();
      let max = 0;
      for (const e of emojis) {
        const c = (counts.get(e) ?? 0) + 1;
        counts.set(e, c);
        if (c > max) max = c;
      }
      if (max >= 8) add('spam', 'repeated emoji');
    }
  }

  const toxic = matchAny(RE.toxic, lower, lang);
  if (toxic) add('toxic', `insult "${toxic}"`);

  const complaint = matchAny(RE.complaint, lower, lang);
  if (complaint) add('complaint', `complaint phrase "${complaint}"`);

  const praise = matchAny(RE.praise, lower, lang);
  if (praise && label !== 'negative') add('praise', `praise phrase "${praise}"`);
  else if (label === 'positive' && confidence >= 0.8) add('praise', 'strongly positive');

  return { intents, reasons };
}
