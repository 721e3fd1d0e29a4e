import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL_PATTERN = /^-?(0|[1-9]\d{0,17})(\.\d{1,6})?$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) {
    throw new GraphQLError('Decimal must be a string such as "1250000.00": digits, an optional sign and up to 6 decimals.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Exact decimal numbers (money in yuan) as strings, so no client ever rounds them through a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250000.00"; money is in yuan (元).',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal must be given as a string literal.', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
