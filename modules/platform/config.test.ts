import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', MAX_PAGE_SIZE: 100, DISABLED_MODULES: [], JOBS_ENABLED: true });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('names every bad value at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MAX_QUERY_DEPTH: '0' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MAX_QUERY_DEPTH: '0' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
      expect((error as Error).message).toMatch(/MAX_QUERY_DEPTH/);
    }
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('JWT_SECRET: required in production');
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow('at least 32 characters');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });

  it('keeps the password hash at its full cost outside the test suite', () => {
    expect(loadConfig({}).PASSWORD_HASH_COST).toBe(15);
    expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '10' }).PASSWORD_HASH_COST).toBe(10);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '12' })).toThrow('PASSWORD_HASH_COST: at least 15 outside the test suite (NODE_ENV=test)');
    expect(() => loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '9' })).toThrow(/PASSWORD_HASH_COST/);
    expect(loadConfig({ PASSWORD_HASH_COST: '17' }).PASSWORD_HASH_COST).toBe(17);
  });

  it('keeps development conveniences to a server on the loopback address', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1']) expect(loadConfig({ HOST: host }).isDevelopment).toBe(true);
    // NODE_ENV forgotten on a server others can reach: it refuses the public secret instead of accepting tokens signed with it.
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow('JWT_SECRET: required when the server listens beyond the loopback address (HOST=0.0.0.0)');
    const reachable = loadConfig({ HOST: '0.0.0.0', JWT_SECRET: 'x'.repeat(40), DEBUG_ERRORS: 'true' });
    expect(reachable).toMatchObject({ isDevelopment: false, debugErrors: false, corsOrigins: [] });
    expect(loadConfig({ DEBUG_ERRORS: 'true' }).debugErrors).toBe(true);
    expect(loadConfig({}).debugErrors).toBe(false);
  });

  it('allows the local front-end origins in development only, and only origins in CORS_ORIGINS', () => {
    expect(loadConfig({}).corsOrigins).toContain('http://localhost:3000');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'test' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://portal.example.com, http://localhost:8080' }).corsOrigins).toEqual([
      'https://portal.example.com',
      'http://localhost:8080',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://portal.example.com/app' })).toThrow(/CORS_ORIGINS.*no path/);
    expect(() => loadConfig({ CORS_ORIGINS: 'portal.example.com' })).toThrow(/CORS_ORIGINS/);
  });

  it('splits the list of switched-off modules', () => {
    expect(loadConfig({ DISABLED_MODULES: ' enterprise , tea ' }).DISABLED_MODULES).toEqual(['enterprise', 'tea']);
  });

  it('reads the window rating weights as JSON and checks them', () => {
    expect(loadConfig({}).WINDOW_RATING_WEIGHTS).toEqual({
      onTime: 0.6,
      satisfaction: 0.4,
      rectificationPenalty: 5,
      overduePenalty: 5,
      starCuts: [95, 85, 75, 60],
    });
    const custom = '{"onTime":0.5,"satisfaction":0.5,"rectificationPenalty":10,"overduePenalty":3,"starCuts":[90,80,70,60]}';
    expect(loadConfig({ WINDOW_RATING_WEIGHTS: custom }).WINDOW_RATING_WEIGHTS.rectificationPenalty).toBe(10);
    expect(() => loadConfig({ WINDOW_RATING_WEIGHTS: '{oops' })).toThrow('WINDOW_RATING_WEIGHTS: must be JSON');
    expect(() => loadConfig({ WINDOW_RATING_WEIGHTS: custom.replace('0.5,"satisfaction":0.5', '0.7,"satisfaction":0.5') })).toThrow('add up to 1');
    expect(() => loadConfig({ WINDOW_RATING_WEIGHTS: custom.replace('[90,80,70,60]', '[60,70,80,90]') })).toThrow('starCuts must fall');
  });
});
