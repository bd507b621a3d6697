import type { checklistAreaEnum, DecisionLogRow, RaciAssignmentRow, RiskRow } from '../../db/schema';

// The domain's values behind the registers' GraphQL enums (codegen's enumValues).

export type RiskStatus = RiskRow['status'];
export type RaciResponsibility = RaciAssignmentRow['responsibility'];
export type DecisionCategory = DecisionLogRow['category'];
export type ChecklistArea = (typeof checklistAreaEnum.enumValues)[number];
/** What a RACI assignment is about: a checklist area, or one milestone. */
export type RaciSubjectType = 'area' | 'milestone';
