/** Tests run the real server over HTTP against real PostgreSQL: see test/support/global-setup.ts. */
const ESM_PACKAGES = ['openid-client', 'oauth4webapi', 'jose'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/modules', '<rootDir>/plugins', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // openid-client and its dependencies ship ECMAScript modules only, which Jest on Node 20 cannot require: they are
    // compiled to CommonJS for the tests (Node itself loads them as they are, with require(esm)).
    [`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  setupFiles: ['<rootDir>/test/support/clear-orm-metadata.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
