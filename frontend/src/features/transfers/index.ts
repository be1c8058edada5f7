// The transfers feature's public face for other features: what a member's page shows of transfers, and
// the labels (the pages are routed by src/app).
export { MemberTransfersCard, StartTransferButton } from './components/MemberTransfers';
export { overdueKindLabels, transferMoveLabels, transferScopeLabels, transferStateLabels } from './labels';
