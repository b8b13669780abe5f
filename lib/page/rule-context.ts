// The rule context is gathered in lib/rules/gather.ts, beside the families whose needs decide it; the
// page controller imports it from here.
export { buildRuleContext, type ContextSources, type RuleForm } from '../rules/gather';
