import { ConnectionType } from '../platform/relay/connection';
import { ServiceCase } from './case.entity';

/** A page of cases, for the root list and for an enterprise's cases. */
export const CaseConnection = ConnectionType(ServiceCase, 'Case', 'cases');
