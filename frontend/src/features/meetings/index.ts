// The meetings feature's public face for other features: its labels (the pages are routed, lazily, by src/app).
export { complianceStatusLabels, meetingRequirementLabels, meetingTypeLabels } from './labels';
