export { ItemProblems, problemText, type ItemProblemsProps } from './ItemProblems';
