/** The screen's sections below its headline figures, loaded once the page has painted (see route.tsx). */
export { CommitmentsSection } from './commitments-section';
export { IndicatorsSection } from './indicators-section';
