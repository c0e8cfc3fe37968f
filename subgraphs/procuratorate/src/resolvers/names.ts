import { divisionByCode, procuratorateByCode } from '@hub/domain';

/** Imports accept only known procuratorates and divisions; the code itself is the fallback. */
export const procuratorateName = (code: string): string => procuratorateByCode(code)?.name ?? code;
export const divisionName = (code: string): string => divisionByCode(code)?.name ?? code;
