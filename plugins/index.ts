import type { CreditPlusPlugin } from '../modules/credit/plus/credit-plus-plugin';
import { defineModule } from '../modules/platform/module';
import { creditPlusPolicyFacts } from '../modules/credit/plus/credit-plus.policy-facts';
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

/**
 * The plugins join the registry as a module of their own, through credit's extension point: credit never imports
 * them, and a deployment or a test can register other plugins the same way.
 */
export const creditPlusPluginSet = defineModule({
  name: 'credit-plus-plugins',
  description: 'The credit+ scoring plugins of the product’s chains (信用+).',
  // Nothing is needed: with credit switched off no module reads the extension point, and the plugins rest.
  extensions: { creditPlusPlugins, policyFacts: creditPlusPolicyFacts(creditPlusPlugins) },
});
