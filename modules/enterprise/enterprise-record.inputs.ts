import { ClassType, Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';

/**
 * The payload class of a mutation that records an enterprise's record (`<Mutation>Payload`): the userErrors and the
 * record, under the field the options name. Called once per generated resolver, as type-graphql needs a class per type.
 */
export function enterpriseRecordPayload<T extends object>(options: { entity: ClassType<T>; mutation: string; payloadField: string }) {
  const typeName = options.entity.name;

  @ObjectType(`${options.mutation[0].toUpperCase()}${options.mutation.slice(1)}Payload`, { description: `Result of ${options.mutation}.` })
  class RecordPayload extends MutationPayload {
    @Field(() => options.entity, { name: options.payloadField, nullable: true, description: `The recorded ${typeName}.` })
    record: T | null = null;
  }

  return RecordPayload;
}
