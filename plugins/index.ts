import type { CreditPlusPlugin } from '../modules/credit/plus/credit-plus-plugin';
import { huyouCreditPlus } from './credit-plus/huyou';
import { camelliaOilCreditPlus } from './credit-plus/camellia-oil';

/** The credit+ plugins, in the order they run and explain. One folder and one line each. */
export const creditPlusPlugins: CreditPlusPlugin[] = [huyouCreditPlus, camelliaOilCreditPlus];
