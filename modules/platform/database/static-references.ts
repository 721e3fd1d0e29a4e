import type { EntityClass, EntityManager } from '@mikro-orm/core';

/**
 * Rows of reference tables that nothing writes while the platform runs (only the owning module's reference data, at
 * start), kept in memory so that reads resolve them without a statement per page. A module lists such entities in
 * its descriptor's `staticReferences`. A key the cache lacks (added by a newer release on another instance) is
 * looked up in the database as before.
 */
export class StaticReferences {
  private readonly byEntity = new Map<Function, Map<string, unknown>>();

  async load(em: EntityManager, entities: Array<EntityClass<unknown>>): Promise<void> {
    for (const entity of entities) {
      const primaryKey = em.getMetadata().get(entity.name).primaryKeys[0];
      const rows = (await em.find(entity, {})) as Array<Record<string, unknown>>;
      this.byEntity.set(entity, new Map(rows.map((row) => [String(row[primaryKey]), row])));
    }
  }

  /** The cached row of `entity` with this primary key, if the table is static and the row was there at start. */
  get<T>(entity: EntityClass<T>, key: string): T | undefined {
    return this.byEntity.get(entity)?.get(key) as T | undefined;
  }
}
