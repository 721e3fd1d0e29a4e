import type { GraphQLContext } from '../context';
import { fromGlobalId, toGlobalId, UUID_PATTERN } from './global-id';

export class NodeService {
  constructor(private readonly context: GraphQLContext) {}

  globalIdOf(object: object): string {
    const definition = this.context.platform.nodeTypes.forObject(object);
    if (!definition) throw new Error(`${object.constructor.name} is not a registered node type`);
    return toGlobalId(definition.typeName, (object as { id: string }).id);
  }

  /**
   * Loads objects by global id with one query per type. Unknown or malformed ids resolve to null, like a missing
   * object; an object the caller may not read raises the type's own access error.
   */
  async load(globalIds: string[]): Promise<Array<object | null>> {
    const keysByType = new Map<string, string[]>();
    const parsed = globalIds.map((globalId) => {
      const decoded = fromGlobalId(globalId);
      if (!decoded || !this.context.platform.nodeTypes.forName(decoded.typeName)) return null;
      keysByType.set(decoded.typeName, [...(keysByType.get(decoded.typeName) ?? []), decoded.key]);
      return decoded;
    });
    const loaded = new Map<string, object>();
    for (const [typeName, keys] of keysByType) {
      const definition = this.context.platform.nodeTypes.forName(typeName)!;
      const validKeys = keys.filter((key) => UUID_PATTERN.test(key));
      if (validKeys.length === 0) continue;
      const objects = await this.context.em.find(definition.entity, { id: { $in: validKeys } } as never);
      for (const object of objects as Array<{ id: string }>) loaded.set(`${typeName}:${object.id}`, object);
    }
    return Promise.all(
      parsed.map(async (decoded) => {
        if (!decoded) return null;
        const object = loaded.get(`${decoded.typeName}:${decoded.key}`) ?? null;
        if (object) await this.context.platform.nodeTypes.forName(decoded.typeName)!.assertReadable(this.context, object as { id: string });
        return object;
      }),
    );
  }
}
