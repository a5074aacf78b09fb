import type { Feature } from '../runtime/feature';
import pageSync from './page-sync';
import commentTracker from './comment-tracker';
import sentimentChips from './sentiment-chips';
import layoutNotice from './layout-notice';
import accountBadge from './account-badge';
import accountGuard from './account-guard';
import responseTimer from './response-timer';
import replyTemplates from './reply-templates';
import commentNav from './comment-nav';
import commentFilter from './comment-filter';

/** Every feature, in one explicit list. The file name is the feature id. */
export const features: Feature[] = [
  pageSync,
  commentTracker,
  sentimentChips,
  responseTimer,
  accountBadge,
  accountGuard,
  replyTemplates,
  commentNav,
  commentFilter,
  layoutNotice,
];
