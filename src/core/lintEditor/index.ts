// The editor side of the linter, as pure logic: edits for fixes and ignores, the text copied for sending,
// the pre-send gate and summaries. src/features/lint adapts these to VS Code.
export { fixAllEdits, ignoreRuleEdit } from './edits';
export { countBySeverity, describeCounts, listFindings, replyForSending, sendGate, type SendGate, type SeverityCounts } from './sending';
