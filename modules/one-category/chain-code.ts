import { registerEnumType } from 'type-graphql';
import type { ModuleDescriptor } from '../platform/module';
import { chainsOf } from './chain-definition';

/**
 * The ChainCode enum holds the enabled chains only: it is filled from the registry right before the schema is
 * built, so a switched-off chain leaves no enum value behind.
 */
export const ChainCode: Record<string, string> = {};
const valuesConfig: Record<string, { description: string }> = {};

registerEnumType(ChainCode, {
  name: 'ChainCode',
  description: 'An industry chain with a "one category" bundle (产业链), as enabled in this instance.',
  valuesConfig,
});

export function fillChainCodes(modules: ModuleDescriptor[]): void {
  for (const key of Object.keys(ChainCode)) {
    delete ChainCode[key];
    delete valuesConfig[key];
  }
  for (const chain of chainsOf(modules)) {
    ChainCode[chain.code] = chain.code;
    valuesConfig[chain.code] = { description: `${chain.name}: ${chain.description}` };
  }
  if (Object.keys(ChainCode).length === 0) {
    throw new Error('The one-category module needs at least one chain module: set CHAIN_MODULES or switch off one-category.');
  }
}
