import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/** The dates the product stores: from the oldest enterprises still registered to far beyond any deadline. */
export const FIRST_LOCAL_DATE = '1800-01-01';
export const LAST_LOCAL_DATE = '2999-12-31';

const library = GraphQLLocalDate.toConfig();

function withinRange(value: unknown): string {
  const date = value as string;
  if (date < FIRST_LOCAL_DATE || date > LAST_LOCAL_DATE) {
    throw new GraphQLError(`The date ${date} is outside the supported range ${FIRST_LOCAL_DATE} to ${LAST_LOCAL_DATE}.`);
  }
  return date;
}

/**
 * graphql-scalars' LocalDate (YYYY-MM-DD, a real calendar day), limited to a range PostgreSQL and every rule of the
 * product handle: year 0 and the like are refused as the client's fault instead of failing in the database.
 */
export const LocalDateScalar = new GraphQLScalarType({
  ...library,
  description: `${library.description} Supported from ${FIRST_LOCAL_DATE} to ${LAST_LOCAL_DATE}.`,
  parseValue: (value: unknown) => withinRange(library.parseValue!(value)),
  parseLiteral: (node: ValueNode, variables?: Record<string, unknown> | null) => withinRange(library.parseLiteral!(node, variables)),
});
