import type { CreditPlusPlugin } from '../modules/credit/plus/credit-plus-plugin';
import { huyouCreditPlus } from './credit-plus/huyou';
import { camelliaOilCreditPlus } from './credit-plus/camellia-oil';
import { chipCreditPlus } from './credit-plus/chip';
import { stoneCreditPlus } from './credit-plus/stone';
import { paperCreditPlus } from './credit-plus/paper';

/**
 * The credit+ plugins in the order they run: each starts from the enterprise's score of the nearest earlier
 * plugin that scored it, else from the public score. One folder and one line each.
 */
export const creditPlusPlugins: CreditPlusPlugin[] = [huyouCreditPlus, camelliaOilCreditPlus, chipCreditPlus, stoneCreditPlus, paperCreditPlus];
