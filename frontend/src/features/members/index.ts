// The members feature's public face for other features: its enum labels (the pages are routed by src/app).
export {
  ETHNICITIES,
  educationLabels,
  genderLabels,
  importOutcomeLabels,
  memberCategoryLabels,
  memberStatusLabels,
  mobilityLabels,
  registrationLabels,
  rosterLabels,
} from './labels';
