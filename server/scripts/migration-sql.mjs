// Developer tool: prints the SQL that takes an empty database to prisma/schema.prisma, using
// Prisma's own WASM schema engine (the native one cannot be downloaded offline). Write the
// output to prisma/migrations/<timestamp>_<name>/migration.sql by hand after review.
//   node --experimental-wasm-modules server/scripts/migration-sql.mjs [from-database-url]
import { readFile } from 'node:fs/promises';
import { SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const schemaPath = new URL('../../prisma/schema.prisma', import.meta.url);
const schema = await readFile(schemaPath, 'utf8');
const fromUrl = process.argv[2];
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: fromUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres' }));
const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => undefined, adapter);
const result = await engine.diff({
  from: fromUrl ? { tag: 'url', url: fromUrl } : { tag: 'empty' },
  to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
process.stdout.write(result.stdout ?? '');
