import { isLoopbackPeer, type Config } from '../config';
import { Role } from '../auth/principal';
import type { PlatformServices } from '../context';

/**
 * Whether a request may have the development conveniences (a signed token for any role, the explorer with one
 * already in its headers): only a development server, only for a caller on its own machine.
 */
export function developmentToolsFor(config: Config, peerAddress: string | undefined): boolean {
  return config.isDevelopment && config.NODE_ENV === 'development' && isLoopbackPeer(peerAddress);
}

/** The development administrator's token: printed in the start banner, and in the explorer's headers on this machine. */
export function developmentAdminToken(services: Pick<PlatformServices, 'jwt' | 'config'>): Promise<string> {
  return services.jwt.sign({
    subject: 'dev-admin',
    role: Role.ADMIN,
    displayName: 'Development administrator',
    ttlSeconds: services.config.JWT_TTL_SECONDS,
  });
}
