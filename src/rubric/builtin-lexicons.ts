import type { Lexicon } from './lexicon.js';
import abstractImpact from '../../rubrics/lexicons/abstract-impact.json';
import affectedParties from '../../rubrics/lexicons/affected-parties.json';
import apologyDiluters from '../../rubrics/lexicons/apology-diluters.json';
import apologyMentions from '../../rubrics/lexicons/apology-mentions.json';
import apologyPredicates from '../../rubrics/lexicons/apology-predicates.json';
import commitmentFrames from '../../rubrics/lexicons/commitment-frames.json';
import concreteEffects from '../../rubrics/lexicons/concrete-effects.json';
import conditionalMarkers from '../../rubrics/lexicons/conditional-markers.json';
import deflectionFrames from '../../rubrics/lexicons/deflection-frames.json';
import denialFrames from '../../rubrics/lexicons/denial-frames.json';
import durations from '../../rubrics/lexicons/durations.json';
import effort from '../../rubrics/lexicons/effort.json';
import faultActs from '../../rubrics/lexicons/fault-acts.json';
import faultWords from '../../rubrics/lexicons/fault-words.json';
import fixCompletions from '../../rubrics/lexicons/fix-completions.json';
import forwardMarkers from '../../rubrics/lexicons/forward-markers.json';
import genericOwnership from '../../rubrics/lexicons/generic-ownership.json';
import gratitude from '../../rubrics/lexicons/gratitude.json';
import jargon from '../../rubrics/lexicons/jargon.json';
import minimizers from '../../rubrics/lexicons/minimizers.json';
import ownershipStatements from '../../rubrics/lexicons/ownership-statements.json';
import preventionMechanisms from '../../rubrics/lexicons/prevention-mechanisms.json';
import purposeMarkers from '../../rubrics/lexicons/purpose-markers.json';
import recurrence from '../../rubrics/lexicons/recurrence.json';
import remediationActs from '../../rubrics/lexicons/remediation-acts.json';
import restorationStates from '../../rubrics/lexicons/restoration-states.json';
import selfPraise from '../../rubrics/lexicons/self-praise.json';
import tokenCompensation from '../../rubrics/lexicons/token-compensation.json';
import trivializers from '../../rubrics/lexicons/trivializers.json';

/** The lexicons every rubric can name. Data lives in rubrics/lexicons/, one file each, with its source. */
export const BUILTIN_LEXICONS: Record<string, Lexicon> = {
  'abstract-impact': abstractImpact,
  'affected-parties': affectedParties,
  'apology-diluters': apologyDiluters,
  'apology-mentions': apologyMentions,
  'apology-predicates': apologyPredicates,
  'commitment-frames': commitmentFrames,
  'concrete-effects': concreteEffects,
  'conditional-markers': conditionalMarkers,
  'deflection-frames': deflectionFrames,
  'denial-frames': denialFrames,
  'durations': durations,
  'effort': effort,
  'fault-acts': faultActs,
  'fault-words': faultWords,
  'fix-completions': fixCompletions,
  'forward-markers': forwardMarkers,
  'generic-ownership': genericOwnership,
  'gratitude': gratitude,
  'jargon': jargon,
  'minimizers': minimizers,
  'ownership-statements': ownershipStatements,
  'prevention-mechanisms': preventionMechanisms,
  'purpose-markers': purposeMarkers,
  'recurrence': recurrence,
  'remediation-acts': remediationActs,
  'restoration-states': restorationStates,
  'self-praise': selfPraise,
  'token-compensation': tokenCompensation,
  'trivializers': trivializers,
};
