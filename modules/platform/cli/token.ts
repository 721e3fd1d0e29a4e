import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { JwtService } from '../auth/jwt';
import { Role } from '../auth/principal';
import { runCli } from './with-services';

const USAGE = `Usage: npm run token -- --role ROLE [--scope SCOPE] [--subject NAME] [--ttl SECONDS]
  ROLE   ADMIN, DESK, OFFICER, PARTNER, ANALYST or ENTERPRISE
  SCOPE  DESK: comma-separated chain scopes (e.g. tea,bamboo); OFFICER: department code; ENTERPRISE: unified social credit code`;

/** Mints a development token signed with the configured secret. */
runCli(async () => {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, scope: { type: 'string' }, subject: { type: 'string' }, ttl: { type: 'string' } },
  });
  const role = values.role?.toUpperCase() as Role | undefined;
  if (!role || !(role in Role) || role === Role.ANONYMOUS) throw new Error(USAGE);
  const config = loadConfig();
  const scope = values.scope?.trim();
  const token = await new JwtService(config.jwtSecret, config.JWT_ISSUER).sign({
    role,
    subject: values.subject ?? `dev-${role.toLowerCase()}`,
    chains:
      role === Role.DESK
        ? scope
            ?.split(',')
            .map((chain) => chain.trim())
            .filter(Boolean)
        : undefined,
    department: role === Role.OFFICER ? scope : undefined,
    enterpriseUscc: role === Role.ENTERPRISE ? scope : undefined,
    ttlSeconds: values.ttl ? Number(values.ttl) : config.JWT_TTL_SECONDS,
  });
  process.stdout.write(`${token}\n`);
});
