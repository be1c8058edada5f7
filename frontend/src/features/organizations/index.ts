// The organizations feature's public face for other features: its enum labels (the pages are routed by src/app).
export { orgCategoryLabels, orgTypeLabels } from './labels';
