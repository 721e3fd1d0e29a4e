import { Extensions, Field, ObjectType } from 'type-graphql';
import { keyedBy } from '../platform/cli/client-policies';
import { ChainCode } from './chain-code';
import { ChainNode } from './bundle.types';
import type { ChainDefinition } from './chain-definition';

@Extensions(keyedBy('code'))
@ObjectType({ description: 'An industry chain with its nodes and its published "one category" bundle (产业链).' })
export class Chain {
  constructor(readonly definition: ChainDefinition) {}

  @Field(() => ChainCode, { description: 'Code of the chain.' })
  code(): string {
    return this.definition.code;
  }

  @Field(() => String, { description: 'Name of the chain (产业链名称).' })
  name(): string {
    return this.definition.name;
  }

  @Field(() => String, { description: 'What the chain is.' })
  description(): string {
    return this.definition.description;
  }

  @Field(() => [ChainNode], { description: 'The chain’s nodes, e.g. planting, processing, sales.' })
  nodes(): ChainNode[] {
    return this.definition.nodes.map((node) => Object.assign(new ChainNode(), node));
  }
}
