// Entry point of the injection detector (src/domain/injection/): text in an answer that is addressed
// to the grader is flagged and removed before any grader reads the answer.
export { detectInjection } from './injection/detect';
