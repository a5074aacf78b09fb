import type { Lang } from '../common/env';

export interface XStrings {
  home: string;
  explore: string;
  notifications: string;
  profile: string;
  postNav: string;
  accountMenu: string;
  conversation: string;
  timelineConversation: string;
  timelineHome: string;
  postText: string;
  replyPlaceholder: string;
  homePlaceholder: string;
  reply: string;
  post: string;
  showMore: string;
  replies(n: number): string;
  repost: string;
  like: string;
  liked: string;
  bookmark: string;
  switchTo(h: string): string;
  addAccount: string;
  logout(h: string): string;
  close: string;
  replyingTo: string;
  sent: string;
  view: string;
  login: string;
  signup: string;
  forYou: string;
  quote: string;
}

export const X_STRINGS: Record<Lang, XStrings> = {
  en: {
    home: 'Home',
    explore: 'Explore',
    notifications: 'Notifications',
    profile: 'Profile',
    postNav: 'Post',
    accountMenu: 'Account menu',
    conversation: 'Conversation',
    timelineConversation: 'Timeline: Conversation',
    timelineHome: 'Timeline: Your Home Timeline',
    postText: 'Post text',
    replyPlaceholder: 'Post your reply',
    homePlaceholder: "What's happening?",
    reply: 'Reply',
    post: 'Post',
    showMore: 'Show more replies',
    replies: (n) => `${n} Replies. Reply`,
    repost: 'Repost',
    like: 'Like',
    liked: 'Liked',
    bookmark: 'Bookmark',
    switchTo: (h) => `Switch to @${h}`,
    addAccount: 'Add an existing account',
    logout: (h) => `Log out @${h}`,
    close: 'Close',
    replyingTo: 'Replying to',
    sent: 'Your post was sent.',
    view: 'View',
    login: 'Log in',
    signup: 'Sign up',
    forYou: 'For you',
    quote: 'Quote',
  },
  es: {
    home: 'Inicio',
    explore: 'Explorar',
    notifications: 'Notificaciones',
    profile: 'Perfil',
    postNav: 'Postear',
    accountMenu: 'Menú de la cuenta',
    conversation: 'Conversación',
    timelineConversation: 'Cronología: Conversación',
    timelineHome: 'Cronología: Tu cronología de inicio',
    postText: 'Texto del post',
    replyPlaceholder: 'Postea tu respuesta',
    homePlaceholder: '¿Qué está pasando?',
    reply: 'Responder',
    post: 'Postear',
    showMore: 'Mostrar más respuestas',
    replies: (n) => `${n} respuestas. Responder`,
    repost: 'Repostear',
    like: 'Me gusta',
    liked: 'Te gusta',
    bookmark: 'Guardar',
    switchTo: (h) => `Cambiar a @${h}`,
    addAccount: 'Agregar una cuenta existente',
    logout: (h) => `Cerrar la sesión de @${h}`,
    close: 'Cerrar',
    replyingTo: 'Respondiendo a',
    sent: 'Se envió tu post.',
    view: 'Ver',
    login: 'Iniciar sesión',
    signup: 'Regístrate',
    forYou: 'Para ti',
    quote: 'Cita',
  },
  ru: {
    home: 'Главная',
    explore: 'Обзор',
    notifications: 'Уведомления',
    profile: 'Профиль',
    postNav: 'Опубликовать пост',
    accountMenu: 'Меню учетной записи',
    conversation: 'Беседа',
    timelineConversation: 'Лента: Беседа',
    timelineHome: 'Лента: Ваша лента',
    postText: 'Текст поста',
    replyPlaceholder: 'Опубликуйте свой ответ',
    homePlaceholder: 'Что происходит?',
    reply: 'Ответить',
    post: 'Опубликовать пост',
    showMore: 'Показать больше ответов',
    replies: (n) => `Ответов: ${n}. Ответить`,
    repost: 'Сделать репост',
    like: 'Нравится',
    liked: 'Понравилось',
    bookmark: 'Добавить в закладки',
    switchTo: (h) => `Переключиться на @${h}`,
    addAccount: 'Добавить существующую учетную запись',
    logout: (h) => `Выйти из @${h}`,
    close: 'Закрыть',
    replyingTo: 'В ответ',
    sent: 'Ваш пост отправлен.',
    view: 'Посмотреть',
    login: 'Войти',
    signup: 'Зарегистрироваться',
    forYou: 'Для вас',
    quote: 'Цитата',
  },
};
