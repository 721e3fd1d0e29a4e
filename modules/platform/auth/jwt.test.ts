import { SignJWT } from 'jose';
import { InvalidTokenError, JwtService } from './jwt';
import { Role } from './principal';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ISSUER = 'enterprise-service-graph';

describe('bearer tokens', () => {
  const service = new JwtService(SECRET, ISSUER);

  it('accepts a token it signed, with its expiry', async () => {
    const token = await service.sign({ subject: 'analyst-1', role: Role.ANALYST, ttlSeconds: 60 });
    await expect(service.verify(token)).resolves.toMatchObject({ role: Role.ANALYST, subject: 'analyst-1' });
  });

  it('refuses a correctly signed token that never expires', async () => {
    const forever = await new SignJWT({ role: Role.ADMIN })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer(ISSUER)
      .setIssuedAt()
      .sign(new TextEncoder().encode(SECRET));
    await expect(service.verify(forever)).rejects.toThrow(new InvalidTokenError('The token carries no expiry (exp); every token must expire.'));
  });
});
