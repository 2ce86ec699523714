// Which pages a role starts on and may open. The API authorizes every call; this only decides what to show.

export const Roles = {
  Admin: 'Admin',
  Analyst: 'Analyst',
  Operator: 'Operator',
  Customer: 'Customer',
  QualityInspector: 'QualityInspector',
  Manufacturer: 'Manufacturer',
} as const;

export interface Membership {
  organizationId: string;
  organizationName: string;
  kind: string;
  roles: string[];
}

export interface Person {
  id: string;
  email?: string | null;
  displayName?: string | null;
  roles: string[];
  memberships?: Membership[];
}

/** Analysts and administrators design workflows (the API's workflows.design policy). */
export const canDesign = (p: Person) => p.roles.includes(Roles.Analyst) || p.roles.includes(Roles.Admin);

/** Operators and administrators watch instances and retry incidents (workflows.operate). */
export const canOperate = (p: Person) => p.roles.includes(Roles.Operator) || p.roles.includes(Roles.Admin);

/** Customers order parts and follow their organization's orders. */
export const canOrder = (p: Person) => p.roles.includes(Roles.Customer);

/** Quality inspectors of an AM centre measure printed parts. */
export const canInspect = (p: Person) => p.roles.includes(Roles.QualityInspector);

/** AM centre staff who run its catalogue: materials, printers, prices. */
export const canManage = (p: Person) => p.roles.includes(Roles.Manufacturer);

/** The AM centre a manufacturer works for (the first, when they work for several). */
export const centreOf = (p: Person): Membership | undefined =>
  p.memberships?.find((m) => m.roles.includes(Roles.Manufacturer));

/** The page a person lands on after signing in. */
export function homeOf(p: Person): string {
  if (canDesign(p)) return '/designer';
  if (canOperate(p)) return '/operations';
  if (canOrder(p)) return '/orders';
  if (canInspect(p)) return '/inspections';
  if (canManage(p)) return '/centre';
  return '/welcome';
}
