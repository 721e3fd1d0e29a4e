import { ConnectionType } from '../platform/relay/connection';
import { Enterprise } from './enterprise.entity';

/** A page of enterprises, for the registry's list and for every list of enterprises elsewhere (a chain's members). */
export const EnterpriseConnection = ConnectionType(Enterprise, 'Enterprise', 'enterprises');
