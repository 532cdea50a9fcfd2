export type {
	AmendedParameters,
	Candidate,
	Expert,
	ExpertOptions,
	Review,
	ReviewerDraw,
	ScenarioVerdict,
	Term,
	Verdict
} from './types.js';
export { addMonths } from './addMonths.js';
export { appointExpert, type Appointment } from './appointExpert.js';
export { checkReview } from './checkReview.js';
export { drawReviewers, type ReviewerDrawInput } from './drawReviewers.js';
export { expertDefaults } from './expertDefaults.js';
export { isServing } from './isServing.js';
export { rotateRoster, type Rotation } from './rotateRoster.js';
export { summarizeReviews, type ScenarioJudgement } from './summarizeReviews.js';
