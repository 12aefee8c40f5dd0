import type {Recommendation} from './types.js'

/** Whether a card has all it needs to stand alone: a summary and a homepage (the model gave it a name). */
export function isCompleteRecommendation(recommendation: Pick<Recommendation, 'summaryText' | 'homepage'>): boolean {
  return recommendation.summaryText.trim() !== '' && recommendation.homepage !== null
}
