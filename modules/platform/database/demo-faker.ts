import type { Faker, LocaleDefinition } from '@faker-js/faker';

type FakerLibrary = typeof import('@faker-js/faker');

/**
 * A faker for demo data, seeded when a seed is given. The library is loaded here, when demo data is made: its
 * locale data would otherwise cost every start of the server, of a command and of each test file about 0.4 s.
 */
export function demoFaker(seed?: number, locales: (library: FakerLibrary) => LocaleDefinition[] = (library) => [library.base]): Faker {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require('@faker-js/faker') as FakerLibrary;
  const faker = new library.Faker({ locale: locales(library) });
  if (seed !== undefined) faker.seed(seed);
  return faker;
}
