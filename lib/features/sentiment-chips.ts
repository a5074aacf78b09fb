import { applyCorrection, emptyAdjustments, type UserAdjustments } from '../sentiment';
import { defineFeature } from '../runtime/feature';
import { commentsBus } from '../runtime/comments-bus';
import { send } from '../runtime/send';
import { createChip, type ChipHandle } from '../../components/inpage/chip';
import type { SentimentLabel } from '../records';
import { logger } from '../runtime/log';

const log = logger('chips');

/** Chip handles by the element they decorate; exported for the response-time age badges. */
export const chips = new WeakMap<Element, ChipHandle>();

/**
 * A compact sentiment + intent chip on every comment; one click corrects it. A correction is stored
 * on the comment and folded into the user's adjustments, so similar comments change too.
 */
export default defineFeature({
  id: 'sentiment-chips',
  init({ store, signal, site, adapter }) {
    commentsBus.on((el, comment) => {
      let chip = chips.get(el);
      if (!chip || !chip.host.isConnected || !el.contains(chip.host)) {
        const anchor = adapter.chipAnchor?.(el) ?? null;
        chip = createChip(
          async (label: SentimentLabel) => {
            const current = store.getState().comments.get(el.getAttribute('data-riposte-id') ?? '') ?? comment;
            current.sentiment = label;
            current.sentimentCorrected = true;
            chip!.update(label, current.intents, current.reasons ?? [], true);
            try {
              const settings = store.getState().settings;
              const prev = (settings['sentiment.adjustments'] as UserAdjustments | undefined) ?? emptyAdjustments();
              const next = applyCorrection(prev, current.text, label, current.lang);
              store.setState({ settings: { ...settings, 'sentiment.adjustments': next } });
              await Promise.all([
                send('sentiment.correct', {
                  site,
                  commentId: current.id,
                  text: current.text.slice(0, 50_000),
                  label,
                  lang: current.lang,
                }),
                send('settings.set', { patch: { 'sentiment.adjustments': next } }),
              ]);
            } catch (err) {
              log.warn('could not store the correction', err);
            }
          },
          { compact: anchor !== null },
        );
        chips.set(el, chip);
        (anchor ?? el).append(chip.host);
      }
      el.setAttribute('data-riposte-id', comment.id);
      chip.host.setAttribute('data-riposte-for', comment.id);
      if (comment.sentiment)
        chip.update(comment.sentiment, comment.intents, comment.reasons ?? [], comment.sentimentCorrected);
    }, signal);
  },
});
