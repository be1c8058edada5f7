// The dues feature's public face for other features: its enum labels, for the audit log (the page is routed by src/app).
export {
  duesAdjustmentLabels,
  duesCategoryLabels,
  duesPaymentKindLabels,
  duesPaymentMethodLabels,
} from './labels';
