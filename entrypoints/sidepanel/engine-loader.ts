import type { FindingsData } from '../../components/findings';
import { EVIDENCE_MAX_LENGTH } from '../../core/protocol';

/**
 * The engine (with its compiled lexicons) is loaded on first use, so opening the panel stays fast and
 * its first chunk small: only "Vérifier une réponse" and "Analyser cette page" need it.
 */
export async function analyzeText(text: string): Promise<FindingsData> {
  const { analyze } = await import('../../engine/index');
  const analysis = analyze({ text, role: 'assistant' });
  return {
    redFlags: analysis.redFlags.map((flag) => ({
      category: flag.category,
      evidence: text.slice(flag.start, flag.end).slice(0, EVIDENCE_MAX_LENGTH),
    })),
    checks: analysis.checks.map((check) => check.id),
    topics: analysis.topics.map((topic) => topic.topic),
  };
}
