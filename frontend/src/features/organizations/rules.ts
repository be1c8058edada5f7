import type { OrgType } from './labels';

/**
 * Which parent types each organization type may sit under: the UI's mirror of the backend rule
 * (the server still validates; this only keeps impossible choices out of the forms).
 * An empty list means the type is a root (街道党工委) and has no parent.
 */
export const allowedParentTypes: Record<OrgType, readonly OrgType[]> = {
  STREET_WORKING_COMMITTEE: [],
  PARTY_COMMITTEE: ['STREET_WORKING_COMMITTEE', 'PARTY_COMMITTEE'],
  GENERAL_BRANCH: ['STREET_WORKING_COMMITTEE', 'PARTY_COMMITTEE'],
  BRANCH: ['STREET_WORKING_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  JOINT_BRANCH: ['STREET_WORKING_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  PARTY_GROUP: ['BRANCH', 'JOINT_BRANCH'],
};

const allTypes = Object.keys(allowedParentTypes) as OrgType[];

/** Whether `type` may sit under a parent of `parentType`; `null` asks whether it may be a root. */
export function canSitUnder(type: OrgType, parentType: OrgType | null): boolean {
  const parents = allowedParentTypes[type];
  return parentType === null ? parents.length === 0 : parents.includes(parentType);
}

/** The types a new organization may have under a parent of `parentType` (`null`: no parent). */
export function allowedChildTypes(parentType: OrgType | null): OrgType[] {
  return allTypes.filter((type) => canSitUnder(type, parentType));
}

/** Whether anything at all may be created under an organization of this type. */
export function canHaveChildren(type: OrgType): boolean {
  return allowedChildTypes(type).length > 0;
}

/**
 * The types an organization may change to: it must still fit under its parent, and its current
 * children must fit under the new type. The current type is not offered.
 */
export function typeChangeOptions(current: OrgType, parentType: OrgType | null, childTypes: readonly OrgType[]): OrgType[] {
  return allowedChildTypes(parentType).filter(
    (type) => type !== current && childTypes.every((child) => canSitUnder(child, type)),
  );
}
